/**
 * Progressive hints: the exercise's `<Hint>` blocks stay hidden until the candidate asks for the next
 * one; each revealed hint takes focus so a screen reader reads it.
 */

/**
 * Wires the "Show a hint" button to the hidden hints in `prompt`, revealing them in order; returns how many hints are
 * open now (a practice attempt graded with a hint open counts for less in mastery).
 */
export function setUpHints(prompt: HTMLElement, button: HTMLButtonElement): () => number {
  const hints = [...prompt.querySelectorAll<HTMLElement>('[data-hint]')];
  let shown = 0;
  const label = (): void => {
    if (hints.length === 0) {
      button.hidden = true;
      return;
    }
    button.textContent = shown < hints.length ? `Show hint ${shown + 1} of ${hints.length}` : 'All hints shown';
    button.disabled = shown >= hints.length;
  };
  hints.forEach((hint, index) => {
    hint.setAttribute('aria-label', `Hint ${index + 1} of ${hints.length}`);
    hint.setAttribute('role', 'note');
    hint.tabIndex = -1;
  });
  button.addEventListener('click', () => {
    const hint = hints[shown];
    if (!hint) return;
    hint.hidden = false;
    shown += 1;
    label();
    hint.focus();
  });
  label();
  return () => shown;
}
