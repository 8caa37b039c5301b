/**
 * Runs every criterion and turns outcomes into report entries: points, verdict, the author's summary and the
 * worded details, the lesson link, and where to mark. A criterion whose inputs have schema errors is "not graded".
 */
import { renderMessage, joinWords } from '../feedback/render-message';
import { describePointer } from '../json-pointer';
import { takeawayHref } from '../links';
import type { Locate } from '../locate';
import type { CriterionReport, Verdict } from '../report';
import type { CompiledSchemas } from '../schema/compile-exercise';
import type { SchemaIssue } from '../schema/word-schema-errors';
import type { Criterion } from '../schemas/criterion';
import { gradeCriterion } from './grade-criterion';
import { isInputConcerned } from './grading-input';

/** Everything the rubric needs about one answer. */
export interface RubricContext {
  chapter: string;
  answer: unknown;
  schemas: CompiledSchemas;
  issues: readonly SchemaIssue[];
  locate: Locate;
}

/** Grades each criterion of `rubric` in order. */
export function runRubric(rubric: readonly Criterion[], context: RubricContext): CriterionReport[] {
  return rubric.map((criterion) => gradeOne(criterion, context));
}

/** The report entry of a criterion that could not be graded (unreadable answer or schema errors in its inputs). */
export function reportNotGraded(
  criterion: Criterion,
  chapter: string,
  feedback: CriterionReport['feedback'],
  locations: CriterionReport['locations'],
): CriterionReport {
  return { ...describeCriterion(criterion, chapter), points: 0, verdict: 'not-graded', feedback, locations };
}

function gradeOne(criterion: Criterion, context: RubricContext): CriterionReport {
  const outcome = gradeCriterion(criterion, context.answer, context.schemas);
  const blocking = context.issues.filter((issue) =>
    outcome.inputs.some((input) => isInputConcerned(input, issue.pointer)),
  );
  if (blocking.length > 0) {
    const paths = joinWords(
      [...new Set(blocking.map((issue) => describePointer(issue.pointer)))],
      (path) => `\`${path}\``,
    );
    return reportNotGraded(
      criterion,
      context.chapter,
      [renderMessage('rubric.not-graded', { paths })],
      blocking.map((issue) => context.locate(issue.mark.pointer, issue.mark.on)),
    );
  }
  const fraction = Math.max(0, Math.min(1, Number.isFinite(outcome.fraction) ? outcome.fraction : 0));
  const verdict: Verdict = fraction >= 1 ? 'pass' : fraction <= 0 ? 'fail' : 'partial';
  const summaryText =
    verdict === 'pass'
      ? criterion.feedback.pass
      : verdict === 'partial'
        ? (criterion.feedback.partial ?? criterion.feedback.fail)
        : criterion.feedback.fail;
  const summary = renderMessage(
    verdict === 'pass' ? 'rubric.pass' : verdict === 'partial' ? 'rubric.partial' : 'rubric.fail',
    { text: summaryText },
  );
  const pointers = [
    ...new Set([
      ...outcome.looked,
      ...outcome.details.flatMap((detail) => (detail.pointer === undefined ? [] : [detail.pointer])),
    ]),
  ];
  return {
    ...describeCriterion(criterion, context.chapter),
    points: roundPoints(criterion.points * fraction),
    verdict,
    feedback: [summary, ...outcome.details.map((detail) => renderMessage(detail.id, detail.params))],
    locations: pointers.map((pointer) => context.locate(pointer)),
  };
}

function describeCriterion(
  criterion: Criterion,
  chapter: string,
): Omit<CriterionReport, 'points' | 'verdict' | 'feedback' | 'locations'> {
  return {
    id: criterion.id,
    kind: criterion.kind,
    title: criterion.title,
    takeaway: criterion.takeaway,
    lessonHref: takeawayHref(chapter, criterion.takeaway),
    maxPoints: criterion.points,
  };
}

/** Points are shown with two decimals; rounding here keeps totals identical in every runtime. */
export function roundPoints(points: number): number {
  return Math.round(points * 100) / 100;
}
