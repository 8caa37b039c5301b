/**
 * Collects the nodes and edges of an answer diagram and writes them as Mermaid flowchart source. Node ids are
 * generated (`n0`, `n1`, …) and labels escaped, so no text from the answer is ever Mermaid syntax; the number of
 * elements and the size of the source are capped so a huge answer cannot hang the page.
 */
import type { DiagramMark } from './answer-drawing-marks';
import { MAX_LABEL_LENGTH, escapeMermaidText, tidyText } from './answer-drawing-text';

/** Most nodes and edges drawn; beyond this a diagram is unreadable anyway. */
export const MAX_ELEMENTS = 80;

// Mermaid refuses sources over 50,000 characters (its maxTextSize); entity codes make escaped labels up to nine
// times longer than the text they show, so elements stop being added well before that.
const MAX_BODY_LENGTH = 40_000;

/** Node shapes, each with its Mermaid brackets. */
export type NodeShape = 'rounded' | 'cylinder' | 'box' | 'flag' | 'note' | 'stadium';

const BRACKETS: Readonly<Record<NodeShape, readonly [string, string]>> = {
  rounded: ['(', ')'],
  cylinder: ['[(', ')]'],
  box: ['[', ']'],
  flag: ['>', ']'],
  note: ['[/', '/]'],
  stadium: ['([', '])'],
};

/** Edge kinds: solid arrow (a call that waits), dashed arrow (a message or event), dotted line (ownership). */
export type EdgeKind = 'arrow' | 'dashed-arrow' | 'dotted-line';

const OPERATORS: Readonly<Record<EdgeKind, string>> = { arrow: '-->', 'dashed-arrow': '-.->', 'dotted-line': '-.-' };

/** A node to draw; `key` identifies it, so the same name referenced twice is drawn once. */
export interface NodeSpec {
  key: string;
  shape: NodeShape;
  /** Plain text; escaped when written. */
  label: string;
  mark?: DiagramMark | undefined;
  /** A node the drawing names itself (a fixed `node` end), not the answer: never counted as undeclared. */
  fixed?: boolean;
}

/** An edge to draw between two nodes. */
export interface EdgeSpec {
  kind: EdgeKind;
  label?: string | undefined;
  mark?: DiagramMark | undefined;
}

interface DrawnNode {
  id: string;
  line: string;
  mark: DiagramMark | undefined;
}

// The non-colour cue on marked elements, so colour is not the only signal.
const SYMBOLS: Readonly<Record<DiagramMark, string>> = { pass: '✓', fail: '✗', partial: '½' };

// Light fills with dark text read on light and dark pages alike; the strokes are mid-tones with at least 3:1
// contrast against both a white page and a near-black one (checked by the tests).
export const NODE_STYLES: Readonly<Record<DiagramMark, { fill: string; stroke: string; color: string }>> = {
  pass: { fill: '#dcfce7', stroke: '#15803d', color: '#14532d' },
  fail: { fill: '#fee2e2', stroke: '#b91c1c', color: '#7f1d1d' },
  partial: { fill: '#fef3c7', stroke: '#b45309', color: '#78350f' },
};
export const EDGE_STROKES: Readonly<Record<DiagramMark, string>> = {
  pass: '#16a34a',
  fail: '#ef4444',
  partial: '#d97706',
};
const MARK_ORDER: readonly DiagramMark[] = ['pass', 'partial', 'fail'];

function markLabel(label: string | undefined, mark: DiagramMark | undefined): string | undefined {
  if (mark === undefined) return label;
  return label === undefined || label === '' ? SYMBOLS[mark] : `${SYMBOLS[mark]} ${label}`;
}

/** Builds one diagram; elements that do not fit are left out, and `truncated` says so. */
export class DiagramBuilder {
  private readonly nodes = new Map<string, DrawnNode>();
  private readonly edges: { line: string; mark: DiagramMark | undefined }[] = [];
  private bodyLength = 0;
  /** Whether something was left out because the diagram was full. */
  truncated = false;

  /** Nodes and edges drawn so far. */
  get size(): number {
    return this.nodes.size + this.edges.length;
  }

  /** Draws a node unless one with its key exists; false when there is no room for it. */
  addNode(spec: NodeSpec): boolean {
    if (this.nodes.has(spec.key)) return true;
    const line = this.nodeLine(spec, `n${this.nodes.size}`);
    if (!this.hasRoom(1, line.length)) return false;
    this.pushNode(spec, line);
    return true;
  }

  /** Draws an edge and whichever of its two nodes are new, or nothing at all when they do not all fit. */
  addEdge(from: NodeSpec, to: NodeSpec, edge: EdgeSpec): boolean {
    const fresh: NodeSpec[] = [];
    for (const spec of [from, to]) {
      if (!this.nodes.has(spec.key) && !fresh.some((other) => other.key === spec.key)) fresh.push(spec);
    }
    const idOf = (key: string): string =>
      this.nodes.get(key)?.id ?? `n${this.nodes.size + fresh.findIndex((spec) => spec.key === key)}`;
    const planned = fresh.map((spec) => ({ spec, line: this.nodeLine(spec, idOf(spec.key)) }));
    const fromId = idOf(from.key);
    const toId = idOf(to.key);
    const label = markLabel(edge.label === undefined ? undefined : tidyText(edge.label, MAX_LABEL_LENGTH), edge.mark);
    const text = label === undefined ? '' : `|"${escapeMermaidText(label)}"|`;
    const edgeLine = `${fromId} ${OPERATORS[edge.kind]}${text} ${toId}`;
    const length = planned.reduce((sum, node) => sum + node.line.length, edgeLine.length);
    if (!this.hasRoom(planned.length + 1, length)) return false;
    for (const node of planned) this.pushNode(node.spec, node.line);
    this.edges.push({ line: edgeLine, mark: edge.mark });
    this.bodyLength += edgeLine.length + 1;
    return true;
  }

  /** The whole Mermaid source: header, nodes, edges (in the order their linkStyle indexes count), then styles. */
  write(title: string, description: string): string {
    const lines = [
      'flowchart LR',
      `accTitle: ${escapeMermaidText(title)}`,
      `accDescr: ${escapeMermaidText(description)}`,
    ];
    for (const node of this.nodes.values()) lines.push(node.line);
    for (const edge of this.edges) lines.push(edge.line);
    for (const mark of MARK_ORDER) {
      const ids = [...this.nodes.values()].filter((node) => node.mark === mark).map((node) => node.id);
      if (ids.length === 0) continue;
      const style = NODE_STYLES[mark];
      lines.push(`classDef ${mark} fill:${style.fill},stroke:${style.stroke},color:${style.color},stroke-width:2px`);
      lines.push(`class ${ids.join(',')} ${mark}`);
    }
    for (const mark of MARK_ORDER) {
      const indexes = this.edges.flatMap((edge, index) => (edge.mark === mark ? [index] : []));
      if (indexes.length > 0)
        lines.push(`linkStyle ${indexes.join(',')} stroke:${EDGE_STROKES[mark]},stroke-width:3px`);
    }
    return `${lines.join('\n')}\n`;
  }

  private nodeLine(spec: NodeSpec, id: string): string {
    const [open, close] = BRACKETS[spec.shape];
    const label = markLabel(tidyText(spec.label, MAX_LABEL_LENGTH), spec.mark) ?? '';
    return `${id}${open}"${escapeMermaidText(label)}"${close}`;
  }

  private pushNode(spec: NodeSpec, line: string): void {
    this.nodes.set(spec.key, { id: `n${this.nodes.size}`, line, mark: spec.mark });
    this.bodyLength += line.length + 1;
  }

  private hasRoom(elements: number, length: number): boolean {
    if (this.size + elements <= MAX_ELEMENTS && this.bodyLength + length <= MAX_BODY_LENGTH) return true;
    this.truncated = true;
    return false;
  }
}
