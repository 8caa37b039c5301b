import { describe, expect, it } from 'vitest';
import { gradeSet } from '../../../../../graders/rubric/kinds/set/grade-set';
import { makeCriterion } from '../../../support/criteria';
import { readParam } from '../../../../../graders/feedback/message';

const criterion = makeCriterion('set', {
  at: '/events',
  where: { name: 'OrderPlaced' },
  pick: 'consumers',
  right: ['restaurant', 'delivery', { value: 'notification', why: 'Nobody waits for the email.' }],
  wrong: [{ value: 'payment', why: 'Payment comes first.', redFlag: 'Payment after the order' }, 'order'],
});

const events = (consumers: unknown) => ({
  events: [
    { name: 'Other', consumers: ['payment'] },
    { name: 'OrderPlaced', consumers },
  ],
});
const round = (value: number) => Math.round(value * 1000) / 1000;

describe('gradeSet: recall of required members, and any forbidden member fails', () => {
  it.each<[string, unknown, number, string[]]>([
    ['all required, nothing forbidden', events(['notification', 'delivery', 'restaurant']), 1, []],
    ['extra neutral members cost nothing', events(['restaurant', 'delivery', 'notification', 'analytics']), 1, []],
    ['two of three (recall 2/3)', events(['restaurant', 'delivery']), 0.667, ['set.missing:notification']],
    [
      'all required plus a forbidden one fails',
      events(['restaurant', 'delivery', 'notification', 'order']),
      0,
      ['set.forbidden:order'],
    ],
    [
      'everything listed fails',
      events(['restaurant', 'delivery', 'notification', 'payment', 'order', 'analytics']),
      0,
      ['set.forbidden:payment', 'set.forbidden:order'],
    ],
    [
      'only the forbidden one',
      events(['payment']),
      0,
      ['set.forbidden:payment', 'set.missing:restaurant', 'set.missing:delivery', 'set.missing:notification'],
    ],
    ['empty', events([]), 0, ['set.missing:restaurant', 'set.missing:delivery', 'set.missing:notification']],
    ['duplicates count once', events(['restaurant', 'restaurant', 'delivery', 'notification']), 1, []],
    ['non-strings are ignored', events(['restaurant', 7, null, { x: 1 }, 'delivery', 'notification']), 1, []],
    ['no matching item', { events: [{ name: 'Other', consumers: ['restaurant'] }] }, 0, ['rubric.no-match:']],
    ['nothing at the pointer', {}, 0, ['set.missing:restaurant', 'set.missing:delivery', 'set.missing:notification']],
  ])('%s', (_name, answer, fraction, details) => {
    const outcome = gradeSet(criterion, answer);
    expect(round(outcome.fraction)).toBe(fraction);
    expect(outcome.details.map((detail) => `${detail.id}:${String(readParam(detail, 'item') ?? '')}`)).toEqual(details);
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
      right: ['a', 'b', 'c', 'd'],
      enough: 2,
      wrong: ['x'],
    });
    expect(gradeSet(enough, { reasons: ['a', 'c'] }).fraction).toBe(1);
    expect(gradeSet(enough, { reasons: ['a', 'c'] }).details).toEqual([]);
    expect(gradeSet(enough, { reasons: ['a'] }).fraction).toBe(0.5);
    expect(
      gradeSet(enough, { reasons: ['a'] }).details.map((detail) => [detail.id, readParam(detail, 'choices')]),
    ).toEqual([['set.missing-some', ': any of `b`, `c` or `d`']]);
    // A value the answer already gives elsewhere is not suggested again.
    expect(
      gradeSet(enough, { reasons: ['a'], main: 'c' }).details.map((detail) => [
        readParam(detail, 'field'),
        readParam(detail, 'choices'),
      ]),
    ).toEqual([['reasons', ': any of `b` or `d`']]);
    expect(gradeSet(enough, { reasons: ['a', 'b', 'x'] }).fraction).toBe(0);
  });

  it('raises the red flag of a forbidden member, and only when it is there', () => {
    const flagged = gradeSet(criterion, events(['restaurant', 'delivery', 'notification', 'payment']));
    expect(flagged.flags).toEqual([
      {
        kind: 'red-flag',
        message: {
          id: 'flag.red-flag',
          params: { name: 'Payment after the order', detail: 'Payment comes first.' },
          pointer: '/events/1/consumers/3',
        },
      },
    ]);
    expect(gradeSet(criterion, events(['restaurant', 'order'])).flags).toEqual([]);
  });

  it('reads only the picked field of the items it keeps, so a note elsewhere blocks nothing', () => {
    const outcome = gradeSet(criterion, events(['restaurant']));
    expect(outcome.inputs).toEqual([
      { pointer: '/events', deep: false },
      { pointer: '/events/0', deep: false },
      { pointer: '/events/1', deep: false },
      { pointer: '/events/1/consumers', deep: true },
    ]);
  });

  it('names a list picked from a single object as a field, not as a list', () => {
    const supporting = makeCriterion('set', { at: '/strategy', pick: 'supporting', right: ['a'], wrong: ['x'] });
    const outcome = gradeSet(supporting, { strategy: { supporting: ['x'] } });
    expect(outcome.details.map((detail) => readParam(detail, 'path'))).toEqual([
      'strategy.supporting',
      'strategy.supporting',
    ]);
  });

  it('reads a list of objects through `pick` without `where`', () => {
    const names = makeCriterion('set', { at: '/services', pick: 'name', right: ['order', 'payment'] });
    expect(gradeSet(names, { services: [{ name: 'order' }, { name: 'payment' }] }).fraction).toBe(1);
  });

  it('with only forbidden members, an empty list is full marks', () => {
    const onlyForbidden = makeCriterion('set', { at: '/x', wrong: ['bad'] });
    expect(gradeSet(onlyForbidden, { x: [] }).fraction).toBe(1);
    expect(gradeSet(onlyForbidden, { x: ['bad'] }).fraction).toBe(0);
  });
});
