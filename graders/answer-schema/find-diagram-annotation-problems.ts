/**
 * Finds the mistakes in a schema's `x-diagram` annotations, each at the JSON pointer (into the schema document) of
 * the part that is wrong: a value the keyword's meta-schema refuses, an edge without both ends, an end with two
 * sources, a field the annotated entries do not have, a pointer to nothing in the answer. An annotation that passes
 * draws; one that would silently draw nothing is a problem here.
 */
import Ajv2020 from 'ajv/dist/2020';
import { DIAGRAM_KEYWORD, diagramAnnotationSchema, type DiagramAnnotation, type EdgeEnd } from './diagram-annotation';
import { isPlainObject } from '../is-plain-object';
import { appendPointer, isIndexToken, splitPointer } from '../json-schema/json-pointer';
import { listSubschemas } from '../json-schema/list-subschemas';
import {
  readAnswerSchema,
  type SchemaDocument,
  type SchemaObject,
  type SchemaReading,
} from '../json-schema/schema-document';
import {
  describesList,
  flattenSchema,
  keepObjectParts,
  readItemParts,
  type SchemaPart,
} from '../json-schema/schema-parts';
import { valuesAt } from '../json-schema/values-at';

/** A mistake in an annotation: where it is in the schema document, and what is wrong. */
export interface AnnotationProblem {
  pointer: string;
  message: string;
}

const SOURCES = ['field', 'parent', 'key', 'previous', 'pointer', 'node'] as const;
const NODES_ONLY = ['name', 'shape'] as const;
const EDGES_ONLY = ['label', 'from', 'to', 'line', 'dashedWhen'] as const;

let validateAnnotation: ReturnType<Ajv2020['compile']> | undefined;

/** The fields an entry described by `parts` can have, or undefined when the entries are not objects. */
function fieldsOf(parts: readonly SchemaPart[]): Set<string> | undefined {
  let fields: Set<string> | undefined;
  for (const { node } of keepObjectParts(parts)) {
    if (!isPlainObject(node['properties'])) continue;
    fields ??= new Set();
    for (const name of Object.keys(node['properties'])) fields.add(name);
  }
  return fields;
}

/** The schema parts of each entry the annotated value gives: its items for a list, itself otherwise. */
function entryParts(node: SchemaObject, document: SchemaDocument, reading: SchemaReading): SchemaPart[] {
  const parts = flattenSchema(node, document, reading);
  return describesList(parts) ? readItemParts(parts, reading) : parts;
}

/**
 * The problems of every `x-diagram` annotation in `schema`. `answerSchema` is the exercise's schema, against which
 * `pointer` ends are resolved (the schema itself when it is one; the vocabulary's annotations resolve none).
 */
export function findDiagramAnnotationProblems(schema: object, answerSchema: object = schema): AnnotationProblem[] {
  validateAnnotation ??= new Ajv2020({ allErrors: true, strict: true }).compile(diagramAnnotationSchema);
  const problems: AnnotationProblem[] = [];
  // The annotated schema is read with the vocabulary, which its `$ref`s may reach.
  const reading = readAnswerSchema(schema);
  for (const { pointer, node } of listSubschemas(schema)) {
    if (!(DIAGRAM_KEYWORD in node)) continue;
    const at = `${pointer}/${DIAGRAM_KEYWORD}`;
    const annotation = node[DIAGRAM_KEYWORD];
    if (!validateAnnotation(annotation)) {
      // One message per place: the most telling error of each (allowed values first).
      const byPlace = new Map<string, string>();
      for (const error of validateAnnotation.errors ?? []) {
        const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
        const extra = (error.params as { additionalProperty?: string }).additionalProperty;
        const detail = allowed !== undefined ? ` (${allowed.map((value) => JSON.stringify(value)).join(', ')})` : '';
        const message =
          extra === undefined
            ? `${error.message ?? 'invalid'}${detail}`
            : `"${extra}" is not a part of an annotation here`;
        const place = extra === undefined ? error.instancePath : appendPointer(error.instancePath, extra);
        if (!byPlace.has(place) || allowed !== undefined) byPlace.set(place, message);
      }
      for (const [place, message] of byPlace)
        problems.push({ pointer: `${at}${place}`, message: `${DIAGRAM_KEYWORD}${place}: ${message}` });
      continue;
    }
    problems.push(
      ...findMeaningProblems(
        annotation as DiagramAnnotation,
        at,
        entryParts(node, reading.answer, reading),
        answerSchema,
      ),
    );
  }
  return problems;
}

/** What the meta-schema cannot say: which parts go with which `draw`, one source per end, fields that exist. */
function findMeaningProblems(
  annotation: DiagramAnnotation,
  at: string,
  entries: readonly SchemaPart[],
  answerSchema: object,
): AnnotationProblem[] {
  const problems: AnnotationProblem[] = [];
  const say = (place: string, message: string) =>
    problems.push({ pointer: `${at}${place}`, message: `${DIAGRAM_KEYWORD}${place}: ${message}` });
  const misplaced = annotation.draw === 'nodes' ? EDGES_ONLY : NODES_ONLY;
  for (const part of misplaced)
    if (annotation[part] !== undefined)
      say(
        `/${part}`,
        `"${part}" belongs to ${annotation.draw === 'nodes' ? 'edges' : 'nodes'}, not to ${annotation.draw}`,
      );
  if (annotation.draw === 'edges')
    for (const end of ['from', 'to'] as const)
      if (annotation[end] === undefined)
        say('', `edges need "${end}": where each edge ${end === 'from' ? 'starts' : 'ends'}`);

  const fields = fieldsOf(entries);
  const checkField = (place: string, name: string | undefined) => {
    if (name === undefined) return;
    if (fields === undefined) say(place, `"${name}": the entries here are names, not objects with fields`);
    else if (!fields.has(name))
      say(place, `"${name}" is not a field of the entries here (they have ${[...fields].join(', ')})`);
  };
  checkField('/name', annotation.name);
  checkField('/label', annotation.label);
  checkField('/detail', annotation.detail);
  checkField('/reason', annotation.reason);
  checkField('/dashedWhen/field', annotation.dashedWhen?.field);
  for (const side of ['from', 'to'] as const) {
    const end: EdgeEnd | undefined = annotation[side];
    if (end === undefined) continue;
    const sources = SOURCES.filter((source) => end[source] !== undefined);
    if (sources.length > 1)
      say(`/${side}`, `an end has one source, not ${sources.map((source) => `"${source}"`).join(' and ')}`);
    checkField(`/${side}/field`, end.field);
    if (end.pointer !== undefined) {
      const tokens = splitPointer(end.pointer).map((token) => (isIndexToken(token) ? '*' : token));
      if (valuesAt(answerSchema, tokens).kind === 'absent')
        say(`/${side}/pointer`, `the answer schema has nothing at \`${end.pointer}\``);
    }
  }
  return problems;
}
