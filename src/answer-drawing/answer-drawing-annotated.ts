/**
 * Walks an answer beside its schema and turns what the `x-diagram` annotations say into planned nodes and edges:
 * the annotations alone decide what is drawn, so no answer shape is known here. Nodes are planned first and edges
 * after, so a node keeps the label and shape its own annotation gives, however an edge reached it first.
 */
import {
  annotationsOf,
  appendPointer,
  describesList,
  isPlainObject,
  readItemParts,
  readPropertyParts,
  readRootParts,
  resolvePointer,
  type AnswerSchemaReading,
  type DiagramAnnotation,
  type EdgeEnd,
  type SchemaPart,
} from '../../graders/index.ts';
import type { EdgeKind, EdgeSpec, NodeSpec } from './answer-drawing-builder';
import type { MarkLookup } from './answer-drawing-marks';
import { readField, readItems, readText, readTexts, readWord } from './answer-drawing-read';
import { tidyText } from './answer-drawing-text';

// Deeper than any answer schema goes; the bound keeps a pathological value from costing time.
const MAX_WALK_DEPTH = 32;

const LINES: Readonly<Record<string, EdgeKind>> = { solid: 'arrow', dashed: 'dashed-arrow', dotted: 'dotted-line' };

/** A node an annotation declares, with the kind it counts as. */
export interface PlannedNode {
  spec: NodeSpec;
  kind: string | undefined;
}

/** An edge (or, when an end is missing, the nodes it has), with the kind and the entry it counts as. */
export interface PlannedEdge {
  from: NodeSpec | undefined;
  to: NodeSpec | undefined;
  edge: EdgeSpec;
  kind: string | undefined;
  /** The answer entry the edge was drawn for; an entry drawing several edges counts once. */
  entry: string;
}

/** What the annotations ask to be drawn, in the order to draw it. */
export interface DiagramPlan {
  nodes: PlannedNode[];
  edges: PlannedEdge[];
}

interface Place {
  /** The property name holding the value (`key` ends). */
  key: string | undefined;
  /** The node drawn for the nearest object around the value (`parent` ends), and that object's pointer. */
  parent: { spec: NodeSpec; pointer: string } | undefined;
}

interface Entry {
  value: unknown;
  pointer: string;
  /** Its place in the list, or undefined when the annotated value is not a list. */
  index: number | undefined;
}

/** `title name (detail) because reason`, each part present only when given; undefined without a name. */
function composeLabel(annotation: DiagramAnnotation, value: unknown, name: string | undefined): string | undefined {
  if (name === undefined) return annotation.title;
  const detail = annotation.detail === undefined ? undefined : readWord(readField(value, annotation.detail));
  const reason = annotation.reason === undefined ? undefined : readWord(readField(value, annotation.reason));
  return [
    annotation.title,
    tidyText(name),
    detail === undefined ? undefined : `(${tidyText(detail)})`,
    reason === undefined ? undefined : `because ${tidyText(reason)}`,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
}

function numbered(annotation: DiagramAnnotation, entry: Entry, label: string): string {
  return annotation.numbered === true && entry.index !== undefined ? `${entry.index + 1}. ${label}` : label;
}

/** Walks `answer` beside its schema, read with the vocabulary; the plan lists what to draw, nodes first. */
export function planDiagram(answer: unknown, schema: AnswerSchemaReading, marks: MarkLookup): DiagramPlan {
  const plan: DiagramPlan = { nodes: [], edges: [] };

  const endNode = (end: EdgeEnd, name: string, mark: NodeSpec['mark'], label = tidyText(name)): NodeSpec => ({
    key: `${end.kind ?? ''}:${name}`,
    shape: end.shape ?? 'rounded',
    label,
    mark,
  });

  /** The nodes an end names for one entry, each with the list entry it came from (for marks). */
  const resolveEnd = (
    end: EdgeEnd,
    annotation: DiagramAnnotation,
    entry: Entry,
    place: Place,
    previous: NodeSpec | undefined,
    isTarget: boolean,
  ): { spec: NodeSpec; part?: string }[] => {
    const label = (name: string) => (isTarget ? numbered(annotation, entry, tidyText(name)) : tidyText(name));
    if (end.parent) return place.parent ? [{ spec: place.parent.spec }] : [];
    if (end.previous) return previous ? [{ spec: previous }] : [];
    if (end.key) {
      const key = place.key === undefined ? undefined : readText(place.key);
      return key === undefined ? [] : [{ spec: endNode(end, key, undefined, label(key)) }];
    }
    if (end.node !== undefined) return [{ spec: { ...endNode(end, end.node, undefined), fixed: true } }];
    if (end.pointer !== undefined) {
      const name = readText(resolvePointer(answer, end.pointer));
      return name === undefined ? [] : [{ spec: endNode(end, name, marks.find(end.pointer), label(name)) }];
    }
    const value = end.field === undefined ? entry.value : readField(entry.value, end.field);
    if (Array.isArray(value))
      return readTexts(value).map(({ index, text }) => ({
        spec: endNode(end, text, undefined, label(text)),
        part: appendPointer(appendPointer(entry.pointer, end.field ?? ''), index),
      }));
    const name = readText(value);
    // The node an entry's own field names (the option chosen) shows how that entry fared.
    const mark = end.field === undefined ? undefined : marks.find(entry.pointer);
    return name === undefined ? [] : [{ spec: endNode(end, name, mark, label(name)) }];
  };

  const planNode = (annotation: DiagramAnnotation, entry: Entry): NodeSpec | undefined => {
    const name = readText(annotation.name === undefined ? entry.value : readField(entry.value, annotation.name));
    const label = composeLabel(annotation, entry.value, name);
    if (name === undefined || label === undefined) return undefined;
    const spec: NodeSpec = {
      key: `${annotation.kind ?? ''}:${name}`,
      shape: annotation.shape ?? 'rounded',
      label: numbered(annotation, entry, label),
      mark: marks.find(entry.pointer),
    };
    plan.nodes.push({ spec, kind: annotation.kind });
    return spec;
  };

  /** Plans the edges of one entry; returns the node it ends at, for the next entry's `previous`. */
  const planEdges = (
    annotation: DiagramAnnotation,
    entry: Entry,
    place: Place,
    previous: NodeSpec | undefined,
  ): NodeSpec | undefined => {
    const { from, to } = annotation;
    // The build refuses a malformed annotation; in `astro dev` one may still arrive, and then draws nothing.
    if (!isPlainObject(from) || !isPlainObject(to)) return undefined;
    const starts = resolveEnd(from, annotation, entry, place, previous, false);
    const ends = resolveEnd(to, annotation, entry, place, previous, true);
    const text = annotation.label === undefined ? undefined : readWord(readField(entry.value, annotation.label));
    const label = composeLabel(annotation, entry.value, text);
    const dashedWhen = annotation.dashedWhen;
    const dashed =
      dashedWhen !== undefined &&
      Array.isArray(dashedWhen.is) &&
      dashedWhen.is.includes(String(readField(entry.value, dashedWhen.field)));
    const kind: EdgeKind = dashed ? 'dashed-arrow' : (LINES[annotation.line ?? 'solid'] ?? 'arrow');
    // Marks: an edge drawn for a list of names inside an object (a service's stores) belongs to that object first.
    const owner = from.parent && place.parent ? place.parent.pointer : entry.pointer;
    const ownPart = from.parent || to.parent ? entry.pointer : undefined;
    const push = (start: NodeSpec | undefined, finish: NodeSpec | undefined, part: string | undefined, words = label) =>
      plan.edges.push({
        from: start,
        to: finish,
        edge: { kind, label: words, mark: marks.find(owner, part ?? ownPart) },
        kind: annotation.kind,
        entry: entry.pointer,
      });

    if (starts.length > 0 && ends.length > 0) {
      for (const start of starts) for (const end of ends) push(start.spec, end.spec, end.part ?? start.part);
      return ends[0]?.spec;
    }
    // A half-written entry: its label becomes a node of its own, joined to the end it has (an event nobody consumes
    // yet); without a label, the end it has is drawn alone.
    // A fixed node alone says nothing about the answer: only ends the answer names are drawn alone.
    const present = (starts.length > 0 ? starts : ends).filter((end) => end.spec.fixed !== true);
    // Nor do fixed words alone (a blank caveat's "if"): the label is drawn when the answer wrote it or an end.
    const middle: NodeSpec | undefined =
      label === undefined || (text === undefined && present.length === 0)
        ? undefined
        : { key: `entry:${entry.pointer}`, shape: 'flag', label, mark: marks.find(entry.pointer) };
    if (present.length === 0) {
      if (middle) push(middle, undefined, undefined);
      return undefined;
    }
    for (const end of present)
      if (starts.length > 0) push(end.spec, middle, end.part, undefined);
      else push(middle, end.spec, end.part, undefined);
    return ends[0]?.spec;
  };

  const walk = (value: unknown, parts: readonly SchemaPart[], pointer: string, place: Place, depth: number): void => {
    if (parts.length === 0 || depth > MAX_WALK_DEPTH) return;
    const items = Array.isArray(value) ? readItems(value) : undefined;
    let own: NodeSpec | undefined;
    // The node drawn for each entry by an annotation on the list itself: the parent of what that entry holds.
    const entryNodes = new Map<number, NodeSpec>();
    // A list where the schema wants one value, or one value where it wants a list, is not drawn (nor read as one).
    const annotations = describesList(parts) === (items !== undefined) ? annotationsOf(parts) : [];
    for (const annotation of annotations) {
      const entries: Entry[] = items
        ? items.map((item) => ({ value: item.value, pointer: `${pointer}/${item.index}`, index: item.index }))
        : [{ value, pointer, index: undefined }];
      let previous: NodeSpec | undefined;
      for (const entry of entries) {
        if (annotation.draw === 'nodes') {
          const spec = planNode(annotation, entry);
          if (!items) own = spec;
          else if (spec && entry.index !== undefined && !entryNodes.has(entry.index)) entryNodes.set(entry.index, spec);
          previous = spec ?? previous;
        } else {
          previous = planEdges(annotation, entry, place, previous) ?? previous;
        }
      }
    }
    if (items) {
      const entryParts = readItemParts(parts, schema);
      for (const item of items) {
        const at = `${pointer}/${item.index}`;
        const spec = entryNodes.get(item.index);
        walk(item.value, entryParts, at, spec ? { key: place.key, parent: { spec, pointer: at } } : place, depth + 1);
      }
      return;
    }
    if (!isPlainObject(value)) return;
    const parent = own ? { spec: own, pointer } : place.parent;
    for (const key of Object.keys(value)) {
      const child = readField(value, key);
      walk(child, readPropertyParts(parts, key, schema), appendPointer(pointer, key), { key, parent }, depth + 1);
    }
  };

  walk(answer, readRootParts(schema), '', { key: undefined, parent: undefined }, 0);
  return plan;
}
