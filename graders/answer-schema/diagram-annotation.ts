/**
 * `x-diagram`, the answer-schema keyword that says how an answer is drawn: which values are nodes, which are edges
 * (and where each edge starts and ends), and which fields label them. The exercise page draws any answer from these
 * annotations alone, so a new answer shape needs no drawing code. The keyword sits on a schema and applies to the
 * value there, or to each entry when that value is a list. The meta-schema below is what ajv and check:content
 * validate an annotation against; its descriptions are the keyword's documentation.
 */

/** The keyword's name in an answer schema. */
export const DIAGRAM_KEYWORD = 'x-diagram';

/** Node shapes a diagram can draw. */
export const NODE_SHAPES = ['rounded', 'box', 'cylinder', 'stadium', 'note', 'flag'] as const;
export type NodeShape = (typeof NODE_SHAPES)[number];

/** Edge lines: solid arrow, dashed arrow, dotted line (no arrow head). */
export const EDGE_LINES = ['solid', 'dashed', 'dotted'] as const;
export type EdgeLine = (typeof EDGE_LINES)[number];

/** One end of an edge: exactly one of its sources, or none for the entry itself (a list of names). */
export interface EdgeEnd {
  /** A field of the entry that names the end; a list of names gives one edge per name. */
  field?: string;
  /** The node drawn for the object that holds this list (a service, for its list of data stores). */
  parent?: true;
  /** The name of the property that holds the entry (`startup` for `startup: { … }`). */
  key?: true;
  /** The node drawn for the entry before this one in the same list: a chain, for an order. */
  previous?: true;
  /** A JSON pointer from the root of the answer to the value that names the end (`/publish/event`). */
  pointer?: string;
  /** A fixed node that is not in the answer, by its label (`workload`). */
  node?: string;
  /** The kind of node at this end; a name of the same kind is the same node everywhere in the drawing. */
  kind?: string;
  /** The shape of this end when no `nodes` annotation draws it first. */
  shape?: NodeShape;
}

/** What one annotation draws. */
export interface DiagramAnnotation {
  /** Each entry (or the value) is a node, or one edge per pair of ends. */
  draw: 'nodes' | 'edges';
  /** A noun for what is drawn (`service`, `call`): counted in the drawing's summary; nodes of one kind are one set. */
  kind?: string;
  /** Nodes: the field that names the node; leave out when the entry is the name itself. */
  name?: string;
  /** Edges: the field whose value labels the edge. */
  label?: string;
  /** Fixed words written before the label (`strategy`, `if`). */
  title?: string;
  /** A field shown after the label in brackets: `orders-db (postgresql)`. */
  detail?: string;
  /** A field shown after the label as `because …`. */
  reason?: string;
  /** Nodes: their shape (default `rounded`). */
  shape?: NodeShape;
  /** Edges: where each edge starts. */
  from?: EdgeEnd;
  /** Edges: where each edge ends. */
  to?: EdgeEnd;
  /** Edges: their line (default `solid`). */
  line?: EdgeLine;
  /** Edges: dashed instead when this field holds one of these values (`style` is `async`). */
  dashedWhen?: { field: string; is: readonly string[] };
  /** Number the nodes drawn for the entries (`1. search`) by their place in the list, for an order. */
  numbered?: boolean;
}

const field = { type: 'string', minLength: 1, pattern: '^[^/]+$' } as const;

const endSchema = {
  type: 'object',
  description: 'One end of an edge: at most one of field, parent, key, previous, pointer or node.',
  additionalProperties: false,
  properties: {
    field: { ...field, description: 'A field of the entry that names the end; a list of names gives one edge each.' },
    parent: { const: true, description: 'The node drawn for the object that holds this list.' },
    key: { const: true, description: 'The name of the property that holds the entry.' },
    previous: { const: true, description: 'The node drawn for the entry before this one in the same list.' },
    pointer: {
      type: 'string',
      pattern: '^(/[^/]+)+$',
      description: 'A JSON pointer from the root of the answer to the value that names the end.',
    },
    node: { type: 'string', minLength: 1, description: 'A fixed node that is not in the answer, by its label.' },
    kind: { type: 'string', minLength: 1, description: 'The kind of node at this end; same kind and name, same node.' },
    shape: { enum: NODE_SHAPES, description: 'The shape of this end when no nodes annotation draws it first.' },
  },
} as const;

/** The meta-schema of `x-diagram`: ajv checks every annotation against it, and so does check:content. */
export const diagramAnnotationSchema = {
  type: 'object',
  description: 'How the value here (each entry, for a list) is drawn in the answer diagram.',
  additionalProperties: false,
  required: ['draw'],
  properties: {
    draw: { enum: ['nodes', 'edges'], description: 'Each entry (or the value) is a node, or edges between two ends.' },
    kind: { type: 'string', minLength: 1, description: 'A noun for what is drawn, counted in the summary.' },
    name: { ...field, description: 'Nodes: the field that names the node; leave out when the entry is the name.' },
    label: { ...field, description: 'Edges: the field whose value labels the edge.' },
    title: { type: 'string', minLength: 1, description: 'Fixed words written before the label.' },
    detail: { ...field, description: 'A field shown after the label in brackets.' },
    reason: { ...field, description: 'A field shown after the label as "because …".' },
    shape: { enum: NODE_SHAPES, description: 'Nodes: their shape (default rounded).' },
    from: { ...endSchema, description: 'Edges: where each edge starts.' },
    to: { ...endSchema, description: 'Edges: where each edge ends.' },
    line: { enum: EDGE_LINES, description: 'Edges: their line (default solid).' },
    dashedWhen: {
      type: 'object',
      description: 'Edges: dashed instead when this field holds one of these values.',
      additionalProperties: false,
      required: ['field', 'is'],
      properties: {
        field: { ...field, description: 'The field of the entry to read.' },
        is: { type: 'array', minItems: 1, items: { type: 'string' }, description: 'The values that dash the edge.' },
      },
    },
    numbered: { type: 'boolean', description: 'Number the nodes drawn for the entries by their place in the list.' },
  },
} as const;
