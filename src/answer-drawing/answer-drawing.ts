/**
 * Draws a candidate's answer as a Mermaid flowchart, so they see the design they wrote (and, after grading, which
 * parts earned points). Pure: no DOM and no Mermaid here; the page renders the returned source.
 *
 * What is drawn is what the answer schema's `x-diagram` annotations say (graders/schema/diagram-annotation.ts):
 * which values are nodes, which are edges and what labels them. An answer shape is drawn with no code here. Any
 * entry that is not drawable (a node without a name, an edge with neither end nor label) is left out; the function
 * never throws, whatever the value.
 */
import { listDeclaredKinds, readAnswerSchema } from '../../graders/index.ts';
import { DiagramBuilder } from './answer-drawing-builder';
import { planDiagram, type DiagramPlan } from './answer-drawing-annotated';
import type { NodeSpec } from './answer-drawing-builder';
import { MarkLookup, type DiagramMark } from './answer-drawing-marks';
import { countOf, joinWords, pluralOf } from './answer-drawing-section';

export type { DiagramMark } from './answer-drawing-marks';
export { MAX_ELEMENTS } from './answer-drawing-builder';
export { MAX_TEXT_LENGTH } from './answer-drawing-text';

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

/** Draws the plan; returns the counts the summary gives, per kind, in the order kinds first appear. */
function drawPlan(
  plan: DiagramPlan,
  builder: DiagramBuilder,
  declaredKinds: ReadonlySet<string>,
): Map<string, { declared: number; other: number }> {
  const counts = new Map<string, { declared: number; other: number }>();
  const countFor = (kind: string) => {
    const count = counts.get(kind) ?? { declared: 0, other: 0 };
    counts.set(kind, count);
    return count;
  };
  const declared = new Set<string>();
  for (const { spec, kind } of plan.nodes) {
    if (declared.has(spec.key) || !builder.addNode(spec)) continue;
    declared.add(spec.key);
    if (kind !== undefined) countFor(kind).declared++;
  }
  // A node several entries reach (the pattern two situations were matched to) shows a mark only when they agree on it;
  // otherwise its edges carry each entry's verdict.
  const reached = new Map<string, Set<NodeSpec['mark']>>();
  for (const { from, to } of plan.edges)
    for (const spec of [from, to]) if (spec) reached.set(spec.key, (reached.get(spec.key) ?? new Set()).add(spec.mark));
  const agreed = (spec: NodeSpec | undefined): NodeSpec | undefined =>
    spec && (reached.get(spec.key)?.size ?? 0) > 1 ? { ...spec, mark: undefined } : spec;
  // Names an edge reaches that no annotation declared, counted with the declared nodes of their kind.
  const referenced = new Set<string>();
  const counted = new Set<string>();
  for (const planned of plan.edges) {
    const { edge, kind, entry } = planned;
    const from = agreed(planned.from);
    const to = agreed(planned.to);
    const alone = from ?? to;
    const drawn = from && to ? builder.addEdge(from, to, edge) : alone !== undefined && builder.addNode(alone);
    if (!drawn) continue;
    for (const spec of [from, to]) if (spec && !spec.fixed && !declared.has(spec.key)) referenced.add(spec.key);
    if (kind === undefined || counted.has(`${kind} ${entry}`)) continue;
    counted.add(`${kind} ${entry}`);
    countFor(kind).declared++;
  }
  for (const kind of declaredKinds)
    for (const key of referenced) if (key.startsWith(`${kind}:`)) countFor(kind).other++;
  return counts;
}

/**
 * Draws `value`, the answer as `readAnswer` returned it (or anything else), as its `answerSchema` annotates it.
 * `marks` maps JSON pointers of the answer (`/calls/0`, `/events`, `/plan/extract/1/module`) to verdicts: an
 * element takes its own mark, else the worst mark on its fields, else the mark of its list; marked nodes and edges
 * get a colour and a ✓, ✗ or ½. The same input always gives the same source.
 */
export function drawAnswer(
  value: unknown,
  answerSchema: object,
  marks?: ReadonlyMap<string, DiagramMark>,
): AnswerDrawing {
  const builder = new DiagramBuilder();
  const plan = planDiagram(value, readAnswerSchema(answerSchema), new MarkLookup(marks));
  const counts = drawPlan(plan, builder, listDeclaredKinds(answerSchema));
  if (builder.size === 0) return { source: '', summary: 'Nothing in the answer can be drawn yet.', elements: 0 };

  const parts = [...counts].map(([kind, { declared, other }]) =>
    other === 0 ? countOf(declared, kind) : `${countOf(declared + other, kind)} (${other} referenced but not declared)`,
  );
  let summary = parts.length === 0 ? `${countOf(builder.size, 'element')} drawn` : parts.join(', ');
  if (builder.truncated) {
    summary += `; the answer is too large to draw in full, so only the first ${builder.size} elements are shown`;
  }
  const title = `Your answer: ${joinWords([...counts.keys()].map(pluralOf)) || 'drawn'}`;
  return { source: builder.write(title, summary), summary, elements: builder.size };
}
