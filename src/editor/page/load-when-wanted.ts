/**
 * Calls `load` once, when the candidate reaches the answer: `target` scrolls into view, or they focus, tap or
 * type in `area`. The editor's ~2 MB of script then never competes with the prompt, which a phone paints first and
 * the candidate reads first; a candidate who only reads never downloads it. While `wanted` says no (the answer is
 * shown as a form, which needs no editor), intents in `area` are ignored; a hidden `target` is never in view.
 */
export function loadWhenWanted(
  area: HTMLElement,
  target: HTMLElement,
  load: () => void,
  wanted: () => boolean = () => true,
): void {
  let done = false;
  const intents = ['focusin', 'pointerdown', 'keydown'] as const;
  const observer =
    'IntersectionObserver' in window
      ? new IntersectionObserver((entries) => {
          if (entries.some((entry) => entry.isIntersecting)) fire();
        })
      : undefined;
  function intent(): void {
    if (wanted()) fire();
  }
  function fire(): void {
    if (done) return;
    done = true;
    observer?.disconnect();
    for (const name of intents) area.removeEventListener(name, intent);
    load();
  }
  for (const name of intents) area.addEventListener(name, intent);
  if (observer) observer.observe(target);
  else fire();
}
