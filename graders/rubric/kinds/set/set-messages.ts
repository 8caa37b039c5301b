import type { Wording } from '../../../feedback/catalogue-entry';

/** What a `set` criterion says about the members of a list. {detail} is the author's note. */
export const setMessages = {
  'set.missing': { severity: 'actionable', text: '`{item}` is missing from `{path}`.{detail}' },
  'set.missing-some': {
    severity: 'actionable',
    text: 'Add {count} more to `{field}`{choices}.',
  },
  'set.everything': {
    severity: 'essential',
    text: 'Every option listed: `{path}` holds the right values and every wrong one too. An interviewer hears a hedge, not a decision; keep only what applies.',
  },
  'set.forbidden': { severity: 'essential', text: '`{item}` should not be in `{path}`.{detail}' },
} as const satisfies Wording;
