/**
 * Lesson diagrams wider than their column keep readable text and scroll sideways (see courseware.css). On a phone
 * that hides most of the picture, so each frame that overflows gets a button to see the whole diagram at once,
 * shrunk to the column (the reader can zoom it as any page), and back to readable size. Frames that fit get nothing.
 */

/** Class of a frame showing its whole diagram, shrunk to the column. */
const WHOLE = 'diagram-frame--whole';

/** Adds the whole-diagram toggle after every frame under `root` that is wider than its column. */
export function offerWholeDiagrams(root: ParentNode = document): void {
  for (const frame of root.querySelectorAll<HTMLElement>('.diagram-frame')) {
    if (frame.dataset['wholeOffered'] === 'true' || frame.scrollWidth <= frame.clientWidth + 1) continue;
    frame.dataset['wholeOffered'] = 'true';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'diagram-whole-toggle';
    const label = frame.getAttribute('aria-label') ?? 'the diagram';
    const show = (whole: boolean): void => {
      frame.classList.toggle(WHOLE, whole);
      button.textContent = whole ? 'Back to readable size' : 'Show the whole diagram';
      button.setAttribute('aria-pressed', String(whole));
      button.setAttribute('aria-label', `${button.textContent}: ${label}`);
    };
    button.addEventListener('click', () => show(!frame.classList.contains(WHOLE)));
    show(false);
    frame.after(button);
  }
}
