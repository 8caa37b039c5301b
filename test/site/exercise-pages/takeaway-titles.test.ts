import { describe, expect, it } from 'vitest';
import { titleTakeaway } from '../../../src/exercise-pages/takeaway-titles.ts';

describe('titleTakeaway', () => {
  it('keeps a short first sentence whole', () => {
    expect(titleTakeaway('Extract the painful modules first. Then the rest.')).toBe(
      'Extract the painful modules first.',
    );
  });

  it('cuts a long sentence after its last whole word, never mid-word', () => {
    const text =
      'Move to microservices one piece at a time, using the strangler fig pattern or the branch-by-abstraction pattern, never a rewrite.';
    const title = titleTakeaway(text);
    expect(title).toBe('Move to microservices one piece at a time, using the strangler fig pattern or the…');
    expect(title.length).toBeLessThanOrEqual(90);
  });
});
