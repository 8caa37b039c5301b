import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CalibrationFile } from '../../../../graders/tooling/calibration/read-calibration.ts';
import { writeReadingPacket } from '../../../../graders/tooling/calibration/write-reading-packet.ts';
import { readLessons } from '../../../../graders/tooling/content-check/read-lessons.ts';
import { exercisePath } from '../../../support/exercise-folders.ts';

const repository = join(import.meta.dirname, '../../../..');
const content = join(repository, 'content');

describe('writeReadingPacket', () => {
  it("gives a judge a TypeScript answer without its writer's header", () => {
    const folder = mkdtempSync(join(tmpdir(), 'reading-'));
    const path = join(folder, '01-typed.ts');
    const body = "export const answer = { kind: 'event' };\n";
    writeFileSync(path, `// candidate: strong\n// verdict: pass\n// misses: []\n// why: 'Reads by intent.'\n\n${body}`);
    const file: CalibrationFile = {
      name: '01-typed.ts',
      path,
      format: 'ts',
      header: { candidate: 'strong', verdict: 'pass', misses: [], why: 'Reads by intent.' },
      answer: readFileSync(path, 'utf8'),
    };
    const packet = join(folder, 'packet');
    const sources = {
      exercise: exercisePath('commands-or-events'),
      content,
      takeaways: readLessons(content).takeaways,
      brief: join(repository, 'exercises', 'calibration-judge-brief.md'),
      repository,
    };
    expect(writeReadingPacket(sources, 'commands-or-events', [file], 'judge', packet)).toBe(1);
    expect(readdirSync(join(packet, 'answers'))).toEqual(['J01.ts']);
    expect(readFileSync(join(packet, 'answers', 'J01.ts'), 'utf8')).toBe(body);
  });
});
