/**
 * Writes the packet a blind calibration writer is given: the brief, the chapter's lessons and takeaways, the prompt
 * as a candidate reads it (hints kept, the explanation removed, a curveball marked as added during the interview),
 * the answer schema, the shared vocabulary it may reference, the starter, and a validator for the answers. Nothing
 * of the rubric, the model answer, the samples or the explanation goes in: that is what makes the answers blind.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { vocabularySchema } from '../../index.ts';
import type { DeclaredTakeaway } from '../content-check/read-lessons.ts';

/** Where the packet's parts come from. */
export interface PacketSources {
  /** The exercise folder, `exercises/<chapter>/<id>`. */
  exercise: string;
  /** The lessons folder, `content/`. */
  content: string;
  /** The takeaways the lessons declare. */
  takeaways: readonly DeclaredTakeaway[];
  /** The brief given to the writer, `exercises/calibration-brief.md`. */
  brief: string;
  /** The repository, whose `ajv` the packet's validator uses. */
  repository: string;
}

/** The body of an exercise's index.mdx as a candidate reads it, without the explanation shown after grading. */
export function toBlindPrompt(mdx: string): string {
  const body = mdx.replace(/^(?:\uFEFF)?---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/, '');
  return body
    .replace(/<Explanation>[\s\S]*?<\/Explanation>\s*/g, '')
    .replace(/<Curveball>\s*/g, '**Curveball, added by the interviewer during the interview (answer it too):** ')
    .replace(/<\/Curveball>/g, '')
    .replace(/<Hint>\s*/g, '**Hint:** ')
    .replace(/<\/Hint>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Writes the packet into `target` (created if needed) and returns the names of the files written. A reader's packet
 * (`forWriter` false) has no validator and no empty `answers/`: the answers it is given go there.
 */
export function writePacket(sources: PacketSources, target: string, forWriter = true): string[] {
  const chapter = basename(dirname(sources.exercise));
  const mdx = readFileSync(join(sources.exercise, 'index.mdx'), 'utf8');
  const title = /^title:\s*['"]?(.*?)['"]?\s*$/m.exec(mdx)?.[1] ?? basename(sources.exercise);
  mkdirSync(join(target, 'lessons'), { recursive: true });
  if (forWriter) mkdirSync(join(target, 'answers'), { recursive: true });
  const written: string[] = [];
  const write = (name: string, text: string) => {
    writeFileSync(join(target, name), text);
    written.push(name);
  };
  write('BRIEF.md', readFileSync(sources.brief, 'utf8'));
  write('prompt.md', `# ${title}\n\n${toBlindPrompt(mdx)}\n`);
  for (const name of ['answer.schema.json', 'starter.json']) {
    copyFileSync(join(sources.exercise, name), join(target, name));
    written.push(name);
  }
  write('vocabulary.schema.json', `${JSON.stringify(vocabularySchema, null, 2)}\n`);
  const own = sources.takeaways.filter((takeaway) => takeaway.chapter === chapter);
  write(
    'takeaways.md',
    `# Takeaways (ids to name in \`misses\`)\n\n${own.map((t) => `- \`${t.id}\`: ${t.text}`).join('\n')}\n`,
  );
  const lessons = join(sources.content, chapter);
  for (const name of readdirSync(lessons)
    .filter((file) => /\.mdx?$/.test(file))
    .sort()) {
    copyFileSync(join(lessons, name), join(target, 'lessons', name));
    written.push(`lessons/${name}`);
  }
  if (forWriter) write('validate.mjs', printValidator(sources.repository));
  return written;
}

/** A script that checks every `answers/*` file's header and its answer against the packet's schema. */
function printValidator(repository: string): string {
  return `// Checks each answers/*.json: a header with candidate, verdict, misses and why, and an answer the schema accepts.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
const here = new URL('.', import.meta.url).pathname;
const require = createRequire(${JSON.stringify(join(repository, 'package.json'))});
const Ajv2020 = require('ajv/dist/2020').default;
const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(JSON.parse(readFileSync(here + 'vocabulary.schema.json', 'utf8')));
const validate = ajv.compile(JSON.parse(readFileSync(here + 'answer.schema.json', 'utf8')));
let bad = 0;
for (const file of readdirSync(here + 'answers').filter((name) => name.endsWith('.json')).sort()) {
  const text = readFileSync(here + 'answers/' + file, 'utf8');
  const lines = text.split('\\n');
  for (const key of ['candidate:', 'verdict:', 'misses:', 'why:'])
    if (!lines.some((line) => line.startsWith('// ' + key))) { bad++; console.log(file + ': the header lacks ' + key); }
  let value;
  try { value = JSON.parse(lines.map((line) => (line.startsWith('//') ? '' : line)).join('\\n')); }
  catch (error) { bad++; console.log(file + ': not JSON: ' + error.message); continue; }
  if (validate(value)) console.log(file + ': ok');
  else { bad++; console.log(file + ': ' + ajv.errorsText(validate.errors)); }
}
process.exitCode = bad === 0 ? 0 : 1;
`;
}
