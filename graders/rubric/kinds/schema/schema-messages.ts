import type { Wording } from '../../../feedback/catalogue-entry';

/** What a `schema` criterion says: each mismatch, worded as the answer schema's errors are. */
export const schemaMessages = {
  'schema-criterion.mismatch': { severity: 'essential', text: '{problem}' },
} as const satisfies Wording;
