/**
 * Every rubric kind, read from registered-kinds.ts, where registering a kind is one line. Kept typed: the criterion
 * union and the messages of the kinds are derived from the kinds' own definitions.
 */
import type { Wording, JoinWordings } from '../../feedback/catalogue-entry';
import type { RubricKind } from './define-kind';
import * as registered from './registered-kinds';

/** A registered kind, with its own criterion and messages (a union over every kind). */
export type AnyRegisteredKind = (typeof registered)[keyof typeof registered];

/** The criterion a kind grades. */
type CriterionOf<Kind> = Kind extends RubricKind<infer Criterion, Wording> ? Criterion : never;

/** One rubric criterion: a discriminated union on `kind`, one member per registered kind. */
export type Criterion = CriterionOf<AnyRegisteredKind>;

/** The `kind` of a criterion: the registered kinds' names. */
export type CriterionKind = Criterion['kind'];

/** Every registered kind's messages by id: what the catalogue adds to the engine's own. */
export type RegisteredKindMessages = JoinWordings<AnyRegisteredKind['messages']>;

/** The registered kinds. */
export const kinds: readonly AnyRegisteredKind[] = Object.values(registered);

/** The registered kinds by name. */
const kindsByName: ReadonlyMap<string, AnyRegisteredKind> = new Map(kinds.map((kind) => [kind.name, kind]));

/**
 * The registered kind of a criterion, typed for the whole union: what grading, the self-check and the reads call.
 * Throws for a `kind` no kind is registered under, which a criterion parsed by the union cannot have.
 */
export function kindOf(criterion: Criterion): RubricKind<Criterion, Wording> {
  const kind = kindsByName.get(criterion.kind);
  if (kind === undefined) throw new Error(`no rubric kind is registered as "${String(criterion.kind)}"`);
  // The kind registered under a criterion's `kind` is the one whose schema parsed it: a correlation between two
  // unions the compiler cannot follow, so it is stated here, once.
  return kind as unknown as RubricKind<Criterion, Wording>;
}
