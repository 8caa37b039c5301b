/**
 * Adding a rubric kind is its folder plus its registration: this test registers a small extra kind (`count`, defined
 * here) in the registry of grading halves, as a new line in registered-kinds.ts would, and checks that grading, the
 * rubric runner's report, the reads and the catalogue all take it up with nothing else edited.
 */
import { describe, expect, it, vi } from 'vitest';
import { createAjv } from '../../../../graders/answer-schema/create-ajv';
import type { Criterion } from '../../../../graders/authoring-schema/criterion';
import { catalogue, type MessageId } from '../../../../graders/feedback/catalogue';
import { listCriterionReads } from '../../../../graders/rubric/criterion-reads';
import { gradeCriterion } from '../../../../graders/rubric/grade-criterion';
import { kinds } from '../../../../graders/rubric/kinds/registry';
import { runRubric } from '../../../../graders/rubric/run-rubric';

vi.mock('../../../../graders/rubric/kinds/registered-kinds', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../../graders/rubric/kinds/registered-kinds')>();
  const { defineKind } = await import('../../../../graders/rubric/kinds/define-kind');
  const { resolvePointer } = await import('../../../../graders/json-schema/json-pointer');
  /** `count`: the list at `at` holds at least `atLeast` items. */
  interface CountCriterion {
    kind: 'count';
    id: string;
    at: string;
    atLeast: number;
  }
  const countKind = defineKind({
    name: 'count',
    messages: {
      'count.too-few': { severity: 'actionable', text: '`{path}` holds {count} item(s); {atLeast} needed.' },
    },
    grade: (criterion: CountCriterion, answer: unknown) => {
      const list = resolvePointer(answer, criterion.at);
      const count = Array.isArray(list) ? list.length : 0;
      const enough = count >= criterion.atLeast;
      const params = { path: criterion.at, count, atLeast: criterion.atLeast };
      return {
        fraction: enough ? 1 : count / criterion.atLeast,
        // The test kind's message is not in the compiled catalogue's type, only in its value (the registry is mocked).
        details: enough ? [] : [{ id: 'count.too-few', params } as unknown as never],
        looked: [criterion.at],
        inputs: [{ pointer: criterion.at, deep: true }],
      };
    },
    listReads: (criterion: CountCriterion) => [{ path: criterion.at.split('/').slice(1), deep: true }],
  });
  return { ...original, countKind };
});

/** A criterion of the test kind, with the fields every criterion has (not a registered kind, so cast). */
const countCriterion = {
  kind: 'count',
  id: 'enough-services',
  at: '/services',
  atLeast: 3,
  takeaway: 'microservices.sync-vs-async',
  points: 4,
  title: 'Names at least three services.',
  feedback: { pass: 'Enough services.', fail: 'Too few services.', partial: 'Some services.' },
  essential: false,
} as unknown as Criterion;

const schemas = { validateAnswer: createAjv().compile({}), criterionValidators: new Map() };

describe('a kind registered by its one line', () => {
  it('is in the registry beside the product kinds', () => {
    expect(kinds.map((kind) => kind.name).sort()).toEqual(['check', 'choice', 'count', 'order', 'schema', 'set']);
  });

  it('grades its criteria: gradeCriterion dispatches by the registry', () => {
    expect(gradeCriterion(countCriterion, { services: ['a', 'b', 'c'] }, schemas).fraction).toBe(1);
    expect(gradeCriterion(countCriterion, { services: ['a'] }, schemas)).toMatchObject({
      fraction: 1 / 3,
      details: [{ id: 'count.too-few', params: { path: '/services', count: 1, atLeast: 3 } }],
    });
  });

  it('joins its messages to the catalogue, so the report words them and names the kind', () => {
    expect(catalogue['count.too-few' as MessageId]).toEqual({
      severity: 'actionable',
      text: '`{path}` holds {count} item(s); {atLeast} needed.',
    });
    const context = {
      chapter: 'microservices',
      answer: { services: ['a'] },
      schemas,
      issues: [],
      locate: (pointer: string) => ({ pointer }),
    };
    const [report] = runRubric([countCriterion], context).criteria;
    expect(report).toMatchObject({ id: 'enough-services', kind: 'count', verdict: 'partial', points: 1.33 });
    expect(report?.feedback.map((message) => message.text)).toEqual([
      'Some services.',
      '`/services` holds 1 item(s); 3 needed.',
    ]);
  });

  it('says what it reads, for the curveball and anyone else asking', () => {
    expect(listCriterionReads(countCriterion)).toEqual([{ path: ['services'], deep: true }]);
  });
});
