import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { findExerciseFolders } from '../../../graders/tooling/find-exercises.ts';
import { createAjv } from '../../../graders/answer-schema/create-ajv.ts';
import { valuesAt } from '../../../graders/json-schema/values-at.ts';
import vocabulary from '../../../graders/vocabulary/vocabulary.schema.json' with { type: 'json' };
import { describeKind, splitInlineCode } from '../../../src/answer-fields/answer-fields-wording.ts';
import {
  describeAnswerFormat,
  type AnswerFormatDescription,
  type FieldFormat,
  type ValueFormat,
} from '../../../src/answer-fields/describe-answer-fields.ts';

const VOCABULARY_ID = vocabulary.$id;
const readJson = (folder: string, file: string): unknown => JSON.parse(readFileSync(join(folder, file), 'utf8'));

/** Every field of a format in reading order, through objects and lists of objects. */
function allFields(fields: readonly FieldFormat[]): FieldFormat[] {
  return fields.flatMap((field) => {
    let value = field.value;
    while (value.kind === 'list') value = value.item;
    return [field, ...(value.kind === 'object' ? allFields(value.fields) : [])];
  });
}

/**
 * The choice a field holds, looking through lists (`consumers[]` takes values too) and through alternatives whose
 * first option is it (a reason that is one code or a list of codes).
 */
function choiceOf(field: FieldFormat): Extract<ValueFormat, { kind: 'choice' }> | undefined {
  let value = field.value;
  while (value.kind === 'list' || (value.kind === 'alternatives' && value.options[0] !== undefined))
    value = value.kind === 'list' ? value.item : (value.options[0] ?? value);
  return value.kind === 'choice' ? value : undefined;
}

function fieldAt(format: AnswerFormatDescription, path: string): FieldFormat {
  const field = allFields(format.fields).find((candidate) => candidate.path === path);
  if (!field) throw new Error(`no field ${path}`);
  return field;
}

/** How many lists a field's value is nested in: 1 for `consumers` (a list of names), 0 for `from`. */
function listDepth(field: FieldFormat): number {
  let depth = 0;
  for (let value = field.value; value.kind === 'list'; value = value.item) depth++;
  return depth;
}

/** `events[].consumers` (a list) → `['events', '*', 'consumers', '*']`, the tokens `valuesAt` reads. */
function tokensOf(field: FieldFormat): string[] {
  const tokens = field.path.split('.').flatMap((segment) => {
    const key = segment.replace(/\[\]/g, '');
    return [key, ...Array<string>(segment.split('[]').length - 1).fill('*')];
  });
  return [...tokens, ...Array<string>(listDepth(field)).fill('*')];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isRecord = (value: unknown): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A copy of `answer` changed at `path` (`calls[].from`): every list on the way cut to its first item (so a changed
 * item cannot repeat another of a `uniqueItems` list), then the field set to `value`, wrapped in `depth` lists
 * (a list field gets a list of just `value`), or removed when `value` is undefined. Returns the copy and the JSON
 * pointer of the value set (or of the field removed).
 */
function changeAt(
  answer: unknown,
  path: string,
  value: Json | undefined,
  depth = 0,
): { answer: Json; pointer: string } {
  const copy = structuredClone(answer) as Json;
  const segments = path.split('.');
  const last = segments.pop() ?? '';
  let parent: Json = copy;
  let pointer = '';
  for (const segment of segments) {
    if (!isRecord(parent)) throw new Error(`${path}: no object at ${pointer || '/'}`);
    const key = segment.replace(/\[\]/g, '');
    pointer += `/${key}`;
    let child: Json | undefined = parent[key];
    for (let level = 0; level < segment.split('[]').length - 1; level++) {
      if (!Array.isArray(child) || child.length === 0) throw new Error(`${path}: no list item at ${pointer}`);
      const first: Json = child[0] ?? null;
      child.splice(0, child.length, first);
      pointer += '/0';
      child = first;
    }
    if (child === undefined) throw new Error(`${path}: the model answer has nothing at ${pointer}`);
    parent = child;
  }
  if (!isRecord(parent)) throw new Error(`${path}: no object at ${pointer || '/'}`);
  pointer += `/${last}`;
  if (value === undefined) {
    Reflect.deleteProperty(parent, last);
    return { answer: copy, pointer };
  }
  let wrapped: Json = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  parent[last] = wrapped;
  return { answer: copy, pointer: pointer + '/0'.repeat(depth) };
}

/** Every string an `enum` lists anywhere in the given schemas: values a candidate might try. */
function enumStrings(...schemas: unknown[]): Set<string> {
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isRecord(node)) {
      for (const [key, child] of Object.entries(node)) {
        if (key === 'enum' && Array.isArray(child))
          for (const member of child) if (typeof member === 'string') found.add(member);
        visit(child);
      }
    }
  };
  schemas.forEach(visit);
  return found;
}

const at = (errors: ErrorObject[] | null | undefined, pointer: string) =>
  (errors ?? []).filter((error) => error.instancePath === pointer || error.instancePath.startsWith(`${pointer}/`));

const folders = findExerciseFolders();

describe('the answer format of each real exercise agrees with ajv', () => {
  it('finds the exercises', () => {
    expect(folders.length).toBeGreaterThanOrEqual(3);
  });

  describe.each(folders.map((folder) => [basename(folder), folder]))('%s', (_id, folder) => {
    const schema = readJson(folder, 'answer.schema.json') as object;
    const model = readJson(folder, 'model.json');
    const validate = createAjv().compile(schema);
    const format = describeAnswerFormat(schema, vocabulary);
    const fields = allFields(format.fields);
    const choices = fields.flatMap((field) => {
      const choice = choiceOf(field);
      return choice ? [{ field, choice }] : [];
    });
    const tried = [...enumStrings(vocabulary, schema), 'not-a-listed-value', 'Sync', ''];

    it('starts from a valid model answer', () => {
      expect(validate(model), JSON.stringify(validate.errors)).toBe(true);
    });

    it('has fields, and enum fields among them, each with a unique anchor', () => {
      expect(format.fields.length).toBeGreaterThan(0);
      expect(choices.length).toBeGreaterThan(0);
      const anchors = fields.map((field) => field.anchor);
      expect(new Set(anchors).size).toBe(anchors.length);
    });

    it('lists, for every enum field, exactly the values ajv accepts there', () => {
      for (const { field, choice } of choices) {
        const listed = choice.values.map((entry) => entry.text);
        expect(listed.length, field.path).toBeGreaterThan(0);
        for (const candidate of new Set([...listed, ...tried])) {
          const { answer, pointer } = changeAt(model, field.path, candidate, listDepth(field));
          const valid = validate(answer);
          if (listed.includes(candidate)) {
            expect(valid, `${field.path} = ${JSON.stringify(candidate)}: ${JSON.stringify(validate.errors)}`).toBe(
              true,
            );
          } else {
            expect(valid, `${field.path} = ${JSON.stringify(candidate)} should be rejected`).toBe(false);
            expect(at(validate.errors, pointer).length, `${field.path}: an error at ${pointer}`).toBeGreaterThan(0);
          }
        }
      }
    });

    it("lists the same values as the grader's own reading of the schema (values-at)", () => {
      for (const { field, choice } of choices) {
        const read = valuesAt(schema, tokensOf(field));
        expect(read.kind, field.path).toBe('enum');
        if (read.kind === 'enum') {
          expect(choice.values.map((entry) => entry.text).sort(), field.path).toEqual([...read.values].sort());
        }
      }
    });

    it('gives every listed value a one-line meaning', () => {
      for (const { field, choice } of choices) {
        for (const entry of choice.values) expect(entry.description, `${field.path} = ${entry.text}`).toBeTruthy();
      }
    });

    it('marks a field required exactly when ajv rejects the answer without it', () => {
      for (const field of fields) {
        const { answer, pointer } = changeAt(model, field.path, undefined);
        const valid = validate(answer);
        const parent = pointer.slice(0, pointer.lastIndexOf('/'));
        const missing = (validate.errors ?? []).filter(
          (error) =>
            error.keyword === 'required' &&
            error.instancePath === parent &&
            error.params['missingProperty'] === field.key,
        );
        if (field.required) expect(missing.length, `${field.path} should be required`).toBeGreaterThan(0);
        else expect(valid, `${field.path} should be optional: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    });

    it('lists every field an object takes: any other is rejected', () => {
      const objectPaths = [
        '',
        ...fields.flatMap((field) => {
          let value = field.value;
          while (value.kind === 'list') value = value.item;
          return value.kind === 'object' ? [`${field.path}${'[]'.repeat(listDepth(field))}`] : [];
        }),
      ];
      for (const objectPath of objectPaths) {
        const path = objectPath === '' ? 'notAField' : `${objectPath}.notAField`;
        const { answer } = changeAt(model, path, 'x');
        expect(validate(answer), `${path} should be rejected`).toBe(false);
        expect(
          validate.errors?.some((error) => error.keyword === 'additionalProperties'),
          `${path}: ${JSON.stringify(validate.errors)}`,
        ).toBe(true);
      }
    });
  });
});

describe('narrowed vocabulary enums show the intersection, with the best meanings', () => {
  const formatOf = (exercise: string) => {
    const folder = folders.find((candidate) => basename(candidate) === exercise);
    if (!folder) throw new Error(`no exercise ${exercise}`);
    return describeAnswerFormat(readJson(folder, 'answer.schema.json') as object, vocabulary);
  };
  const valuesOf = (format: AnswerFormatDescription, path: string) =>
    choiceOf(fieldAt(format, path))?.values.map((entry) => entry.text);
  const meaningOf = (format: AnswerFormatDescription, path: string, value: string) =>
    choiceOf(fieldAt(format, path))?.values.find((entry) => entry.text === value)?.description;

  it("food delivery: the exercise's services and reasons, in the exercise's order and words", () => {
    const format = formatOf('food-delivery-communication');
    const services = ['user', 'restaurant', 'order', 'payment', 'delivery', 'notification', 'analytics'];
    for (const path of ['services[].name', 'calls[].from', 'calls[].to', 'events[].producer', 'events[].consumers'])
      expect(valuesOf(format, path), path).toEqual(services);
    expect(valuesOf(format, 'calls[].reason')).toEqual([
      'caller-needs-immediate-answer',
      'strong-consistency-required',
      'caller-does-not-wait',
      'decouple-availability',
      'many-independent-reactions',
      'simpler-to-implement',
      'lowest-latency',
    ]);
    // The exercise's own wording, not the vocabulary's "(the user is waiting to see it)".
    expect(meaningOf(format, 'calls[].reason', 'caller-needs-immediate-answer')).toBe(
      'The caller cannot go on (or answer the customer) until it has the result.',
    );
    // Not narrowed: the vocabulary's values and words.
    expect(valuesOf(format, 'calls[].style')).toEqual(['sync', 'async']);
    expect(meaningOf(format, 'calls[].style', 'sync')).toBe(
      'The caller sends a request and waits for the response (HTTP/REST, gRPC).',
    );
    // A description written beside the vocabulary's `$ref` beats the definition it refers to.
    expect(fieldAt(format, 'calls[].from').description).toBe('The calling service.');
    expect(fieldAt(format, 'calls[].style').description).toBe('Whether the caller waits for the answer.');
    // Required by the exercise on top of the vocabulary.
    expect(fieldAt(format, 'calls[].mechanism').required).toBe(true);
    expect(fieldAt(format, 'events[].reason').required).toBe(true);
    expect(fieldAt(format, 'calls[].action').required).toBe(false);
  });

  it('food delivery: repeated value lists point at the first one', () => {
    const format = formatOf('food-delivery-communication');
    expect(choiceOf(fieldAt(format, 'services[].name'))?.sameAs).toBeUndefined();
    expect(choiceOf(fieldAt(format, 'calls[].from'))?.sameAs).toEqual({
      path: 'services[].name',
      anchor: 'services-name',
    });
    expect(choiceOf(fieldAt(format, 'events[].reason'))?.sameAs?.path).toBe('calls[].reason');
  });

  it('monolith: a `$ref` and an `enum` side by side intersect, with the exercise meanings', () => {
    const format = formatOf('monolith-extraction-plan');
    expect(valuesOf(format, 'plan.extract[].reason')).toEqual([
      'caused-outage',
      'clearest-boundary',
      'needs-isolation',
      'scales-independently',
      'team-contention',
      'stable-low-risk',
    ]);
    expect(meaningOf(format, 'strategy.reason', 'team-contention')).toBe(
      "Eighty engineers block each other's releases in one codebase.",
    );
    expect(valuesOf(format, 'plan.keep')).toEqual(valuesOf(format, 'plan.extract[].module'));
    expect(describeKind(fieldAt(format, 'plan.keep').value)).toBe('list of values (each one of 7), no repeats');
  });

  it('notification: an enum without meanings borrows the vocabulary ones', () => {
    const format = formatOf('notification-ec2-or-lambda');
    expect(valuesOf(format, 'decision.reason')).toHaveLength(12);
    expect(meaningOf(format, 'caveat.condition', 'no-idle-cost')).toBe(
      'Quiet periods cost nothing: you pay per execution, not for idle capacity.',
    );
    expect(valuesOf(format, 'decision.reason')).not.toContain('caller-does-not-wait');
  });
});

describe('describeAnswerFormat on small schemas', () => {
  const vocabRef = (name: string) => `${VOCABULARY_ID}#/$defs/${name}`;

  it('follows a `$ref` within the schema, preferring the description written beside it', () => {
    const format = describeAnswerFormat(
      {
        type: 'object',
        required: ['colour'],
        properties: { colour: { $ref: '#/$defs/colour', description: 'The colour of the box.' }, size: {} },
        $defs: {
          colour: { description: 'A colour.', enum: ['red', 'blue'], enumDescriptions: ['Warm.', 'Cold.'] },
        },
      },
      vocabulary,
    );
    expect(format.fields.map((field) => [field.key, field.required])).toEqual([
      ['colour', true],
      ['size', false],
    ]);
    const colour = fieldAt(format, 'colour');
    expect(colour.description).toBe('The colour of the box.');
    expect(colour.value).toEqual({
      kind: 'choice',
      values: [
        { value: 'red', text: 'red', description: 'Warm.' },
        { value: 'blue', text: 'blue', description: 'Cold.' },
      ],
    });
    expect(describeKind(fieldAt(format, 'size').value)).toBe('any value');
  });

  it('follows a `$ref` into the vocabulary by its `$id`, absolute or relative', () => {
    const format = describeAnswerFormat(
      {
        $id: 'https://sysdesign-courseware.invalid/schemas/exercise.schema.json',
        type: 'object',
        properties: {
          absolute: { $ref: vocabRef('communicationStyle') },
          relative: { $ref: 'vocabulary.schema.json#/$defs/communicationStyle' },
          owner: { $ref: vocabRef('name') },
          event: { $ref: vocabRef('eventName') },
          missing: { $ref: 'https://elsewhere.invalid/x.json#/$defs/y' },
        },
      },
      vocabulary,
    );
    for (const path of ['absolute', 'relative']) {
      expect(choiceOf(fieldAt(format, path))?.values.map((entry) => entry.text)).toEqual(['sync', 'async']);
      expect(fieldAt(format, path).description).toBe('Whether the caller waits for the answer.');
    }
    expect(describeKind(fieldAt(format, 'owner').value)).toBe('name');
    expect(describeKind(fieldAt(format, 'event').value)).toBe('event name');
    expect(format.kinds.map((kind) => kind.label)).toEqual(['name', 'event name']);
    expect(format.kinds[0]?.description).toBe(vocabulary.$defs.name.description);
    expect(describeKind(fieldAt(format, 'missing').value)).toBe('any value');
  });

  it('flattens `allOf`: enums intersect, required lists add up, closed objects limit the fields', () => {
    const format = describeAnswerFormat(
      {
        type: 'object',
        properties: {
          call: {
            description: 'One call.',
            allOf: [{ $ref: vocabRef('call') }],
            required: ['mechanism'],
            properties: {
              mechanism: { enum: ['grpc', 'http-rest', 'carrier-pigeon'] },
              reason: { $ref: '#/$defs/reason' },
              extra: { type: 'string' },
            },
          },
          impossible: { allOf: [{ enum: ['a', 'b'] }, { enum: ['c'] }] },
        },
        $defs: {
          reason: {
            $ref: vocabRef('reasonCode'),
            enum: ['lowest-latency', 'caller-needs-immediate-answer'],
            enumDescriptions: ['Fast.'],
          },
        },
      },
      vocabulary,
    );
    const call = fieldAt(format, 'call');
    expect(call.description).toBe('One call.');
    // The vocabulary's order of fields; `extra` is not allowed by the vocabulary's closed `call`.
    const keys = call.value.kind === 'object' ? call.value.fields.map((field) => field.key) : [];
    expect(keys).toEqual(['from', 'to', 'action', 'style', 'mechanism', 'reason', 'purpose']);
    expect(fieldAt(format, 'call.mechanism').required).toBe(true);
    expect(fieldAt(format, 'call.from').required).toBe(true);
    expect(fieldAt(format, 'call.purpose').required).toBe(false);
    // Order of the narrower list; a value outside the vocabulary is dropped.
    expect(choiceOf(fieldAt(format, 'call.mechanism'))?.values.map((entry) => [entry.text, entry.description])).toEqual(
      [
        ['grpc', 'A request/response call with gRPC (HTTP/2, typed contracts).'],
        ['http-rest', 'A request/response call over HTTP with REST resources.'],
      ],
    );
    // Own meanings first, the vocabulary's where the exercise gives none.
    expect(choiceOf(fieldAt(format, 'call.reason'))?.values).toEqual([
      { value: 'lowest-latency', text: 'lowest-latency', description: 'Fast.' },
      {
        value: 'caller-needs-immediate-answer',
        text: 'caller-needs-immediate-answer',
        description: 'The caller cannot go on until it knows the result (the user is waiting to see it).',
      },
    ]);
    expect(fieldAt(format, 'impossible').value).toEqual({ kind: 'never' });
  });

  it('describes nested lists, lists of values and lists of objects', () => {
    const format = describeAnswerFormat(
      {
        type: 'object',
        properties: {
          grid: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'array',
              items: {
                type: 'object',
                required: ['x'],
                additionalProperties: false,
                properties: { x: { type: 'integer' }, label: { type: 'string', maxLength: 20 } },
              },
            },
          },
          tags: { type: 'array', uniqueItems: true, maxItems: 3, items: { const: 'urgent' } },
          styles: { type: 'array', items: { $ref: vocabRef('communicationStyle') } },
        },
      },
      vocabulary,
    );
    const paths = allFields(format.fields).map((field) => field.path);
    expect(paths).toEqual(['grid', 'grid[][].x', 'grid[][].label', 'tags', 'styles']);
    expect(describeKind(fieldAt(format, 'grid').value)).toBe('list of lists, at least 1');
    expect(fieldAt(format, 'grid[][].x').required).toBe(true);
    expect(describeKind(fieldAt(format, 'grid[][].x').value)).toBe('whole number');
    expect(describeKind(fieldAt(format, 'grid[][].label').value)).toBe('text, up to 20 characters');
    expect(describeKind(fieldAt(format, 'tags').value)).toBe('list of values (each `urgent`), at most 3, no repeats');
    expect(describeKind(fieldAt(format, 'styles').value)).toBe('list of values (each one of 2)');
    expect(fieldAt(format, 'grid[][].x').anchor).toBe('grid-x');
  });

  it('stops at a schema that refers back to itself', () => {
    const format = describeAnswerFormat(
      {
        $ref: '#/$defs/node',
        $defs: {
          node: {
            type: 'object',
            properties: { label: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/node' } } },
          },
        },
      },
      vocabulary,
    );
    expect(allFields(format.fields).map((field) => field.path)).toEqual(['label', 'children']);
    expect(describeKind(fieldAt(format, 'children').value)).toBe('list of objects shaped like the whole answer');
  });

  it('reads the root description, and never throws on odd schemas', () => {
    expect(describeAnswerFormat({ description: 'Root.', type: 'object' }, vocabulary).description).toBe('Root.');
    expect(describeAnswerFormat({ type: 'string' }, vocabulary)).toMatchObject({ fields: [], root: { kind: 'text' } });
    expect(describeAnswerFormat({ $ref: '#/$defs/a', $defs: { a: { $ref: '#/$defs/a' } } }, vocabulary).root).toEqual({
      kind: 'any',
    });
    expect(describeAnswerFormat({ type: 'object', properties: { no: false } }, vocabulary).fields[0]?.value).toEqual({
      kind: 'never',
    });
  });
});

describe('splitInlineCode', () => {
  it('splits backtick spans into code parts', () => {
    expect(splitInlineCode('such as `order` or `orders-db`.')).toEqual([
      { text: 'such as ', code: false },
      { text: 'order', code: true },
      { text: ' or ', code: false },
      { text: 'orders-db', code: true },
      { text: '.', code: false },
    ]);
    expect(splitInlineCode('a lone ` stays')).toEqual([{ text: 'a lone ` stays', code: false }]);
  });
});
