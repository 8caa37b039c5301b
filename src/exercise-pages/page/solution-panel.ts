/**
 * Hints and the model answer: hints move beside the editor and open one at a time; the model answer (with the
 * author's explanation) is locked until the first grade or until the candidate asks for it, and stays open after.
 */
import type { AnswerFormat } from '../../../graders/index.ts';
import type { ExercisePageData } from '../page-data.ts';
import { readJson, writeJson, type KeyValueStorage } from '../../storage/safe-storage.ts';
import { revealedKey } from '../../storage/storage-keys.ts';
import { requireElement } from './find-element.ts';
import { setUpHints } from './hints.ts';

/** What the panel needs from the page. */
export interface SolutionHost {
  root: HTMLElement;
  /** The exercise's task, which holds the hints and the explanation as the author wrote them. */
  prompt: HTMLElement;
  data: ExercisePageData;
  storage: KeyValueStorage;
  /** The model answer is shown in the format the candidate is writing. */
  currentFormat(): AnswerFormat;
}

/**
 * Wires the hints and the "show the model answer" button; `reveal` unlocks the model answer, `hintsShown` counts the
 * hints open.
 */
export function setUpSolution(host: SolutionHost): { reveal(): void; hintsShown(): number } {
  const { root, prompt, data, storage } = host;
  const find = <T extends Element>(selector: string): T => requireElement<T>(root, selector, 'exercise page');
  const hintsShown = setUpHints(prompt, find('[data-next-hint]'));
  const hintSlot = find<HTMLElement>('[data-hint-slot]');
  for (const hint of prompt.querySelectorAll('[data-hint]')) hintSlot.append(hint);

  const solution = find<HTMLElement>('[data-solution]');
  const explanation = prompt.querySelector<HTMLElement>('[data-explanation]');
  const modelAnswer = find<HTMLElement>('[data-model-answer]');
  const explanationSlot = find<HTMLElement>('[data-explanation-slot]');
  const solutionLocked = find<HTMLElement>('[data-solution-locked]');
  const reveal = (): void => {
    modelAnswer.textContent = data.model[host.currentFormat()];
    if (!solution.hidden) return;
    if (explanation) {
      explanationSlot.append(explanation);
      explanation.hidden = false;
    }
    solution.hidden = false;
    solutionLocked.hidden = true;
    writeJson(storage, revealedKey(data.id), true);
  };
  find<HTMLButtonElement>('[data-give-up]').addEventListener('click', () => {
    if (window.confirm('Show the model answer now? Trying first teaches more, but you can always come back to it.')) {
      reveal();
    }
  });
  if (readJson(storage, revealedKey(data.id)) === true) reveal();
  return { reveal, hintsShown };
}
