/**
 * Draws a candidate's answer as a Mermaid flowchart, so they see the design they wrote (and, after grading, which
 * parts earned points). Pure: no DOM and no Mermaid here; the page renders the returned source.
 *
 * Drawn: services, data stores, calls and events; a strategy with its extraction plan; a decision with its caveat.
 * Anything else, and any entry that is not drawable (a service without a name, a call without both ends), is left
 * out; the function never throws, whatever the value.
 */
import { DiagramBuilder } from './answer-diagram-builder';
import { drawDecision, drawPlan } from './answer-diagram-choices';
import { MarkLookup, type DiagramMark } from './answer-diagram-marks';
import type { DiagramSection } from './answer-diagram-section';
import { drawServices } from './answer-diagram-services';

export type { DiagramMark } from './answer-diagram-marks';
export { MAX_ELEMENTS } from './answer-diagram-builder';
export { MAX_TEXT_LENGTH } from './answer-diagram-text';

/** A drawing of an answer. */
export interface AnswerDrawing {
  /** Mermaid flowchart source; '' when nothing in the answer is drawable. */
  source: string;
  /**
   * A one-sentence text alternative, also the diagram's `accDescr`. It is plain text that contains names from the
   * answer: set it as text (`textContent`, `aria-label`), never as HTML.
   */
  summary: string;
  /** Nodes and edges drawn (at most MAX_ELEMENTS). */
  elements: number;
}

/**
 * Draws `value`, the answer as `readAnswer` returned it (or anything else). `marks` maps JSON pointers of the answer
 * (`/calls/0`, `/events`, `/plan/extract/1/module`, `/decision`) to verdicts: an element takes its own mark, else
 * the worst mark on its fields, else the mark of its list; marked nodes and edges get a colour and a ✓, ✗ or ½.
 * The same input always gives the same source.
 */
export function drawAnswer(value: unknown, marks?: ReadonlyMap<string, DiagramMark>): AnswerDrawing {
  const builder = new DiagramBuilder();
  const lookup = new MarkLookup(marks);
  const sections = [drawServices, drawPlan, drawDecision]
    .map((draw) => draw(value, builder, lookup))
    .filter((section): section is DiagramSection => section !== undefined && section.summary !== '');
  if (builder.size === 0) return { source: '', summary: 'Nothing in the answer can be drawn yet.', elements: 0 };

  let summary = sections.map((section) => section.summary).join('; ');
  if (builder.truncated) {
    summary += `; the answer is too large to draw in full, so only the first ${builder.size} elements are shown`;
  }
  const title = `Your answer: ${sections.map((section) => section.title).join('; ')}`;
  return { source: builder.write(title, summary), summary, elements: builder.size };
}
