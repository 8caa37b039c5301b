/**
 * The vocabulary codemod edits only the renamed keys and the reshaped maps: comments, quoting, blank lines, key order
 * and every text stay as written, and what it cannot move safely it refuses rather than guess.
 */
import { describe, expect, it } from 'vitest';
import { rewriteRubricWords } from './rewrite-rubric-words';

const OLD = `title: 'Old words'
rubric:
  - kind: choice
    id: payment
    at: /calls
    where: {}
    decision:
      field: style
      correct: [sync]
      when:
        - { field: action, is: [refund], correct: [sync, async] }
      # Said to a candidate who queues the charge.
      wrong:
        async: "The customer waits: charge now."
        # A comment between two notes stays where it is.
        batch: 'Nightly is too late'  # and a comment after a note
      redFlags:
        async: Payment on a queue
        never: Nobody charges the card
      neutral: [unknown]
    reason:
      field: reason
      accepted: [caller-needs-answer]
      redFlags:
        faster: Sync is faster
  - kind: set
    id: fanout
    at: /events
    where: { name: OrderPlaced }
    required: [restaurant]
    forbidden:
      - value: payment
        why: The card is charged first.
  - kind: order
    id: plan
    at: /plan
    mustAppear: [search]
    mustNotAppear: [admin]
`;

const NEW = `title: 'Old words'
rubric:
  - kind: choice
    id: payment
    at: /calls
    where: all
    decision:
      field: style
      right: [sync]
      when:
        - { field: action, is: [refund], right: [sync, async] }
      # Said to a candidate who queues the charge.
      wrong:
        - value: async
          why: "The customer waits: charge now."
          redFlag: Payment on a queue
        # A comment between two notes stays where it is.
        - value: batch
          why: 'Nightly is too late'  # and a comment after a note
        - value: never
          redFlag: Nobody charges the card
      neutral: [unknown]
    reason:
      field: reason
      right: [caller-needs-answer]
      wrong:
        - value: faster
          redFlag: Sync is faster
  - kind: set
    id: fanout
    at: /events
    where: { name: OrderPlaced }
    right: [restaurant]
    wrong:
      - value: payment
        why: The card is charged first.
  - kind: order
    id: plan
    at: /plan
    right: [search]
    wrong: [admin]
`;

describe('rewriteRubricWords', () => {
  it('renames the old words and reshapes wrong and redFlags, keeping comments, quoting and texts', () => {
    expect(rewriteRubricWords(OLD)).toBe(NEW);
  });

  it('leaves a frontmatter already in the new words as it is', () => {
    expect(rewriteRubricWords(NEW)).toBe(NEW);
  });

  it('refuses a map it cannot move safely instead of guessing', () => {
    const flow = OLD.replace(/ {6}wrong:\n(?: {8}.*\n)+/, '      wrong: { batch: Nightly is too late }\n');
    expect(flow).not.toBe(OLD);
    expect(() => rewriteRubricWords(flow)).toThrow('flow map');
    const commented = OLD.replace('        never:', '        # why never\n        never:');
    expect(() => rewriteRubricWords(commented)).toThrow('a comment inside `redFlags`');
  });
});
