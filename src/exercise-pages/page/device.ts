/**
 * What kind of screen the page is on, as CSS sees it (the same media queries style the help text and the buttons):
 * a touch screen is one whose main pointer is coarse; a small one is also at most 40rem wide (a phone).
 */

/** The main pointer is a finger. */
export function isTouchScreen(): boolean {
  return window.matchMedia('(pointer: coarse)').matches;
}

/** A phone: a touch screen at most 40rem wide, where the answer form is the default way to write. */
export function isSmallTouchScreen(): boolean {
  return window.matchMedia('(pointer: coarse) and (max-width: 40rem)').matches;
}
