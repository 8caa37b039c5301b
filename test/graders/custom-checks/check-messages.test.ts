/**
 * What each registered check says and where: the message it picks, the place it marks, and the parameters it refuses.
 * (custom-checks.test.ts covers each check's credit; these are the details a candidate reads and an author relies on.)
 */
import { describe, expect, it } from 'vitest';
import { oneOwnerPerStore } from '../../../graders/custom-checks/one-owner-per-store';
import { planPlacesEveryModule } from '../../../graders/custom-checks/plan-places-every-module';
import { producersDoNotConsume } from '../../../graders/custom-checks/producers-do-not-consume';
import { readParam } from '../../../graders/feedback/message';
import { waitsOnlyFor } from '../../../graders/custom-checks/waits-only-for';

describe('check waits-only-for: what it says', () => {
  const params = { from: 'order', mayWaitFor: ['payment', 'restaurant'] };
  const sync = (from: string, to: string) => ({ from, to, style: 'sync' });

  it('tells a direct wait from a wait through a chain, nearest first, each marked at the call that reaches the service', () => {
    const calls = [
      sync('order', 'payment'),
      sync('order', 'restaurant'),
      sync('restaurant', 'delivery'),
      sync('order', 'mail'),
    ];
    const outcome = waitsOnlyFor.run({ calls }, params);
    expect(outcome.messages.map((message) => [message.id, message.params['service'], message.pointer])).toEqual([
      ['check.waits-for', 'mail', '/calls/3'],
      ['check.waits-through', 'delivery', '/calls/2'],
    ]);
    expect(outcome.messages[1]?.params).toMatchObject({ from: 'order', chain: 'order → restaurant → delivery' });
    for (const allowed of ['payment', 'restaurant'])
      expect(outcome.messages[1]?.params['allowed']).toContain(`\`${allowed}\``);
    expect(outcome.pointers).toEqual(['/calls']);
  });

  it('reports each service once, with its shortest chain', () => {
    const calls = [sync('order', 'restaurant'), sync('restaurant', 'delivery'), sync('order', 'delivery')];
    const outcome = waitsOnlyFor.run({ calls }, params);
    expect(outcome.messages.map((message) => [message.id, message.params['chain']])).toEqual([
      ['check.waits-for', 'order → delivery'],
    ]);
  });

  it.each<[string, unknown, RegExp]>([
    ['params that are not an object', null, /from.*mayWaitFor/],
    ['an empty caller', { from: '', mayWaitFor: [] }, /^from:/],
    ['a caller that is not a name', { from: 3, mayWaitFor: [] }, /^from:/],
    ['allowed services that are not all names', { from: 'order', mayWaitFor: ['payment', 1] }, /^mayWaitFor:/],
  ])('refuses %s, naming the param at fault', (_name, bad, named) => {
    expect(waitsOnlyFor.findParamsProblem(bad)).toMatch(named);
    expect(waitsOnlyFor.run({ calls: [sync('order', 'mail')] }, bad)).toEqual({
      fraction: 0,
      messages: [],
      pointers: [],
    });
  });
});

describe('check one-owner-per-store: what it says', () => {
  it('names every service sharing a store, marked at where the store is declared', () => {
    const outcome = oneOwnerPerStore.run(
      {
        services: [
          { name: 'a', dataStores: ['a-db', 'shared'] },
          { name: 'b', dataStores: ['shared'] },
          { name: 'c', dataStores: ['shared'] },
        ],
        dataStores: [{ name: 'a-db' }, { name: 'shared' }],
      },
      {},
    );
    expect(outcome.messages).toEqual([
      { id: 'check.store-shared', params: { store: 'shared', owners: expect.any(String) }, pointer: '/dataStores/1' },
    ]);
    for (const service of ['a', 'b', 'c'])
      expect(outcome.messages[0] && readParam(outcome.messages[0], 'owners')).toContain(`\`${service}\``);
    expect(outcome.pointers).toEqual(['/services', '/dataStores']);
  });

  it('lets a service that names its own store twice still own it alone', () => {
    const outcome = oneOwnerPerStore.run(
      { services: [{ name: 'a', dataStores: ['a-db', 'a-db'] }], dataStores: [{ name: 'a-db' }] },
      {},
    );
    expect(outcome).toMatchObject({ fraction: 1, messages: [] });
  });

  it('marks an undeclared store at the list of the service that uses it, and an unowned one where it is declared', () => {
    const outcome = oneOwnerPerStore.run(
      { services: [{ name: 'a', dataStores: ['z-db'] }], dataStores: [{ name: 'a-db' }] },
      {},
    );
    expect(outcome.messages.map((message) => [message.id, message.params, message.pointer])).toEqual([
      ['check.store-undeclared', { service: 'a', store: 'z-db' }, '/services/0/dataStores'],
      ['check.store-unowned', { store: 'a-db' }, '/dataStores/0'],
    ]);
    expect(outcome.fraction).toBe(0.5);
  });

  it('ignores a service without a name and a store declared twice', () => {
    const outcome = oneOwnerPerStore.run(
      {
        services: [{ dataStores: ['a-db'] }, { name: 'a', dataStores: ['a-db'] }],
        dataStores: [{ name: 'a-db' }, { name: 'a-db' }],
      },
      {},
    );
    expect(outcome).toMatchObject({ fraction: 1, messages: [] });
  });

  it.each<[string, unknown]>([
    ['params', { store: 'a-db' }],
    ['params that are not an object', null],
  ])('refuses %s, as it takes none', (_name, bad) => {
    expect(oneOwnerPerStore.findParamsProblem(bad)).toEqual(expect.any(String));
    expect(oneOwnerPerStore.findParamsProblem({})).toBeUndefined();
  });
});

describe('check producers-do-not-consume: what it says', () => {
  it('names the event and its producer, marked at the consumer entry that repeats the producer', () => {
    const outcome = producersDoNotConsume.run(
      { events: [{ name: 'OrderPlaced', producer: 'order', consumers: ['delivery', 'order'] }] },
      {},
    );
    expect(outcome.messages).toEqual([
      {
        id: 'check.producer-consumes',
        params: { event: 'OrderPlaced', producer: 'order' },
        pointer: '/events/0/consumers/1',
      },
    ]);
    expect(outcome.pointers).toEqual(['/events']);
  });

  it('still says it of an event without a name', () => {
    const outcome = producersDoNotConsume.run({ events: [{ producer: 'order', consumers: ['order'] }] }, {});
    expect(outcome.messages.map((message) => [message.params['producer'], message.pointer])).toEqual([
      ['order', '/events/0/consumers/0'],
    ]);
    expect(outcome.messages[0]?.params['event']).toEqual(expect.any(String));
  });

  it.each<[string, unknown]>([
    ['params', { strict: true }],
    ['params that are a list', []],
  ])('refuses %s, as it takes none', (_name, bad) => {
    expect(producersDoNotConsume.findParamsProblem(bad)).toEqual(expect.any(String));
    expect(producersDoNotConsume.findParamsProblem({})).toBeUndefined();
  });
});

describe('check plan-places-every-module: what it says', () => {
  it('says a contradiction first, then each unplaced and unknown module, and looks at both lists', () => {
    const outcome = planPlacesEveryModule.run(
      { plan: { extract: [{ module: 'a' }, { module: 'z' }, { module: 4 }], keep: ['b', 'a'] } },
      { modules: ['a', 'b', 'c'] },
    );
    expect(outcome.messages.map((message) => [message.id, message.params['module'], message.pointer])).toEqual([
      ['check.module-twice', 'a', '/plan/keep'],
      ['check.module-unplaced', 'c', '/plan'],
      ['check.module-unknown', 'z', '/plan'],
    ]);
    expect(outcome.pointers).toEqual(['/plan/extract', '/plan/keep']);
  });

  it('gives credit per module placed when the plan does not contradict itself', () => {
    const outcome = planPlacesEveryModule.run(
      { plan: { extract: [{ module: 'a' }], keep: ['b'] } },
      { modules: ['a', 'b', 'c', 'd'] },
    );
    expect(outcome.fraction).toBe(0.5);
  });

  it.each<[string, unknown]>([
    ['params that are not an object', null],
    ['modules that are not all names', { modules: ['a', 2] }],
    ['unknown params', { modules: ['a'], keep: ['a'] }],
  ])('refuses %s', (_name, bad) => {
    expect(planPlacesEveryModule.findParamsProblem(bad)).toEqual(expect.any(String));
  });
});
