/**
 * Every kind of item the courseware keeps in browser storage, in one registry: the key it lives under, the JSON
 * Schema of its value (one-line description per field), and how two of it merge (an import, an undone reset). The
 * export file, its published schema, the import's checks and the merge all read this list, so a new kind is one
 * entry here: give it a `name` (its list in the export file), its key segment and parameters, its value schema and
 * its merge, and export, import, reset and the schema at /schemas/ follow.
 */
import { MAX_SOURCE_LENGTH } from '../../../graders/index.ts';
import { MAX_ATTEMPTS } from '../attempt-store.ts';
import { MAX_MOCK_RECORDS } from '../../mock/mock-history.ts';
import { MAX_MOCK_MINUTES } from '../../mock/mock-session.ts';
import { STORAGE_PREFIX } from '../storage-keys.ts';
import { MAX_CRITERIA_EVIDENCE } from '../criterion-evidence.ts';
import { MAX_LESSONS_READ } from '../../progress/lessons-read.ts';
import {
  keepLocal,
  keepEither,
  mergeDrafts,
  mergeEarliestTimes,
  mergeListsByIdentity,
  type KindMerge,
} from './merge-values.ts';

/** A JSON Schema (2020-12) as data. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** One parameter of a key (`draft:<exerciseId>:<format>` has two), with the schema its text must match. */
export interface KeyParam {
  /** The field that carries it in an export entry. */
  name: string;
  /** What its text must match (checked before the key is built, so no key holds a stray `:` or markup). */
  schema: JsonSchema;
}

/** One kind of stored item. */
export interface StoredKind {
  /** Its list in the export file (`items.<name>`). */
  name: string;
  /** What it is, for the schema and the import summary. */
  description: string;
  /** Its plural noun in sentences ("3 drafts"). */
  noun: string;
  /** The key's first segment after the prefix (`draft` in `courseware:v1:draft:<id>:<format>`). */
  segment: string;
  /** The key's parameters after the segment, in order, separated by `:`. */
  params: readonly KeyParam[];
  /** `json`: the value is stored as JSON text; `text`: it is stored as it is (a damaged entry kept aside). */
  stored: 'json' | 'text';
  /** The schema of the value. */
  value: JsonSchema;
  /** How a value already here and one brought in become one. */
  merge: KindMerge;
}

const string = (description: string, maxLength: number, extra: JsonSchema = {}): JsonSchema => ({
  type: 'string',
  maxLength,
  description,
  ...extra,
});
const time = (description: string): JsonSchema => ({ type: 'number', minimum: 0, maximum: 8.64e15, description });
const object = (properties: Record<string, JsonSchema>, required: readonly string[], description: string) => ({
  type: 'object',
  description,
  additionalProperties: false,
  required,
  properties,
});

/** Exercise ids are folder names: lower-case words joined by hyphens. */
const EXERCISE_ID: JsonSchema = {
  type: 'string',
  pattern: '^[a-z0-9-]{1,100}$',
  description: "An exercise id: lower-case letters, digits and hyphens (the exercise's folder name).",
};
const FORMAT: JsonSchema = { enum: ['json', 'ts'], description: 'The answer format: JSON or TypeScript.' };
/** Longest text kept in any item: a draft may be longer than a gradable answer while the candidate edits. */
const MAX_TEXT = 5 * MAX_SOURCE_LENGTH;

const SNAPSHOT = object(
  {
    at: time('When the answer stood so, in ms since the epoch.'),
    format: FORMAT,
    text: string('The answer text.', MAX_SOURCE_LENGTH),
  },
  ['at', 'format', 'text'],
  'The answer as it stood at one moment of a mock.',
);

/** Ids of criteria and takeaways as the evidence keeps them. */
const EVIDENCE_ID = (description: string): JsonSchema =>
  string(description, 120, { pattern: '^[a-z0-9][a-z0-9.-]{0,119}$' });

const CRITERIA: JsonSchema = {
  type: 'array',
  maxItems: MAX_CRITERIA_EVIDENCE,
  description: 'Each graded criterion, as evidence about its takeaway (mastery and the daily review read it).',
  items: object(
    {
      criterion: EVIDENCE_ID("The rubric criterion's id."),
      takeaway: EVIDENCE_ID('The takeaway it tests, <lesson>.<name>.'),
      points: { type: 'number', minimum: 0, description: 'Points awarded.' },
      max: { type: 'number', minimum: 0, description: 'The most it could earn.' },
      redFlag: { type: 'boolean', description: 'Whether it raised a red flag or a contradiction.' },
      flagTakeaways: {
        type: 'array',
        maxItems: 10,
        items: EVIDENCE_ID('A takeaway one of its red flags showed missed.'),
        description: 'Other takeaways its red flags showed missed, besides its own.',
      },
    },
    ['criterion', 'takeaway', 'points', 'max', 'redFlag'],
    'One graded criterion.',
  ),
};

const ATTEMPT = object(
  {
    at: time('When it was graded, in ms since the epoch; identifies the attempt.'),
    format: FORMAT,
    score: { type: 'number', minimum: 0, description: 'Points earned.' },
    max: { type: 'number', minimum: 0, description: 'Points possible.' },
    percent: { type: 'number', minimum: 0, maximum: 100, description: 'Score as a percentage of max.' },
    passed: { type: 'boolean', description: 'Whether the answer passed.' },
    answer: string('The graded text; only the latest few attempts keep it.', MAX_TEXT),
    mode: { const: 'mock', description: 'Present when graded at the end of a timed mock.' },
    criteria: CRITERIA,
    hintsOpen: {
      type: 'boolean',
      description: 'Whether a hint was open, or the answer was the model answer, when a practice attempt was graded.',
    },
  },
  ['at', 'format', 'score', 'max', 'percent', 'passed'],
  'One graded attempt.',
);

const MOCK_RECORD = object(
  {
    id: string('Unique per mock; identifies the record.', 40, { minLength: 1 }),
    exerciseId: EXERCISE_ID,
    startedAt: time('When the mock started, in ms since the epoch.'),
    endedAt: time('When it ended (the deadline when time ran out), in ms since the epoch.'),
    minutes: { type: 'number', minimum: 1, maximum: MAX_MOCK_MINUTES, description: 'The time allowed, in minutes.' },
    outcome: { enum: ['time-up', 'finished', 'abandoned'], description: 'How the mock ended.' },
    answer: SNAPSHOT,
    result: object(
      {
        score: { type: 'number', minimum: 0, description: 'Points earned.' },
        max: { type: 'number', minimum: 0, description: 'Points possible.' },
        percent: { type: 'number', minimum: 0, maximum: 100, description: 'Score as a percentage of max.' },
        passed: { type: 'boolean', description: 'Whether the answer passed.' },
        criteria: CRITERIA,
      },
      ['score', 'max', 'percent', 'passed'],
      'The grade of the answer handed in; absent when the mock was abandoned.',
    ),
    curveball: { ...SNAPSHOT, description: 'The answer when the curveball was revealed, if there was one.' },
  },
  ['id', 'exerciseId', 'startedAt', 'endedAt', 'minutes', 'outcome', 'answer'],
  'One mock interview, from start to end.',
);

/** The registry. Order matters where one kind's merge writes another's item: undo copies come before drafts. */
export const STORED_KINDS: readonly StoredKind[] = [
  {
    name: 'undoCopies',
    description: 'The text an action replaced (a reset, a format switch, a merge), for Undo on the exercise page.',
    noun: 'undo copies',
    segment: 'undo',
    params: [
      { name: 'exerciseId', schema: EXERCISE_ID },
      { name: 'format', schema: FORMAT },
    ],
    stored: 'json',
    value: object({ text: string('The replaced text.', MAX_TEXT) }, ['text'], 'An undo copy.'),
    merge: keepLocal,
  },
  {
    name: 'drafts',
    description: 'The draft of an answer, per exercise and format.',
    noun: 'drafts',
    segment: 'draft',
    params: [
      { name: 'exerciseId', schema: EXERCISE_ID },
      { name: 'format', schema: FORMAT },
    ],
    stored: 'json',
    value: object(
      {
        text: string('The answer as last saved.', MAX_TEXT),
        savedAt: time('When it was saved, in ms since the epoch; the newer of two drafts is kept.'),
        tabId: string('The browser tab that saved it.', 100),
        revision: {
          type: 'integer',
          minimum: 0,
          maximum: Number.MAX_SAFE_INTEGER,
          description: 'Increases with every save.',
        },
      },
      ['text', 'savedAt', 'tabId', 'revision'],
      'A saved draft.',
    ),
    merge: mergeDrafts,
  },
  {
    name: 'attempts',
    description: 'The graded attempts of an exercise, oldest first.',
    noun: 'attempts',
    segment: 'attempts',
    params: [{ name: 'exerciseId', schema: EXERCISE_ID }],
    stored: 'json',
    value: { type: 'array', maxItems: MAX_ATTEMPTS, items: ATTEMPT, description: 'Attempts, oldest first.' },
    merge: mergeListsByIdentity({ identity: 'at', order: 'at', max: MAX_ATTEMPTS }),
  },
  {
    name: 'mockRecords',
    description: 'Every mock interview sat, across exercises, oldest first.',
    noun: 'mock records',
    segment: 'mocks',
    params: [],
    stored: 'json',
    value: { type: 'array', maxItems: MAX_MOCK_RECORDS, items: MOCK_RECORD, description: 'Mocks, oldest first.' },
    merge: mergeListsByIdentity({ identity: 'id', order: 'startedAt', max: MAX_MOCK_RECORDS }),
  },
  {
    name: 'runningMocks',
    description: 'The timed mock running on an exercise, so that a reload keeps its clock.',
    noun: 'running mocks',
    segment: 'mock',
    params: [{ name: 'exerciseId', schema: EXERCISE_ID }],
    stored: 'json',
    value: object(
      {
        id: string('Unique per mock; its record keeps it.', 40, { minLength: 1 }),
        startedAt: time('When it started, in ms since the epoch.'),
        minutes: { type: 'integer', minimum: 1, maximum: MAX_MOCK_MINUTES, description: 'The time allowed.' },
        curveball: { ...SNAPSHOT, description: 'The answer when the curveball was revealed, once it has been.' },
      },
      ['id', 'startedAt', 'minutes'],
      'A mock in progress.',
    ),
    merge: keepLocal,
  },
  {
    name: 'revealed',
    description: 'Exercises whose model answer the candidate has seen.',
    noun: 'revealed model answers',
    segment: 'revealed',
    params: [{ name: 'exerciseId', schema: EXERCISE_ID }],
    stored: 'json',
    value: { const: true, description: 'Always true: the model answer was shown.' },
    merge: keepEither,
  },
  {
    name: 'formats',
    description: 'The answer format the candidate last used on an exercise.',
    noun: 'format choices',
    segment: 'format',
    params: [{ name: 'exerciseId', schema: EXERCISE_ID }],
    stored: 'json',
    value: FORMAT,
    merge: keepLocal,
  },
  {
    name: 'views',
    description: 'How the candidate last wrote an exercise: the answer form or the text editor.',
    noun: 'view choices',
    segment: 'view',
    params: [{ name: 'exerciseId', schema: EXERCISE_ID }],
    stored: 'json',
    value: { enum: ['form', 'text'], description: 'form: the answer form; text: JSON or TypeScript.' },
    merge: keepLocal,
  },
  {
    name: 'lessonsRead',
    description: 'The lessons the candidate has read (reached the end of, or marked as read), with when.',
    noun: 'lessons read',
    segment: 'lessons-read',
    params: [],
    stored: 'json',
    value: {
      type: 'object',
      maxProperties: MAX_LESSONS_READ,
      propertyNames: { pattern: '^[a-z0-9-]{1,100}(?:/[a-z0-9-]{1,100})?$' },
      additionalProperties: time('When the lesson was first read, in ms since the epoch.'),
      description: 'Lesson id (<chapter>/<lesson>) to when it was first read.',
    },
    merge: mergeEarliestTimes,
  },
  {
    name: 'unreadableDrafts',
    description: 'A stored draft that could not be read, kept as it was found.',
    noun: 'unreadable drafts kept',
    segment: 'unreadable-draft',
    params: [
      { name: 'exerciseId', schema: EXERCISE_ID },
      { name: 'format', schema: FORMAT },
    ],
    stored: 'text',
    value: string('The entry as it was found.', MAX_TEXT),
    merge: keepLocal,
  },
  {
    name: 'unreadableAttempts',
    description: 'A stored attempt list that could not be read, kept as it was found.',
    noun: 'unreadable attempt lists kept',
    segment: 'unreadable-attempts',
    params: [{ name: 'exerciseId', schema: EXERCISE_ID }],
    stored: 'text',
    value: string('The entry as it was found.', MAX_TEXT),
    merge: keepLocal,
  },
  {
    name: 'keptAside',
    description: 'Any other stored item that could not be read or migrated, kept as it was found under its old key.',
    noun: 'items kept aside',
    segment: 'unreadable',
    params: [
      {
        name: 'key',
        schema: {
          type: 'string',
          pattern: '^[\\x20-\\x7e]{1,300}$',
          description: 'A key of the old item after the prefix, in printable ASCII.',
        },
      },
    ],
    stored: 'text',
    value: string('The entry as it was found.', MAX_TEXT),
    merge: keepLocal,
  },
];

/** The key of an item of `kind` with `params` (each already checked against its schema). */
export function keyOf(kind: StoredKind, params: Readonly<Record<string, string>>): string {
  return [STORAGE_PREFIX, kind.segment, ...kind.params.map((param) => params[param.name] ?? '')].join(':');
}

/** A stored key read back: its kind and parameters, or `undefined` when no kind has such keys. */
export function parseKey(key: string): { kind: StoredKind; params: Record<string, string> } | undefined {
  if (!key.startsWith(`${STORAGE_PREFIX}:`)) return undefined;
  const rest = key.slice(STORAGE_PREFIX.length + 1);
  for (const kind of STORED_KINDS) {
    if (kind.params.length === 0) {
      if (rest === kind.segment) return { kind, params: {} };
      continue;
    }
    if (!rest.startsWith(`${kind.segment}:`)) continue;
    const tail = rest.slice(kind.segment.length + 1);
    // A kind with one parameter takes the rest of the key (kept-aside keys hold colons); others split on colons.
    const parts = kind.params.length === 1 ? [tail] : tail.split(':');
    if (parts.length !== kind.params.length || parts.some((part) => part.length === 0)) continue;
    const params: Record<string, string> = {};
    kind.params.forEach((param, index) => (params[param.name] = parts[index] ?? ''));
    return { kind, params };
  }
  return undefined;
}

/** The kind named `name` in the export file. */
export function findKind(name: string): StoredKind | undefined {
  return STORED_KINDS.find((kind) => kind.name === name);
}
