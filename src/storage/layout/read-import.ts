/**
 * Reads an export file for import, refusing it with every problem in plain words and its place: too big (checked
 * before parsing), nested too deep, not JSON (line and column), not an export, made by a newer version of the course,
 * or not matching the schema (JSON Pointer and what is wrong), or holding a grade above its maximum. A file of an older layout is migrated first. Reading
 * changes nothing: only a file that passes every check reaches the merge.
 */
import { buildExportSchema, EXPORT_FORMAT } from './export-schema.ts';
import { entriesToItems, itemsToEntries, type ExportEntry, type ExportFile } from './export-file.ts';
import type { ExportValidators, ValidationError } from './export-validators.ts';
import { findScoresAboveMax } from './find-scores-above-max.ts';
import { CURRENT_LAYOUT, migrateItems, type StoredItems } from './migrations.ts';

/** The largest file the import reads; the page says so. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Deepest nesting the import parses; a real export nests 6 levels. */
export const MAX_IMPORT_DEPTH = 20;
/** Problems listed at most; the rest are counted. */
export const MAX_PROBLEMS = 20;

/** One problem: where (a JSON Pointer, or a line and column) and what is wrong. */
export interface ImportProblem {
  where: string;
  message: string;
}

/** The outcome of reading a file. */
export type ImportReading =
  | { ok: true; items: StoredItems; version: number; exportedAt: string }
  | { ok: false; problems: ImportProblem[]; more: number };

const refuse = (where: string, message: string): ImportReading => ({
  ok: false,
  problems: [{ where, message }],
  more: 0,
});

/** Line and column (from 1) of character `offset` of `text`. */
export function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let start = 0;
  for (let index = 0; index < Math.min(offset, text.length); index += 1) {
    if (text[index] === '\n') {
      line += 1;
      start = index + 1;
    }
  }
  return `line ${line}, column ${Math.min(offset, text.length) - start + 1}`;
}

/** The offset where nesting first goes deeper than `max`, skipping strings; -1 when it never does. One pass. */
export function findTooDeep(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      depth += 1;
      if (depth > max) return index;
    } else if (char === '}' || char === ']') depth -= 1;
  }
  return -1;
}

/** Parses JSON, or says where and why it is not JSON. */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: ImportProblem } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const offset = position === undefined ? text.length : Number(position);
    // The engine's words after the first clause ("… in JSON at position 12 (line 1 column 13)") repeat the place.
    const what = message.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
    return { ok: false, problem: { where: lineAndColumn(text, offset), message: `not valid JSON: ${what}` } };
  }
}

/** What each pattern of the schema stands for, in its field's words, read from the schema itself. */
const PATTERN_WORDS = collectPatternWords(buildExportSchema());

function collectPatternWords(schema: unknown, words = new Map<string, string>()): Map<string, string> {
  if (typeof schema !== 'object' || schema === null) return words;
  const record = schema as Record<string, unknown>;
  if (typeof record['pattern'] === 'string' && typeof record['description'] === 'string') {
    const text = record['description'].replace(/\.$/, '');
    words.set(record['pattern'], `${text.charAt(0).toLowerCase()}${text.slice(1)}`);
  }
  for (const value of Object.values(record)) collectPatternWords(value, words);
  return words;
}

const shorten = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
const describe = (value: unknown): string => shorten(JSON.stringify(value) ?? String(value));

/** An ajv error in plain words. */
export function explainError(error: ValidationError): string {
  const { params } = error;
  switch (error.keyword) {
    case 'required':
      return `the field "${shorten(String(params['missingProperty']))}" is missing`;
    case 'additionalProperties':
      return `the field "${shorten(String(params['additionalProperty']))}" is not part of an export`;
    case 'type':
      return `should be ${params['type'] === 'object' || params['type'] === 'array' ? 'an' : 'a'} ${String(params['type'])}`;
    case 'const':
      return `should be ${describe(params['allowedValue'])}`;
    case 'enum':
      return `should be one of ${(params['allowedValues'] as unknown[]).map(describe).join(', ')}`;
    case 'maxLength':
      return `is too long: at most ${String(params['limit'])} characters`;
    case 'minLength':
      return `is too short: at least ${String(params['limit'])} characters`;
    case 'maxItems':
      return `has too many entries: at most ${String(params['limit'])}`;
    case 'pattern': {
      const form = PATTERN_WORDS.get(String(params['pattern']));
      return `does not have the form of ${form ?? 'this field'}`;
    }
    case 'minimum':
    case 'maximum':
      return `should be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params['limit'])}`;
    default:
      return error.message ?? `fails the "${error.keyword}" rule`;
  }
}

/** Each error once, worded, with its place; the first {@link MAX_PROBLEMS}. */
function explainErrors(errors: readonly ValidationError[]): { problems: ImportProblem[]; more: number } {
  const seen = new Set<string>();
  const problems: ImportProblem[] = [];
  for (const error of errors) {
    const problem = { where: error.instancePath === '' ? '/' : error.instancePath, message: explainError(error) };
    const id = `${problem.where} ${problem.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push(problem);
  }
  return { problems: problems.slice(0, MAX_PROBLEMS), more: Math.max(0, problems.length - MAX_PROBLEMS) };
}

/** A file of an older layout, brought to the current one through the storage migrations. */
function migrateFile(file: Record<string, unknown>, version: number, validators: ExportValidators): unknown {
  const items = file['items'];
  if (typeof items !== 'object' || items === null || Array.isArray(items)) return file;
  // No prototype: a `__proto__` list name stays a plain key, then fails the schema.
  const lists = Object.create(null) as Record<string, ExportEntry[]>;
  for (const [name, list] of Object.entries(items)) {
    // What is not a list of entries is left for the schema to name.
    if (!Array.isArray(list) || !list.every((entry) => typeof entry === 'object' && entry !== null && 'value' in entry))
      return file;
    lists[name] = list as ExportEntry[];
  }
  const migrated = migrateItems(entriesToItems(lists), version);
  return { ...file, version: CURRENT_LAYOUT, items: itemsToEntries(migrated, validators).items };
}

/** Reads `text` as an export file (`bytes` is its size on disk, checked by the caller before reading it). */
export function readImport(text: string, validators: ExportValidators): ImportReading {
  if (text.length > MAX_IMPORT_BYTES) {
    return refuse('the file', `is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: not an export of this course`);
  }
  const deep = findTooDeep(text, MAX_IMPORT_DEPTH);
  if (deep >= 0) {
    return refuse(
      lineAndColumn(text, deep),
      `nested deeper than ${MAX_IMPORT_DEPTH} levels: not an export of this course`,
    );
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem], more: 0 };
  const file = parsed.value;
  if (typeof file !== 'object' || file === null || Array.isArray(file)) {
    return refuse('/', 'should be an object: this is not an export of this course');
  }
  const record = file as Record<string, unknown>;
  if (record['format'] !== EXPORT_FORMAT) {
    return refuse('/format', `should be "${EXPORT_FORMAT}": this is not an export of this course`);
  }
  const version = record['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('/version', 'should be a whole number from 1: the file does not say which version made it');
  }
  if (version > CURRENT_LAYOUT) {
    return refuse(
      '/version',
      `is ${version}: the file was made by a newer version of the course (this one reads up to version ` +
        `${CURRENT_LAYOUT}). Update the site (reload it while online) and import again.`,
    );
  }
  const current = version < CURRENT_LAYOUT ? migrateFile(record, version, validators) : record;
  if (!validators.exportFile(current)) {
    return { ok: false, ...explainErrors(validators.exportFile.errors ?? []) };
  }
  const valid = current as ExportFile;
  const aboveMax = findScoresAboveMax(valid);
  if (aboveMax.length > 0) {
    return { ok: false, problems: aboveMax.slice(0, MAX_PROBLEMS), more: Math.max(0, aboveMax.length - MAX_PROBLEMS) };
  }
  return { ok: true, items: entriesToItems(valid.items), version, exportedAt: valid.exportedAt };
}
