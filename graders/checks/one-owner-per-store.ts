/**
 * Database-per-service: each data store belongs to exactly one service. A store listed by two services is a shared
 * database, which couples their schemas and their scaling; the declarative kinds cannot count owners, hence a check.
 */
import { joinWords } from '../feedback/render-message';
import { readOwn } from '../json-pointer';
import { defineCheck, type CheckMessage } from './define-check';
import { isPlainObject, listObjects, listStrings } from './list-objects';

export const oneOwnerPerStore = defineCheck({
  id: 'one-owner-per-store',
  description:
    'Every store in `dataStores` is listed by exactly one service in `services[].dataStores`; credit per store.',
  reads: ['/services', '/dataStores'],
  readParams: (params) =>
    isPlainObject(params) && Object.keys(params).length === 0
      ? { ok: true, value: {} }
      : { ok: false, problem: 'this check takes no params' },
  run: (answer) => {
    const services = listObjects(answer, '', 'services');
    const stores = listObjects(answer, '', 'dataStores');
    const messages: CheckMessage[] = [];
    if (stores.length === 0)
      return {
        fraction: 0,
        messages: [{ id: 'check.no-stores', params: {}, pointer: '/dataStores' }],
        pointers: ['/dataStores'],
      };

    const owners = new Map<string, string[]>();
    for (const store of stores) {
      const name = readOwn(store.value, 'name');
      if (typeof name === 'string' && !owners.has(name)) owners.set(name, []);
    }
    services.forEach((service) => {
      const serviceName = readOwn(service.value, 'name');
      if (typeof serviceName !== 'string') return;
      for (const store of new Set(listStrings(service.value, 'dataStores'))) {
        const list = owners.get(store);
        if (list) list.push(serviceName);
        else
          messages.push({
            id: 'check.store-undeclared',
            params: { service: serviceName, store },
            pointer: `${service.pointer}/dataStores`,
          });
      }
    });

    let owned = 0;
    for (const store of stores) {
      const name = readOwn(store.value, 'name');
      if (typeof name !== 'string') continue;
      const list = owners.get(name) ?? [];
      if (list.length === 1) owned++;
      else if (list.length === 0)
        messages.push({ id: 'check.store-unowned', params: { store: name }, pointer: store.pointer });
      else
        messages.push({
          id: 'check.store-shared',
          params: { store: name, owners: joinWords(list, (item) => `\`${item}\``) },
          pointer: store.pointer,
        });
    }
    // A store named twice in `dataStores` is counted once: `owners` is keyed by name.
    const fraction = owners.size === 0 ? 0 : Math.min(owned, owners.size) / owners.size;
    return { fraction, messages, pointers: ['/services', '/dataStores'] };
  },
});
