/**
 * Calls `load` once, when the candidate reaches the answer: `target` scrolls into view, or they focus, tap or
 * type in `area`. The editor's ~2 MB of script then never competes with the prompt, which a phone paints first and
 * the candidate reads first; a candidate who only reads never downloads it.
 */
export function loadWhenWanted(area: HTMLElement, target: HTMLElement, load: () => void): void {
  let done = false;
  const intents = ['focusin', 'pointerdown', 'keydown'] as const;
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => {
          if (entries.some((entry) => entry.isIntersecting)) fire();
        })
      : undefined;
  function fire(): void {
    if (done) return;
    done = true;
    observer?.disconnect();
    for (const intent of intents) area.removeEventListener(intent, fire);
    load();
  }
  for (const intent of intents) area.addEventListener(intent, fire);
  if (observer) observer.observe(target);
  else fire();
}
