import { describe, expect, it } from 'vitest';
import { findWriterCeiling, withoutFreeText } from '../../../../graders/tooling/calibration/writer-ceiling.ts';

const input = (name: string, verdict: string, value: unknown, exerciseId = 'e') => ({
  exerciseId,
  name,
  verdict,
  answer: JSON.stringify(value),
  format: 'json' as const,
});

describe('the writers ceiling', () => {
  it('leaves out prose, never codes or names, and ignores key order', () => {
    expect(
      withoutFreeText({ b: 'sync', a: ['OrderPlaced', 'Because it waits for the card.'], n: 3, notes: 'Two words.' }),
    ).toEqual({ a: ['OrderPlaced', ''], b: 'sync', n: 3 });
    expect(JSON.stringify(withoutFreeText({ b: 1, a: 2 }))).toBe(JSON.stringify(withoutFreeText({ a: 2, b: 1 })));
  });

  it('counts the answers the same apart from notes whose writers split as disagreements no grader avoids', () => {
    const ceiling = findWriterCeiling([
      input('01.json', 'partial', { style: 'sync', notes: 'The card must be charged first.' }),
      input('r3-01.json', 'fail', { notes: 'Charged while the customer waits.', style: 'sync' }),
      input('r3-02.json', 'fail', { style: 'sync' }),
      input('02.json', 'pass', { style: 'async' }),
      // The same answer to another exercise is another question.
      input('01.json', 'pass', { style: 'sync' }, 'other'),
    ]);
    expect(ceiling).toEqual({
      answers: 5,
      atBest: 4,
      splits: [
        {
          exerciseId: 'e',
          answers: [
            { name: '01.json', verdict: 'partial' },
            { name: 'r3-01.json', verdict: 'fail' },
            { name: 'r3-02.json', verdict: 'fail' },
          ],
        },
      ],
    });
  });

  it('reads a TypeScript answer as its value, and keeps an unreadable one apart', () => {
    const ceiling = findWriterCeiling([
      input('01.json', 'pass', { style: 'sync' }),
      {
        exerciseId: 'e',
        name: '02.ts',
        verdict: 'fail',
        answer: "export const answer = { style: 'sync' };",
        format: 'ts',
      },
      { exerciseId: 'e', name: '03.json', verdict: 'fail', answer: '{ not json', format: 'json' },
      { exerciseId: 'e', name: '04.json', verdict: 'pass', answer: '{ not json either', format: 'json' },
    ]);
    expect(ceiling.splits.map((split) => split.answers.map((answer) => answer.name))).toEqual([['01.json', '02.ts']]);
    expect(ceiling.atBest).toBe(3);
  });
});
