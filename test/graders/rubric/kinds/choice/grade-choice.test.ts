import { describe, expect, it } from 'vitest';
import { gradeChoice } from '../../../../../graders/rubric/kinds/choice/grade-choice';
import { makeCriterion } from '../../../support/criteria';
import { readParam } from '../../../../../graders/feedback/message';

const criterion = makeCriterion('choice', {
  at: '/calls',
  where: { from: 'order', to: 'payment' },
  decision: { field: 'style', right: ['sync'], wrong: [{ value: 'async', why: 'The user is waiting.' }] },
  reason: {
    right: ['caller-needs-immediate-answer'],
    wrong: [{ value: 'simpler-to-implement', why: 'True of every call.' }],
  },
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
    expect(outcome.details.map((detail) => `${detail.id}:${String(readParam(detail, 'detail') ?? '')}`)).toEqual(
      details,
    );
  });

  it('grades a single object at `at` without `where`', () => {
    const single = makeCriterion('choice', {
      at: '/decision',
      decision: { right: ['lambda'] },
      reason: { right: ['no-idle-cost'] },
    });
    expect(gradeChoice(single, { decision: { choice: 'lambda', reason: 'no-idle-cost' } }).fraction).toBe(1);
    expect(gradeChoice(single, { decision: { choice: 'lambda', reason: 'other' } }).fraction).toBe(0.5);
  });

  it('points at the decision it judged and reads only the fields it grades of the items it keeps', () => {
    const outcome = gradeChoice(criterion, call('async', 'x'));
    expect(outcome.details[0]?.pointer).toBe('/calls/1/style');
    expect(outcome.inputs.filter((input) => input.deep).map((input) => input.pointer)).toEqual([
      '/calls/1/style',
      '/calls/1/reason',
    ]);
  });
});

describe('gradeChoice on every item it selects', () => {
  const both = (first: object, second: object) => ({
    calls: [
      { from: 'order', to: 'payment', ...first },
      { from: 'order', to: 'payment', ...second },
    ],
  });

  it('fails a contradiction, whichever item comes first', () => {
    const sync = { style: 'sync', reason: 'caller-needs-immediate-answer' };
    const async = { style: 'async', reason: 'caller-needs-immediate-answer' };
    for (const answer of [both(sync, async), both(async, sync)]) {
      const outcome = gradeChoice(criterion, answer);
      expect(outcome.fraction).toBe(0);
      expect(outcome.flags?.map((flag) => [flag.kind, flag.message.id])).toEqual([
        ['contradiction', 'choice.contradiction'],
      ]);
      expect(outcome.flags?.map((flag) => readParam(flag.message, 'values'))).toEqual([
        expect.stringMatching(/^"(sync|async)" and "(sync|async)"$/),
      ]);
    }
  });

  it('grades every item: one right and one with a weak reason earns the lower credit', () => {
    const outcome = gradeChoice(
      criterion,
      both({ style: 'sync', reason: 'caller-needs-immediate-answer' }, { style: 'sync', reason: 'lowest-latency' }),
    );
    expect(outcome.fraction).toBe(0.5);
    expect(outcome.flags).toEqual([]);
  });

  it('tells items apart by `distinctBy`, and with `match: any` one right item is enough', () => {
    const authorizeThenCapture = makeCriterion('choice', {
      at: '/calls',
      where: { from: 'order', to: 'payment' },
      decision: { field: 'style', right: ['sync'], wrong: [{ value: 'async', redFlag: 'Payment on a queue' }] },
      distinctBy: ['action'],
      match: 'any',
    });
    const answer = both({ style: 'sync', action: 'authorize' }, { style: 'async', action: 'capture' });
    expect(gradeChoice(authorizeThenCapture, answer)).toMatchObject({ fraction: 1, details: [], flags: [] });
    const hedged = both({ style: 'sync', action: 'charge' }, { style: 'async', action: 'charge' });
    expect(gradeChoice(authorizeThenCapture, hedged).fraction).toBe(0);
    const queued = both({ style: 'async', action: 'charge' }, { style: 'async', action: 'refund' });
    expect(gradeChoice(authorizeThenCapture, queued).flags?.map((flag) => readParam(flag.message, 'name'))).toEqual([
      'Payment on a queue',
      'Payment on a queue',
    ]);
  });

  it('grades only the reason when no decision is asked, and an empty selection passes with `ifNone: pass`', () => {
    const asyncReasons = makeCriterion('choice', {
      at: '/calls',
      where: { style: 'async' },
      reason: { right: ['caller-does-not-wait'], wrong: [{ value: 'lowest-latency', why: 'Async is not faster.' }] },
      ifNone: 'pass',
    });
    expect(gradeChoice(asyncReasons, { calls: [] }).fraction).toBe(1);
    const calls = (reason: string) => ({
      calls: [
        { style: 'async', reason },
        { style: 'sync', reason: 'x' },
      ],
    });
    expect(gradeChoice(asyncReasons, calls('caller-does-not-wait')).fraction).toBe(1);
    const faster = gradeChoice(asyncReasons, calls('lowest-latency'));
    expect(faster.fraction).toBe(0);
    expect(faster.details.map((detail) => [detail.id, readParam(detail, 'detail')])).toEqual([
      ['choice.wrong-reason-only', 'Async is not faster.'],
    ]);
  });

  it('accepts a decision under the condition another field names, here or at a pointer from the root', () => {
    const caveat = makeCriterion('choice', {
      at: '/caveat',
      decision: {
        field: 'switchTo',
        right: ['containers'],
        when: [{ field: 'condition', is: ['steady-high-load'], right: ['servers', 'containers'] }],
      },
    });
    expect(gradeChoice(caveat, { caveat: { switchTo: 'servers', condition: 'steady-high-load' } }).fraction).toBe(1);
    expect(gradeChoice(caveat, { caveat: { switchTo: 'servers', condition: 'persistent-connections' } }).fraction).toBe(
      0,
    );
    const routing = makeCriterion('choice', {
      at: '/plan',
      decision: {
        field: 'routing',
        right: ['api-gateway'],
        when: [{ field: '/strategy/choice', is: ['branch-by-abstraction'], right: ['api-gateway', 'none'] }],
      },
    });
    const plan = (choice: string) => ({ strategy: { choice }, plan: { routing: 'none' } });
    expect(gradeChoice(routing, plan('branch-by-abstraction')).fraction).toBe(1);
    expect(gradeChoice(routing, plan('strangler-fig')).fraction).toBe(0);
    expect(gradeChoice(routing, plan('strangler-fig')).inputs.map((input) => input.pointer)).toContain(
      '/strategy/choice',
    );
  });

  it('raises the red flag of a wrong reason it names', () => {
    const lambda = makeCriterion('choice', {
      at: '/decision',
      decision: { right: ['lambda'] },
      reason: {
        right: ['no-idle-cost'],
        wrong: [{ value: 'always-cheaper', redFlag: 'Serverless is always cheaper' }],
      },
    });
    const outcome = gradeChoice(lambda, { decision: { choice: 'lambda', reason: 'always-cheaper' } });
    expect(outcome.fraction).toBe(0.5);
    expect(outcome.flags?.map((flag) => [flag.kind, flag.message.pointer])).toEqual([['red-flag', '/decision/reason']]);
  });

  it('names a red flag that has no note with nothing added to its name', () => {
    const lambda = makeCriterion('choice', {
      at: '/decision',
      decision: { right: ['lambda'], wrong: [{ value: 'vm', redFlag: 'A server kept idle' }] },
    });
    const outcome = gradeChoice(lambda, { decision: { choice: 'vm' } });
    expect(outcome.flags?.map((flag) => flag.message)).toEqual([
      { id: 'flag.red-flag', params: { name: 'A server kept idle', detail: '' }, pointer: '/decision/choice' },
    ]);
  });
});

describe('gradeChoice: what each item says and where it looks', () => {
  const payments = (...items: Record<string, unknown>[]) => ({
    calls: items.map((item, index) => ({ from: 'order', to: 'payment', action: `step-${index}`, ...item })),
  });
  const each = (match: 'every' | 'any') =>
    makeCriterion('choice', {
      at: '/calls',
      where: { to: 'payment' },
      decision: { field: 'style', right: ['sync'], wrong: [{ value: 'async', redFlag: 'Payment on a queue' }] },
      reason: { right: ['caller-needs-immediate-answer'] },
      distinctBy: ['action'],
      match,
    });
  const weakAndWrong = payments({ style: 'sync', reason: 'lowest-latency' }, { style: 'async' });

  it('with `match: every`, says what is wrong with every item, whatever each earned', () => {
    const outcome = gradeChoice(each('every'), weakAndWrong);
    expect(outcome.fraction).toBe(0);
    expect(outcome.details.map((detail) => [detail.id, detail.pointer])).toEqual([
      ['choice.wrong-reason', '/calls/0/reason'],
      ['choice.wrong-decision', '/calls/1/style'],
    ]);
    expect(outcome.flags?.map((flag) => readParam(flag.message, 'name'))).toEqual(['Payment on a queue']);
  });

  it('with `match: any`, says only what concerns the best items, and none of the others’ red flags', () => {
    const outcome = gradeChoice(each('any'), weakAndWrong);
    expect(outcome.fraction).toBe(0.5);
    expect(outcome.details.map((detail) => [detail.id, detail.pointer])).toEqual([
      ['choice.wrong-reason', '/calls/0/reason'],
    ]);
    expect(outcome.flags).toEqual([]);
  });

  it('names the decision written, or nothing when none is, and looks only at the decision', () => {
    const outcome = gradeChoice(each('every'), payments({ style: 'async' }, {}));
    expect(outcome.details.map((detail) => [readParam(detail, 'chosen'), detail.pointer])).toEqual([
      ['async', '/calls/0/style'],
      ['nothing', '/calls/1/style'],
    ]);
    expect(outcome.looked).toEqual(['/calls/0/style', '/calls/1/style']);
  });

  it('says a missing reason with the decision it should explain, and looks at the decision and the reason', () => {
    const outcome = gradeChoice(each('every'), payments({ style: 'sync' }));
    expect(outcome.details).toEqual([
      { id: 'choice.missing-reason', params: { decision: 'sync', field: 'reason' }, pointer: '/calls/0' },
    ]);
    expect(outcome.looked).toEqual(['/calls/0/style', '/calls/0/reason']);
  });

  it('without a decision, says a missing or unexplained reason of the item and looks at the reason only', () => {
    const reasonOnly = makeCriterion('choice', {
      at: '/calls',
      where: { to: 'payment' },
      reason: { right: ['caller-needs-immediate-answer'] },
    });
    const missing = gradeChoice(reasonOnly, payments({}));
    expect(missing.details).toEqual([
      {
        id: 'choice.missing-reason-only',
        params: { field: 'reason', item: expect.stringMatching(/\S/) },
        pointer: '/calls/0',
      },
    ]);
    expect(missing.looked).toEqual(['/calls/0/reason']);
    const wrong = gradeChoice(reasonOnly, payments({ reason: 'lowest-latency' }));
    expect(
      wrong.details.map((detail) => [detail.id, readParam(detail, 'reason'), readParam(detail, 'detail')]),
    ).toEqual([['choice.wrong-reason-only', 'lowest-latency', '']]);
  });

  it('with no reason asked, looks at the decision of each item', () => {
    const decisionOnly = makeCriterion('choice', {
      at: '/calls',
      where: { to: 'payment' },
      decision: { field: 'style', right: ['sync'] },
    });
    expect(gradeChoice(decisionOnly, payments({ style: 'sync' })).looked).toEqual(['/calls/0/style']);
  });

  it('looks where it expected items when none are selected, passing or not', () => {
    const none = { calls: [{ from: 'order', to: 'stock', style: 'sync' }] };
    expect(gradeChoice(each('every'), none)).toMatchObject({ fraction: 0, looked: ['/calls'] });
    const optional = makeCriterion('choice', {
      at: '/calls',
      where: { to: 'payment' },
      decision: { field: 'style', right: ['sync'] },
      ifNone: 'pass',
    });
    expect(gradeChoice(optional, none)).toMatchObject({ fraction: 1, looked: ['/calls'] });
  });

  it('does not count a decision that is not text as a contradiction of one that is', () => {
    const same = {
      calls: [
        { from: 'order', to: 'payment', style: 'sync' },
        { from: 'order', to: 'payment', style: 5 },
      ],
    };
    const outcome = gradeChoice(each('every'), same);
    expect(outcome.flags?.filter((flag) => flag.kind === 'contradiction')).toEqual([]);
  });
});

describe('gradeChoice: a list of reasons, where several can decide', () => {
  const listed = makeCriterion('choice', {
    at: '/calls',
    where: { from: 'order', to: 'payment' },
    decision: { field: 'style', right: ['sync'] },
    reason: {
      right: ['caller-needs-immediate-answer', 'result-decides-next-step'],
      wrong: [
        { value: 'events-are-faster', why: 'Not what decides it.' },
        { value: 'big-company-does-it', redFlag: 'Because a well-known company does it.' },
      ],
      neutral: ['simpler-to-implement'],
    },
    decisionCredit: 0.5,
  });
  const details = (answer: unknown) =>
    gradeChoice(listed, answer).details.map((detail) => `${detail.id}:${String(readParam(detail, 'reason'))}`);

  it.each<[string, unknown[], number]>([
    ['one accepted reason', ['caller-needs-immediate-answer'], 1],
    ['both accepted reasons', ['caller-needs-immediate-answer', 'result-decides-next-step'], 1],
    ['an accepted reason beside a neutral one', ['simpler-to-implement', 'result-decides-next-step'], 1],
    [
      'an accepted reason beside a wrong one: listing more never pays',
      ['result-decides-next-step', 'events-are-faster'],
      0.5,
    ],
    ['only a neutral reason', ['simpler-to-implement'], 0.5],
    ['an empty list', [], 0.5],
  ])('%s', (_name, reasons, fraction) => {
    expect(gradeChoice(listed, call('sync', reasons)).fraction).toBe(fraction);
  });

  it('names each wrong reason of the list, and no accepted one', () => {
    expect(details(call('sync', ['result-decides-next-step', 'events-are-faster']))).toEqual([
      'choice.wrong-reason:events-are-faster',
    ]);
    expect(details(call('sync', []))).toEqual(['choice.missing-reason:undefined']);
  });

  it('raises the red flag of a contradicted reason even beside an accepted one', () => {
    const outcome = gradeChoice(listed, call('sync', ['caller-needs-immediate-answer', 'big-company-does-it']));
    expect(outcome.fraction).toBe(0.5);
    expect(outcome.flags?.map((flag) => flag.kind)).toEqual(['red-flag']);
  });
});
