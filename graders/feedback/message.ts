import type { MessageParams, Wording } from './catalogue-entry';
import type { ParamsOf } from './message-params';

/**
 * A message a grader or a check wants said, as data, optionally tied to a place in the answer: one of the ids of
 * `Messages`, with exactly the params that id's entry names (ParamsOf). A union over the ids, so the id decides the
 * params: a check types its messages from its own wording, the rubric from the whole catalogue.
 */
export type Message<Messages extends Wording> = {
  [Id in keyof Messages & string]: { id: Id; params: ParamsOf<Messages[Id]>; pointer?: string };
}[keyof Messages & string];

/**
 * A message's parameter by name, whatever its id: undefined when it takes none of that name. The params of a union of
 * messages name only what every member takes, so code that reads any message (the rubric, tests) reads through this.
 */
export function readParam(message: { params: MessageParams }, name: string): string | number | undefined {
  return message.params[name];
}
