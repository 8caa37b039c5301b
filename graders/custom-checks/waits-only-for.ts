/**
 * Who a caller really waits for: a synchronous call makes the caller wait for the callee, and for everyone the
 * callee waits for in turn. `order → restaurant → delivery`, all synchronous, keeps the customer waiting for a
 * driver just as a direct call would. The check follows synchronous calls from `from` and fails when it reaches a
 * service outside `mayWaitFor`.
 */
import { joinWords } from '../feedback/join-words';
import { readOwn } from '../json-schema/json-pointer';
import { defineCheck, type Message, type CheckMessages } from './define-check';
import { isPlainObject } from '../is-plain-object';
import { listObjects } from './list-objects';

interface Params {
  from: string;
  mayWaitFor: string[];
}

/** What this check can say, worded here and nowhere else. */
const wording = {
  'check.waits-for': {
    severity: 'essential',
    text: '`{from}` waits for `{service}` on a synchronous call, though nobody needs that result to go on. Only {allowed} belong on the path the caller waits for.',
    // The path as data, as for a chain, so both say which calls the caller waits through.
    carries: ['chain'],
  },
  'check.waits-through': {
    severity: 'essential',
    text: '`{from}` waits for `{service}` through a chain of synchronous calls ({chain}): a chain keeps the caller waiting as much as a direct call would. Only {allowed} belong on the path the caller waits for.',
  },
} as const satisfies CheckMessages;

/** A message this check says: one of its own, with the params its wording names. */
type OwnMessage = Message<typeof wording>;

export const waitsOnlyFor = defineCheck<Params, typeof wording>({
  id: 'waits-only-for',
  description:
    'Following `calls` with `style: sync` from `params.from`, directly or through other services, reaches only services in `params.mayWaitFor`.',
  reads: ['/calls/*/from', '/calls/*/to', '/calls/*/style'],
  messages: wording,
  readParams: (params) => {
    if (!isPlainObject(params)) return { ok: false, problem: 'params: give `from` and `mayWaitFor`' };
    const { from, mayWaitFor } = params;
    const extra = Object.keys(params).filter((key) => key !== 'from' && key !== 'mayWaitFor');
    if (typeof from !== 'string' || from === '') return { ok: false, problem: 'from: the calling service, a name' };
    if (!Array.isArray(mayWaitFor) || !mayWaitFor.every((name) => typeof name === 'string'))
      return { ok: false, problem: 'mayWaitFor: the services the caller may wait for, a list of names' };
    if (extra.length > 0) return { ok: false, problem: `unknown params: ${extra.join(', ')}` };
    return { ok: true, value: { from, mayWaitFor: mayWaitFor as string[] } };
  },
  run: (answer, { from, mayWaitFor }) => {
    const next = new Map<string, { to: string; pointer: string }[]>();
    for (const call of listObjects(answer, '', 'calls')) {
      const caller = readOwn(call.value, 'from');
      const callee = readOwn(call.value, 'to');
      if (readOwn(call.value, 'style') !== 'sync' || typeof caller !== 'string' || typeof callee !== 'string') continue;
      next.set(caller, [...(next.get(caller) ?? []), { to: callee, pointer: call.pointer }]);
    }
    // Breadth first, so each service is reported with its shortest chain of waits.
    const chains = new Map<string, { path: string[]; pointer: string }>([[from, { path: [from], pointer: '/calls' }]]);
    const queue = [from];
    for (let service = queue.shift(); service !== undefined; service = queue.shift()) {
      const chain = chains.get(service);
      for (const edge of next.get(service) ?? []) {
        if (chains.has(edge.to) || chain === undefined) continue;
        chains.set(edge.to, { path: [...chain.path, edge.to], pointer: edge.pointer });
        queue.push(edge.to);
      }
    }
    const messages: OwnMessage[] = [];
    for (const [service, chain] of chains) {
      if (service === from || mayWaitFor.includes(service)) continue;
      messages.push({
        id: chain.path.length > 2 ? 'check.waits-through' : 'check.waits-for',
        params: { from, service, chain: chain.path.join(' → '), allowed: joinWords(mayWaitFor, (n) => `\`${n}\``) },
        pointer: chain.pointer,
      });
    }
    return { fraction: messages.length === 0 ? 1 : 0, messages, pointers: ['/calls'] };
  },
});
