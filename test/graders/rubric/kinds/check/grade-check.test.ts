import { describe, expect, it, vi } from 'vitest';
import type { RegisteredCheck } from '../../../../../graders/custom-checks/define-check';
import { gradeCheck } from '../../../../../graders/rubric/kinds/check/grade-check';
import { makeCriterion } from '../../../support/criteria';

/**
 * Checks that break their contract: the registered checks all keep their fraction in 0..1, so only a stand-in
 * registered under a test id can show that the rubric does not trust a check to.
 */
const standInMessages = {
  'check.stand-in': { severity: 'informative', text: 'A stand-in check spoke.' },
} as const;
const misbehaving = new Map<string, RegisteredCheck<typeof standInMessages>>(
  [
    ['overshoots', 1.5],
    ['undershoots', -0.5],
  ].map(([id, fraction]) => [
    id as string,
    {
      id: id as string,
      description: 'A check that reports a fraction outside 0..1.',
      reads: ['/services/*/name'],
      messages: standInMessages,
      findParamsProblem: () => undefined,
      run: () => ({
        fraction: fraction as number,
        messages: [{ id: 'check.stand-in' as const, params: {} }],
        pointers: [],
      }),
    },
  ]),
);

vi.mock('../../../../../graders/custom-checks/registry', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../../graders/custom-checks/registry')>();
  return { ...original, findCheck: (id: string) => misbehaving.get(id) ?? original.findCheck(id) };
});

describe('gradeCheck: a check criterion runs its registered check', () => {
  it('earns nothing and says the exercise is broken when no check has the name', () => {
    const outcome = gradeCheck(makeCriterion('check', { check: 'no-such-check' }), { services: [] });
    expect(outcome).toStrictEqual({
      fraction: 0,
      details: [{ id: 'rubric.exercise-broken', params: { problem: expect.stringContaining('"no-such-check"') } }],
      looked: [],
      inputs: [],
    });
  });

  it("keeps the check's fraction, messages with their pointers, the places it looked, and reads what it declares", () => {
    const criterion = makeCriterion('check', { check: 'one-owner-per-store' });
    const outcome = gradeCheck(criterion, {
      services: [{ name: 'a', dataStores: ['a-db'] }],
      dataStores: [{ name: 'a-db' }, { name: 'b-db' }],
    });
    expect(outcome).toStrictEqual({
      fraction: 0.5,
      details: [{ id: 'check.store-unowned', params: { store: 'b-db' }, pointer: '/dataStores/1' }],
      flags: [],
      looked: ['/services', '/dataStores'],
      inputs: [
        { pointer: '/services/*/name', deep: true },
        { pointer: '/services/*/dataStores', deep: true },
        { pointer: '/dataStores/*/name', deep: true },
      ],
    });
  });

  it('passes on the contradictions a check raises, each with its place', () => {
    const criterion = makeCriterion('check', { check: 'plan-places-every-module', params: { modules: ['search'] } });
    const outcome = gradeCheck(criterion, { plan: { extract: [{ module: 'search' }], keep: ['search'] } });
    expect(outcome.fraction).toBe(0);
    expect(outcome.flags).toStrictEqual([
      {
        kind: 'contradiction',
        message: { id: 'check.module-twice', params: { module: 'search' }, pointer: '/plan/keep' },
      },
    ]);
  });

  it('earns nothing, and raises nothing, when the criterion gives the check params it does not take', () => {
    const criterion = makeCriterion('check', { check: 'one-owner-per-store', params: { store: 'a-db' } });
    const outcome = gradeCheck(criterion, {
      services: [{ name: 'a', dataStores: ['a-db'] }],
      dataStores: [{ name: 'a-db' }],
    });
    expect(outcome).toMatchObject({ fraction: 0, details: [], flags: [], looked: [] });
  });

  it('passes on a message placed nowhere without a place', () => {
    expect(gradeCheck(makeCriterion('check', { check: 'overshoots' }), {}).details).toStrictEqual([
      { id: 'check.stand-in', params: {} },
    ]);
  });

  it('gives a check that reports more than full credit exactly full credit', () => {
    expect(gradeCheck(makeCriterion('check', { check: 'overshoots' }), {}).fraction).toBe(1);
  });

  it('gives a check that reports less than nothing exactly nothing', () => {
    expect(gradeCheck(makeCriterion('check', { check: 'undershoots' }), {}).fraction).toBe(0);
  });
});
