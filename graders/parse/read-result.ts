import type { MessageId, ParamsFor } from '../feedback/catalogue';

/** A span of the answer's text, as character offsets [start, end). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Where each part of a parsed answer was written, keyed by JSON pointer.
 * `values` spans the value itself; `keys` spans the property name that introduced it, so an unknown field can be
 * marked on its name.
 */
export interface AnswerSpans {
  values: Map<string, Span>;
  keys: Map<string, Span>;
}

/**
 * Something wrong (or worth a warning) in the answer's text, found while reading it. Worded later, from the catalogue:
 * a union over the ids, so each problem carries exactly the params its message takes (ParamsOf).
 */
export type SourceProblem = {
  [Id in MessageId]: { messageId: Id; params: ParamsFor<Id>; severity: 'error' | 'warning'; span: Span };
}[MessageId];

/** The outcome of reading an answer: the value with its spans, or the problem that stopped the reading. */
export type ReadResult =
  | { ok: true; value: unknown; spans: AnswerSpans; warnings: SourceProblem[] }
  | { ok: false; problems: SourceProblem[] };

/** Thrown inside a reader to unwind to its entry point; never escapes a reader. */
export class ReadFailure {
  constructor(readonly problem: SourceProblem) {}
}

/** Creates the empty span tables a reader fills. */
export function createAnswerSpans(): AnswerSpans {
  return { values: new Map(), keys: new Map() };
}

/** Creates an error problem at [start, end), saying message `messageId` with the params it takes. */
export function createProblem<Id extends MessageId>(
  messageId: Id,
  params: ParamsFor<Id>,
  start: number,
  end: number,
): SourceProblem {
  // The signature ties the params to the id; the compiler cannot see that such a pair is one member of the union.
  return { messageId, params, severity: 'error', span: { start, end: Math.max(end, start) } } as SourceProblem;
}

/** Defines an own, enumerable property even when the key is `__proto__`, so an answer can never change a prototype. */
export function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // Plain assignment is several times faster; only `__proto__` has a setter on Object.prototype to avoid.
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}
