import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneOwnerPerStore } from '../../../graders/custom-checks/one-owner-per-store';
import { planPlacesEveryModule } from '../../../graders/custom-checks/plan-places-every-module';
import { producersDoNotConsume } from '../../../graders/custom-checks/producers-do-not-consume';
import { checkRegistry, checks } from '../../../graders/custom-checks/registry';
import { catalogue, type MessageId } from '../../../graders/feedback/catalogue';
import { renderMessage } from '../../../graders/feedback/render-message';
import { waitsOnlyFor } from '../../../graders/custom-checks/waits-only-for';

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
      0,
      ['check.store-shared'],
    ],
    [
      'a store shared by two services and declared nowhere is shared all the same',
      {
        services: [
          { name: 'a', dataStores: ['a-db', 'common'] },
          { name: 'b', dataStores: ['b-db', 'common'] },
        ],
        dataStores: stores,
      },
      0,
      ['check.store-undeclared', 'check.store-shared'],
    ],
    [
      'stores only named by services count, with no dataStores list at all',
      {
        services: [
          { name: 'a', dataStores: ['a-db'] },
          { name: 'b', dataStores: ['a-db'] },
        ],
      },
      0,
      ['check.store-undeclared', 'check.store-shared'],
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
      0,
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
    expect(outcome.flags?.map((flag) => flag.kind) ?? []).toEqual(
      ids.includes('check.module-twice') ? ['contradiction'] : [],
    );
  });

  it('validates its parameters', () => {
    expect(planPlacesEveryModule.findParamsProblem({ modules: [] })).toMatch(/modules/);
    expect(planPlacesEveryModule.findParamsProblem({ modules: ['a'] })).toBeUndefined();
  });
});

describe('check waits-only-for', () => {
  const params = { from: 'order', mayWaitFor: ['payment', 'restaurant'] };
  const sync = (from: string, to: string) => ({ from, to, style: 'sync' });
  it.each<[string, unknown[], number, string[]]>([
    ['only allowed services, directly', [sync('order', 'payment'), sync('order', 'restaurant')], 1, []],
    ['async calls are not waited for', [{ from: 'order', to: 'notification', style: 'async' }], 1, []],
    [
      'a direct synchronous call elsewhere',
      [sync('order', 'payment'), sync('order', 'notification')],
      0,
      ['notification:order → notification'],
    ],
    [
      'a chain through an allowed service',
      [sync('order', 'restaurant'), sync('restaurant', 'delivery')],
      0,
      ['delivery:order → restaurant → delivery'],
    ],
    [
      'a chain that starts elsewhere does not count',
      [sync('delivery', 'notification'), sync('order', 'payment')],
      1,
      [],
    ],
    ['a cycle ends', [sync('order', 'payment'), sync('payment', 'order')], 1, []],
    ['garbage is skipped', [null, 7, { from: 'order', style: 'sync' }], 1, []],
  ])('%s', (_name, calls, fraction, reached) => {
    const outcome = waitsOnlyFor.run({ calls }, params);
    expect(outcome.fraction).toBe(fraction);
    expect(outcome.messages.map((message) => `${message.params['service']}:${message.params['chain']}`)).toEqual(
      reached,
    );
  });

  it('validates its parameters', () => {
    expect(waitsOnlyFor.findParamsProblem({ from: 'order' })).toMatch(/mayWaitFor/);
    expect(waitsOnlyFor.findParamsProblem({ from: 'order', mayWaitFor: [], extra: 1 })).toMatch(/extra/);
    expect(waitsOnlyFor.findParamsProblem(params)).toBeUndefined();
  });
});

describe('check producers-do-not-consume', () => {
  it.each<[string, unknown, number, string[]]>([
    ['others consume', { events: [{ name: 'OrderPlaced', producer: 'order', consumers: ['delivery'] }] }, 1, []],
    [
      'the producer among the consumers',
      { events: [{ name: 'DriverAssigned', producer: 'delivery', consumers: ['order', 'delivery'] }] },
      0,
      ['/events/0/consumers/1'],
    ],
    ['garbage is skipped', { events: [null, { producer: 3, consumers: 'x' }] }, 1, []],
  ])('%s', (_name, answer, fraction, pointers) => {
    const outcome = producersDoNotConsume.run(answer, {});
    expect(outcome.fraction).toBe(fraction);
    expect(outcome.messages.map((message) => message.pointer)).toEqual(pointers);
  });
});

describe('the check registry', () => {
  it('lists each check under its own id, with what it reads', () => {
    for (const [id, check] of checkRegistry) {
      expect(check.id).toBe(id);
      expect(check.reads.length).toBeGreaterThan(0);
    }
    // Two checks with one id would leave one of them unreachable.
    expect(checkRegistry.size).toBe(checks.length);
  });

  it('registers a check with its one line in registered-checks.ts, and every check file is registered', () => {
    const folder = join(import.meta.dirname, '../../../graders/custom-checks');
    const lines = readFileSync(join(folder, 'registered-checks.ts'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('export '));
    expect(lines).toHaveLength(checks.length);
    const defining = readdirSync(folder).filter(
      (file) => file !== 'define-check.ts' && readFileSync(join(folder, file), 'utf8').includes('= defineCheck'),
    );
    expect(defining.map((file) => `./${file.replace(/\.ts$/, '')}`).sort()).toEqual(
      lines.map((line) => /from '([^']+)'/.exec(line)?.[1]).sort(),
    );
  });

  it("adds each check's own messages to the catalogue, every id used once", () => {
    const ids = checks.flatMap((check) => Object.keys(check.messages));
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of checks)
      for (const [id, entry] of Object.entries(check.messages)) {
        expect(id.startsWith('check.')).toBe(true);
        expect(catalogue[id as MessageId]).toBe(entry);
      }
    const engineIds = Object.keys(catalogue).filter((id) => !id.startsWith('check.'));
    expect(engineIds.length + ids.length).toBe(Object.keys(catalogue).length);
  });

  it('renders a check message from the wording in the check file', () => {
    expect(renderMessage('check.store-unowned', { store: 'orders-db' })).toEqual({
      id: 'check.store-unowned',
      severity: 'actionable',
      params: { store: 'orders-db' },
      text: 'Data store `orders-db` is used by no service; say which service owns it.',
    });
  });
});
