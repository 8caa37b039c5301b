import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync, cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCalibrate } from '../../../../graders/tooling/calibration/run-calibrate.ts';
import { toBlindPrompt } from '../../../../graders/tooling/calibration/write-packet.ts';
import { exercisePath } from '../../../support/exercise-folders.ts';

const repository = join(import.meta.dirname, '../../../..');
const roots = { repository, content: join(repository, 'content'), exercises: join(repository, 'exercises') };

/** A copy of one real exercise in a scratch `exercises/` with the given calibration files. */
function scratchExercise(id: string, files: Record<string, string>): typeof roots {
  const root = mkdtempSync(join(tmpdir(), 'calibrate-'));
  const folder = join(root, 'exercises', 'architecture-patterns', id);
  cpSync(exercisePath(id), folder, { recursive: true, filter: (path) => !path.includes('/calibration') });
  mkdirSync(join(folder, 'calibration'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, 'calibration', name), text);
  for (const brief of readdirSync(roots.exercises).filter((name) => /^calibration-.*brief\.md$/.test(name)))
    cpSync(join(roots.exercises, brief), join(root, 'exercises', brief));
  return { repository: root, content: roots.content, exercises: join(root, 'exercises') };
}

const model = readFileSync(exercisePath('commands-or-events', 'model.json'), 'utf8');
const header = (verdict: string, extra = '') =>
  `// candidate: strong\n// verdict: ${verdict}\n// misses: []\n// why: 'Every message read by who decides.'\n${extra}`;

describe('npm run calibrate', () => {
  it('counts a blind verdict the grader shares, and ends with the overall line', () => {
    const result = runCalibrate(
      ['commands-or-events'],
      scratchExercise('commands-or-events', { '01-a.json': header('pass') + model }),
    );
    expect(result.stdout).toContain('commands-or-events: 1 of 1 verdicts agree, 1 of 1 on the takeaways missed');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('overall: 1 of 1 verdicts agree (100 %)');
    expect(result.exitCode).toBe(0);
  });

  it('lists a disagreement with both sides and exits 1 until the file says why the grader is right', () => {
    const roots = scratchExercise('commands-or-events', { '01-a.json': header('fail') + model });
    const result = runCalibrate([], roots);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('01-a.json (strong): VERDICT DIFFERS');
    expect(result.stdout).toContain('blind:  fail; misses nothing');
    expect(result.stdout).toContain('grader: pass (100 %, passed)');
    expect(result.stdout).toContain('overall: 0 of 1 verdicts agree (0 %)');
    const explained = scratchExercise('commands-or-events', {
      '01-a.json':
        header(
          'fail',
          "// graderRight: 'The model answer is right on every message; the blind verdict was a slip.'\n",
        ) + model,
    });
    const settled = runCalibrate([], explained);
    expect(settled.exitCode).toBe(0);
    expect(settled.stdout).toContain('0 of 1 verdicts agree (1 explained)');
    expect(settled.stdout).toContain('grader right: The model answer is right');
    const unresolved = scratchExercise('commands-or-events', {
      '01-a.json':
        header('fail', "// unresolved: 'The format cannot say this yet; a field for it would fix it.'\n") + model,
    });
    const kept = runCalibrate([], unresolved);
    expect(kept.exitCode).toBe(0);
    expect(kept.stdout).toContain('unresolved: The format cannot say this yet');
    expect(kept.stdout).toContain('overall: 0 of 1 verdicts agree (0 %)');
  });

  it('refuses a header without a verdict, at its line', () => {
    const roots = scratchExercise('commands-or-events', {
      '01-a.json': `// candidate: strong\n// misses: []\n// why: 'no verdict given here'\n${model}`,
    });
    const result = runCalibrate([], roots);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/calibration\/01-a\.json:1:\d+: header: .*verdict/);
  });

  it('gives each round of blind writing its own agreement when there are several', () => {
    const result = runCalibrate(
      [],
      scratchExercise('commands-or-events', {
        '01-a.json': header('pass') + model,
        'r2-01-b.json': header('fail') + model,
      }),
    );
    expect(result.stdout).toContain('by round: 1: 1 of 1 (100 %); 2: 0 of 1 (0 %)');
    // Both writers answered the model; no grader can agree with both.
    expect(result.stdout).toContain('commands-or-events: 01-a.json pass, r2-01-b.json fail');
    expect(result.stdout).toContain(
      'ceiling: a grader that reads no free text agrees on at most 1 of 2 verdicts (50 %)',
    );
  });

  it('grades one round alone with --round, and refuses a round that is not a number', () => {
    const roots = scratchExercise('commands-or-events', {
      '01-a.json': header('pass') + model,
      'r2-01-b.json': header('fail') + model,
      'r2-02-c.json': header('pass') + model,
    });
    const second = runCalibrate(['--round', '2', 'commands-or-events'], roots);
    expect(second.stdout).toContain('commands-or-events: 1 of 2 verdicts agree');
    expect(second.stdout.trimEnd().split('\n').at(-1)).toBe('overall: 1 of 2 verdicts agree (50 %)');
    expect(runCalibrate(['--round', '1'], roots).stdout).toContain('overall: 1 of 1 verdicts agree (100 %)');
    expect(runCalibrate(['--round', 'two'], roots)).toMatchObject({ exitCode: 2 });
    expect(runCalibrate(['--round'], roots).stderr).toContain('--round takes a round number');
  });

  it('measures against the adjudicator where the judge differs from the writer, and counts how often readers agree', () => {
    const judge = (verdict: string) => `// judge: { verdict: ${verdict}, misses: [], why: 'Read again, blind.' }\n`;
    const adjudicated =
      "// adjudicated: { verdict: pass, misses: [], why: 'Both readings seen; every message is right.' }\n";
    const result = runCalibrate(
      [],
      scratchExercise('commands-or-events', {
        '01-a.json': header('fail', judge('pass') + adjudicated) + model,
        '02-b.json': header('pass', judge('pass')) + model,
      }),
    );
    // The writer's fail would disagree with the grader's pass; the adjudicator's pass is the verdict of record.
    expect(result.stdout).toContain('commands-or-events: 2 of 2 verdicts agree');
    expect(result.stdout).toContain(
      "readers: the judge shares the writer's verdict on 1 of 2 answers read twice (50 %); where they differ, the adjudicator's verdict counts",
    );
    expect(result.stderr).toBe('');
    const open = runCalibrate(
      [],
      scratchExercise('commands-or-events', { '01-a.json': header('fail', judge('pass')) + model }),
    );
    expect(open.stderr).toMatch(
      /calibration\/01-a\.json:1:1: warning: the judge says pass and the writer fail: add the adjudicator's reading/,
    );
    // Until it is adjudicated, the writer's verdict counts.
    expect(open.stdout).toContain('overall: 0 of 1 verdicts agree (0 %)');
    const needless = runCalibrate(
      [],
      scratchExercise('commands-or-events', { '01-a.json': header('pass', judge('pass') + adjudicated) + model }),
    );
    expect(needless.stderr).toContain("adjudicated, but the judge shares the writer's verdict (pass)");
  });

  it('gives a judge every answer blind and numbered, with the key outside the packet, then imports the verdicts', () => {
    const roots = scratchExercise('commands-or-events', {
      '01-right.json': header('pass') + model,
      '02-also-right.json': header('fail') + model,
    });
    const packet = join(mkdtempSync(join(tmpdir(), 'judge-')), 'packet');
    const written = runCalibrate(['--judge-packet', 'commands-or-events', packet], roots);
    expect(written.stdout).toContain(`wrote 2 answers to ${packet}; the key is ${packet}.key.json`);
    expect(readdirSync(join(packet, 'answers')).sort()).toEqual(['J01.json', 'J02.json']);
    const given = readFileSync(join(packet, 'answers', 'J01.json'), 'utf8');
    // Blind: no writer's header, no file name; the answer itself is whole.
    expect(given).not.toMatch(/verdict|right/);
    expect(JSON.parse(given)).toEqual(JSON.parse(model));
    expect(readFileSync(join(packet, 'BRIEF.md'), 'utf8')).toContain('what anyone else judged');
    expect(readdirSync(packet)).not.toContain('validate.mjs');
    const key = JSON.parse(readFileSync(`${packet}.key.json`, 'utf8')) as { answers: Record<string, string> };
    const numberOf = (name: string) => Object.keys(key.answers).find((number) => key.answers[number] === name) ?? '';
    const reading = (verdict: string) => ({ verdict, misses: [], why: 'Every message is read by who decides.' });
    writeFileSync(
      join(packet, 'verdicts.json'),
      JSON.stringify({
        [numberOf('01-right.json')]: reading('pass'),
        [numberOf('02-also-right.json')]: { verdict: 'maybe' },
      }),
    );
    // A packet imported into another exercise is refused by its key, before any verdict is read.
    const keyText = readFileSync(`${packet}.key.json`, 'utf8');
    writeFileSync(`${packet}.key.json`, keyText.replace('"commands-or-events"', '"order-placed-events"'));
    expect(runCalibrate(['--import', 'commands-or-events', packet], roots).stderr).toContain(
      `${packet}.key.json: the packet is for order-placed-events, not commands-or-events`,
    );
    writeFileSync(`${packet}.key.json`, keyText);
    const refused = runCalibrate(['--import', 'commands-or-events', packet], roots);
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toMatch(/nothing imported\n.*verdicts\.json: J0\d \(02-also-right\.json\): /);
    const folder = join(roots.exercises, 'architecture-patterns', 'commands-or-events', 'calibration');
    expect(readFileSync(join(folder, '01-right.json'), 'utf8')).not.toContain('judge:');
    writeFileSync(
      join(packet, 'verdicts.json'),
      JSON.stringify({
        [numberOf('01-right.json')]: reading('pass'),
        [numberOf('02-also-right.json')]: reading('pass'),
      }),
    );
    expect(runCalibrate(['--import', 'commands-or-events', packet], roots).stdout).toBe('imported 2 readings\n');
    expect(readFileSync(join(folder, '02-also-right.json'), 'utf8')).toContain(
      "// judge:\n//   verdict: pass\n//   misses: []\n//   why: 'Every message is read by who decides.'\n",
    );
    // The judge differs from the writer of 02: it waits for an adjudicator, who gets it with both readings.
    expect(runCalibrate([], roots).stderr).toContain(
      '02-also-right.json:1:1: warning: the judge says pass and the writer fail',
    );
    const settle = join(mkdtempSync(join(tmpdir(), 'adjudicate-')), 'packet');
    runCalibrate(['--adjudication-packet', 'commands-or-events', settle], roots);
    expect(readdirSync(join(settle, 'answers'))).toEqual(['A01.json']);
    const readings = readFileSync(join(settle, 'readings', 'A01.md'), 'utf8');
    expect(readings).toMatch(/# Reading 1\n\nverdict: (pass|fail)\n[\s\S]*# Reading 2\n\nverdict: (pass|fail)\n/);
    expect(readings).toContain('why: Every message read by who decides.');
    expect(readings).toContain('why: Every message is read by who decides.');
    writeFileSync(join(settle, 'verdicts.json'), JSON.stringify({ A01: reading('pass') }));
    expect(runCalibrate(['--import', 'commands-or-events', settle], roots).stdout).toBe('imported 1 reading\n');
    const settled = runCalibrate([], roots);
    expect(settled.stderr).toBe('');
    expect(settled.stdout).toContain('overall: 2 of 2 verdicts agree (100 %)');
    // Nothing is read twice: both answers are judged, and the one dispute is settled.
    expect(runCalibrate(['--judge-packet', 'commands-or-events', packet], roots).stdout).toContain('wrote 0 answers');
  });

  it('warns, at its place, of a blind answer the schema refuses: it tests the parser, not judgement', () => {
    const result = runCalibrate([], scratchExercise('commands-or-events', { '01-a.json': header('fail') + '[]\n' }));
    expect(result.stderr).toMatch(
      /calibration\/01-a\.json:\d+:\d+: warning: the blind answer does not match the schema/,
    );
    // A warning, not a broken file: the answer is still counted (here an empty list, failed as the writer says).
    expect(result.exitCode).toBe(0);
  });

  it('names an unknown exercise', () => {
    expect(runCalibrate(['no-such-exercise'], roots)).toMatchObject({
      exitCode: 2,
      stderr: 'calibrate: no exercise "no-such-exercise"\n',
    });
  });

  it('writes a blind packet without the rubric, the model, the samples or the explanation', () => {
    const target = mkdtempSync(join(tmpdir(), 'packet-'));
    const result = runCalibrate(['--packet', 'order-placed-events', target], roots);
    expect(result.exitCode).toBe(0);
    const prompt = readFileSync(join(target, 'prompt.md'), 'utf8');
    expect(prompt).toContain('**Curveball, added by the interviewer');
    expect(prompt).toContain('**Hint:**');
    expect(prompt).not.toMatch(/rubric:|<Explanation>|None of the four reactions/);
    expect(existsSync(join(target, 'model.json'))).toBe(false);
    expect(existsSync(join(target, 'samples'))).toBe(false);
    expect(readFileSync(join(target, 'takeaways.md'), 'utf8')).toContain('`event-driven.messages-vs-events`');
    expect(existsSync(join(target, 'lessons', 'event-driven.mdx'))).toBe(true);
    expect(readFileSync(join(target, 'BRIEF.md'), 'utf8')).toContain('you must not see how the grader grades');
  });
});

describe('toBlindPrompt', () => {
  it('drops the frontmatter and the explanation, keeps the prompt and the hints', () => {
    const mdx =
      "---\ntitle: 'T'\nrubric: []\n---\nThe prompt.\n\n<Hint>\nA hint.\n</Hint>\n\n<Explanation>\nThe answer.\n</Explanation>\n";
    expect(toBlindPrompt(mdx)).toBe('The prompt.\n\n**Hint:** A hint.');
  });
});
