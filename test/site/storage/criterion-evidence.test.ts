/** What an attempt stores about each takeaway, read from its grade report. */
import { describe, expect, it } from 'vitest';
import { grade } from '../../../graders/index.ts';
import { collectCriterionEvidence } from '../../../src/storage/criterion-evidence.ts';
import { fixtureAnswerForSpeed, fixtureFlaggingSpeed } from '../../graders/support/fixture-exercise';

const fast = JSON.stringify(fixtureAnswerForSpeed);

describe('criterion evidence', () => {
  it('keeps, beside the red flag, the other takeaway it named', () => {
    const evidence = collectCriterionEvidence(
      grade(fixtureFlaggingSpeed('event-driven.request-vs-event'), fast, 'json'),
    );
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
    const evidence = collectCriterionEvidence(grade(fixtureFlaggingSpeed(undefined), fast, 'json'));
    expect(evidence.find((item) => item.criterion === 'payment-sync')).not.toHaveProperty('flagTakeaways');
  });
});
