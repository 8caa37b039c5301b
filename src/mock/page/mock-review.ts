/**
 * The mock review page's script: reads the mock named in the fragment (or this exercise's latest), grades the answer
 * handed in with the exercise's own rubric (in the grading worker, as the exercise page does), and shows the result,
 * the two drawings, the report, the curveball's before and after, and the model answer with its explanation.
 * Everything from the answer is set as text, never as HTML.
 */
import { diffLines } from 'diff';
import { readAnswer, type GradeReport, type Verdict } from '../../../graders/index.ts';
import { drawAnswer } from '../../answer-drawing/answer-drawing.ts';
import { findMockRecord, formatTimeUsed, readMockHistory, saveMockRecord, type MockRecord } from '../mock-history.ts';
import type { ExercisePageData } from '../../exercise-pages/page-data.ts';
import { findLocalStorage } from '../../storage/page/page-storage.ts';
import type { KeyValueStorage } from '../../storage/safe-storage.ts';
import { isOffline } from '../../offline/connectivity.ts';
import { collectMarks } from '../../answer-drawing/page/answer-drawing-view.ts';
import { requireElement } from '../../exercise-pages/page/find-element.ts';
import { createGradeRunner, DEFAULT_GRADE_BUDGET_MS } from '../../grading/page/grade-runner.ts';
import { renderReport } from '../../grading/page/report-view.ts';
import { collectCriterionEvidence } from '../../storage/criterion-evidence.ts';
import { withBase } from '../../site-paths.ts';

const OUTCOMES: Record<MockRecord['outcome'], string> = {
  'time-up': 'time ran out',
  finished: 'you finished early',
  abandoned: 'abandoned',
};

const VERDICTS: Record<Verdict, string> = {
  pass: 'Full marks',
  partial: 'Partly right',
  fail: 'Missed',
  'not-graded': 'Not graded',
};

function required<T extends Element>(selector: string): T {
  return requireElement<T>(document, selector, 'mock review');
}

/** The mock the fragment names, else this exercise's latest. */
function findRecord(storage: KeyValueStorage, exerciseId: string): MockRecord | undefined {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const named = id === '' ? undefined : findMockRecord(storage, id);
  if (named?.exerciseId === exerciseId) return named;
  if (id !== '') return undefined;
  return readMockHistory(storage)
    .filter((record) => record.exerciseId === exerciseId)
    .at(-1);
}

function setFact(name: string, text: string): void {
  required<HTMLElement>(`[data-fact="${name}"]`).textContent = text;
}

async function drawInto(
  canvas: HTMLElement,
  status: HTMLElement,
  value: unknown,
  schema: object,
  report?: GradeReport,
): Promise<void> {
  const picture = drawAnswer(value, schema, report ? collectMarks(report) : undefined);
  if (picture.source === '') {
    status.textContent = 'Nothing in this answer can be drawn.';
    return;
  }
  const renderer = await import('../../mermaid/page/mermaid-render.ts').catch(() => undefined);
  if (!renderer) {
    // Mermaid is downloaded on use, or by "make the editor and drawings available offline": the review works without.
    status.textContent = (await isOffline())
      ? 'You are offline and the drawing was not downloaded; the review works without it.'
      : 'The drawing could not load. Reload the page to get the current version of the course.';
    canvas.dataset['state'] = 'failed';
    return;
  }
  const drawn = await renderer.drawSource(canvas, picture.source);
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', picture.summary);
  status.textContent = drawn ? picture.summary : 'This answer could not be drawn.';
  canvas.dataset['state'] = drawn ? 'drawn' : 'failed';
}

/** The takeaways of every criterion short of full marks and of every red flag, once each, linked to their lesson. */
function showMissedTakeaways(report: GradeReport, data: ExercisePageData): void {
  const links = new Map<string, string>();
  for (const flag of report.redFlags) links.set(flag.takeaway, withBase(flag.lessonHref));
  for (const criterion of report.criteria)
    if (criterion.verdict === 'fail' || criterion.verdict === 'partial')
      links.set(criterion.takeaway, withBase(criterion.lessonHref));
  const section = required<HTMLElement>('[data-review-missed]');
  section.hidden = links.size === 0;
  required<HTMLElement>('[data-review-missed-list]').replaceChildren(
    ...[...links].map(([takeaway, href]) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = href;
      link.textContent = data.takeaways[takeaway] ?? takeaway;
      item.append(link);
      return item;
    }),
  );
}

function showCurveball(
  record: MockRecord,
  data: ExercisePageData,
  before: GradeReport | undefined,
  after: GradeReport | undefined,
): void {
  const section = document.querySelector<HTMLElement>('[data-review-curveball]');
  const curveball = data.exercise.frontmatter.mock?.curveball;
  if (!section || !curveball || !record.curveball) return;
  section.hidden = false;
  required<HTMLElement>('[data-curveball-summary]').textContent =
    `After ${formatTimeUsed({ startedAt: record.startedAt, endedAt: record.curveball.at })}: ${curveball.title}`;
  const verdictOf = (report: GradeReport | undefined, id: string): string => {
    const criterion = report?.criteria.find((candidate) => candidate.id === id);
    return criterion ? `${VERDICTS[criterion.verdict]} (${criterion.points} / ${criterion.maxPoints})` : 'Not graded';
  };
  required<HTMLElement>('[data-curveball-rows]').replaceChildren(
    ...curveball.criteria.map((id) => {
      const row = document.createElement('tr');
      const title = after?.criteria.find((criterion) => criterion.id === id)?.title ?? id;
      for (const text of [title, verdictOf(before, id), verdictOf(after, id)]) {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.append(cell);
      }
      row.dataset['curveballCriterion'] = id;
      return row;
    }),
  );
  const diff = required<HTMLElement>('[data-curveball-diff]');
  if (record.curveball.format !== record.answer.format) {
    diff.textContent = `The answer changed format after the curveball (${record.curveball.format} to ${record.answer.format}); the final answer is shown below.`;
    return;
  }
  const changes = diffLines(record.curveball.text, record.answer.text);
  const lines = changes.flatMap((change) => {
    if (!change.added && !change.removed) return [];
    return change.value
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => {
        const node = document.createElement('span');
        node.className = change.added ? 'diff-added' : 'diff-removed';
        node.textContent = `${change.added ? '+ ' : '- '}${line}`;
        return node;
      });
  });
  if (lines.length === 0) diff.textContent = 'Nothing: the answer handed in is the one you had when the change came.';
  else diff.replaceChildren(...lines);
}

async function start(): Promise<void> {
  const dataScript = document.getElementById('exercise-data');
  if (!dataScript) return;
  const data = JSON.parse(dataScript.textContent ?? '{}') as ExercisePageData;
  const status = required<HTMLElement>('[data-review-status]');
  const body = required<HTMLElement>('[data-review-body]');
  const storage = findLocalStorage();
  const record = storage ? findRecord(storage, data.id) : undefined;
  if (!storage || !record) {
    status.textContent = storage
      ? 'There is no such mock of this question in this browser. Your mocks are listed on the mock interviews page.'
      : 'This browser does not let the site read its storage, so there is no mock to review.';
    document.documentElement.dataset['reviewState'] = 'missing';
    return;
  }

  status.textContent = 'Grading the answer you handed in…';
  setFact('date', new Date(record.startedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }));
  setFact('outcome', OUTCOMES[record.outcome]);
  setFact('time', `${formatTimeUsed(record)} of ${record.minutes}:00`);
  required<HTMLElement>('[data-review-answer]').textContent = record.answer.text;
  required<HTMLElement>('[data-review-model]').textContent = data.model[record.answer.format];
  const explanation = document.querySelector<HTMLElement>('[data-review-task] [data-explanation]');
  if (explanation) {
    required<HTMLElement>('[data-review-explanation]').append(explanation);
    explanation.hidden = false;
  }
  body.hidden = false;

  const grader = createGradeRunner(data.exercise, () => DEFAULT_GRADE_BUDGET_MS);
  const gradeText = async (text: string, format: MockRecord['answer']['format']): Promise<GradeReport | undefined> => {
    const outcome = await grader.grade(text, format);
    return outcome.kind === 'graded' ? outcome.report : undefined;
  };
  const report = await gradeText(record.answer.text, record.answer.format);
  const before = record.curveball ? await gradeText(record.curveball.text, record.curveball.format) : undefined;

  if (report) {
    renderReport(required('[data-review-report]'), report, { takeawayTitle: (id) => data.takeaways[id] ?? id });
    showMissedTakeaways(report, data);
    const counted = record.outcome === 'abandoned' ? ' (abandoned, so not counted)' : '';
    const outcome = report.passed
      ? 'passed'
      : report.incomplete
        ? 'not graded yet (errors in the answer)'
        : 'not passed';
    setFact('result', `${report.percent}%, ${outcome}${counted}`);
    // A mock ended while no page was open has no stored grade yet: keep the one just computed for the list.
    if (!record.result && record.outcome !== 'abandoned')
      saveMockRecord(storage, {
        ...record,
        result: {
          score: report.score,
          max: report.max,
          percent: report.percent,
          passed: report.passed,
          criteria: collectCriterionEvidence(report),
        },
      });
  } else {
    setFact('result', 'could not be graded');
    required<HTMLElement>('[data-review-report]').textContent = 'This answer could not be graded in the browser.';
  }
  showCurveball(record, data, before, report);
  status.textContent = report ? `Review of your mock: ${report.percent}%.` : 'Review of your mock.';

  const print = required<HTMLButtonElement>('[data-review-print]');
  print.hidden = false;
  print.addEventListener('click', () => window.print());

  const candidateCanvas = document.querySelector<HTMLElement>('[data-review-diagram="candidate"]');
  const modelCanvas = document.querySelector<HTMLElement>('[data-review-diagram="model"]');
  if (candidateCanvas && modelCanvas) {
    const read = readAnswer(record.answer.text, record.answer.format);
    const candidateStatus = required<HTMLElement>('[data-diagram-status="candidate"]');
    if (read.ok) await drawInto(candidateCanvas, candidateStatus, read.value, data.exercise.answerSchema, report);
    else candidateStatus.textContent = 'Your answer could not be read, so it cannot be drawn.';
    await drawInto(
      modelCanvas,
      required('[data-diagram-status="model"]'),
      JSON.parse(data.model.json) as unknown,
      data.exercise.answerSchema,
    );
  }
  document.documentElement.dataset['reviewState'] = 'ready';
}

void start();
window.addEventListener('hashchange', () => window.location.reload());
