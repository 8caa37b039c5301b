import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vocabularySchema } from '../../../graders/index.ts';
import {
  codeOrCodes,
  fieldLabel,
  formCanShow,
  itemLabel,
  newItem,
  readCodes,
  removeValueAt,
  setValueAt,
  valueAt,
} from '../../../src/answer-fields/answer-form-data.ts';
import { describeAnswerFormat, type ValueFormat } from '../../../src/answer-fields/describe-answer-fields.ts';
import { exercisePath } from '../../support/exercise-folders.ts';

const choice: ValueFormat = {
  kind: 'choice',
  values: [
    { value: 'event', text: 'event', description: 'It subscribes.' },
    { value: 'sync-call', text: 'sync-call', description: undefined },
  ],
};
const text: ValueFormat = { kind: 'text', named: undefined, patterns: [], minLength: undefined, maxLength: 500 };

describe('the answer form model', () => {
  it('reads a place by keys and indexes, and misses quietly', () => {
    const answer = { reactions: [{ via: 'event' }], publish: { reason: 'x' } };
    expect(valueAt(answer, ['reactions', 0, 'via'])).toBe('event');
    expect(valueAt(answer, ['publish', 'reason'])).toBe('x');
    expect(valueAt(answer, ['reactions', 3, 'via'])).toBeUndefined();
    expect(valueAt(answer, ['publish', 'reason', 'deeper'])).toBeUndefined();
    // Never an inherited member.
    expect(valueAt(answer, ['constructor'])).toBeUndefined();
  });

  it('sets a place in place, creating the objects and lists missing on the way', () => {
    const answer: Record<string, unknown> = { kept: 1 };
    expect(setValueAt(answer, ['newConsumer', 'changes'], ['loyalty-subscribes'])).toBe(true);
    expect(setValueAt(answer, ['consumerDown', 'outcome'], 'events-lost')).toBe(true);
    expect(setValueAt(answer, ['calls', 0], { service: 'a' })).toBe(true);
    expect(answer).toEqual({
      kept: 1,
      newConsumer: { changes: ['loyalty-subscribes'] },
      consumerDown: { outcome: 'events-lost' },
      calls: [{ service: 'a' }],
    });
  });

  it('refuses a path through a value of another kind, changing nothing', () => {
    const answer = { publish: 'a text', reactions: [] as unknown[] };
    expect(setValueAt(answer, ['publish', 'reason'], 'x')).toBe(false);
    expect(setValueAt(answer, ['reactions', 2], 'x')).toBe(false);
    expect(setValueAt(answer, [], 'x')).toBe(false);
    expect(answer).toEqual({ publish: 'a text', reactions: [] });
  });

  it('removes a field, or a list item closing the list up', () => {
    const answer = { notes: 'n', reactions: ['a', 'b', 'c'] };
    expect(removeValueAt(answer, ['reactions', 1])).toBe(true);
    expect(removeValueAt(answer, ['notes'])).toBe(true);
    expect(removeValueAt(answer, ['notes'])).toBe(false);
    expect(removeValueAt(answer, ['reactions', 5])).toBe(false);
    expect(answer).toEqual({ reactions: ['a', 'c'] });
  });

  it('shows a value only in a control that can hold it', () => {
    expect(formCanShow(undefined, choice)).toBe(true);
    expect(formCanShow('not-listed', choice)).toBe(true);
    expect(formCanShow({ via: 'event' }, choice)).toBe(false);
    expect(formCanShow('words', text)).toBe(true);
    expect(formCanShow(3, text)).toBe(false);
    expect(formCanShow(2.5, { kind: 'integer' })).toBe(false);
    expect(formCanShow(2, { kind: 'integer' })).toBe(true);
    expect(
      formCanShow([], { kind: 'list', item: choice, minItems: undefined, maxItems: undefined, unique: true }),
    ).toBe(true);
    expect(formCanShow({}, { kind: 'object', fields: [], open: false, description: undefined })).toBe(true);
    expect(formCanShow([], { kind: 'object', fields: [], open: false, description: undefined })).toBe(false);
    expect(formCanShow('x', { kind: 'any' })).toBe(false);
  });

  it('starts a new item with a value its control can hold', () => {
    expect(newItem({ kind: 'object', fields: [], open: false, description: undefined })).toEqual({});
    expect(newItem(choice)).toBe('event');
    expect(newItem(text)).toBe('');
    expect(newItem({ kind: 'integer' })).toBe(0);
  });

  it('labels fields and list items in words', () => {
    expect(fieldLabel('dataStores')).toBe('Data stores');
    expect(fieldLabel('whenBack')).toBe('When back');
    expect(fieldLabel('on_failure')).toBe('On failure');
    expect(itemLabel('reactions')).toBe('Reaction');
    expect(itemLabel('dataStores')).toBe('Data store');
    expect(itemLabel('capabilities')).toBe('Capability');
    expect(itemLabel('plan')).toBe('Plan');
    expect(itemLabel('address')).toBe('Address');
  });
});

describe('a field that takes one code or a list of codes', () => {
  it('is shown as the codes to tick, on the real commands-or-events reason, and reads one code as a list of one', () => {
    const schema = JSON.parse(readFileSync(exercisePath('commands-or-events', 'answer.schema.json'), 'utf8')) as object;
    const description = describeAnswerFormat(schema, vocabularySchema);
    const root = description.root;
    if (root.kind !== 'object') throw new Error('the answer is an object');
    const list = root.fields.find((entry) => entry.key === 'classifications')?.value;
    if (list?.kind !== 'list' || list.item.kind !== 'object') throw new Error('classifications is a list of objects');
    const because = list.item.fields.find((entry) => entry.key === 'because')?.value;
    if (because === undefined) throw new Error('an item has `because`');
    const codes = codeOrCodes(because);
    expect(codes?.values.map((entry) => entry.value)).toContain('sender-decides-the-action');
    expect(formCanShow('one-named-recipient', because)).toBe(true);
    expect(formCanShow(['one-named-recipient', 'sender-decides-the-action'], because)).toBe(true);
    expect(formCanShow({ not: 'a code' }, because)).toBe(false);
    expect(readCodes('one-named-recipient')).toEqual(['one-named-recipient']);
    expect(readCodes(['a', 'b'])).toEqual(['a', 'b']);
    expect(readCodes(undefined)).toEqual([]);
    // The starter's blank reason is nothing ticked yet.
    expect(readCodes('')).toEqual([]);
  });

  it('is not taken for alternatives of other shapes', () => {
    expect(codeOrCodes({ kind: 'alternatives', options: [choice, text] })).toBeUndefined();
    expect(
      codeOrCodes({
        kind: 'alternatives',
        options: [choice, { kind: 'list', item: text, minItems: 1, maxItems: undefined, unique: true }],
      }),
    ).toBeUndefined();
  });
});
