import { describe, expect, it } from 'vitest';
import { gradeChoice } from '../../graders/rubric/grade-choice';
import { makeCriterion } from './support/criteria';

const criterion = makeCriterion('choice', {
  at: '/calls',
  where: { from: 'order', to: 'payment' },
  decision: { field: 'style', correct: ['sync'], wrong: { async: 'The user is waiting.' } },
  reason: { accepted: ['caller-needs-immediate-answer'], wrong: { 'simpler-to-implement': 'True of every call.' } },
  decisionCredit: 0.5,
});

const call = (style: unknown, reason?: unknown) => ({
  calls: [
    { from: 'order', to: 'delivery', style: 'async' },
    { from: 'order', to: 'payment', style, ...(reason === undefined ? {} : { reason }) },
  ],
});

describe('gradeChoice: decision and reason graded together', () => {
  it.each<[string, unknown, number, string[]]>([
    ['right decision, accepted reason', call('sync', 'caller-needs-immediate-answer'), 1, []],
    [
      'right decision, wrong reason with a note',
      call('sync', 'simpler-to-implement'),
      0.5,
      ['choice.wrong-reason:True of every call.'],
    ],
    ['right decision, wrong reason without a note', call('sync', 'lowest-latency'), 0.5, ['choice.wrong-reason:']],
    ['right decision, no reason', call('sync'), 0.5, ['choice.missing-reason:']],
    [
      'wrong decision with a note, even with a good reason',
      call('async', 'caller-needs-immediate-answer'),
      0,
      ['choice.wrong-decision:The user is waiting.'],
    ],
    ['wrong decision without a note', call('maybe', 'x'), 0, ['choice.wrong-decision:']],
    ['decision of the wrong type', call(42, 'caller-needs-immediate-answer'), 0, ['choice.wrong-decision:']],
    ['no matching item', { calls: [{ from: 'order', to: 'delivery', style: 'sync' }] }, 0, ['rubric.no-match:']],
    ['nothing at the pointer', {}, 0, ['rubric.nothing-at:']],
    [
      'a decision named like an Object.prototype member',
      call('constructor', 'toString'),
      0,
      ['choice.wrong-decision:'],
    ],
  ])('%s', (_name, answer, fraction, details) => {
    const outcome = gradeChoice(criterion, answer);
    expect(outcome.fraction).toBe(fraction);
    expect(outcome.details.map((detail) => `${detail.id}:${String(detail.params['detail'] ?? '')}`)).toEqual(details);
  });

  it('grades a single object at `at` without `where`', () => {
    const single = makeCriterion('choice', {
      at: '/decision',
      decision: { correct: ['lambda'] },
      reason: { accepted: ['no-idle-cost'] },
    });
    expect(gradeChoice(single, { decision: { choice: 'lambda', reason: 'no-idle-cost' } }).fraction).toBe(1);
    expect(gradeChoice(single, { decision: { choice: 'lambda', reason: 'other' } }).fraction).toBe(0.5);
  });

  it('points at the decision it judged and depends only on the matched item and the where fields', () => {
    const outcome = gradeChoice(criterion, call('async', 'x'));
    expect(outcome.details[0]?.pointer).toBe('/calls/1/style');
    expect(outcome.inputs.filter((input) => input.deep).map((input) => input.pointer)).toEqual([
      '/calls/0/from',
      '/calls/0/to',
      '/calls/1/from',
      '/calls/1/to',
      '/calls/1',
      '/calls/1/style',
      '/calls/1/reason',
    ]);
  });
});
