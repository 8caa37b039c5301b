import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exerciseFrontmatterSchema } from '../../graders/index.ts';
import { EXERCISE_IDS, exercisePath } from '../support/exercise-folders.ts';
import { startLanguageServer, type LanguageServer } from '../support/language-server-client.ts';
import { LANGUAGE_SERVER_MS } from '../support/timeouts.ts';

/**
 * What an instructor sees in VS Code while writing an exercise's frontmatter, proven with the Astro language server
 * the Astro extension runs: `astro sync` (run by dev, check and build) writes the collections' JSON Schemas and the
 * file-to-collection manifest (content intellisense, astro.config.mjs), and the server, started as the extension
 * starts it, completes, documents and checks the frontmatter of a real exercise against the engine's schema.
 */
const ROOT = join(import.meta.dirname, '../..');
const SERVER = join(ROOT, 'node_modules/@astrojs/language-server/bin/nodeServer.js');

/** A JSON Schema node, as far as this test reads it. */
interface JsonSchemaNode {
  description?: string;
  const?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode & { oneOf?: JsonSchemaNode[] };
}
interface Position {
  line: number;
  character: number;
}
interface Diagnostic {
  range: { start: Position };
  message: string;
}
interface CompletionItem {
  label: string;
}

let copy = '';
let server: LanguageServer | undefined;
let version = 0;
const opened = new Set<string>();

/** The rubric's kinds and each kind's fields, from the engine's schema (not from what `astro sync` wrote). */
const criterionKinds = new Map(
  (
    (z.toJSONSchema(exerciseFrontmatterSchema, { io: 'input' }) as JsonSchemaNode).properties?.['rubric']?.items
      ?.oneOf ?? []
  ).map((branch) => [branch.properties?.['kind']?.const ?? '', Object.keys(branch.properties ?? {})]),
);

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'courseware-intellisense-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'content', 'exercises', 'graders', 'src'])
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  // The packages are the project's, but Astro's and Vite's caches (`node_modules/.astro`, `.vite`…) are the copy's own:
  // the sync must not rewrite the project's content store, or race another test's copy over it.
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync(join(ROOT, 'node_modules')).filter((name) => !name.startsWith('.')))
    symlinkSync(join(ROOT, 'node_modules', entry), join(copy, 'node_modules', entry), 'dir');
  symlinkSync(join(ROOT, 'node_modules/.bin'), join(copy, 'node_modules/.bin'), 'dir');
  const sync = spawnSync('npx', ['astro', 'sync'], { cwd: copy, encoding: 'utf8' });
  if (sync.status !== 0) throw new Error(`astro sync failed:\n${sync.stdout}\n${sync.stderr}`);

  server = startLanguageServer(SERVER, copy);
  const root = pathToFileURL(copy).href;
  await server.request('initialize', {
    processId: process.pid,
    rootUri: root,
    workspaceFolders: [{ uri: root, name: 'courseware' }],
    capabilities: {
      textDocument: {
        completion: { completionItem: { documentationFormat: ['markdown'] } },
        hover: { contentFormat: ['markdown'] },
        diagnostic: {},
      },
      workspace: { configuration: true },
    },
    // What the Astro VS Code extension passes with its `astro.content-intellisense` setting on (.vscode/settings.json).
    initializationOptions: {
      typescript: { tsdk: join(ROOT, 'node_modules/typescript/lib') },
      contentIntellisense: true,
    },
  });
  server.notify('initialized', {});
}, LANGUAGE_SERVER_MS);

afterAll(async () => {
  await server?.stop();
  if (copy) rmSync(copy, { recursive: true, force: true });
}, LANGUAGE_SERVER_MS);

/** Shows `text` as the copy's file at `path` (from the project's root), as an editor does with unsaved changes. */
function openFile(path: string, text: string): string {
  const uri = pathToFileURL(join(copy, path)).href;
  if (opened.has(uri))
    server?.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
  else server?.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'mdx', version: ++version, text } });
  opened.add(uri);
  return uri;
}

/** Opens `text` as the copy's `index.mdx` of exercise `id`. */
const open = (id: string, text: string) => openFile(relative(ROOT, exercisePath(id, 'index.mdx')), text);

const readExercise = (id: string) => readFileSync(exercisePath(id, 'index.mdx'), 'utf8');

/** Every lesson file, by its path from the root: content intellisense checks their frontmatter too. */
const LESSONS = readdirSync(join(ROOT, 'content'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => join('content', file));

/** The position just after `prefix` on the first line of `text` that starts with it. */
function positionAfter(text: string, prefix: string): Position {
  const line = text.split('\n').findIndex((candidate) => candidate.startsWith(prefix));
  if (line < 0) throw new Error(`no line starts with ${JSON.stringify(prefix)}`);
  return { line, character: prefix.length };
}

async function diagnose(uri: string): Promise<Diagnostic[]> {
  const report = await server?.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } });
  return report?.items ?? [];
}

async function complete(uri: string, position: Position): Promise<string[]> {
  const result = await server?.request<CompletionItem[] | { items: CompletionItem[] } | null>(
    'textDocument/completion',
    { textDocument: { uri }, position },
  );
  return (Array.isArray(result) ? result : (result?.items ?? [])).map((item) => item.label);
}

async function hover(uri: string, position: Position): Promise<string> {
  const result = await server?.request<{ contents: { value: string } } | null>('textDocument/hover', {
    textDocument: { uri },
    position,
  });
  return result?.contents.value ?? '';
}

/** The description `astro sync` wrote for a field of the exercises' JSON Schema. */
function writtenDescription(...path: string[]): string {
  const schema = JSON.parse(readFileSync(join(copy, '.astro/collections/exercises.schema.json'), 'utf8'));
  const node = path.reduce((parent, step) => parent?.[step], schema) as JsonSchemaNode | undefined;
  return node?.description ?? '';
}

/** Puts `lines` at the top of the rubric of `text`, as new criteria. */
function withNewCriteria(text: string, lines: string[]): string {
  const { line } = positionAfter(text, 'rubric:');
  const all = text.split('\n');
  return [...all.slice(0, line + 1), ...lines, ...all.slice(line + 1)].join('\n');
}

describe('an exercise frontmatter in the editor', () => {
  it(
    'finds nothing wrong in any exercise or lesson as it is',
    async () => {
      for (const id of EXERCISE_IDS) expect(await diagnose(open(id, readExercise(id))), id).toEqual([]);
      expect(LESSONS.length).toBeGreaterThan(0);
      for (const path of LESSONS)
        expect(await diagnose(openFile(path, readFileSync(join(ROOT, path), 'utf8'))), path).toEqual([]);
      // ...where a mistake would show: a lesson's title that is not text.
      const lesson = LESSONS[0] ?? '';
      const broken = readFileSync(join(ROOT, lesson), 'utf8').replace(/^title: .*$/m, 'title: [not, text]');
      expect(await diagnose(openFile(lesson, broken))).toContainEqual(
        expect.objectContaining({ range: expect.objectContaining({ start: positionAfter(broken, 'title: ') }) }),
      );
    },
    LANGUAGE_SERVER_MS,
  );

  it(
    "completes a new criterion's kind with every kind, and its fields with that kind's fields",
    async () => {
      const id = EXERCISE_IDS[0] ?? '';
      const kinds = [...criterionKinds.keys()];
      expect(kinds.length).toBeGreaterThan(1);
      const text = withNewCriteria(readExercise(id), [
        '  - kind: ',
        ...kinds.flatMap((kind) => [`  - kind: ${kind}`, `    # fields of ${kind}`, '    ']),
      ]);
      const uri = open(id, text);
      expect((await complete(uri, positionAfter(text, '  - kind: '))).sort()).toEqual([...kinds].sort());
      expect(await complete(uri, positionAfter(text, 'difficulty: '))).toEqual(
        expect.arrayContaining(['warm-up', 'core', 'stretch']),
      );
      for (const [kind, fields] of criterionKinds) {
        const { line } = positionAfter(text, `    # fields of ${kind}`);
        const offered = await complete(uri, { line: line + 1, character: 4 });
        const others = [...criterionKinds.values()].flat().filter((field) => !fields.includes(field));
        expect(offered, kind).toEqual(expect.arrayContaining(fields.filter((field) => field !== 'kind')));
        expect(
          offered.filter((label) => others.includes(label)),
          `${kind} offers fields of other kinds`,
        ).toEqual([]);
      }
    },
    LANGUAGE_SERVER_MS,
  );

  it(
    "shows a field's doc comment on hover, at the top and in a criterion",
    async () => {
      const id = EXERCISE_IDS[0] ?? '';
      const text = readExercise(id);
      const uri = open(id, text);
      const summary = writtenDescription('properties', 'summary');
      expect(summary).not.toBe('');
      expect(await hover(uri, positionAfter(text, 'summary'))).toBe(summary);
      const takeaway = writtenDescription('properties', 'rubric', 'items', 'oneOf', '0', 'properties', 'takeaway');
      expect(takeaway).not.toBe('');
      expect(await hover(uri, positionAfter(text, '    takeaway'))).toBe(takeaway);
      // On `kind`, what that kind grades: the doc comment of the kind's schema.
      const kind = /^ {2}- kind: (\S+)$/m.exec(text)?.[1] ?? '';
      const branch = String([...criterionKinds.keys()].indexOf(kind));
      const kindDoc = writtenDescription('properties', 'rubric', 'items', 'oneOf', branch, 'properties', 'kind');
      expect(kindDoc).not.toBe('');
      expect(await hover(uri, positionAfter(text, '  - kind'))).toBe(kindDoc);
    },
    LANGUAGE_SERVER_MS,
  );

  it(
    'reports a misspelt criterion field, a value of the wrong type and one out of range, where they are written',
    async () => {
      const id = EXERCISE_IDS[0] ?? '';
      const text = readExercise(id)
        .replace(/^ {4}takeaway:/m, '    takeawya:')
        .replace(/^minutes: \d+/m, 'minutes: many')
        .replace(/^passMark: \d+/m, 'passMark: 180');
      const at = (prefix: string, message: RegExp) =>
        expect.objectContaining({
          range: expect.objectContaining({ start: positionAfter(text, prefix) }),
          message: expect.stringMatching(message),
        });
      const diagnostics = await diagnose(open(id, text));
      expect(diagnostics).toContainEqual(
        expect.objectContaining({
          range: expect.objectContaining({ start: { line: positionAfter(text, '    takeawya').line, character: 4 } }),
          message: expect.stringContaining('takeawya'),
        }),
      );
      expect(diagnostics).toContainEqual(at('minutes: ', /^Incorrect type\. Expected "(?:integer|number)"/));
      expect(diagnostics).toContainEqual(at('passMark: ', /maximum of 100/));
    },
    LANGUAGE_SERVER_MS,
  );
});
