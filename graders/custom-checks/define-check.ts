/**
 * A custom check is one file: its id, what it reads, its params type, its messages (wording and severity) and its
 * pure `run`. Registering it is one line in registered-checks.ts; its messages then join the engine's catalogue, so a
 * report renders them like any other. The messages a check says are typed from its own wording: an id it did not
 * declare, or params its wording does not name, do not compile.
 */
import type { CatalogueEntry } from '../feedback/catalogue-entry';
import type { Message } from '../feedback/message';

export type { Message } from '../feedback/message';

/** A check's messages by id; ids start with `check.` and are unique across checks. */
export type CheckMessages = Readonly<Record<`check.${string}`, CatalogueEntry>>;

/** A mistake that fails the whole answer, found by a check: a red flag or a contradiction. */
export interface CheckFlag<Messages extends CheckMessages> {
  kind: 'red-flag' | 'contradiction';
  message: Message<Messages>;
}

/**
 * What a check found: the share of the points earned (0..1), what to say, where it looked, and any contradiction
 * it found (which fails the answer). A check that judges items one by one fails outright on a bad item, rather
 * than letting it cost a fraction.
 */
export interface CheckOutcome<Messages extends CheckMessages> {
  fraction: number;
  messages: Message<Messages>[];
  pointers: string[];
  flags?: CheckFlag<Messages>[];
}

/** A check as its author writes it: typed parameters, its own messages, a pure `run`. */
export interface CheckDefinition<Params, Messages extends CheckMessages> {
  /** The id a `check` criterion names. */
  id: string;
  /** What the check verifies, for instructors reading the registry. */
  description: string;
  /**
   * The fields of the answer the check reads (`*` for any list index); a schema error at, above or inside one of
   * them means the check is not graded. Name fields, not whole lists, so a long note elsewhere blocks nothing.
   */
  reads: readonly string[];
  /** Every message the check can say: the wording lives with the check that says it. */
  messages: Messages;
  /**
   * Reads the criterion's `params`: the typed value, or what is wrong with them. Hand-written rather than a zod
   * schema so the engine bundled for the browser does not carry zod (450 KB) for two small shapes.
   */
  readParams: (params: unknown) => { ok: true; value: Params } | { ok: false; problem: string };
  /** The check itself: a pure function of the (schema-checked where it reads) answer and its parameters. */
  run: (answer: unknown, params: Params) => CheckOutcome<NoInfer<Messages>>;
}

/** A check with its parameter type erased, as the registry holds it; its messages stay typed. */
export interface RegisteredCheck<Messages extends CheckMessages> {
  id: string;
  description: string;
  reads: readonly string[];
  messages: Messages;
  /** Returns a description of what is wrong with `params`, or undefined when they are fine. */
  findParamsProblem: (params: unknown) => string | undefined;
  run: (answer: unknown, params: unknown) => CheckOutcome<Messages>;
}

/** Wraps a typed check so the registry can hold checks with different parameters. */
export function defineCheck<Params, Messages extends CheckMessages>(
  definition: CheckDefinition<Params, Messages>,
): RegisteredCheck<Messages> {
  return {
    id: definition.id,
    description: definition.description,
    reads: definition.reads,
    messages: definition.messages,
    findParamsProblem: (params) => {
      const read = definition.readParams(params);
      return read.ok ? undefined : read.problem;
    },
    run: (answer, params) => {
      const read = definition.readParams(params);
      return read.ok ? definition.run(answer, read.value) : { fraction: 0, messages: [], pointers: [] };
    },
  };
}
