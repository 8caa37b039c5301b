import { describe, expect, it } from 'vitest';
import { gradeSet } from '../../graders/rubric/grade-set';
import { makeCriterion } from './support/criteria';

const criterion = makeCriterion('set', {
  at: '/events',
  where: { name: 'OrderPlaced' },
  pick: 'consumers',
  required: ['restaurant', 'delivery', { value: 'notification', why: 'Nobody waits for the email.' }],
  forbidden: [{ value: 'payment', why: 'Payment comes first.' }],
});

const events = (consumers: unknown) => ({
  events: [
    { name: 'Other', consumers: ['payment'] },
    { name: 'OrderPlaced', consumers },
  ],
});
const round = (value: number) => Math.round(value * 1000) / 1000;

describe('gradeSet: required and forbidden members, F1 credit', () => {
  it.each<[string, unknown, number, string[]]>([
    ['all required, nothing forbidden', events(['notification', 'delivery', 'restaurant']), 1, []],
    ['extra neutral members cost nothing', events(['restaurant', 'delivery', 'notification', 'analytics']), 1, []],
    ['two of three (recall 2/3, precision 1)', events(['restaurant', 'delivery']), 0.8, ['set.missing:notification']],
    [
      'all required plus a forbidden one (recall 1, precision 3/4)',
      events(['restaurant', 'delivery', 'notification', 'payment']),
      0.857,
      ['set.forbidden:payment'],
    ],
    [
      'only the forbidden one',
      events(['payment']),
      0,
      ['set.missing:restaurant', 'set.missing:delivery', 'set.missing:notification', 'set.forbidden:payment'],
    ],
    ['empty', events([]), 0, ['set.missing:restaurant', 'set.missing:delivery', 'set.missing:notification']],
    ['duplicates count once', events(['restaurant', 'restaurant', 'delivery', 'notification']), 1, []],
    ['non-strings are ignored', events(['restaurant', 7, null, { x: 1 }, 'delivery', 'notification']), 1, []],
    ['no matching item', { events: [{ name: 'Other', consumers: ['restaurant'] }] }, 0, ['rubric.no-match:']],
    ['nothing at the pointer', {}, 0, ['set.missing:restaurant', 'set.missing:delivery', 'set.missing:notification']],
  ])('%s', (_name, answer, fraction, details) => {
    const outcome = gradeSet(criterion, answer);
    expect(round(outcome.fraction)).toBe(fraction);
    expect(outcome.details.map((detail) => `${detail.id}:${String(detail.params['item'] ?? '')}`)).toEqual(details);
  });

  it('says the author note and names the list as a path', () => {
    const outcome = gradeSet(criterion, events(['restaurant', 'delivery']));
    expect(outcome.details[0]?.params).toMatchObject({
      path: 'events[name="OrderPlaced"].consumers',
      detail: 'Nobody waits for the email.',
    });
  });

  it('gives full recall once `enough` required members are present', () => {
    const enough = makeCriterion('set', {
      at: '/reasons',
      required: ['a', 'b', 'c', 'd'],
      enough: 2,
      forbidden: ['x'],
    });
    expect(gradeSet(enough, { reasons: ['a', 'c'] }).fraction).toBe(1);
    expect(gradeSet(enough, { reasons: ['a', 'c'] }).details).toEqual([]);
    expect(round(gradeSet(enough, { reasons: ['a'] }).fraction)).toBe(0.667);
    expect(round(gradeSet(enough, { reasons: ['a', 'b', 'x'] }).fraction)).toBe(0.8);
  });

  it('reads a list of objects through `pick` without `where`', () => {
    const names = makeCriterion('set', { at: '/services', pick: 'name', required: ['order', 'payment'] });
    expect(gradeSet(names, { services: [{ name: 'order' }, { name: 'payment' }] }).fraction).toBe(1);
  });

  it('with only forbidden members, an empty list is full marks', () => {
    const onlyForbidden = makeCriterion('set', { at: '/x', forbidden: ['bad'] });
    expect(gradeSet(onlyForbidden, { x: [] }).fraction).toBe(1);
    expect(gradeSet(onlyForbidden, { x: ['bad'] }).fraction).toBe(0);
  });
});
