/** `schema`: the targeted part of the answer must match a JSON Schema (see schema-criterion.ts). */
import { defineKind } from '../define-kind';
import { gradeCompiledSchemaCriterion } from './grade-schema-criterion';
import { listSchemaReads } from './list-schema-reads';
import { schemaMessages } from './schema-messages';

export const schemaKind = defineKind({
  name: 'schema',
  messages: schemaMessages,
  grade: gradeCompiledSchemaCriterion,
  listReads: listSchemaReads,
  jsonSchemaOf: (criterion) => ({ field: 'schema', schema: criterion.schema }),
});
