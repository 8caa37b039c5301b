import type { Wording } from '../../../feedback/catalogue-entry';

/** What a `schema` criterion says: each mismatch, worded as the answer schema's errors are. */
export const schemaMessages = {
  'schema-criterion.mismatch': { severity: 'essential', text: '{problem}' },
  // A `not` refusing the whole part is the rubric ruling a design out, not a format error in the answer.
  'schema-criterion.ruled-out': {
    severity: 'essential',
    text: '`{path}` as written is what this criterion rules out; its feedback says why.',
  },
} as const satisfies Wording;
