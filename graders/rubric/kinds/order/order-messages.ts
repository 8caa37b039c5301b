import type { Wording } from '../../../feedback/catalogue-entry';

/** What an `order` criterion says about a list and its "A before B" pairs. {detail} is the author's note. */
export const orderMessages = {
  'order.missing': { severity: 'essential', text: '`{item}` should be in `{path}`.{detail}' },
  'order.forbidden': { severity: 'actionable', text: '`{item}` should not be in `{path}`.{detail}' },
  'order.before': { severity: 'essential', text: '`{before}` should come before `{after}`.{detail}' },
  'order.before-missing': {
    severity: 'essential',
    text: '`{after}` is in the list but `{before}`, which should come first, is not.{detail}',
  },
  'order.duplicate': { severity: 'informative', text: '`{item}` is listed more than once; its first place counts.' },
} as const satisfies Wording;
