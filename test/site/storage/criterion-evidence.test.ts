/** What an attempt stores about each takeaway, read from its grade report. */
import { describe, expect, it } from 'vitest';
import { grade } from '../../../graders/index.ts';
import { collectCriterionEvidence } from '../../../src/storage/criterion-evidence.ts';
import {
  defineFixture,
  fixtureAnswer,
  fixtureFrontmatter,
  fixtureSchema,
} from '../../graders/support/fixture-exercise';

/** The fixture, with "lowest latency" as the payment call's reason made a red flag that names `takeaway`. */
function exerciseFlagging(takeaway: string | undefined) {
  const rubric = fixtureFrontmatter.rubric.map((criterion) =>
    criterion.kind === 'choice'
      ? {
          ...criterion,
          reason: {
            ...criterion.reason,
            wrong: [
              {
                value: 'lowest-latency',
                why: 'A call is not chosen for speed.',
                redFlag: 'Speed given as the reason',
                ...(takeaway === undefined ? {} : { takeaway }),
              },
            ],
          },
        }
      : criterion,
  );
  return { frontmatter: defineFixture({ ...fixtureFrontmatter, rubric }), answerSchema: fixtureSchema };
}

const fast = JSON.stringify({
  ...fixtureAnswer,
  calls: fixtureAnswer.calls.map((call) => (call.to === 'payment' ? { ...call, reason: 'lowest-latency' } : call)),
});

describe('criterion evidence', () => {
  it('keeps, beside the red flag, the other takeaway it named', () => {
    const evidence = collectCriterionEvidence(grade(exerciseFlagging('event-driven.request-vs-event'), fast, 'json'));
    expect(evidence.find((item) => item.criterion === 'payment-sync')).toEqual({
      criterion: 'payment-sync',
      takeaway: 'microservices.sync-vs-async',
      // The right decision keeps its credit; the red flag fails the answer.
      points: 2,
      max: 4,
      redFlag: true,
      flagTakeaways: ['event-driven.request-vs-event'],
    });
  });

  it("adds nothing when the red flag names the criterion's own takeaway", () => {
    const evidence = collectCriterionEvidence(grade(exerciseFlagging(undefined), fast, 'json'));
    expect(evidence.find((item) => item.criterion === 'payment-sync')).not.toHaveProperty('flagTakeaways');
  });
});
