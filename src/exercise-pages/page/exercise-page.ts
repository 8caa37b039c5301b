/**
 * The exercise page's script: wires its controllers together. The answer text (answer-text.ts) restores and saves
 * the draft per format; the drawing follows it; grading (grading-panel.ts) runs the engine the CLI uses in a Web
 * Worker with a time budget; the model answer unlocks after a grade (solution-panel.ts); a timed mock locks
 * feedback (mock-view.ts); and Monaco takes over from the text area when wanted (editor-takeover.ts). Nothing the
 * candidate types is executed.
 */
import type { ExercisePageData } from '../page-data.ts';
import { collectCriterionEvidence } from '../../storage/criterion-evidence.ts';
import { openPageStorage } from '../../storage/page/page-storage.ts';
import { createAnswerDiagramView, type AnswerDiagramView } from '../../answer-drawing/page/answer-drawing-view.ts';
import { createAnswerText } from '../../editor/page/answer-text.ts';
import { createCurveballView } from '../../mock/page/curveball-view.ts';
import { setUpEditorTakeover } from '../../editor/page/editor-takeover.ts';
import { requireElement } from './find-element.ts';
import { createGradingPanel } from '../../grading/page/grading-panel.ts';
import { setUpMock } from '../../mock/page/mock-view.ts';
import { createNotices } from './notices.ts';
import { showOfflinePart } from '../../offline/page/offline-parts.ts';
import { setUpSolution } from './solution-panel.ts';
import { isModelAnswer } from '../../progress/is-model-answer.ts';
import '../../dev/page/reload-stale-page.ts';

function start(): void {
  const dataScript = document.getElementById('exercise-data');
  const root = document.querySelector<HTMLElement>('[data-exercise-workspace]');
  if (!dataScript || !root) return;
  const data = JSON.parse(dataScript.textContent ?? '{}') as ExercisePageData;
  const find = <T extends Element>(selector: string): T => requireElement<T>(root, selector, 'exercise page');
  const textarea = find<HTMLTextAreaElement>('[data-answer-text]');
  const notices = createNotices(find('[data-notices]'));
  const { storage, persistent } = openPageStorage();
  if (!persistent) {
    notices.show(
      'storage',
      'This browser does not let the site store anything, so drafts and attempts will not be kept after you leave.',
      [],
      'warning',
    );
  }

  // Full, until a mock hides its curveball (setUpMock below says so before anything is shown from it).
  const view = createCurveballView(data);
  let settleEditor: () => void = () => undefined;
  const editorSettled = new Promise<void>((resolve) => (settleEditor = resolve));
  // An exercise whose answers cannot be drawn has no drawing section, and then never loads mermaid.
  const canvas = root.querySelector<HTMLElement>('[data-answer-diagram]');
  const diagram: AnswerDiagramView = canvas
    ? createAnswerDiagramView(canvas, find('[data-diagram-status]'), editorSettled, view.answerSchema, () =>
        showOfflinePart(notices, 'drawing'),
      )
    : { update: () => undefined, mark: () => undefined };

  const answer = createAnswerText({
    root,
    textarea,
    data,
    storage,
    persistent,
    notices,
    view,
    onChange: (text, format) => diagram.update(text, format),
  });
  diagram.update(answer.text(), answer.format());
  view.onChange(() => diagram.update(answer.text(), answer.format()));

  const mockSection = root.querySelector<HTMLElement>('[data-mock]');
  const mockRunning = (): boolean => mockSection?.dataset['mockState'] === 'running';
  const solution = setUpSolution({
    root,
    prompt: requireElement(document, '[data-exercise-prompt]', 'exercise page'),
    data,
    storage,
    currentFormat: answer.format,
  });
  const grading = createGradingPanel({
    root,
    textarea,
    data,
    storage,
    notices,
    answer,
    diagram,
    mockRunning,
    onGraded: solution.reveal,
    // The model answer pasted in is practice with help, as with a hint open: it must not make a takeaway solid. (The
    // model answer stays on the page after a first grade, so its being shown alone cannot be the test.)
    hintsOpen: () => solution.hintsShown() > 0 || isModelAnswer(answer.text(), data.model[answer.format()]),
  });

  if (mockSection) {
    setUpMock({
      section: mockSection,
      storage,
      exerciseId: data.id,
      minutes: Number(mockSection.dataset['mockMinutes']),
      lockedWhileRunning: [
        find<HTMLButtonElement>('[data-grade]'),
        find<HTMLButtonElement>('[data-next-hint]'),
        find<HTMLButtonElement>('[data-give-up]'),
      ],
      currentAnswer: () => ({ format: answer.format(), text: answer.text() }),
      onCurveballState: view.setState,
      gradeMock: async () => {
        const report = await grading.grade('mock');
        if (!report) return undefined;
        const { score, max, percent, passed } = report;
        return { score, max, percent, passed, criteria: collectCriterionEvidence(report) };
      },
    });
  }
  // A reload loses nothing: the last report comes back while the draft is still the text it graded.
  grading.restoreLastReport();

  setUpEditorTakeover({
    root,
    textarea,
    data,
    answer,
    answerSchema: view.answerSchema,
    notices,
    problems: grading.problems,
    grade: () => void grading.grade(),
    onSettled: settleEditor,
  });
}

start();
