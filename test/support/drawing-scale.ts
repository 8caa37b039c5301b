/**
 * How a drawn SVG is scaled in its frame, read in the page: its shown width, its natural width (the viewBox's) and
 * its frame's width. Mermaid draws text at 16 px, so `shown / natural` of 0.75 or more keeps text at 12 px or more.
 * Passed to `locator.evaluate`, so it must not close over anything.
 */
export function measureDrawing(svg: Element): { shown: number; natural: number; frame: number } {
  return {
    shown: svg.getBoundingClientRect().width,
    natural: Number(svg.getAttribute('viewBox')?.split(' ')[2]),
    frame: svg.parentElement?.clientWidth ?? 0,
  };
}

/** The size mermaid draws text at, before the drawing is scaled. */
export const MERMAID_TEXT_PX = 16;
