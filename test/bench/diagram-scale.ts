/**
 * How drawing diagrams at build time grows with the content. Copies the project into a scratch folder (its own
 * node_modules of links, so Astro's cache and the diagram cache start empty there), multiplies every lesson of the
 * chapter into `COPIES` lessons whose diagrams are all distinct (a mermaid comment names each copy), then builds
 * twice: cold, and again with the diagram cache warm. Prints lessons, diagrams, build time, the drawing step's own
 * time and the size of dist/. Usage: npm run bench:diagram-scale [-- copies]   (default 10: 60 lessons)
 */
import { execSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const COPIES = Number(process.argv[2] ?? 10);
const PROJECT = join(import.meta.dirname, '../..');
const CHAPTER = 'architecture-patterns';

/** The project's tracked files copied to `scratch`, with node_modules as a folder of links to the real packages. */
function copyProject(scratch: string): void {
  const files = execSync('git ls-files', { cwd: PROJECT, encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const file of files) cpSync(join(PROJECT, file), join(scratch, file));
  mkdirSync(join(scratch, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT, 'node_modules'))) {
    if (entry === '.astro' || entry === '.cache' || entry === '.vite') continue;
    symlinkSync(join(PROJECT, 'node_modules', entry), join(scratch, 'node_modules', entry));
  }
}

/** Copy `n` of a lesson: its takeaway and question ids renamed, each diagram made distinct by a comment. */
function copyLesson(text: string, n: number): string {
  // Longest first, so an id that prefixes another is not renamed inside it.
  const ids = [...text.matchAll(/^\s*- id: (\S+)$/gm)]
    .map((match) => match[1] ?? '')
    .sort((a, b) => b.length - a.length);
  let copy = ids.reduce((result, id) => result.replaceAll(id, `${id}-copy${n}`), text);
  copy = copy.replace(/^title: (.*)$/m, `title: $1 (copy ${n})`);
  return copy.replace(/```mermaid\n([^\n]*)\n/g, `\`\`\`mermaid\n$1\n  %% copy ${n}\n`);
}

/** Multiplies the chapter's lessons; returns how many lessons and diagrams the chapter then has. */
function multiplyLessons(scratch: string): { lessons: number; diagrams: number } {
  const folder = join(scratch, 'content', CHAPTER);
  const originals = readdirSync(folder).filter((file) => file.endsWith('.mdx'));
  for (const file of originals) {
    const text = readFileSync(join(folder, file), 'utf8');
    // The chapter's overview is copied as an ordinary lesson: a chapter has one index.
    const name = file === 'index.mdx' ? 'overview.mdx' : file;
    for (let n = 2; n <= COPIES; n += 1) {
      writeFileSync(join(folder, name.replace('.mdx', `-copy${n}.mdx`)), copyLesson(text, n));
    }
  }
  const all = readdirSync(folder).filter((file) => file.endsWith('.mdx'));
  const diagrams = all.reduce(
    (sum, file) => sum + (readFileSync(join(folder, file), 'utf8').match(/```mermaid/g) ?? []).length,
    0,
  );
  return { lessons: all.length, diagrams };
}

/** Builds in `scratch`; returns seconds, the drawing step's log line and dist's size. */
function build(scratch: string): { seconds: number; drawing: string; distMegabytes: number } {
  const started = performance.now();
  const output = execSync('npx astro build', { cwd: scratch, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const drawing = /\[courseware-diagrams\] (.*)/.exec(output)?.[1] ?? '(no drawing step in the log)';
  const bytes = Number(execSync('du -sb dist', { cwd: scratch, encoding: 'utf8' }).split('\t')[0]);
  return { seconds, drawing, distMegabytes: bytes / 1024 / 1024 };
}

// Beside the project rather than in the system's temporary folder: Astro compiles the linked packages by their real
// paths, which it resolves wrongly when the project sits on another branch of the file tree.
const scratch = mkdtempSync(join(PROJECT, '..', 'diagram-scale-'));
try {
  copyProject(scratch);
  const { lessons, diagrams } = multiplyLessons(scratch);
  console.log(`${lessons} lessons and ${diagrams} diagrams in ${CHAPTER} (${COPIES}× the chapter), in ${scratch}`);
  for (const run of ['cold', 'warm cache']) {
    const result = build(scratch);
    console.log(
      `${run}: build ${result.seconds.toFixed(1)} s, dist ${result.distMegabytes.toFixed(1)} MB; ${result.drawing}`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
