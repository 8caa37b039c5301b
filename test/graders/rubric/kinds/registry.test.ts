/**
 * The registry of rubric kinds drives the rest: one folder and one line in registered-kinds.ts per kind, the author's
 * half of every registered kind in authored-kinds.ts, the criterion union and the report's kind list derived from them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { criterionSchema, type Criterion } from '../../../../graders/authoring-schema/criterion';
import { catalogue } from '../../../../graders/feedback/catalogue';
import { engineMessages } from '../../../../graders/feedback/engine-messages';
import type { CriterionReport } from '../../../../graders/report';
import { authoredKinds } from '../../../../graders/rubric/kinds/authored-kinds';
import { kinds, type CriterionKind } from '../../../../graders/rubric/kinds/registry';

const KINDS_FOLDER = join(import.meta.dirname, '../../../../graders/rubric/kinds');

describe('the registry of rubric kinds', () => {
  it('registers each kind folder by one line in registered-kinds.ts, and every kind folder is registered', () => {
    const lines = readFileSync(join(KINDS_FOLDER, 'registered-kinds.ts'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('export '));
    expect(lines).toHaveLength(kinds.length);
    const folders = readdirSync(KINDS_FOLDER).filter((entry) => statSync(join(KINDS_FOLDER, entry)).isDirectory());
    expect(folders.map((folder) => `./${folder}`).sort()).toEqual(
      lines.map((line) => /from '([^']+)'/.exec(line)?.[1]).sort(),
    );
    // A folder is named after its kind.
    expect(kinds.map((kind) => kind.name).sort()).toEqual(folders.sort());
  });

  it("gives every registered kind, and only those, its author's half; the criterion union lists their schemas", () => {
    const registered = kinds.map((kind) => kind.name).sort();
    expect(Object.keys(authoredKinds).sort()).toEqual(registered);
    const unionKinds = criterionSchema.options.map((option) => option.shape.kind.value);
    // In the order authored-kinds.ts gives (the union's error for an unknown kind names them so).
    expect(unionKinds).toEqual(Object.keys(authoredKinds));
  });

  it("joins every kind's messages to the catalogue beside the engine's, no id twice", () => {
    const ids = kinds.flatMap((kind) => Object.keys(kind.messages));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => Object.hasOwn(engineMessages, id))).toEqual([]);
    expect(Object.keys(catalogue).sort()).toEqual([...Object.keys(engineMessages), ...ids].sort());
  });

  it('derives the criterion union and the report kind list from the registry (types, checked by tsc)', () => {
    expectTypeOf<CriterionKind>().toEqualTypeOf<'check' | 'choice' | 'order' | 'schema' | 'set'>();
    expectTypeOf<Criterion['kind']>().toEqualTypeOf<CriterionKind>();
    expectTypeOf<CriterionReport['kind']>().toEqualTypeOf<CriterionKind>();
    // A discriminated union: the kind narrows to that kind's own fields.
    expectTypeOf<Extract<Criterion, { kind: 'set' }>>().toHaveProperty('pick');
    expectTypeOf<Extract<Criterion, { kind: 'check' }>>().toHaveProperty('params');
  });
});
