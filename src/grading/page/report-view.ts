/**
 * Draws a grade report as DOM. Everything that comes from the answer or the feedback is set as text,
 * never as HTML, so an answer full of markup can only ever be displayed.
 */
import type { CriterionReport, Diagnostic, GradeReport, RedFlag, Verdict } from '../../../graders/index.ts';
import { withBase } from '../../site-paths.ts';

const VERDICT_LABELS: Record<Verdict, string> = {
  pass: 'Full marks',
  partial: 'Partly right',
  fail: 'Missed',
  'not-graded': 'Not graded',
};

/** Creates an element with a class and text. */
function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * Messages mark names and paths with backticks, as in Markdown: shown as code, built as text nodes and `<code>`
 * elements (never parsed as HTML), so an answer's own text can only ever be displayed.
 */
function withCode(className: string, text: string, tag: 'span' | 'li' = 'span'): HTMLElement {
  const node = element(tag, className);
  text.split('`').forEach((part, index) => {
    if (part === '') return;
    node.append(index % 2 === 1 ? element('code', undefined, part) : document.createTextNode(part));
  });
  return node;
}

/** Shows a line and column of the answer in the editor. */
type RevealPosition = (line: number, column: number) => void;

function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : points.toFixed(2).replace(/0$/, '');
}

const FLAG_LABELS: Record<RedFlag['kind'], string> = { 'red-flag': 'Red flag', contradiction: 'Contradiction' };

/** The one-line summary a screen reader announces after grading. */
export function summariseReport(report: GradeReport): string {
  const flags = report.redFlags.length;
  const errors = report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  const outcome = report.passed
    ? 'Passed'
    : report.incomplete
      ? `Not graded yet: fix ${errors === 1 ? 'this error' : `these ${errors} errors`} in the answer to be graded`
      : flags > 0
        ? `Not passed: ${flags === 1 ? 'one mistake fails' : `${flags} mistakes fail`} the answer whatever its score`
        : report.essentialsMissed.length > 0
          ? `Not passed yet: ${describeEssentials(report)} the point of the question and needs full marks`
          : 'Not passed yet';
  const problems = report.diagnostics.length;
  const problemText = problems === 0 ? '' : `; ${problems} problem${problems === 1 ? '' : 's'} in the answer`;
  return `${outcome}: ${formatPoints(report.score)} of ${formatPoints(report.max)} points (${report.percent}%, pass mark ${report.passMark}%)${problemText}.`;
}

/** The essential criteria short of full marks, by their titles: "“A.” is" or "“A.” and “B.” are". */
function describeEssentials(report: GradeReport): string {
  const titles = report.criteria
    .filter((criterion) => report.essentialsMissed.includes(criterion.id))
    .map((criterion) => `“${criterion.title}”`);
  return titles.length === 1 ? `${titles[0]} is` : `${titles.join(' and ')} are`;
}

function renderDiagnostic(diagnostic: Diagnostic, onReveal: RevealPosition | undefined): HTMLLIElement {
  const item = element('li', `diagnostic diagnostic--${diagnostic.severity}`);
  const text = `Line ${diagnostic.line}, column ${diagnostic.column}`;
  const place = onReveal ? element('button', 'diagnostic-place', text) : element('span', 'diagnostic-place', text);
  if (onReveal && place instanceof HTMLButtonElement) {
    place.type = 'button';
    place.setAttribute('aria-label', `Go to line ${diagnostic.line}, column ${diagnostic.column} in the editor`);
    place.addEventListener('click', () => onReveal(diagnostic.line, diagnostic.column));
  }
  item.append(place, document.createTextNode(': '), withCode('diagnostic-message', diagnostic.message.text));
  return item;
}

function renderCriterion(criterion: CriterionReport, takeawayTitle: (id: string) => string): HTMLLIElement {
  const item = element('li', `criterion criterion--${criterion.verdict}`);
  item.dataset['criterion'] = criterion.id;
  item.dataset['verdict'] = criterion.verdict;
  const header = element('div', 'criterion-header');
  header.append(
    element('span', 'criterion-verdict', VERDICT_LABELS[criterion.verdict]),
    element('span', 'criterion-title', criterion.title),
    element('span', 'criterion-points', `${formatPoints(criterion.points)} / ${formatPoints(criterion.maxPoints)}`),
  );
  const feedback = element('ul', 'criterion-feedback');
  for (const message of criterion.feedback) {
    const line = withCode(`feedback feedback--${message.severity}`, message.text, 'li');
    line.dataset['messageId'] = message.id;
    feedback.append(line);
  }
  const link = element('a', 'criterion-takeaway', `Review: ${takeawayTitle(criterion.takeaway)}`);
  link.href = withBase(criterion.lessonHref);
  item.append(header, feedback, link);
  return item;
}

function renderRedFlag(flag: RedFlag, onReveal: RevealPosition | undefined): HTMLLIElement {
  const item = element('li', `red-flag red-flag--${flag.kind}`);
  item.dataset['criterion'] = flag.criterion;
  item.dataset['flag'] = flag.kind;
  item.append(
    element('strong', 'red-flag-kind', `${FLAG_LABELS[flag.kind]}: `),
    withCode('red-flag-message', flag.message.text),
  );
  const place = flag.locations.find((location) => location.line !== undefined);
  if (place?.line !== undefined && !onReveal) {
    item.append(document.createTextNode(' '), element('span', 'diagnostic-place', `Line ${place.line}`));
  } else if (place?.line !== undefined && onReveal) {
    const { line, column = 1 } = place;
    const button = element('button', 'diagnostic-place', `Line ${line}`);
    button.type = 'button';
    button.setAttribute('aria-label', `Go to line ${line}, column ${column} in the editor`);
    button.addEventListener('click', () => onReveal(line, column));
    item.append(document.createTextNode(' '), button);
  }
  const link = element('a', 'criterion-takeaway', 'Review the lesson');
  link.href = withBase(flag.lessonHref);
  item.append(document.createTextNode(' '), link);
  return item;
}

/** Replaces `container`'s content with the report. */
export function renderReport(
  container: HTMLElement,
  report: GradeReport,
  options: {
    takeawayTitle: (id: string) => string;
    /** Moves the editor to a place; without it (no editor on the page), places are plain text. */
    onReveal?: RevealPosition;
    /** When the report is the last one of this draft, brought back after a reload: when it was graded. */
    restoredAt?: number;
  },
): void {
  const state = report.passed ? 'passed' : report.incomplete ? 'incomplete' : 'failed';
  const summary = element('p', `report-summary report-summary--${state}`);
  summary.textContent = summariseReport(report);
  const parts: HTMLElement[] = [];
  if (options.restoredAt !== undefined) {
    const when = new Date(options.restoredAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    parts.push(element('p', 'report-restored', `Your last report for this draft, graded ${when}.`));
  }
  parts.push(summary);
  // Red flags and contradictions fail the answer whatever its score, so they are read first.
  if (report.redFlags.length > 0) {
    const list = element('ul', 'red-flags');
    list.setAttribute('aria-label', 'Mistakes that fail the answer');
    for (const flag of report.redFlags) list.append(renderRedFlag(flag, options.onReveal));
    parts.push(element('h4', 'report-subtitle', 'Mistakes that fail the answer'), list);
  }
  if (report.diagnostics.length > 0) {
    const list = element('ul', 'diagnostics');
    list.setAttribute('aria-label', 'Problems in the answer');
    for (const diagnostic of report.diagnostics) list.append(renderDiagnostic(diagnostic, options.onReveal));
    parts.push(element('h4', 'report-subtitle', 'Problems in the answer'), list);
  }
  const criteria = element('ol', 'criteria');
  criteria.setAttribute('aria-label', 'Criteria');
  for (const criterion of report.criteria) criteria.append(renderCriterion(criterion, options.takeawayTitle));
  parts.push(element('h4', 'report-subtitle', 'Criteria'), criteria);
  container.replaceChildren(...parts);
}
