import { describe, expect, it } from 'vitest';
import type { CriterionReport, GradeReport, RedFlag } from '../../../../graders/index.ts';
import { judgeReport } from '../../../../graders/tooling/calibration/judge-report.ts';

function criterion(takeaway: string, points: number, maxPoints: number): CriterionReport {
  return {
    id: `c-${takeaway}-${points}`,
    kind: 'choice',
    title: 't',
    takeaway,
    lessonHref: '/',
    points,
    maxPoints,
    essential: false,
    verdict: points === maxPoints ? 'pass' : points === 0 ? 'fail' : 'partial',
    feedback: [],
    locations: [],
  };
}

function report(fields: Partial<GradeReport>): GradeReport {
  return {
    exerciseId: 'x',
    format: 'json',
    score: 0,
    max: 10,
    percent: 0,
    passMark: 80,
    passed: false,
    incomplete: false,
    essentialsMissed: [],
    redFlags: [],
    criteria: [],
    diagnostics: [],
    ...fields,
  };
}

const flag = (takeaway: string): RedFlag => ({
  kind: 'red-flag',
  criterion: 'c',
  takeaway,
  lessonHref: '/',
  message: { id: 'flag.red-flag', severity: 'essential', params: { name: 'x', detail: '' }, text: 'x' },
  locations: [],
});

describe('judgeReport: the grader in the interviewer words', () => {
  it('calls a passed answer a pass, whatever its criteria', () => {
    expect(judgeReport(report({ passed: true, percent: 80 })).verdict).toBe('pass');
  });

  it('calls an answer that did not pass partial from half the points, fail below', () => {
    expect(judgeReport(report({ percent: 50 })).verdict).toBe('partial');
    expect(judgeReport(report({ percent: 49.9 })).verdict).toBe('fail');
  });

  it('calls any red flag a fail, even with most of the points', () => {
    expect(judgeReport(report({ percent: 95, redFlags: [flag('a.b')] })).verdict).toBe('fail');
  });

  it('counts the takeaway of an essential criterion short of full marks as missed', () => {
    const judged = judgeReport(
      report({
        percent: 90,
        criteria: [criterion('a.point', 3, 4), criterion('a.other', 1, 1)],
        essentialsMissed: ['c-a.point-3'],
      }),
    );
    expect(judged).toEqual({ verdict: 'partial', misses: ['a.point'] });
  });

  it('counts a takeaway missed below half its points across criteria, or with a red flag', () => {
    const judged = judgeReport(
      report({
        criteria: [
          criterion('a.half', 1, 2),
          criterion('a.split', 1, 2),
          criterion('a.split', 0, 3),
          criterion('a.full', 2, 2),
        ],
        redFlags: [flag('a.flagged')],
      }),
    );
    expect(judged.misses).toEqual(['a.flagged', 'a.split']);
  });
});
