/**
 * An exercise's answer schema must be a JSON Schema 2020-12 object that ajv compiles in strict mode, with every
 * `$ref` resolved and every `x-diagram` annotation sound; each problem is placed at the schema keyword it concerns.
 */
import type { ErrorObject } from 'ajv';
import { isPlainObject } from '../is-plain-object';
import { findDiagramAnnotationProblems } from '../answer-schema/find-diagram-annotation-problems';
import { createAjv } from '../answer-schema/create-ajv';
import { createProblem, type ContentProblem } from './content-problem';
import type { JsonFile } from './read-json-file';

/** The problems of the schema in `file` (at `path`); empty when ajv compiles it. */
export function findAnswerSchemaProblems(path: string, file: JsonFile): ContentProblem[] {
  const schema = file.value;
  if (!isPlainObject(schema))
    return [createProblem(path, { line: 1, column: 1 }, 'the answer schema must be a JSON object')];
  if (schema['$schema'] !== 'https://json-schema.org/draft/2020-12/schema')
    return [
      createProblem(
        path,
        file.locate('/$schema'),
        '$schema: must be "https://json-schema.org/draft/2020-12/schema" (the editor and the grader read 2020-12)',
      ),
    ];
  const ajv = createAjv();
  if (!ajv.validateSchema(schema)) return describeMetaSchemaErrors(path, file, ajv.errors ?? []);
  // Each diagram annotation is placed at its own mistake (ajv's compile error would name only the keyword).
  const annotationProblems = findDiagramAnnotationProblems(schema);
  if (annotationProblems.length > 0)
    return annotationProblems.map((problem) => createProblem(path, file.locate(problem.pointer), problem.message));
  try {
    ajv.compile(schema);
    return [];
  } catch (caught) {
    const message = caught instanceof Error ? caught.message : String(caught);
    return [createProblem(path, placeOfQuoted(file.text, message), `ajv cannot compile the schema: ${message}`)];
  }
}

/** The place of the first quoted word of ajv's message (an unknown keyword, an unresolved `$ref`) in the text. */
function placeOfQuoted(text: string, message: string): { line: number; column: number } {
  const quoted = /"([^"]+)"|reference (\S+)/.exec(message);
  const word = quoted?.[1] ?? quoted?.[2];
  const offset = word === undefined ? -1 : text.indexOf(`"${word}"`);
  if (offset < 0) return { line: 1, column: 1 };
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * One problem per place in the schema: the meta-schema reports one mistake several ways (a wrong `type` fails its
 * enum, its array form and the anyOf joining them), so the most telling error of each place is kept, the allowed
 * values first.
 */
function describeMetaSchemaErrors(path: string, file: JsonFile, errors: readonly ErrorObject[]): ContentProblem[] {
  const byPlace = new Map<string, ErrorObject>();
  for (const error of errors) {
    const kept = byPlace.get(error.instancePath);
    if (kept === undefined || (error.keyword === 'enum' && kept.keyword !== 'enum'))
      byPlace.set(error.instancePath, error);
  }
  return [...byPlace.values()].map((error) => {
    const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
    const detail = allowed === undefined ? '' : ` (${allowed.map((value) => JSON.stringify(value)).join(', ')})`;
    return createProblem(
      path,
      file.locate(error.instancePath),
      `${error.instancePath || '(schema)'}: ${error.message ?? 'invalid'}${detail}, as JSON Schema 2020-12 says`,
    );
  });
}
