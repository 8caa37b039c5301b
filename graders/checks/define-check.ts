import type { OutcomeDetail, OutcomeFlag } from '../rubric/criterion-outcome';

/** A message a check wants said, with where in the answer it applies. */
export type CheckMessage = OutcomeDetail;

/**
 * What a check found: the share of the points earned (0..1), what to say, where it looked, and any contradiction
 * it found (which fails the answer). A check that judges items one by one fails outright on a bad item, rather
 * than letting it cost a fraction.
 */
export interface CheckOutcome {
  fraction: number;
  messages: CheckMessage[];
  pointers: string[];
  flags?: OutcomeFlag[];
}

/** A check as its author writes it: typed parameters, a pure `run`. */
export interface CheckDefinition<Params> {
  /** The id a `check` criterion names. */
  id: string;
  /** What the check verifies, for instructors reading the registry. */
  description: string;
  /**
   * The fields of the answer the check reads (`*` for any list index); a schema error at, above or inside one of
   * them means the check is not graded. Name fields, not whole lists, so a long note elsewhere blocks nothing.
   */
  reads: readonly string[];
  /**
   * Reads the criterion's `params`: the typed value, or what is wrong with them. Hand-written rather than a zod
   * schema so the engine bundled for the browser does not carry zod (450 KB) for two small shapes.
   */
  readParams: (params: unknown) => { ok: true; value: Params } | { ok: false; problem: string };
  /** The check itself: a pure function of the (schema-checked where it reads) answer and its parameters. */
  run: (answer: unknown, params: Params) => CheckOutcome;
}

/** A check with its parameter type erased, as the registry holds it. */
export interface RegisteredCheck {
  id: string;
  description: string;
  reads: readonly string[];
  /** Returns a description of what is wrong with `params`, or undefined when they are fine. */
  findParamsProblem: (params: unknown) => string | undefined;
  run: (answer: unknown, params: unknown) => CheckOutcome;
}

/** Wraps a typed check so the registry can hold checks with different parameters. */
export function defineCheck<Params>(definition: CheckDefinition<Params>): RegisteredCheck {
  return {
    id: definition.id,
    description: definition.description,
    reads: definition.reads,
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
