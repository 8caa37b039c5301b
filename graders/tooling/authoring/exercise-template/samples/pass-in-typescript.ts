// kind: valid-alternative
// about: The model answer written in TypeScript, with a note in other words; it earns full marks.

export const answer = {
  decision: {
    choice: 'option-a',
    reason: 'reason-that-decides',
    notes: 'A right answer written differently from the model.',
  },
};
