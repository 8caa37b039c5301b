/**
 * Grading on the exercise page: the Grade button and Ctrl+Enter, the report, the announcement for screen readers,
 * the list of attempts, and the last report brought back after a reload. Grading runs in a worker with a time
 * budget (grade-runner.ts), so the editor never freezes. Only a grade is recorded as an attempt: an answer the
 * grader could not judge (it could not load offline, ran over budget, or the exercise failed) is explained in the
 * notices and recorded nowhere (grade-outcome.ts).
 */
import type { AnswerFormat, GradeReport } from '../../../graders/index.ts';
import type { ExercisePageData } from '../../exercise-pages/page-data.ts';
import { collectCriterionEvidence } from '../../storage/criterion-evidence.ts';
import { readAttemptLog, readAttempts, recordAttempt } from '../../storage/attempt-store.ts';
import type { KeyValueStorage } from '../../storage/safe-storage.ts';
import type { EditorProblem } from '../../editor/page/answer-editor.ts';
import type { AnswerDiagramView } from '../../answer-drawing/page/answer-drawing-view.ts';
import type { AnswerText } from '../../editor/page/answer-text.ts';
import { renderAttempts } from './attempts-view.ts';
import { requireElement } from '../../exercise-pages/page/find-element.ts';
import { isOffline } from '../../offline/connectivity.ts';
import { describeUngraded } from '../grade-outcome.ts';
import { createGradeRunner, DEFAULT_GRADE_BUDGET_MS } from './grade-runner.ts';
import type { Notices } from '../../exercise-pages/page/notices.ts';
import { renderReport, summariseReport } from './report-view.ts';

/** What grading needs from the page. */
export interface GradingHost {
  root: HTMLElement;
  textarea: HTMLTextAreaElement;
  data: ExercisePageData;
  storage: KeyValueStorage;
  notices: Notices;
  answer: AnswerText;
  diagram: AnswerDiagramView;
  /** Whether a timed mock is running: then, as in an interview, there is no feedback until the end. */
  mockRunning(): boolean;
  /** Told after each answer graded and recorded (the model answer unlocks). */
  onGraded(): void;
  /** Whether a hint is open or the answer is the model answer: recorded with practice, which then counts for less. */
  hintsOpen(): boolean;
}

/** Grading as the rest of the page uses it. */
export interface GradingPanel {
  /** Grades the answer in the editor, shows and records the report; the report, or `undefined` if none. */
  grade(mode?: 'mock'): Promise<GradeReport | undefined>;
  /** The last report's problems, so an editor taking over can mark them. */
  problems(): readonly EditorProblem[];
  /** Shows the last attempt's report again if the draft is still the text it graded. */
  restoreLastReport(): void;
}

/** Wires the Grade button, Ctrl+Enter in the text area and the attempts list. */
export function createGradingPanel(host: GradingHost): GradingPanel {
  const { root, data, storage, notices, answer } = host;
  const find = <T extends Element>(selector: string): T => requireElement<T>(root, selector, 'exercise page');
  const reportContainer = find<HTMLElement>('[data-report]');
  const announcer = find<HTMLElement>('[data-report-announcer]');
  const attemptList = find<HTMLOListElement>('[data-attempts]');
  const attemptsEmpty = find<HTMLElement>('[data-attempts-empty]');
  let lastProblems: EditorProblem[] = [];

  const announce = (message: string): void => {
    // Clearing first makes the same message announced again on a repeated grade.
    announcer.textContent = '';
    requestAnimationFrame(() => (announcer.textContent = message));
  };
  const showAttempts = (): void =>
    renderAttempts(attemptList, attemptsEmpty, readAttemptLog(storage, data.id), (attempt) => {
      if (attempt.answer !== undefined) answer.loadAttempt(attempt.format, attempt.answer);
    });
  showAttempts();

  /** Draws a report, carries its problems into the editor and marks the diagram. */
  const showReport = (report: GradeReport, text: string, gradedFormat: AnswerFormat, restoredAt?: number): void => {
    renderReport(reportContainer, report, {
      takeawayTitle: (id) => data.takeaways[id] ?? id,
      onReveal: (line, column) => answer.editor().revealPosition(line, column),
      ...(restoredAt === undefined ? {} : { restoredAt }),
    });
    lastProblems = report.diagnostics.map((diagnostic) => ({
      line: diagnostic.line,
      column: diagnostic.column,
      endLine: diagnostic.endLine,
      endColumn: diagnostic.endColumn,
      message: diagnostic.message.text,
      severity: diagnostic.severity,
    }));
    answer.editor().showProblems(lastProblems);
    host.diagram.mark(text, gradedFormat, report);
  };

  const grader = createGradeRunner(
    data.exercise,
    // The browser tests set a tiny budget through this attribute to see the message.
    () => Number(root.dataset['gradeBudgetMs']) || DEFAULT_GRADE_BUDGET_MS,
  );
  /** Counts the reports shown (`data-graded`), so a page's observers (and the browser tests) see each one arrive. */
  const countReport = (): void => {
    root.dataset['graded'] = String(Number(root.dataset['graded'] ?? '0') + 1);
  };
  const grade = async (mode?: 'mock'): Promise<GradeReport | undefined> => {
    if (mode !== 'mock' && host.mockRunning()) {
      notices.show('mock', 'Grading is off while the timed mock runs; use "Finish and grade now" to end it early.');
      return undefined;
    }
    notices.clear('mock');
    const text = answer.text();
    const gradedFormat = answer.format();
    root.dataset['grading'] = 'true';
    delete root.dataset['gradeOutcome'];
    const outcome = await grader.grade(text, gradedFormat);
    if (outcome.kind !== 'graded') {
      // Not a grade, so not an attempt: nothing is recorded, and the model answer stays locked.
      const offline = (outcome.kind === 'failed' || outcome.kind === 'unavailable') && (await isOffline());
      if (outcome.kind === 'not-graded') showReport(outcome.report, text, gradedFormat);
      const message = describeUngraded(outcome, offline);
      notices.show('grading', message, [], 'warning');
      announce(message);
      delete root.dataset['grading'];
      root.dataset['gradeOutcome'] = outcome.kind;
      return undefined;
    }
    delete root.dataset['grading'];
    root.dataset['gradeOutcome'] = outcome.kind;
    notices.clear('grading');
    const { report } = outcome;
    root.dataset['gradeMs'] = outcome.ms.toFixed(2);
    showReport(report, text, gradedFormat);
    announce(summariseReport(report));
    if (report.incomplete && mode !== 'mock') {
      // Not graded yet is not a fail, nor an attempt: errors in the answer kept it from being graded. Nothing is
      // recorded and the model answer stays locked; the summary says what to fix. (A mock ends whatever its state.)
      root.dataset['gradeOutcome'] = 'incomplete';
      countReport();
      return report;
    }
    const saved = recordAttempt(storage, data.id, {
      at: Date.now(),
      format: gradedFormat,
      score: report.score,
      max: report.max,
      percent: report.percent,
      passed: report.passed,
      answer: text,
      criteria: collectCriterionEvidence(report),
      // Hints are locked during a mock, so only a practice attempt says whether they were open.
      ...(mode ? { mode } : { hintsOpen: host.hintsOpen() }),
    });
    if (!saved.ok) {
      notices.show(
        'attempt',
        'This attempt could not be stored (browser storage is full); its report is shown below.',
        [],
        'warning',
      );
    }
    showAttempts();
    host.onGraded();
    countReport();
    return report;
  };

  find<HTMLButtonElement>('[data-grade]').addEventListener('click', () => void grade());
  host.textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void grade();
    }
  });

  return {
    grade,
    problems: () => lastProblems,
    restoreLastReport() {
      // Grading is pure and takes milliseconds, so the report is graded again rather than stored. Not in a mock.
      const lastAttempt = readAttempts(storage, data.id).at(-1);
      const restoredFormat = answer.format();
      if (!lastAttempt || lastAttempt.format !== restoredFormat || lastAttempt.answer !== answer.text()) return;
      if (host.mockRunning()) return;
      void grader.grade(lastAttempt.answer, restoredFormat).then((outcome) => {
        // Graded in the worker, so a saved draft that is slow to grade never blocks the page as it loads; a report
        // that arrives after the candidate changed the text or graded it again is not shown.
        if (outcome.kind !== 'graded' || root.dataset['graded'] !== undefined) return;
        if (answer.text() !== lastAttempt.answer || answer.format() !== restoredFormat) return;
        showReport(outcome.report, lastAttempt.answer, restoredFormat, lastAttempt.at);
        root.dataset['reportRestored'] = 'true';
      });
    },
  };
}
