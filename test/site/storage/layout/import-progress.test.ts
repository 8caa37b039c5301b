import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDraft } from '../../../../src/storage/draft-store.ts';
import { createExport, type ExportFile } from '../../../../src/storage/layout/export-file.ts';
import { importProgress } from '../../../../src/storage/layout/import-progress.ts';
import { CURRENT_LAYOUT } from '../../../../src/storage/layout/migrations.ts';
import { compileExportValidators } from '../../../../src/storage/layout/print-export-validators.ts';
import { MAX_IMPORT_BYTES, MAX_IMPORT_DEPTH, readImport } from '../../../../src/storage/layout/read-import.ts';
import { mockKey } from '../../../../src/storage/storage-keys.ts';
import { FakeStorage } from '../fake-storage.ts';
import { loadTodayV1 } from './fixture.ts';

const validators = compileExportValidators();
const NOW = new Date(Date.UTC(2026, 11, 6, 12));

/** The export of today's fixture, as text. */
function fixtureExport(): { file: ExportFile; text: string } {
  const { file } = createExport(loadTodayV1(), validators, NOW);
  return { file, text: JSON.stringify(file, null, 2) };
}

function refusal(text: string): { where: string; message: string }[] {
  const reading = readImport(text, validators);
  if (reading.ok) throw new Error('the file was accepted');
  return reading.problems;
}

describe('export', () => {
  it("holds every stored item of today's data, by kind, and passes its own schema", () => {
    const { file } = fixtureExport();
    expect(validators.exportFile(file)).toBe(true);
    const counts = Object.fromEntries(Object.entries(file.items).map(([name, list]) => [name, list.length]));
    expect(counts).toMatchObject({ drafts: 5, attempts: 3, mockRecords: 1, revealed: 4, formats: 2, keptAside: 0 });
  });

  it('exports a damaged item as kept aside, so nothing is lost and the file stays valid', () => {
    const storage = loadTodayV1();
    storage.setItem('courseware:v1:draft:food-delivery-communication:json', '{"text": "cut sh');
    const { file } = createExport(storage, validators, NOW);
    expect(validators.exportFile(file)).toBe(true);
    expect(file.items['keptAside']).toEqual([
      { key: 'draft:food-delivery-communication:json', value: '{"text": "cut sh' },
    ]);
  });
});

describe('import', () => {
  it('reads an export into a fresh browser, and exporting that gives the same items', () => {
    const { file, text } = fixtureExport();
    const fresh = new FakeStorage();
    const outcome = importProgress(fresh, text, validators);
    expect(outcome.kind).toBe('merged');
    expect(createExport(fresh, validators, NOW).file).toEqual(file);
  });

  it('refuses points or a score above their maximum, naming each by its JSON Pointer, and changes nothing', () => {
    const { file } = fixtureExport();
    const attempts = file.items['attempts'] ?? [];
    const index = attempts.findIndex((entry) => Array.isArray(entry.value) && entry.value.length > 0);
    const attempt = (attempts[index]?.value as Record<string, unknown>[])[0] as Record<string, unknown>;
    attempt['score'] = Number(attempt['max']) + 1;
    const criterion = {
      criterion: 'payment-sync',
      takeaway: 'microservices.sync-vs-async',
      points: 4.5,
      max: 4,
      redFlag: false,
    };
    attempt['criteria'] = [criterion];
    const storage = new FakeStorage();
    const outcome = importProgress(storage, JSON.stringify(file), validators);
    expect(outcome.kind).not.toBe('merged');
    expect(storage.entries.size).toBe(0);
    const expected = [
      {
        where: `/items/attempts/${index}/value/0/score`,
        message: `is more than the most it could be (${String(attempt['max'])})`,
      },
    ];
    expected.push({
      where: `/items/attempts/${index}/value/0/criteria/0/points`,
      message: `is more than the most it could be (${String(criterion['max'])})`,
    });
    expect(refusal(JSON.stringify(file))).toEqual(expected);
  });

  it('says where a file is not JSON, by line and column', () => {
    expect(refusal('{\n  "format": "courseware-progress",\n  "version": 2,,\n}')).toEqual([
      { where: 'line 3, column 16', message: expect.stringMatching(/^not valid JSON/) as string },
    ]);
  });

  it('refuses a file from a newer version, saying to update the site', () => {
    const { file } = fixtureExport();
    const [problem] = refusal(JSON.stringify({ ...file, version: CURRENT_LAYOUT + 1 }));
    expect(problem?.where).toBe('/version');
    expect(problem?.message).toMatch(/made by a newer version of the course.*Update the site/);
  });

  it('names each wrong field by its JSON Pointer', () => {
    const { file } = fixtureExport();
    const broken = structuredClone(file);
    const drafts = broken.items['drafts'] ?? [];
    (drafts[0]?.['value'] as Record<string, unknown>)['savedAt'] = 'yesterday';
    (drafts[1] as Record<string, unknown>)['exerciseId'] = '../../etc';
    expect(refusal(JSON.stringify(broken))).toEqual([
      { where: '/items/drafts/0/value/savedAt', message: 'should be a number' },
      {
        where: '/items/drafts/1/exerciseId',
        message:
          "does not have the form of an exercise id: lower-case letters, digits and hyphens (the exercise's folder name)",
      },
    ]);
  });

  it('refuses other files whole: another JSON, too deep, too big, __proto__ keys; nothing is polluted', () => {
    expect(refusal('[1, 2]')[0]?.message).toMatch(/not an export/);
    expect(refusal('{"format": "something else"}')[0]?.where).toBe('/format');
    expect(refusal(`{"a": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`)[0]?.message).toMatch(
      new RegExp(`deeper than ${MAX_IMPORT_DEPTH}`),
    );
    expect(refusal(' '.repeat(MAX_IMPORT_BYTES + 1))[0]?.message).toMatch(/larger than 5 MB/);
    const { file } = fixtureExport();
    const hostile = JSON.stringify(file).replace('"items":{', '"items":{"__proto__":[{"value":{"polluted":true}}],');
    expect(refusal(hostile)).toContainEqual({
      where: '/items',
      message: 'the field "__proto__" is not part of an export',
    });
    const inValue = JSON.stringify(file).replace('"text":', '"__proto__":{"polluted":true},"text":');
    expect(refusal(inValue)[0]?.message).toBe('the field "__proto__" is not part of an export');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps markup in a draft as text: it is data, stored as it came', () => {
    const { file } = fixtureExport();
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const withMarkup = structuredClone(file);
    (withMarkup.items['drafts']?.[0]?.['value'] as Record<string, unknown>)['text'] = markup;
    const fresh = new FakeStorage();
    expect(importProgress(fresh, JSON.stringify(withMarkup), validators).kind).toBe('merged');
    expect(readDraft(fresh, 'food-delivery-communication', 'json')?.text).toBe(markup);
  });

  it('migrates a file of an older layout: a running mock without an id gets one', () => {
    const { file } = fixtureExport();
    const older = {
      ...file,
      version: 1,
      items: { runningMocks: [{ exerciseId: 'food-delivery-communication', value: { startedAt: 5, minutes: 15 } }] },
    };
    const fresh = new FakeStorage();
    const outcome = importProgress(fresh, JSON.stringify(older), validators);
    expect(outcome).toMatchObject({ kind: 'merged', version: 1 });
    expect(JSON.parse(fresh.getItem(mockKey('food-delivery-communication')) ?? '')).toEqual({
      id: (5).toString(36),
      startedAt: 5,
      minutes: 15,
    });
  });
});

/** Drafts, attempts, mock records and flags a candidate could have stored. */
const exerciseId = fc.constantFrom('food-delivery-communication', 'order-placed-events', 'a-b-1');
const format = fc.constantFrom('json' as const, 'ts' as const);
const time = fc.integer({ min: 0, max: 4e12 });
const storedState = fc.record({
  drafts: fc.uniqueArray(
    fc.record({ exerciseId, format, text: fc.string({ maxLength: 200 }), savedAt: time, revision: fc.nat(1e6) }),
    { selector: (draft) => `${draft.exerciseId}:${draft.format}`, maxLength: 6 },
  ),
  attempts: fc.uniqueArray(
    fc.record({
      exerciseId,
      list: fc.uniqueArray(
        fc.record({
          at: time,
          format,
          score: fc.nat(10),
          max: fc.integer({ min: 10, max: 20 }),
          percent: fc.integer({ min: 0, max: 100 }),
          passed: fc.boolean(),
          answer: fc.option(fc.string({ maxLength: 50 }), { nil: undefined }),
        }),
        { selector: (attempt) => attempt.at, minLength: 1, maxLength: 8 },
      ),
    }),
    { selector: (entry) => entry.exerciseId, maxLength: 3 },
  ),
  mocks: fc.uniqueArray(
    fc.record({ id: fc.string({ minLength: 1, maxLength: 12 }), exerciseId, startedAt: time, text: fc.string() }),
    { selector: (record) => record.id, maxLength: 4 },
  ),
  revealed: fc.uniqueArray(exerciseId, { maxLength: 3 }),
});

function storageOf(state: typeof storedState extends fc.Arbitrary<infer T> ? T : never): FakeStorage {
  const storage = new FakeStorage();
  for (const draft of state.drafts) {
    const { exerciseId: id, format: kind, ...value } = draft;
    storage.setItem(`courseware:v1:draft:${id}:${kind}`, JSON.stringify({ ...value, tabId: 'tab' }));
  }
  for (const { exerciseId: id, list } of state.attempts)
    storage.setItem(`courseware:v1:attempts:${id}`, JSON.stringify(list.map((a) => JSON.parse(JSON.stringify(a)))));
  const mocks = state.mocks.map(({ id, exerciseId: exercise, startedAt, text }) => ({
    id,
    exerciseId: exercise,
    startedAt,
    endedAt: startedAt,
    minutes: 15,
    outcome: 'abandoned',
    answer: { at: startedAt, format: 'json', text },
  }));
  if (mocks.length > 0) storage.setItem('courseware:v1:mocks', JSON.stringify(mocks));
  for (const id of state.revealed) storage.setItem(`courseware:v1:revealed:${id}`, 'true');
  return storage;
}

describe('import, for any file', () => {
  it('round-trips any valid export unchanged', () => {
    fc.assert(
      fc.property(storedState, (state) => {
        const { file } = createExport(storageOf(state), validators, NOW);
        expect(validators.exportFile(file)).toBe(true);
        const fresh = new FakeStorage();
        expect(importProgress(fresh, JSON.stringify(file), validators).kind).toBe('merged');
        expect(createExport(fresh, validators, NOW).file).toEqual(file);
      }),
      { numRuns: 150 },
    );
  });

  /** Every path to a value in `value`, as keys. */
  function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (typeof value !== 'object' || value === null) return [path];
    const children = Array.isArray(value) ? value.map((_v, index) => index) : Object.keys(value);
    return [path, ...children.flatMap((key) => pathsOf((value as Record<string, unknown>)[key], [...path, key]))];
  }

  it('refuses or takes a file with any one field changed or removed, never throws, and never changes storage when it refuses', () => {
    const { file } = fixtureExport();
    const paths = pathsOf(file).filter((path) => path.length > 0);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined), fc.constant('__proto__')),
        (path, replacement) => {
          const mutated = structuredClone(file) as unknown as Record<string | number, unknown>;
          let parent = mutated;
          for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
          const last = path.at(-1) ?? '';
          if (replacement === undefined) Reflect.deleteProperty(parent, last);
          else parent[last] = replacement;
          const storage = loadTodayV1();
          const before = new Map(storage.entries);
          const outcome = importProgress(storage, JSON.stringify(mutated), validators);
          if (outcome.kind === 'refused') {
            expect(outcome.problems.length).toBeGreaterThan(0);
            expect(storage.entries).toEqual(before);
          } else expect(outcome.summary.ok).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
