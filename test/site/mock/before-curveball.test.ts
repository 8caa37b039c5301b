/**
 * What a mock shows before its curveball (src/mock/before-curveball.ts and the fields it hides,
 * graders/authoring-schema/curveball-fields.ts): the real curveball exercises lose exactly their curveball's fields,
 * words and definitions, and nothing else; made-up rubrics pin the rule for fields shared with other criteria.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCurveballOnlyFields } from '../../../graders/authoring-schema/curveball-fields';
import { loadExercise } from '../../../graders/tooling/load-exercise';
import { deriveBeforeCurveball, hideFieldsInAnswer, hideFieldsInSchema } from '../../../src/mock/before-curveball.ts';
import { describeAnswerFormat } from '../../../src/answer-fields/describe-answer-fields.ts';
import { generateAnswerDeclarations } from '../../../src/editor/schema-to-dts.ts';
import { vocabularySchema } from '../../../graders/index.ts';
import { makeCriterion } from '../../graders/support/criteria';
import { EXERCISE_IDS, exercisePath } from '../../support/exercise-folders';

/** The exercise `id` as the build reads it, with its before-the-curveball view. */
function beforeOf(id: string) {
  const loaded = loadExercise(exercisePath(id));
  if (!loaded.ok) throw new Error(`exercise ${id} does not load`);
  const { frontmatter, answerSchema } = loaded.loaded.exercise;
  const curveball = frontmatter.mock?.curveball;
  if (!curveball) throw new Error(`exercise ${id} has no curveball`);
  const starter: unknown = JSON.parse(readFileSync(exercisePath(id, 'starter.json'), 'utf8'));
  return {
    fullSchema: answerSchema,
    ...deriveBeforeCurveball(frontmatter.rubric, curveball.criteria, answerSchema, starter),
  };
}

/** Everything a candidate could read of a schema before the reveal: the answer format and the TS declarations. */
function shownText(schema: object): string {
  return `${JSON.stringify(describeAnswerFormat(schema, vocabularySchema))}\n${generateAnswerDeclarations(schema, vocabularySchema)}`;
}

describe('the curveball exercises before the reveal', () => {
  it('hides the fifth consumer of order-placed-events: the field, its options and the root words that name it', () => {
    const before = beforeOf('order-placed-events');
    expect(before.hidden).toEqual([['newConsumer']]);
    expect(before.starter).not.toHaveProperty('newConsumer');
    expect(Object.keys(before.starter as object)).toEqual(['publish', 'reactions', 'consumerDown']);
    const text = shownText(before.answerSchema);
    for (const word of ['newConsumer', 'loyalty', 'fifth consumer']) expect(text).not.toContain(word);
    expect(text).toContain('consumerDown');
    // The full schema still says it all: only the mock's view loses it.
    expect(shownText(before.fullSchema)).toContain('loyalty');
  });

  it('hides the outgrown tenant of multi-tenant-isolation inside cells, and the definition only it used', () => {
    const before = beforeOf('multi-tenant-isolation');
    expect(before.hidden).toEqual([
      ['cells', 'outgrownTenant'],
      ['cells', 'outgrownTenantWhy'],
    ]);
    const text = shownText(before.answerSchema);
    for (const word of ['outgrownTenant', 'outgrownReason', 'dedicated-cell', 'neighbours-stop-sharing-its-load'])
      expect(text).not.toContain(word);
    expect(text).toContain('crossTenantWork');
    expect(JSON.stringify(before.answerSchema)).not.toContain('outgrown');
    expect(shownText(before.fullSchema)).toContain('outgrownTenant');
  });

  it('leaves the full schema and starter of every curveball exercise untouched', () => {
    for (const id of EXERCISE_IDS) {
      const loaded = loadExercise(exercisePath(id));
      if (!loaded.ok || !loaded.loaded.exercise.frontmatter.mock?.curveball) continue;
      const { answerSchema } = loaded.loaded.exercise;
      const copy = structuredClone(answerSchema);
      beforeOf(id);
      expect(answerSchema, id).toEqual(copy);
    }
  });
});

describe('findCurveballOnlyFields', () => {
  const set = (id: string, at: string, pick?: string) => makeCriterion('set', { id, at, pick, right: [] });
  const choice = (id: string, at: string, field: string) =>
    makeCriterion('choice', { id, at, decision: { field, right: ['x'] } });

  it('hides the outermost field no other criterion reads', () => {
    const rubric = [set('a', '/main/items'), set('b', '/extra/changes')];
    expect(findCurveballOnlyFields(rubric, ['b'])).toEqual([['extra']]);
  });

  it('keeps an object other criteria read fields of, and hides only the curveball fields inside it', () => {
    const rubric = [choice('a', '/cells', 'routeBy'), choice('b', '/cells', 'grown')];
    expect(findCurveballOnlyFields(rubric, ['b'])).toEqual([['cells', 'grown']]);
  });

  it('hides nothing another criterion reads whole, or reads as well', () => {
    const schemaWhole = makeCriterion('schema', { id: 'a', at: '/cells', schema: { type: 'object' } });
    expect(findCurveballOnlyFields([schemaWhole, choice('b', '/cells', 'grown')], ['b'])).toEqual([]);
    expect(findCurveballOnlyFields([choice('a', '/cells', 'grown'), choice('b', '/cells', 'grown')], ['b'])).toEqual(
      [],
    );
  });

  it('reads list items through their fields, and a check through what it declares', () => {
    const owners = makeCriterion('check', { id: 'c', check: 'one-owner-per-store' });
    const rubric = [set('a', '/services', 'name'), set('b', '/services', 'cache'), owners];
    // one-owner-per-store reads /services/*/name, /services/*/dataStores and /dataStores/*/name.
    expect(findCurveballOnlyFields(rubric, ['b'])).toEqual([['services', 'cache']]);
    expect(
      findCurveballOnlyFields([set('a', '/services', 'name'), set('b', '/dataStores', 'name'), owners], ['b']),
    ).toEqual([]);
  });
});

describe('hideFieldsInSchema', () => {
  const schema = {
    type: 'object',
    description: 'The answer, with a fifth consumer.',
    'x-before-curveball': { description: 'The answer.' },
    additionalProperties: false,
    required: ['kept', 'gone'],
    properties: {
      kept: { $ref: '#/$defs/shared' },
      gone: { $ref: '#/$defs/secret' },
      list: { type: 'array', items: { $ref: '#/$defs/item' } },
    },
    $defs: {
      shared: { type: 'string' },
      secret: { enum: ['a-secret-option'], description: 'uses #/$defs/deeper', allOf: [{ $ref: '#/$defs/deeper' }] },
      deeper: { type: 'string' },
      item: { type: 'object', properties: { name: { type: 'string' }, hush: { type: 'string' } } },
      other: { type: 'object', properties: { hush: { type: 'string' } } },
    },
  };

  it('removes the field and its requirement, the definitions only it used, and uses the before-the-reveal words', () => {
    const before = hideFieldsInSchema(schema, [['gone']]) as typeof schema;
    expect(before.required).toEqual(['kept']);
    expect(Object.keys(before.properties)).toEqual(['kept', 'list']);
    expect(Object.keys(before.$defs)).toEqual(['shared', 'item']);
    expect(before.description).toBe('The answer.');
    expect(before).not.toHaveProperty('x-before-curveball');
  });

  it('hides a field inside list items through a copy of their definition, leaving the definition to its other users', () => {
    const before = hideFieldsInSchema(schema, [['list', 'hush']]) as Record<string, unknown>;
    expect(JSON.stringify((before['properties'] as Record<string, unknown>)['list'])).not.toContain('hush');
    expect(JSON.stringify(before)).toContain('"name"');
    expect(schema.$defs.item.properties).toHaveProperty('hush');
  });

  it('says which field it cannot hide when the schema does not declare it', () => {
    expect(() => hideFieldsInSchema(schema, [['missing', 'field']])).toThrow(
      "the curveball's field /missing/field is not declared in the answer schema",
    );
  });
});

describe('hideFieldsInAnswer', () => {
  it('removes the fields, in every item of a list on the way, from a copy', () => {
    const starter = { a: 1, b: { c: 2, d: 3 }, list: [{ e: 1, f: 2 }, { e: 3 }] };
    expect(
      hideFieldsInAnswer(starter, [
        ['b', 'd'],
        ['list', 'f'],
      ]),
    ).toEqual({ a: 1, b: { c: 2 }, list: [{ e: 1 }, { e: 3 }] });
    expect(starter.b).toHaveProperty('d');
  });
});
