/**
 * Reading `x-diagram` annotations while walking an answer: the schema parts that apply at each place of the value
 * (following `$ref`, into the shared vocabulary, and `allOf`), and the annotations among them. The page's drawing
 * walks the answer with these, so it needs no knowledge of any answer shape.
 */
import vocabularySchema from '../vocabulary/vocabulary.schema.json' with { type: 'json' };
import { VOCABULARY_ID } from './create-ajv';
import { DIAGRAM_KEYWORD, type DiagramAnnotation } from './diagram-annotation';
import { isPlainObject } from '../is-plain-object';
import { flatten, step, type Located, type SchemaObject } from './values-at';

/** The schema parts that apply at one place of an answer. */
export type SchemaParts = readonly Located[];

/** The parts of the whole answer's schema. */
export function rootSchemaParts(answerSchema: object): SchemaParts {
  return flatten({ node: answerSchema as SchemaObject, document: answerSchema as SchemaObject });
}

/** The parts at property `token` of a value described by `parts`, or at any entry of a list (`*`). */
export function childSchemaParts(parts: SchemaParts, token: string): SchemaParts {
  return step(parts, token);
}

/** Whether the value these parts describe is a list. */
export function describesList(parts: SchemaParts): boolean {
  return parts.some(({ node }) => node['type'] === 'array' || isPlainObject(node['items']));
}

/**
 * The annotations at this place. Only well-formed ones are returned (check:content reports the others), so a broken
 * annotation draws nothing rather than throwing; the same annotation reached twice (through two references) counts once.
 */
export function annotationsOf(parts: SchemaParts): DiagramAnnotation[] {
  const found = new Set<DiagramAnnotation>();
  for (const { node } of parts) {
    const annotation = node[DIAGRAM_KEYWORD];
    if (isPlainObject(annotation) && (annotation['draw'] === 'nodes' || annotation['draw'] === 'edges'))
      // check:content validated it against the keyword's meta-schema; here only the shape `draw` decides is trusted.
      found.add(annotation as unknown as DiagramAnnotation);
  }
  return [...found];
}

// Keywords whose value is a schema, a map of schemas or a list of schemas: where annotations can sit.
const ONE_SCHEMA = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

const escapeToken = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** Every schema object of `schema` with its JSON pointer, in document order. */
export function listSchemaNodes(schema: unknown, pointer = '', depth = 0): { pointer: string; node: SchemaObject }[] {
  if (!isPlainObject(schema) || depth > 64) return [];
  const found = [{ pointer, node: schema }];
  for (const [keyword, value] of Object.entries(schema)) {
    const at = `${pointer}/${escapeToken(keyword)}`;
    if (ONE_SCHEMA.includes(keyword)) found.push(...listSchemaNodes(value, at, depth + 1));
    else if (SCHEMA_MAPS.includes(keyword) && isPlainObject(value))
      for (const [name, sub] of Object.entries(value))
        found.push(...listSchemaNodes(sub, `${at}/${escapeToken(name)}`, depth + 1));
    else if (SCHEMA_LISTS.includes(keyword) && Array.isArray(value))
      value.forEach((sub, index) => found.push(...listSchemaNodes(sub, `${at}/${index}`, depth + 1)));
  }
  return found;
}

/**
 * The kinds some `nodes` annotation declares, in the answer schema or in the vocabulary it references: a name of
 * such a kind that only an edge reaches is one the answer forgot to declare.
 */
export function listDeclaredKinds(answerSchema: object): Set<string> {
  const documents = [answerSchema];
  if (JSON.stringify(answerSchema).includes(VOCABULARY_ID)) documents.push(vocabularySchema);
  const kinds = new Set<string>();
  for (const document of documents)
    for (const { node } of listSchemaNodes(document)) {
      const annotation = node[DIAGRAM_KEYWORD];
      if (isPlainObject(annotation) && annotation['draw'] === 'nodes' && typeof annotation['kind'] === 'string')
        kinds.add(annotation['kind']);
    }
  return kinds;
}
