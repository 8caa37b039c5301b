/**
 * The indexed search for blocking schema issues gives exactly what the pairwise rule (isInputConcerned) gives, in
 * the same order, on any pointers; and it stays linear where the pairwise comparison was quadratic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBlockingIssues, indexIssues } from '../../../graders/rubric/find-blocking-issues';
import { isInputConcerned, type GradingInput } from '../../../graders/rubric/grading-input';
import type { SchemaIssue } from '../../../graders/answer-schema/word-schema-errors';

const toPointer = (tokens: readonly string[]) => tokens.map((token) => `/${token}`).join('');
const issueAt = (pointer: string): SchemaIssue => ({
  pointer,
  mark: { pointer, on: 'value' },
  messageId: 'schema.type',
  params: { path: pointer, expected: 'a string', actual: 'a number' },
});

describe('findBlockingIssues', () => {
  it('agrees with the pairwise rule on any issues and inputs', () => {
    const tokens = fc.array(fc.constantFrom('a', 'b', '0', '1'), { maxLength: 4 });
    const inputTokens = fc.array(fc.constantFrom('a', 'b', '0', '1', '*'), { maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(tokens, { maxLength: 12 }),
        fc.array(fc.record({ tokens: inputTokens, deep: fc.boolean() }), { maxLength: 6 }),
        (issuePaths, inputSpecs) => {
          const issues = issuePaths.map((path) => issueAt(toPointer(path)));
          const inputs: GradingInput[] = inputSpecs.map((spec) => ({
            pointer: toPointer(spec.tokens),
            deep: spec.deep,
          }));
          const expected = issues.filter((issue) => inputs.some((input) => isInputConcerned(input, issue.pointer)));
          expect(findBlockingIssues(indexIssues(issues), inputs)).toEqual(expected);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('finds one wrong field among 1,000 items read by 1,000 inputs without comparing every pair', () => {
    const issues = Array.from({ length: 20_000 }, (_, index) => issueAt(`/services/${index % 1000}/x${index}`));
    const inputs = Array.from({ length: 1_000 }, (_, index) => ({ pointer: `/services/${index}/name`, deep: true }));
    // 20 million pairs compared one by one took seconds; the index answers in one walk per input.
    expect(findBlockingIssues(indexIssues(issues), inputs)).toEqual([]);
    const withName = [...issues, issueAt('/services/999/name/0')];
    expect(findBlockingIssues(indexIssues(withName), inputs).map((issue) => issue.pointer)).toEqual([
      '/services/999/name/0',
    ]);
  });
});
