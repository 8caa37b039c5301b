/**
 * Runs every criterion and turns outcomes into report entries: points, verdict, the author's summary and the
 * worded details, the lesson link, and where to mark. A criterion whose inputs have schema errors is "not graded".
 */
import { readParam } from '../feedback/message';
import { renderMessage, joinWords } from '../feedback/render-message';
import { describePointer } from '../json-schema/json-pointer';
import { takeawayHref } from '../links';
import type { Locate } from '../locate';
import type { AnswerLocation, CriterionReport, RedFlag, Verdict } from '../report';
import type { CompiledSchemas } from '../answer-schema/compile-exercise';
import type { SchemaIssue } from '../answer-schema/word-schema-errors';
import type { Criterion } from '../authoring-schema/criterion';
import type { CriterionOutcome, OutcomeFlag } from './criterion-outcome';
import { gradeCriterion } from './grade-criterion';
import { findBlockingIssues, indexIssues, type IssueIndex } from './find-blocking-issues';

/** Everything the rubric needs about one answer. */
export interface RubricContext {
  chapter: string;
  answer: unknown;
  schemas: CompiledSchemas;
  issues: readonly SchemaIssue[];
  locate: Locate;
}

/** What the rubric found: each criterion's report, in rubric order, and every red flag and contradiction. */
export interface RubricResult {
  criteria: CriterionReport[];
  redFlags: RedFlag[];
  /** The schema issues that kept some criterion from being graded; the others block nothing. */
  blocking: ReadonlySet<SchemaIssue>;
}

/** Grades each criterion of `rubric` in order. */
export function runRubric(rubric: readonly Criterion[], context: RubricContext): RubricResult {
  const issues = indexIssues(context.issues);
  const graded = rubric.map((criterion) => gradeOne(criterion, context, issues));
  const blocking = new Set(graded.flatMap((entry) => entry.blocking));
  const redFlags = graded.flatMap((entry) => entry.flags);
  // Contradictions first: until the answer says one thing, the rest of it cannot be read as meant.
  redFlags.sort((a, b) => Number(a.kind === 'red-flag') - Number(b.kind === 'red-flag'));
  return { criteria: graded.map((entry) => entry.report), redFlags, blocking };
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

/** The most blocking places a not-graded criterion names and marks; the rest are counted. */
const MAX_BLOCKING_LISTED = 8;
const MAX_BLOCKING_MARKED = 100;

function gradeOne(
  criterion: Criterion,
  context: RubricContext,
  issues: IssueIndex,
): { report: CriterionReport; flags: RedFlag[]; blocking: readonly SchemaIssue[] } {
  const outcome = gradeCriterion(criterion, context.answer, context.schemas);
  const blocking = findBlockingIssues(issues, outcome.inputs);
  if (blocking.length > 0) {
    const places = [...new Set(blocking.map((issue) => issue.pointer))];
    const listed = places.slice(0, MAX_BLOCKING_LISTED).map((pointer) => `\`${describePointer(pointer)}\``);
    if (places.length > listed.length) listed.push(`${places.length - listed.length} more places`);
    const report = reportNotGraded(
      criterion,
      context.chapter,
      [renderMessage('rubric.not-graded', { paths: joinWords(listed, (words) => words) })],
      blocking.slice(0, MAX_BLOCKING_MARKED).map((issue) => context.locate(issue.mark.pointer, issue.mark.on)),
    );
    return { report, flags: [], blocking };
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
  const described = describeCriterion(criterion, context.chapter);
  const report: CriterionReport = {
    ...described,
    points: roundPoints(criterion.points * fraction),
    verdict,
    feedback: [summary, ...outcome.details.map((detail) => renderMessage(detail.id, detail.params))],
    locations: locateGraded(pointers, outcome.graded, context.locate),
  };
  const raised = [...(outcome.flags ?? [])];
  // The criterion's own red flag is for failing it outright, and is said once: a contradiction already says it.
  if (criterion.redFlag !== undefined && verdict === 'fail' && !raised.some((flag) => flag.kind === 'contradiction'))
    raised.push({
      kind: 'red-flag',
      message: { id: 'flag.red-flag', params: { name: criterion.redFlag, detail: criterion.feedback.fail } },
    });
  // One mistake repeated (six reasons against Lambda, each flagged) is one red flag in the report; the criterion's
  // feedback still names every instance.
  const named = new Set<string>();
  const distinct = raised.filter((flag) => {
    const key = `${flag.kind}\u0000${String(readParam(flag.message, 'name') ?? JSON.stringify(flag.message.params))}`;
    if (named.has(key)) return false;
    named.add(key);
    return true;
  });
  const flags = distinct.map((flag): RedFlag => {
    const explained = explainRedFlag(flag, criterion.feedback.fail);
    return {
      kind: flag.kind,
      criterion: criterion.id,
      // A red flag may name the takeaway it shows missed (popularity as a reason misses matching the problem).
      takeaway: flag.takeaway ?? described.takeaway,
      lessonHref: flag.takeaway === undefined ? described.lessonHref : takeawayHref(context.chapter, flag.takeaway),
      message: renderMessage(explained.id, explained.params),
      locations: flag.message.pointer === undefined ? report.locations : [context.locate(flag.message.pointer)],
    };
  });
  return { report, flags, blocking: [] };
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
    essential: criterion.essential,
  };
}

/** The places a criterion marks, each with its own verdict where the criterion graded it on its own. */
function locateGraded(
  pointers: readonly string[],
  graded: CriterionOutcome['graded'],
  locate: Locate,
): AnswerLocation[] {
  const own = new Map<string, number>();
  for (const { pointer, fraction } of graded ?? []) own.set(pointer, Math.min(fraction, own.get(pointer) ?? 1));
  const places = [...new Set([...pointers, ...own.keys()])];
  return places.map((pointer) => {
    const fraction = own.get(pointer);
    const location = locate(pointer);
    if (fraction === undefined) return location;
    return { ...location, verdict: fraction >= 1 ? 'pass' : fraction <= 0 ? 'fail' : 'partial' };
  });
}

/**
 * A red flag always says why, as every other message does: one raised on a value with no note of its own is
 * explained by the criterion's feedback for a fail.
 */
function explainRedFlag(flag: OutcomeFlag, why: string): OutcomeFlag['message'] {
  const { message } = flag;
  if (message.id !== 'flag.red-flag' || readParam(message, 'detail') !== '') return message;
  return { ...message, params: { ...message.params, detail: why } };
}

/** Points are shown with two decimals; rounding here keeps totals identical in every runtime. */
export function roundPoints(points: number): number {
  return Math.round(points * 100) / 100;
}
