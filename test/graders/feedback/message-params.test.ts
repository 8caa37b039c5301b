/**
 * A message's id decides its parameters at compile time. The `@ts-expect-error` lines are the type tests: `npm run
 * check` fails on any of them that compiles (an unused directive is an error), so each proves a mistake is refused.
 * Beside each, the runtime assertion shows what that mistake would have put in front of a candidate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { oneOwnerPerStore } from '../../../graders/custom-checks/one-owner-per-store';
import { waitsOnlyFor } from '../../../graders/custom-checks/waits-only-for';
import { catalogue, type MessageId, type ParamsFor } from '../../../graders/feedback/catalogue';
import type { Message } from '../../../graders/feedback/message';
import { engineMessages } from '../../../graders/feedback/engine-messages';
import type { ParamsOf, PlaceholdersOf } from '../../../graders/feedback/message-params';
import { PLACEHOLDER, renderMessage } from '../../../graders/feedback/render-message';
import { createProblem } from '../../../graders/parse/read-result';

/** The placeholder names renderMessage fills in `text`, in order. */
const namesIn = (text: string) => [...text.matchAll(PLACEHOLDER)].map((match) => match[1]);

/** Texts that exercise the placeholder scan, each with the names the compiler must read from it. */
const texts = {
  none: 'Nothing to fill.',
  repeated: '{a} then {b_2}, and {a} again',
  examples: 'A template literal with ${…} or `{ … }` computes; {x} is a name',
  nested: '{{inner}}',
  notNames: '{a-b} {} {…}',
} as const;

describe('placeholders', () => {
  it('are read at compile time exactly as renderMessage finds them at run time', () => {
    expectTypeOf<PlaceholdersOf<typeof texts.none>>().toEqualTypeOf<never>();
    expectTypeOf<PlaceholdersOf<typeof texts.repeated>>().toEqualTypeOf<'a' | 'b_2'>();
    expectTypeOf<PlaceholdersOf<typeof texts.examples>>().toEqualTypeOf<'x'>();
    expectTypeOf<PlaceholdersOf<typeof texts.nested>>().toEqualTypeOf<'inner'>();
    expectTypeOf<PlaceholdersOf<typeof texts.notNames>>().toEqualTypeOf<never>();
    expect(Object.fromEntries(Object.entries(texts).map(([key, text]) => [key, [...new Set(namesIn(text))]]))).toEqual({
      none: [],
      repeated: ['a', 'b_2'],
      examples: ['x'],
      nested: ['inner'],
      notNames: [],
    });
  });

  it('type every catalogue message: its placeholders and what it carries, `detail` as text', () => {
    expectTypeOf<ParamsFor<'limit.too-large'>>().toEqualTypeOf<{
      readonly size: string | number;
      readonly limit: string | number;
    }>();
    expectTypeOf<ParamsFor<'flag.red-flag'>>().toEqualTypeOf<{
      readonly name: string | number;
      readonly detail: string;
    }>();
    expectTypeOf<ParamsFor<'schema.not-allowed'>>().toEqualTypeOf<{
      readonly path: string | number;
      readonly actual: string | number;
    }>();
    expectTypeOf<ParamsOf<{ severity: 'essential'; text: 'Plain.' }>>().toEqualTypeOf<
      Readonly<Record<string, never>>
    >();
    expect(catalogue['schema.not-allowed'].carries).toEqual(['actual']);
    expect(namesIn(catalogue['schema.not-allowed'].text)).toEqual(['path']);
  });
});

describe('saying a catalogue message', () => {
  it('refuses a parameter missing', () => {
    // @ts-expect-error -- `limit` is missing.
    const said = renderMessage('limit.too-deep', {});
    expect(said.text).toBe('The answer nests deeper than {limit} levels; no answer here needs that.');
  });

  it('refuses a parameter misspelt', () => {
    // @ts-expect-error -- the parameter is `limit`, not `limt`.
    const said = renderMessage('limit.too-deep', { limt: 64 });
    expect(said.text).toContain('{limit}');
  });

  it('refuses a parameter the message does not take', () => {
    // @ts-expect-error -- `schema.required` takes `path` and `field`, nothing else.
    const said = renderMessage('schema.required', { path: 'calls', field: 'from', why: 'it matters' });
    expect(said.params).toHaveProperty('why');
    // @ts-expect-error -- a message without placeholders takes no parameters.
    expect(renderMessage('json.empty', { found: 'x' }).params).toEqual({ found: 'x' });
  });

  it('refuses an id no message has', () => {
    // @ts-expect-error -- no message is called `limit.too-wide`.
    expect(() => renderMessage('limit.too-wide', { limit: 1 })).toThrow(TypeError);
  });

  it("refuses an author's note that is not text", () => {
    // @ts-expect-error -- `detail` is the author's words, added only when it is text.
    const said = renderMessage('flag.red-flag', { name: 'Shared database', detail: 3 });
    expect(said.text).toBe('Shared database.');
  });

  it('types the problems the readers raise the same way', () => {
    // @ts-expect-error -- `json.bad-number` takes `found`.
    const problem = createProblem('json.bad-number', { text: '1e999' }, 0, 5);
    expect(renderMessage(problem.messageId, problem.params).text).toBe('{found} is not a JSON number.');
  });

  it('accepts exactly the parameters of a message', () => {
    expect(renderMessage('limit.too-deep', { limit: 64 }).text).toBe(
      'The answer nests deeper than 64 levels; no answer here needs that.',
    );
    expect(renderMessage('schema.not-allowed', { path: 'calls', actual: '3' }).text).toBe(
      '`calls` is not allowed here.',
    );
  });
});

describe("a check's messages", () => {
  type StoreMessage = Message<typeof oneOwnerPerStore.messages>;

  it('are typed from its own wording', () => {
    const shared: StoreMessage = { id: 'check.store-shared', params: { store: 'orders-db', owners: '`a` and `b`' } };
    // @ts-expect-error -- `owners` is missing.
    const unowned: StoreMessage = { id: 'check.store-shared', params: { store: 'orders-db' } };
    // @ts-expect-error -- another check's message is not this check's to say.
    const other: StoreMessage = { id: 'check.waits-for', params: { from: 'a', service: 'b', allowed: 'c', chain: '' } };
    expect([shared.id, unowned.id, other.id]).toEqual(['check.store-shared', 'check.store-shared', 'check.waits-for']);
    expect(Object.keys(oneOwnerPerStore.messages)).toContain(shared.id);
    expect(Object.keys(oneOwnerPerStore.messages)).not.toContain(other.id);
  });

  it('join the catalogue with their types, though the shared catalogue names no check', () => {
    expectTypeOf<'check.store-unowned'>().toExtend<MessageId>();
    expectTypeOf<ParamsFor<'check.waits-for'>>().toEqualTypeOf<{
      readonly from: string | number;
      readonly service: string | number;
      readonly allowed: string | number;
      readonly chain: string | number;
    }>();
    expect(catalogue['check.waits-for']).toBe(waitsOnlyFor.messages['check.waits-for']);
    expect(Object.keys(engineMessages).filter((id) => id.startsWith('check.'))).toEqual([]);
    const folder = join(import.meta.dirname, '../../../graders/feedback');
    for (const file of ['catalogue.ts', 'engine-messages.ts'])
      expect(readFileSync(join(folder, file), 'utf8')).not.toMatch(/['"]check\./);
  });
});
