/**
 * The candidate's answer, drawn live as a Mermaid diagram. Redrawn a moment after typing stops; an
 * answer that cannot be read keeps the last good drawing. After grading, the parts that earned or lost
 * points are marked until the answer changes. Mermaid is loaded only when there is something to draw.
 */
import { readAnswer, type AnswerFormat, type GradeReport, type Verdict } from '../../../graders/index.ts';
import { drawAnswer } from '../answer-drawing.ts';
import { isOffline } from '../../offline/connectivity.ts';

const REDRAW_DELAY_MS = 400;

type Mark = 'pass' | 'fail' | 'partial';

/**
 * Verdict of each place the report looked at: the place's own grade where its criterion graded it on its own (one
 * item of several), else the criterion's; where criteria disagree, the worse verdict wins.
 */
export function collectMarks(report: GradeReport): Map<string, Mark> {
  const rank: Record<Mark, number> = { pass: 0, partial: 1, fail: 2 };
  const toMark = (verdict: Verdict): Mark | undefined =>
    verdict === 'not-graded' ? undefined : verdict === 'partial' ? 'partial' : verdict;
  const marks = new Map<string, Mark>();
  for (const criterion of report.criteria) {
    const mark = toMark(criterion.verdict);
    if (!mark) continue;
    for (const location of criterion.locations) {
      const own = location.verdict ?? mark;
      const previous = marks.get(location.pointer);
      if (!previous || rank[own] > rank[previous]) marks.set(location.pointer, own);
    }
  }
  return marks;
}

/** Keeps the drawing in step with the answer. */
export interface AnswerDiagramView {
  /** Schedules a redraw of `text` (debounced). */
  update(text: string, format: AnswerFormat): void;
  /** Redraws at once with the report's marks on it. */
  mark(text: string, format: AnswerFormat, report: GradeReport): void;
}

/**
 * Creates the view over the canvas and its status line; the `x-diagram` annotations of `answerSchema()` (the schema
 * shown now: a mock may hide its curveball's fields) say what is drawn;
 * `onOffline` is told when mermaid could not load because the reader is offline and never downloaded it.
 * Nothing is drawn before `ready` settles (the editor has loaded), so mermaid never competes with the editor for the
 * network.
 */
export function createAnswerDiagramView(
  canvas: HTMLElement,
  status: HTMLElement,
  ready: Promise<unknown>,
  answerSchema: () => object,
  onOffline: () => void = () => undefined,
): AnswerDiagramView {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSource = '';
  let drawing: Promise<void> = ready.then(() => undefined);
  let current: { text: string; format: AnswerFormat; marks?: Map<string, Mark> } | undefined;

  const draw = (text: string, format: AnswerFormat, marks?: Map<string, Mark>): void => {
    current = marks ? { text, format, marks } : { text, format };
    const read = readAnswer(text, format);
    if (!read.ok) {
      status.textContent = lastSource
        ? 'The answer cannot be read right now; the drawing shows its last readable version.'
        : 'The drawing appears once the answer can be read.';
      canvas.dataset['state'] = lastSource ? 'stale' : 'empty';
      return;
    }
    const picture = drawAnswer(read.value, answerSchema(), marks);
    if (picture.source === '') {
      status.textContent = 'Nothing to draw yet: fill in the answer and it is drawn here.';
      canvas.replaceChildren();
      lastSource = '';
      canvas.dataset['state'] = 'empty';
      return;
    }
    if (picture.source === lastSource && canvas.dataset['state'] === 'drawn') return;
    drawing = drawing.then(async () => {
      const renderer = await import('../../mermaid/page/mermaid-render.ts').catch(() => undefined);
      if (!renderer) {
        // Offline, it was never downloaded; online, its script is gone (a new build replaced it) and the page offers
        // the reload (src/offline/page/update-notice.ts). Either way, say so, and let the next change try again.
        canvas.dataset['state'] = 'failed';
        if (await isOffline()) {
          status.textContent = 'You are offline and the drawing was not downloaded; grading works without it.';
          onOffline();
        } else {
          status.textContent = 'The drawing could not load. Reload the page to get the current version of the course.';
        }
        return;
      }
      const drawn = await renderer.drawSource(canvas, picture.source);
      if (drawn) {
        lastSource = picture.source;
        canvas.dataset['state'] = 'drawn';
        canvas.dataset['marked'] = marks ? 'true' : 'false';
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', picture.summary);
        status.textContent = picture.summary;
      } else if (canvas.querySelector('svg')) {
        // The canvas was left as it was: it still shows an earlier drawing.
        status.textContent = 'This answer could not be drawn; the drawing shows its last good version.';
        canvas.dataset['state'] = 'stale';
      } else {
        // Nothing was drawn before (mermaid's own on-demand part may have failed to load): no version to show.
        status.textContent = 'This answer could not be drawn.';
        canvas.dataset['state'] = 'failed';
      }
    });
  };

  new MutationObserver(() => {
    if (!current) return;
    lastSource = '';
    draw(current.text, current.format, current.marks);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  return {
    update(text, format) {
      clearTimeout(timer);
      timer = setTimeout(() => draw(text, format), REDRAW_DELAY_MS);
    },
    mark(text, format, report) {
      clearTimeout(timer);
      draw(text, format, collectMarks(report));
    },
  };
}
