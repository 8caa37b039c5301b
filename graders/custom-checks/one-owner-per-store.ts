/**
 * Database-per-service: each data store belongs to exactly one service. A store listed by two services is a shared
 * database, which couples their schemas and their scaling; the declarative kinds cannot count owners, hence a check.
 * Every store an answer refers to counts, declared in `dataStores` or not: two services naming the same
 * undeclared store share it just as much.
 */
import { joinWords } from '../feedback/join-words';
import { readOwn } from '../json-schema/json-pointer';
import { defineCheck, type Message, type CheckMessages } from './define-check';
import { isPlainObject } from '../is-plain-object';
import { listObjects, listStrings } from './list-objects';

/** What this check can say, worded here and nowhere else. */
const wording = {
  'check.store-shared': {
    severity: 'essential',
    text: 'Data store `{store}` is used by {owners}; each store belongs to exactly one service, which others ask through its API or events.',
  },
  'check.store-unowned': {
    severity: 'actionable',
    text: 'Data store `{store}` is used by no service; say which service owns it.',
  },
  'check.store-undeclared': {
    severity: 'actionable',
    text: 'Service `{service}` uses `{store}`, which is not in `dataStores`.',
  },
  'check.no-stores': {
    severity: 'essential',
    text: 'No data stores are declared, so nothing shows which service owns which data.',
  },
} as const satisfies CheckMessages;

/** A message this check says: one of its own, with the params its wording names. */
type OwnMessage = Message<typeof wording>;

export const oneOwnerPerStore = defineCheck({
  id: 'one-owner-per-store',
  description:
    'Every store named in `dataStores` or in `services[].dataStores` is used by exactly one service; a shared store fails the criterion, an unowned one costs its share.',
  reads: ['/services/*/name', '/services/*/dataStores', '/dataStores/*/name'],
  messages: wording,
  readParams: (params) =>
    isPlainObject(params) && Object.keys(params).length === 0
      ? { ok: true, value: {} }
      : { ok: false, problem: 'this check takes no params' },
  run: (answer) => {
    const services = listObjects(answer, '', 'services');
    const stores = listObjects(answer, '', 'dataStores');
    const messages: OwnMessage[] = [];
    const owners = new Map<string, { services: string[]; pointer: string }>();
    for (const store of stores) {
      const name = readOwn(store.value, 'name');
      if (typeof name === 'string' && !owners.has(name)) owners.set(name, { services: [], pointer: store.pointer });
    }
    for (const service of services) {
      const serviceName = readOwn(service.value, 'name');
      if (typeof serviceName !== 'string') continue;
      for (const store of new Set(listStrings(service.value, 'dataStores'))) {
        const pointer = `${service.pointer}/dataStores`;
        let entry = owners.get(store);
        if (entry === undefined) {
          entry = { services: [], pointer };
          owners.set(store, entry);
          messages.push({ id: 'check.store-undeclared', params: { service: serviceName, store }, pointer });
        }
        if (!entry.services.includes(serviceName)) entry.services.push(serviceName);
      }
    }
    if (owners.size === 0)
      return {
        fraction: 0,
        messages: [{ id: 'check.no-stores', params: {}, pointer: '/dataStores' }],
        pointers: ['/dataStores'],
      };

    let owned = 0;
    let shared = 0;
    for (const [name, entry] of owners) {
      if (entry.services.length === 1) owned++;
      else if (entry.services.length === 0)
        messages.push({ id: 'check.store-unowned', params: { store: name }, pointer: entry.pointer });
      else {
        shared++;
        messages.push({
          id: 'check.store-shared',
          params: { store: name, owners: joinWords(entry.services, (item) => `\`${item}\``) },
          pointer: entry.pointer,
        });
      }
    }
    // One shared store is the mistake, however many others are fine: no fraction of credit for it.
    return { fraction: shared > 0 ? 0 : owned / owners.size, messages, pointers: ['/services', '/dataStores'] };
  },
});
