/**
 * Puts a reader's verdicts back into the calibration files: each entry of the packet's `verdicts.json`, found through
 * the key beside the packet, becomes a `judge:` or `adjudicated:` block at the end of its answer's header. Nothing is
 * written unless every entry is well formed and every file can take it, so a half-finished import never happens.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blindReadingSchema, type BlindReading } from '../../index.ts';
import { CALIBRATION_FOLDER, type CalibrationFile } from './read-calibration.ts';
import { keyPathOf, readingKeySchema, selectForReading, type ReadingKey } from './write-reading-packet.ts';

/** What the import wrote, or why it wrote nothing. */
export type ImportResult = { ok: true; written: string[] } | { ok: false; problems: string[] };

/** Imports the readings in `packet` into the calibration files of exercise `exerciseId`, in `folder`. */
export function importReadings(
  exerciseId: string,
  folder: string,
  files: readonly CalibrationFile[],
  packet: string,
  knownTakeaways: ReadonlySet<string>,
): ImportResult {
  const keyPath = keyPathOf(packet);
  const verdictsPath = join(packet, 'verdicts.json');
  let key: ReadingKey;
  let verdicts: Record<string, unknown>;
  try {
    const parsed = readingKeySchema.safeParse(JSON.parse(readFileSync(keyPath, 'utf8')));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, problems: [`${keyPath}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'not a key'}`] };
    }
    key = parsed.data;
  } catch (caught) {
    return { ok: false, problems: [`${keyPath}: cannot read the packet's key (${(caught as Error).message})`] };
  }
  if (key.exercise !== exerciseId)
    return { ok: false, problems: [`${keyPath}: the packet is for ${key.exercise}, not ${exerciseId}`] };
  try {
    verdicts = JSON.parse(readFileSync(verdictsPath, 'utf8')) as Record<string, unknown>;
  } catch (caught) {
    return { ok: false, problems: [`${verdictsPath}: cannot read the verdicts (${(caught as Error).message})`] };
  }
  const open = new Map(selectForReading(files, key.reading).map((file) => [file.name, file]));
  const problems: string[] = [];
  const edits: { file: CalibrationFile; reading: BlindReading }[] = [];
  for (const [number, name] of Object.entries(key.answers)) {
    const where = `${verdictsPath}: ${number} (${name})`;
    const parsed = blindReadingSchema.safeParse(verdicts[number]);
    if (!parsed.success) {
      problems.push(`${where}: ${verdicts[number] === undefined ? 'no verdict' : parsed.error.issues[0]?.message}`);
      continue;
    }
    const unknown = parsed.data.misses.filter((id) => !knownTakeaways.has(id));
    if (unknown.length > 0) problems.push(`${where}: unknown takeaway ${unknown.join(', ')}`);
    const file = open.get(name);
    if (file === undefined) problems.push(`${where}: the answer no longer waits for a ${key.reading} reading`);
    else edits.push({ file, reading: parsed.data });
  }
  for (const number of Object.keys(verdicts))
    if (!(number in key.answers)) problems.push(`${verdictsPath}: ${number} is not an answer of this packet`);
  if (problems.length > 0) return { ok: false, problems };
  for (const { file, reading } of edits)
    writeFileSync(file.path, addReading(readFileSync(file.path, 'utf8'), key.reading, reading));
  return { ok: true, written: edits.map(({ file }) => join(folder, CALIBRATION_FOLDER, file.name)) };
}

/** `text` with a `kind:` block holding `reading` appended to its header of `//` lines. */
export function addReading(text: string, kind: ReadingKey['reading'], reading: BlindReading): string {
  const lines = text.split('\n');
  const end = lines.findIndex((line) => !line.startsWith('//'));
  const block = [
    `// ${kind}:`,
    `//   verdict: ${reading.verdict}`,
    `//   misses: [${reading.misses.join(', ')}]`,
    `//   why: '${reading.why.replace(/\s+/g, ' ').trim().replaceAll("'", "''")}'`,
  ];
  const at = end === -1 ? lines.length : end;
  return [...lines.slice(0, at), ...block, ...lines.slice(at)].join('\n');
}
