import type { Wording } from '../../../feedback/catalogue-entry';

/** What a `choice` criterion says about a decision and its reason. {detail} is the author's note. */
export const choiceMessages = {
  'choice.wrong-decision': { severity: 'essential', text: 'You chose "{chosen}".{detail}' },
  'choice.wrong-reason': {
    severity: 'actionable',
    text: '"{decision}" is right, but "{reason}" is not what decides it.{detail}',
  },
  'choice.contradiction': {
    severity: 'essential',
    text: '{items} describe the same thing but give `{field}` as {values}. Say one thing: an answer that says both is not graded as right.',
  },
  'choice.missing-reason-only': { severity: 'essential', text: '`{item}` has no `{field}`: say why.' },
  'choice.wrong-reason-only': {
    severity: 'essential',
    text: '`{item}`: "{reason}" is not the reason that decides it.{detail}',
  },
  'choice.missing-reason': {
    severity: 'actionable',
    text: '"{decision}" is right; give the reason too (`{field}`) for full marks.',
  },
} as const satisfies Wording;
