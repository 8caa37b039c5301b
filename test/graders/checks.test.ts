import { describe, expect, it } from 'vitest';
import { oneOwnerPerStore } from '../../graders/checks/one-owner-per-store';
import { planPlacesEveryModule } from '../../graders/checks/plan-places-every-module';
import { checkRegistry } from '../../graders/checks/registry';

describe('check one-owner-per-store', () => {
  const stores = [{ name: 'a-db' }, { name: 'b-db' }];
  it.each<[string, unknown, number, string[]]>([
    [
      'each store has one owner',
      {
        services: [
          { name: 'a', dataStores: ['a-db'] },
          { name: 'b', dataStores: ['b-db'] },
        ],
        dataStores: stores,
      },
      1,
      [],
    ],
    [
      'a service without a store is fine',
      {
        services: [{ name: 'a', dataStores: ['a-db'] }, { name: 'b', dataStores: ['b-db'] }, { name: 'c' }],
        dataStores: stores,
      },
      1,
      [],
    ],
    [
      'a shared store',
      {
        services: [
          { name: 'a', dataStores: ['a-db', 'b-db'] },
          { name: 'b', dataStores: ['b-db'] },
        ],
        dataStores: stores,
      },
      0.5,
      ['check.store-shared'],
    ],
    [
      'an unowned store',
      { services: [{ name: 'a', dataStores: ['a-db'] }], dataStores: stores },
      0.5,
      ['check.store-unowned'],
    ],
    [
      'a store used but not declared',
      {
        services: [
          { name: 'a', dataStores: ['a-db', 'z-db'] },
          { name: 'b', dataStores: ['b-db'] },
        ],
        dataStores: stores,
      },
      1,
      ['check.store-undeclared'],
    ],
    ['no stores at all', { services: [{ name: 'a' }], dataStores: [] }, 0, ['check.no-stores']],
    ['garbage', { services: 'x', dataStores: [1, null] }, 0, ['check.no-stores']],
  ])('%s', (_name, answer, fraction, ids) => {
    const outcome = oneOwnerPerStore.run(answer, {});
    expect(outcome.fraction).toBe(fraction);
    expect(outcome.messages.map((message) => message.id)).toEqual(ids);
  });
});

describe('check plan-places-every-module', () => {
  const params = { modules: ['search', 'checkout', 'admin'] };
  it.each<[string, unknown, number, string[]]>([
    ['each module once', { plan: { extract: [{ module: 'search' }, { module: 'checkout' }], keep: ['admin'] } }, 1, []],
    [
      'a module in both lists',
      { plan: { extract: [{ module: 'search' }, { module: 'checkout' }], keep: ['admin', 'search'] } },
      2 / 3,
      ['check.module-twice'],
    ],
    [
      'a module in neither',
      { plan: { extract: [{ module: 'search' }], keep: ['admin'] } },
      2 / 3,
      ['check.module-unplaced'],
    ],
    [
      'an unknown module',
      { plan: { extract: [{ module: 'search' }, { module: 'checkout' }], keep: ['admin', 'blog'] } },
      1,
      ['check.module-unknown'],
    ],
    ['no plan', {}, 0, ['check.module-unplaced', 'check.module-unplaced', 'check.module-unplaced']],
  ])('%s', (_name, answer, fraction, ids) => {
    const outcome = planPlacesEveryModule.run(answer, params);
    expect(outcome.fraction).toBeCloseTo(fraction);
    expect(outcome.messages.map((message) => message.id)).toEqual(ids);
  });

  it('validates its parameters', () => {
    expect(planPlacesEveryModule.findParamsProblem({ modules: [] })).toMatch(/modules/);
    expect(planPlacesEveryModule.findParamsProblem({ modules: ['a'] })).toBeUndefined();
  });
});

describe('the check registry', () => {
  it('lists each check under its own id, with what it reads', () => {
    for (const [id, check] of checkRegistry) {
      expect(check.id).toBe(id);
      expect(check.reads.length).toBeGreaterThan(0);
    }
  });
});
