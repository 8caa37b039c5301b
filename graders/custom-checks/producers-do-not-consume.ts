/**
 * An event announces a fact to others: the service that publishes it already knows it. A producer listed among its
 * own event's consumers shows the roles are not yet clear (and is what listing every service as a consumer does).
 */
import { readOwn } from '../json-schema/json-pointer';
import { defineCheck, type Message, type CheckMessages } from './define-check';
import { isPlainObject } from '../is-plain-object';
import { listObjects, listStrings } from './list-objects';

/** What this check can say, worded here and nowhere else. */
const wording = {
  'check.producer-consumes': {
    severity: 'essential',
    text: '`{producer}` publishes `{event}` and is also listed as its consumer: the producer already knows the fact; an event is for the services that react to it.',
  },
} as const satisfies CheckMessages;

/** A message this check says: one of its own, with the params its wording names. */
type OwnMessage = Message<typeof wording>;

export const producersDoNotConsume = defineCheck({
  id: 'producers-do-not-consume',
  description: 'No event in `events` lists its own `producer` among its `consumers`.',
  reads: ['/events/*/name', '/events/*/producer', '/events/*/consumers'],
  messages: wording,
  readParams: (params) =>
    isPlainObject(params) && Object.keys(params).length === 0
      ? { ok: true, value: {} }
      : { ok: false, problem: 'this check takes no params' },
  run: (answer) => {
    const messages: OwnMessage[] = [];
    for (const event of listObjects(answer, '', 'events')) {
      const producer = readOwn(event.value, 'producer');
      const consumers = listStrings(event.value, 'consumers');
      const index = typeof producer === 'string' ? consumers.indexOf(producer) : -1;
      if (index < 0) continue;
      const name = readOwn(event.value, 'name');
      messages.push({
        id: 'check.producer-consumes',
        params: { event: typeof name === 'string' ? name : 'an event', producer: String(producer) },
        pointer: `${event.pointer}/consumers/${index}`,
      });
    }
    return { fraction: messages.length === 0 ? 1 : 0, messages, pointers: ['/events'] };
  },
});
