import { describe, expect, it } from 'vitest';
import { isModelAnswer } from '../../../src/progress/is-model-answer.ts';

const model = '{\n  "decision": { "choice": "lambda", "reason": "traffic-varies-widely" }\n}\n';

describe('isModelAnswer', () => {
  it('recognises the model answer pasted in, whatever its spacing', () => {
    expect(isModelAnswer(model, model)).toBe(true);
    expect(isModelAnswer('{"decision":{"choice":"lambda","reason":"traffic-varies-widely"}}', model)).toBe(true);
  });

  it('does not take an answer of the candidate own, even a right one, for the model', () => {
    expect(isModelAnswer('{ "decision": { "choice": "lambda", "reason": "no-idle-cost" } }', model)).toBe(false);
    expect(isModelAnswer('', model)).toBe(false);
  });
});
