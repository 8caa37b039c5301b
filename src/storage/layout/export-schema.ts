/**
 * The JSON Schema of the export file, generated from the registry of stored kinds: the site publishes it at
 * /schemas/export-v<version>.json, and the import validates files against it.
 */
import { CURRENT_LAYOUT } from './migrations.ts';
import { STORED_KINDS, type JsonSchema, type StoredKind } from './stored-kinds.ts';

/** What the file says it is, so another JSON file is named as such. */
export const EXPORT_FORMAT = 'courseware-progress';
/** Entries a kind may list in one file (a file is at most 5 MB anyway). */
export const MAX_ENTRIES = 10_000;
/** Where the schema is published, under the site's base. */
export const EXPORT_SCHEMA_PATH = `/schemas/export-v${CURRENT_LAYOUT}.json`; // root-path-ok: a site path; the pages make URLs of it with withBase

/** The schema of one entry of `kind`: its key parameters and its value. */
export function entrySchema(kind: StoredKind): JsonSchema {
  return {
    type: 'object',
    description: kind.description,
    additionalProperties: false,
    required: [...kind.params.map((param) => param.name), 'value'],
    properties: {
      ...Object.fromEntries(kind.params.map((param) => [param.name, param.schema])),
      value: kind.value,
    },
  };
}

/** The export file's schema (JSON Schema 2020-12). */
export function buildExportSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `export-v${CURRENT_LAYOUT}.json`,
    title: 'System Design Practice: your progress',
    description: 'Everything the course keeps in one browser: drafts, attempts, mocks and settings.',
    type: 'object',
    additionalProperties: false,
    required: ['format', 'version', 'exportedAt', 'items'],
    properties: {
      $schema: { type: 'string', maxLength: 300, description: 'Where this schema is published.' },
      format: { const: EXPORT_FORMAT, description: 'Names the file as a course progress export.' },
      version: {
        const: CURRENT_LAYOUT,
        description: 'The storage layout the file was made from; older ones are migrated on import.',
      },
      exportedAt: {
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?Z$',
        description: 'A time in ISO 8601 and UTC, such as 2026-12-06T12:00:00.000Z: when the file was made.',
      },
      items: {
        type: 'object',
        additionalProperties: false,
        description: 'Every stored item, by kind.',
        properties: Object.fromEntries(
          STORED_KINDS.map((kind) => [
            kind.name,
            {
              type: 'array',
              maxItems: MAX_ENTRIES,
              description: kind.description,
              items: { $ref: `#/$defs/${kind.name}` },
            },
          ]),
        ),
      },
    },
    $defs: Object.fromEntries(STORED_KINDS.map((kind) => [kind.name, entrySchema(kind)])),
  };
}
