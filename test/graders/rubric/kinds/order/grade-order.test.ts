import { describe, expect, it } from 'vitest';
import { gradeOrder } from '../../../../../graders/rubric/kinds/order/grade-order';
import { makeCriterion } from '../../../support/criteria';
import { readParam } from '../../../../../graders/feedback/message';

const criterion = makeCriterion('order', {
  at: '/plan/extract',
  pick: 'module',
  pairs: [
    { before: 'search', after: 'checkout', why: 'Search caused the outage.', redFlag: 'Checkout before search' },
    { before: 'search', after: 'payment' },
  ],
  right: ['search', 'checkout', 'payment'],
  wrong: ['accounts', { value: 'admin', why: 'Stable.' }],
});

const plan = (...modules: unknown[]) => ({ plan: { extract: modules.map((module) => ({ module })) } });
const round = (value: number) => Math.round(value * 1000) / 1000;

describe('gradeOrder: any order consistent with the constraints is full marks', () => {
  it.each<[string, unknown, number, string[]]>([
    ['search, checkout, payment', plan('search', 'checkout', 'payment'), 1, []],
    ['search, payment, checkout (another valid order)', plan('search', 'payment', 'checkout'), 1, []],
    ['a neutral module in between', plan('search', 'reviews', 'payment', 'checkout'), 1, []],
    [
      'checkout before search: a broken pair fails the criterion',
      plan('checkout', 'search', 'payment'),
      0,
      ['order.before:search<checkout'],
    ],
    [
      'search last: two pairs broken',
      plan('checkout', 'payment', 'search'),
      0,
      ['order.before:search<checkout', 'order.before:search<payment'],
    ],
    [
      'search missing: pairs broken and search missing',
      plan('checkout', 'payment'),
      0,
      ['order.before-missing:search<checkout', 'order.before-missing:search<payment', 'order.missing:search'],
    ],
    [
      'only search: pairs respected (the others come "never"), two members missing',
      plan('search'),
      0.6,
      ['order.missing:checkout', 'order.missing:payment'],
    ],
    [
      'a module that must stay is extracted',
      plan('search', 'checkout', 'payment', 'admin'),
      0.8,
      ['order.forbidden:admin'],
    ],
    [
      'everything extracted',
      plan('search', 'checkout', 'payment', 'accounts', 'admin'),
      0.6,
      ['order.forbidden:accounts', 'order.forbidden:admin'],
    ],
    [
      'an empty list earns nothing',
      plan(),
      0,
      ['order.missing:search', 'order.missing:checkout', 'order.missing:payment'],
    ],
    [
      'nothing at the pointer earns nothing',
      {},
      0,
      ['order.missing:search', 'order.missing:checkout', 'order.missing:payment'],
    ],
    [
      'a duplicate keeps its first place',
      plan('search', 'checkout', 'search', 'payment'),
      1,
      ['order.duplicate:search'],
    ],
  ])('%s', (_name, answer, fraction, details) => {
    const outcome = gradeOrder(criterion, answer);
    expect(round(outcome.fraction)).toBe(fraction);
    expect(
      outcome.details.map(
        (detail) =>
          `${detail.id}:${readParam(detail, 'item') ?? `${String(readParam(detail, 'before'))}<${String(readParam(detail, 'after'))}`}`,
      ),
    ).toEqual(details);
  });

  it('points at the item that came too early and says why', () => {
    const outcome = gradeOrder(criterion, plan('checkout', 'search', 'payment'));
    expect(outcome.details[0]).toMatchObject({
      pointer: '/plan/extract/0/module',
      params: { detail: 'Search caused the outage.' },
    });
  });

  it('raises the red flag of a broken pair, and not for a pair kept', () => {
    expect(gradeOrder(criterion, plan('checkout', 'search', 'payment')).flags).toEqual([
      {
        kind: 'red-flag',
        message: {
          id: 'flag.red-flag',
          params: { name: 'Checkout before search', detail: 'Search caused the outage.' },
          pointer: '/plan/extract/0/module',
        },
      },
    ]);
    expect(gradeOrder(criterion, plan('search', 'payment', 'checkout')).flags).toEqual([]);
  });

  it('reads a plain list of names', () => {
    const names = makeCriterion('order', { at: '/steps', pairs: [{ before: 'a', after: 'b' }] });
    expect(gradeOrder(names, { steps: ['a', 'b'] }).fraction).toBe(1);
    expect(gradeOrder(names, { steps: ['b', 'a'] }).fraction).toBe(0);
    expect(gradeOrder(names, { steps: [] }).fraction).toBe(1);
  });
});
