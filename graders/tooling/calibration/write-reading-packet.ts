/**
 * Writes the packet a second reader is given: a judge, who reads every answer not yet judged, blind to its writer's
 * header and to the grader; or an adjudicator, who settles the answers whose judge and writer differ and sees both
 * readings, in an order that does not say whose is whose. The answers go in under numbers in a shuffled order, so a
 * file name (which says what its writer meant to test) cannot steer the reading. The key from number to file is
 * written beside the packet, never in it; `--import` reads it back.
 */
import { randomInt } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import type { BlindReading } from '../../index.ts';
import { splitSampleHeader } from '../read-sample.ts';
import { needsAdjudication } from './verdict-of-record.ts';
import type { CalibrationFile } from './read-calibration.ts';
import { writePacket, type PacketSources } from './write-packet.ts';

/** The key written beside a reader's packet: what `--import` needs to put the readings back. */
export const readingKeySchema = z.strictObject({
  /** The exercise the packet's answers belong to. */
  exercise: z.string().min(1),
  /** Which reading the packet collects: the judge's, or the adjudicator's where writer and judge differ. */
  reading: z.enum(['judge', 'adjudicated']),
  /** The file in `calibration/` each number in the packet stands for, e.g. `{ "J01": "r2-03-….json" }`. */
  answers: z.record(z.string(), z.string()),
});

export type ReadingKey = z.infer<typeof readingKeySchema>;

/** Which reading a packet collects. */
export type ReadingKind = ReadingKey['reading'];

/** The key's path: beside the packet, so a reader who keeps to the packet never sees it. */
export function keyPathOf(packet: string): string {
  return `${resolve(packet)}.key.json`;
}

/** The answers a reader of `kind` still has to read. */
export function selectForReading(files: readonly CalibrationFile[], kind: ReadingKind): CalibrationFile[] {
  return kind === 'judge'
    ? files.filter((file) => file.header.judge === undefined)
    : files.filter((file) => needsAdjudication(file.header));
}

/** Writes the packet for `kind` into `packet` and its key beside it; returns how many answers it holds. */
export function writeReadingPacket(
  sources: PacketSources,
  exerciseId: string,
  files: readonly CalibrationFile[],
  kind: ReadingKind,
  packet: string,
): number {
  writePacket(sources, packet, false);
  const chosen = shuffle(selectForReading(files, kind));
  const prefix = kind === 'judge' ? 'J' : 'A';
  mkdirSync(join(packet, 'answers'), { recursive: true });
  if (kind === 'adjudicated') mkdirSync(join(packet, 'readings'), { recursive: true });
  const answers: Record<string, string> = {};
  chosen.forEach((file, index) => {
    const number = `${prefix}${String(index + 1).padStart(2, '0')}`;
    answers[number] = file.name;
    // The header goes, whatever the format: a TypeScript answer is graded whole, but its `//` header is the writer's.
    const { answer } = splitSampleHeader(readFileSync(file.path, 'utf8'));
    writeFileSync(join(packet, 'answers', `${number}.${file.format}`), `${answer.trim()}\n`);
    const { judge } = file.header;
    if (kind === 'adjudicated' && judge !== undefined) {
      const writer = { verdict: file.header.verdict, misses: file.header.misses, why: file.header.why };
      const [first, second] = randomInt(2) === 0 ? [writer, judge] : [judge, writer];
      writeFileSync(
        join(packet, 'readings', `${number}.md`),
        `# Reading 1\n\n${printReading(first)}\n# Reading 2\n\n${printReading(second)}`,
      );
    }
  });
  const chapter = basename(dirname(sources.exercise));
  const takeaways = sources.takeaways.filter((takeaway) => takeaway.chapter === chapter).map((takeaway) => takeaway.id);
  writeFileSync(join(packet, 'check.mjs'), printChecker(takeaways));
  const key: ReadingKey = { exercise: exerciseId, reading: kind, answers };
  writeFileSync(keyPathOf(packet), `${JSON.stringify(key, null, 2)}\n`);
  return chosen.length;
}

function printReading(reading: BlindReading): string {
  return `verdict: ${reading.verdict}\nmisses: [${reading.misses.join(', ')}]\nwhy: ${reading.why}\n`;
}

function shuffle<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** A script that checks `verdicts.json`: one well-formed entry for each answer, and nothing else. */
function printChecker(takeaways: readonly string[]): string {
  return `// Checks verdicts.json: one entry per answer, each with a verdict, known takeaways and a reason.
import { readFileSync, readdirSync } from 'node:fs';
const takeaways = ${JSON.stringify(takeaways)};
const here = new URL('.', import.meta.url);
const keys = readdirSync(new URL('answers/', here)).map((name) => name.replace(/\\.\\w+$/, '')).sort();
let verdicts;
try { verdicts = JSON.parse(readFileSync(new URL('verdicts.json', here), 'utf8')); }
catch (error) { console.log('verdicts.json: ' + error.message); process.exit(1); }
const problems = [];
for (const key of keys) {
  const entry = verdicts[key];
  if (entry === undefined) { problems.push(key + ': no verdict yet'); continue; }
  if (!['pass', 'partial', 'fail'].includes(entry.verdict)) problems.push(key + ': verdict must be pass, partial or fail');
  if (!Array.isArray(entry.misses)) problems.push(key + ': misses must be a list');
  else for (const id of entry.misses) if (!takeaways.includes(id)) problems.push(key + ': unknown takeaway ' + id);
  if (entry.verdict === 'pass' && entry.misses?.length) problems.push(key + ': a pass misses nothing');
  if (typeof entry.why !== 'string' || entry.why.trim().length < 20) problems.push(key + ': why must be one to three sentences');
}
for (const key of Object.keys(verdicts)) if (!keys.includes(key)) problems.push(key + ': no such answer');
console.log(problems.length ? problems.join('\\n') : 'ok (' + keys.length + ' verdicts)');
process.exitCode = problems.length ? 1 : 0;
`;
}
