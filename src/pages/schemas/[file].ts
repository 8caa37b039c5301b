/**
 * The published JSON Schema of the progress export file, generated from the registry of stored kinds at build, so it
 * can never drift from what the import checks.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildExportSchema, EXPORT_SCHEMA_PATH } from '../../storage/layout/export-schema.ts';

export const getStaticPaths: GetStaticPaths = () => [{ params: { file: EXPORT_SCHEMA_PATH.split('/').pop() } }];

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(buildExportSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
