/**
 * The JSON Schema documents one exercise's schemas can reach: its answer schema and the shared answer vocabulary,
 * each known by its `$id`, so a `$ref` from one into the other resolves as ajv resolves it. Schemas are read as
 * data without trusting their shape: keywords are own properties, never inherited members such as `constructor`.
 */
import vocabularySchema from '../vocabulary/vocabulary.schema.json' with { type: 'json' };
import { isPlainObject } from '../is-plain-object';

/** A JSON Schema object (a boolean schema is `true` or `false` and has no keywords). */
export type SchemaObject = Readonly<Record<string, unknown>>;

/** One schema document, and the address a `$ref` names it by. */
export interface SchemaDocument {
  /** Its `$id` without a `#fragment`; undefined when it has none (it is then reached by local `$ref`s only). */
  readonly id: string | undefined;
  /** The whole document. */
  readonly root: unknown;
}

/** The documents a reading can reach, in order of preference (the answer schema's own text first). */
export interface SchemaReading {
  readonly documents: readonly SchemaDocument[];
}

/** An answer schema read with the vocabulary: the documents, the first being the answer schema. */
export interface AnswerSchemaReading extends SchemaReading {
  readonly answer: SchemaDocument;
}

/** An own keyword of a schema (never an inherited member such as `constructor`); undefined for a boolean schema. */
export function readKeyword(schema: unknown, keyword: string): unknown {
  return isPlainObject(schema) && Object.hasOwn(schema, keyword) ? schema[keyword] : undefined;
}

/** A URI without its `#fragment`. */
export function withoutFragment(uri: string): string {
  const hash = uri.indexOf('#');
  return hash < 0 ? uri : uri.slice(0, hash);
}

/** A document for `root`, known by its `$id`. */
export function toSchemaDocument(root: object): SchemaDocument {
  const id = readKeyword(root, '$id');
  return { id: typeof id === 'string' ? withoutFragment(id) : undefined, root };
}

/**
 * An exercise's answer schema read with the shared vocabulary (the engine's own, unless another is given): what
 * grading, the drawing, the "Answer format" panel and the editor's declarations all read.
 */
export function readAnswerSchema(answerSchema: object, vocabulary: object = vocabularySchema): AnswerSchemaReading {
  const answer = toSchemaDocument(answerSchema);
  return { answer, documents: [answer, toSchemaDocument(vocabulary)] };
}
