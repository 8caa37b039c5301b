/**
 * Reading `x-diagram` annotations while walking an answer: the annotations among the schema parts that apply at
 * each place of the value (the JSON Schema toolkit's parts, so `$ref` into the shared vocabulary and `allOf` count).
 * The page's drawing walks the answer with these, so it needs no knowledge of any answer shape.
 */
import vocabularySchema from '../vocabulary/vocabulary.schema.json' with { type: 'json' };
import { VOCABULARY_ID } from './create-ajv';
import { DIAGRAM_KEYWORD, type DiagramAnnotation } from './diagram-annotation';
import { isPlainObject } from '../is-plain-object';
import { listSubschemas } from '../json-schema/list-subschemas';
import { keepObjectParts, type SchemaPart } from '../json-schema/schema-parts';

/**
 * The annotations at this place. Only well-formed ones are returned (check:content reports the others), so a broken
 * annotation draws nothing rather than throwing; the same annotation reached twice (through two references) counts once.
 */
export function annotationsOf(parts: readonly SchemaPart[]): DiagramAnnotation[] {
  const found = new Set<DiagramAnnotation>();
  for (const { node } of keepObjectParts(parts)) {
    const annotation = node[DIAGRAM_KEYWORD];
    if (isPlainObject(annotation) && (annotation['draw'] === 'nodes' || annotation['draw'] === 'edges'))
      // check:content validated it against the keyword's meta-schema; here only the shape `draw` decides is trusted.
      found.add(annotation as unknown as DiagramAnnotation);
  }
  return [...found];
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
    for (const { node } of listSubschemas(document)) {
      const annotation = node[DIAGRAM_KEYWORD];
      if (isPlainObject(annotation) && annotation['draw'] === 'nodes' && typeof annotation['kind'] === 'string')
        kinds.add(annotation['kind']);
    }
  return kinds;
}
