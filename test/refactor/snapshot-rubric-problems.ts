/**
 * Prints what the rubric's self-check (findRubricProblems) says about every one-step mutation of every criterion of
 * every exercise, so that a change to the self-check can prove it says the same: run it before and after, and compare
 * (`npx tsx test/refactor/snapshot-rubric-problems.ts before.tsv`, then `after.tsv`, then `cmp`). The real rubrics
 * have no problems, so each criterion is mutated: every string gets a letter appended or becomes `/nope`, every list
 * loses each item in turn, every field is dropped in turn. A mutant the criterion schema refuses prints `invalid`.
 * Each line holds the exercise, the criterion's index, the mutation, a hash of the problems and their start.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { criterionSchema } from '../../graders/authoring-schema/criterion';
import { findRubricProblems } from '../../graders/rubric/find-rubric-problems';
import { findExerciseFolders } from '../../graders/tooling/find-exercises';
import { loadExercise } from '../../graders/tooling/load-exercise';

const out = process.argv[2];
if (out === undefined) {
  console.error('usage: npx tsx test/refactor/snapshot-rubric-problems.ts <out.tsv>');
  process.exit(2);
}

/** Every one-step mutation of `value`, with a label saying where and what. */
function* mutate(value: unknown, path: string): Generator<[string, unknown]> {
  if (typeof value === 'string') {
    yield [`${path}:x`, `${value}x`];
    yield [`${path}:slash`, '/nope'];
    return;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      yield [`${path}[${index}]:drop`, value.filter((_item, other) => other !== index)];
      for (const [label, mutant] of mutate(value[index], `${path}[${index}]`))
        yield [label, value.map((item, other) => (other === index ? mutant : item))];
    }
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) {
      for (const [label, mutant] of mutate(field, `${path}.${key}`)) yield [label, { ...value, [key]: mutant }];
      yield [`${path}.${key}:drop`, Object.fromEntries(Object.entries(value).filter(([other]) => other !== key))];
    }
  }
}

const lines: string[] = [];
for (const folder of findExerciseFolders()) {
  const loaded = loadExercise(folder);
  if (!loaded.ok) throw new Error(`${folder} does not load: run npm run check:content`);
  const { exercise } = loaded.loaded;
  exercise.frontmatter.rubric.forEach((criterion, index) => {
    const plain: unknown = JSON.parse(JSON.stringify(criterion));
    for (const [label, mutant] of [['none', plain] as [string, unknown], ...mutate(plain, '')]) {
      const parsed = criterionSchema.safeParse(mutant);
      const said = parsed.success
        ? JSON.stringify(findRubricProblems(exercise.answerSchema, [parsed.data]))
        : 'invalid';
      const hash = createHash('sha256').update(said).digest('hex').slice(0, 16);
      lines.push(`${exercise.frontmatter.id}\t${index}\t${label}\t${hash}\t${said.slice(0, 200)}`);
    }
  });
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} mutants' self-check problems written to ${out}`);
