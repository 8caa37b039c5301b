/**
 * An exercise checks itself against its own answers: the model scores full marks with no diagnostic, the starter
 * does not pass, and each sample gets the verdict its header declares. Each problem is placed in the answer file
 * (at the criterion's place in the answer, or at the header field that disagrees).
 */
import { join } from 'node:path';
import { grade } from '../grade';
import type { CriterionReport, GradeReport } from '../report';
import { createProblem, type ContentProblem } from './content-problem';
import type { LoadedExercise } from './load-exercise';
import { readJsonFile } from './read-json-file';
import { readSamples, type SampleFile } from './read-sample';
import { checkSampleKinds } from './check-sample-kinds';
import { suggestId } from './suggest-id';

/** Every problem of the exercise's model, starter and samples. */
export function checkExerciseAnswers({ folder, exercise }: LoadedExercise): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const modelPath = join(folder, 'model.json');
  const model = readJsonFile(modelPath);
  if (!model.ok) problems.push(model.problem);
  else {
    const report = grade(exercise, model.file.text, 'json');
    for (const diagnostic of report.diagnostics)
      problems.push(createProblem(modelPath, diagnostic, `the model answer: ${diagnostic.message.text}`));
    for (const criterion of report.criteria.filter((c) => c.verdict !== 'pass'))
      problems.push(
        createProblem(
          modelPath,
          placeOf(criterion),
          `the model answer scores ${criterion.points}/${criterion.maxPoints} on "${criterion.id}" (${criterion.verdict}); ` +
            `the model must earn full marks: ${criterion.feedback.map((message) => message.text).join(' ')}`,
        ),
      );
  }

  const starterPath = join(folder, 'starter.json');
  const starter = readJsonFile(starterPath);
  if (!starter.ok) problems.push(starter.problem);
  else if (grade(exercise, starter.file.text, 'json').passed)
    problems.push(
      createProblem(starterPath, { line: 1, column: 1 }, 'the starter passes: it must leave the work to do'),
    );

  const { samples, problems: headerProblems } = readSamples(folder);
  problems.push(...headerProblems);
  for (const sample of samples) problems.push(...checkSample(exercise, sample));
  const all = [...samples.map((s) => s.sample.file), ...headerProblems.map((p) => p.file)];
  const failing = all.filter((file) => /samples\/fail-/.test(file)).length;
  const samplesFolder = join(folder, 'samples');
  // A header that could not be read says its own problem; the kinds are checked once every header reads.
  if (headerProblems.length === 0) problems.push(...checkSampleKinds(folder, exercise.frontmatter.rubric, samples));
  if (failing < 2)
    problems.push(
      createProblem(
        samplesFolder,
        { line: 1, column: 1 },
        `${failing} fail-* sample${failing === 1 ? '' : 's'}: add at least two wrong answers candidates really give`,
      ),
    );
  return problems;
}

/** Where a criterion looked in the answer, or the top of the file. */
function placeOf(criterion: CriterionReport): { line: number; column: number } {
  const location = criterion.locations.find((place) => place.line !== undefined);
  return { line: location?.line ?? 1, column: location?.column ?? 1 };
}

const list = (ids: readonly string[]): string => (ids.length === 0 ? '[]' : `[${ids.join(', ')}]`);

/** The sample's verdict against its header: the criteria it fails, the red flags it raises, whether it passes. */
function checkSample(exercise: LoadedExercise['exercise'], file: SampleFile): ContentProblem[] {
  const { sample } = file;
  const ids = exercise.frontmatter.rubric.map((criterion) => criterion.id);
  const unknown = (['fails', 'redFlags'] as const).flatMap((field) =>
    sample[field]
      .filter((id) => !ids.includes(id))
      .map((id) => {
        const guess = suggestId(id, ids);
        return createProblem(
          file.path,
          file.locate(field),
          `${field}: no criterion has the id "${id}"${guess === undefined ? ` (the criteria: ${ids.join(', ')})` : `; did you mean "${guess}"?`}`,
        );
      }),
  );
  if (unknown.length > 0) return unknown;
  const report: GradeReport = grade(exercise, file.answer, file.format);
  const problems = report.diagnostics
    .filter((diagnostic) => diagnostic.source === 'read')
    .map((diagnostic) => createProblem(file.path, diagnostic, `the sample cannot be read: ${diagnostic.message.text}`));
  if (problems.length > 0) return problems;

  const failed = report.criteria
    .filter((criterion) => criterion.verdict !== 'pass')
    .map((c) => c.id)
    .sort();
  const declared = [...sample.fails].sort();
  if (failed.join() !== declared.join()) {
    const detail = report.criteria
      .filter((criterion) => failed.includes(criterion.id) !== declared.includes(criterion.id))
      .map((criterion) => `"${criterion.id}" ${criterion.verdict} ${criterion.points}/${criterion.maxPoints}`)
      .join(', ');
    problems.push(
      createProblem(
        file.path,
        file.locate('fails'),
        `fails: the header says the sample fails ${list(declared)}, but it fails ${list(failed)} (${detail})`,
      ),
    );
  }
  const flagged = [...new Set(report.redFlags.map((flag) => flag.criterion))].sort();
  const expectedFlags = [...sample.redFlags].sort();
  if (flagged.join() !== expectedFlags.join())
    problems.push(
      createProblem(
        file.path,
        file.locate('redFlags'),
        `redFlags: the header says the sample raises red flags on ${list(expectedFlags)}, but it raises them on ${list(flagged)}`,
      ),
    );
  const passes = sample.passes ?? sample.fails.length === 0;
  if (report.passed !== passes)
    problems.push(
      createProblem(
        file.path,
        file.locate(sample.passes === undefined ? 'fails' : 'passes'),
        report.passed
          ? `passes: the sample passes overall (${report.percent}%, pass mark ${report.passMark}%); if that is right, write \`passes: true\` in its header`
          : `passes: the header expects the sample to pass, but it fails overall (${report.percent}%, pass mark ${report.passMark}%${report.redFlags.length > 0 ? ', with a red flag' : ''})`,
      ),
    );
  return problems;
}
