import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAnswer } from '../../../graders/index.ts';
import { splitSampleHeader } from '../../../graders/tooling/read-sample.ts';
import { printTsAnswer } from '../../../src/editor/convert-format.ts';
import {
  drawAnswer,
  MAX_ELEMENTS,
  MAX_TEXT_LENGTH,
  type DiagramMark,
} from '../../../src/answer-drawing/answer-drawing.ts';
import { EDGE_STROKES, NODE_STYLES } from '../../../src/answer-drawing/answer-drawing-builder.ts';

const EXERCISES = join(import.meta.dirname, '../../../exercises/architecture-patterns');
const readModel = (exercise: string): unknown =>
  JSON.parse(readFileSync(join(EXERCISES, exercise, 'model.json'), 'utf8')) as unknown;
const readSchema = (exercise: string): { properties: object; $defs?: object } =>
  JSON.parse(readFileSync(join(EXERCISES, exercise, 'answer.schema.json'), 'utf8')) as {
    properties: object;
    $defs?: object;
  };
/** The exercise's model answer drawn as its own schema's annotations say. */
const drawModel = (exercise: string, marks?: ReadonlyMap<string, DiagramMark>) =>
  drawAnswer(readModel(exercise), readSchema(exercise), marks);
/** The schemas of the three design exercises in one, for answers that mix their parts. */
const DESIGN_SCHEMA = (() => {
  const parts = ['food-delivery-communication', 'monolith-extraction-plan', 'notification-ec2-or-lambda'].map(
    readSchema,
  );
  return {
    type: 'object',
    properties: Object.assign({}, ...parts.map((part) => part.properties)) as object,
    $defs: Object.assign({}, ...parts.map((part) => part.$defs ?? {})) as object,
  };
})();
/** Any value drawn with the design exercises' annotations. */
const draw = (value: unknown, marks?: ReadonlyMap<string, DiagramMark>) => drawAnswer(value, DESIGN_SCHEMA, marks);

// ---------------------------------------------------------------------------------------------------------------
// Mermaid's own flowchart parser, run in Node. `mermaid.parse` needs a DOM (its database sanitises labels with
// DOMPurify), so the test loads the flowchart parser and database from mermaid's chunks, replaces the three
// sanitising methods with recorders, and runs the same entity encoding mermaid runs before parsing. What the
// parser reports (vertices, edges, classes, link styles) is then what mermaid would draw.
// ---------------------------------------------------------------------------------------------------------------

interface FlowVertex {
  id: string;
  text?: string;
  type?: string;
  classes: string[];
}
interface FlowEdge {
  start: string;
  end: string;
  type?: string;
  stroke?: string;
  text: string;
  style?: string[];
}
interface FlowDb {
  sanitizeText(text: string): string;
  setAccTitle(text: string): void;
  setAccDescription(text: string): void;
  getVertices(): Map<string, FlowVertex>;
  getEdges(): FlowEdge[];
}
interface FlowModule {
  diagram: { readonly db: FlowDb; parser: { parse(text: string): unknown; parser: { yy: unknown } } };
}
interface EntityModule {
  encodeEntities(text: string): string;
  decodeEntities(text: string): string;
  removeDirectives(text: string): string;
}

const CHUNKS = join(import.meta.dirname, '../../../node_modules/mermaid/dist/chunks/mermaid.core');
let flow: FlowModule;
let entities: EntityModule;

beforeAll(async () => {
  const files = readdirSync(CHUNKS).filter((file) => file.endsWith('.mjs'));
  const flowFile = files.find((file) => file.startsWith('flowDiagram-'));
  const entityFile = files.find((file) => /\bencodeEntities,/.test(readFileSync(join(CHUNKS, file), 'utf8')));
  if (!flowFile || !entityFile) throw new Error('mermaid chunks not found; has mermaid been updated?');
  // Dynamic imports of computed paths are untyped; the interfaces above name the parts the test uses.
  flow = (await import(pathToFileURL(join(CHUNKS, flowFile)).href)) as FlowModule;
  entities = (await import(pathToFileURL(join(CHUNKS, entityFile)).href)) as EntityModule;
});

/** What a label shows once mermaid has turned its entity codes into characters (as the browser would). */
function shown(text: string | undefined): string {
  const html = entities.decodeEntities(text ?? '');
  // Entity codes become HTML character references; none of them may leave raw markup behind.
  expect(html).not.toMatch(/[<>"]/);
  return html.replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)));
}

interface Parsed {
  title: string;
  description: string;
  vertices: { id: string; label: string; shape: string; classes: string[] }[];
  edges: { from: string; to: string; label: string; line: string; style: string }[];
}

/** Parses `source` as mermaid does, failing the test on a syntax error. */
function parseMermaid(source: string): Parsed {
  // Mermaid strips directives and comments and rewrites `<tag>` before parsing; none of that may touch our source.
  expect(source).not.toMatch(/[<\r]|%%/);
  expect(entities.removeDirectives(source)).toBe(source);
  const db = flow.diagram.db;
  const accessible = { title: '', description: '' };
  db.sanitizeText = (text) => text;
  db.setAccTitle = (text) => (accessible.title = shown(text));
  db.setAccDescription = (text) => (accessible.description = shown(text));
  flow.diagram.parser.parser.yy = db;
  flow.diagram.parser.parse(`${entities.encodeEntities(source)}\n`);
  const vertices = [...db.getVertices().values()].map((vertex) => ({
    id: vertex.id,
    label: shown(vertex.text),
    shape: vertex.type ?? '',
    classes: vertex.classes,
  }));
  const labelOf = (id: string) => vertices.find((vertex) => vertex.id === id)?.label ?? `?${id}`;
  const edges = db.getEdges().map((edge) => ({
    from: labelOf(edge.start),
    to: labelOf(edge.end),
    label: shown(edge.text),
    line: `${edge.stroke ?? ''} ${edge.type ?? ''}`,
    style: (edge.style ?? []).join(';'),
  }));
  return { ...accessible, vertices, edges };
}

/** Every line of a drawing has one of these forms; labels hold only safe characters and entity codes. */
const LABEL = String.raw`"(?:[A-Za-z0-9 .,_()/?!-]|#\d+;)*"`;
const LINE_FORMS = [
  /^flowchart LR$/,
  /^acc(Title|Descr): (?:[A-Za-z0-9 .,_()/?!-]|#\d+;)*$/,
  new RegExp(
    String.raw`^n\d+(?:\(${LABEL}\)|\[\(${LABEL}\)\]|\[${LABEL}\]|>${LABEL}\]|\[/${LABEL}/\]|\(\[${LABEL}\]\))$`,
  ),
  new RegExp(String.raw`^n\d+ (?:-->|-\.->|-\.-)(?:\|${LABEL}\|)? n\d+$`),
  /^classDef (pass|fail|partial) fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6},color:#[0-9a-f]{6},stroke-width:2px$/,
  /^class n\d+(,n\d+)* (pass|fail|partial)$/,
  /^linkStyle \d+(,\d+)* stroke:#[0-9a-f]{6},stroke-width:3px$/,
];
function expectWellFormed(source: string): void {
  const lines = source.split('\n');
  expect(lines.pop()).toBe('');
  for (const line of lines)
    expect(
      LINE_FORMS.some((form) => form.test(line)),
      line,
    ).toBe(true);
}

const describeEdge = (edge: Parsed['edges'][number]) =>
  `${edge.from} ${edge.line} ${edge.to}${edge.label ? ` [${edge.label}]` : ''}`;

describe('drawAnswer on the model answers', () => {
  const cases = [
    {
      exercise: 'food-delivery-communication',
      summary: '6 services, 6 data stores, 1 call, 2 events',
      elements: 24,
      vertices: 12,
      edges: [
        'user dotted arrow_open users-db (postgresql)',
        'restaurant dotted arrow_open menus-db (mongodb)',
        'order dotted arrow_open orders-db (postgresql)',
        'payment dotted arrow_open payments-db (postgresql)',
        'delivery dotted arrow_open driver-locations (redis)',
        'notification dotted arrow_open notification-log (dynamodb)',
        'order normal arrow_point payment [http-rest]',
        'order dotted arrow_point restaurant [OrderPlaced (kafka)]',
        'order dotted arrow_point delivery [OrderPlaced (kafka)]',
        'order dotted arrow_point notification [OrderPlaced (kafka)]',
        'delivery dotted arrow_point order [DriverAssigned (kafka)]',
        'delivery dotted arrow_point notification [DriverAssigned (kafka)]',
      ],
    },
    {
      exercise: 'monolith-extraction-plan',
      summary: '1 strategy, 3 extraction steps, 4 kept modules',
      elements: 16,
      vertices: 9,
      edges: [
        'api-gateway normal arrow_point 1. search [caused-outage]',
        'api-gateway normal arrow_point 2. checkout [needs-isolation]',
        'api-gateway normal arrow_point 3. payment [needs-isolation]',
        'api-gateway normal arrow_point catalog [stays in the monolith]',
        'api-gateway normal arrow_point accounts [stays in the monolith]',
        'api-gateway normal arrow_point reviews [stays in the monolith]',
        'api-gateway normal arrow_point admin-reports [stays in the monolith]',
      ],
    },
    {
      exercise: 'notification-ec2-or-lambda',
      summary: '1 decision, 1 caveat',
      elements: 5,
      vertices: 3,
      edges: [
        'workload normal arrow_point lambda [traffic-varies-widely]',
        'lambda dotted arrow_point containers-ecs-fargate [if persistent-connections]',
      ],
    },
  ];

  it.each(cases)(
    '$exercise: draws the expected nodes and edges',
    ({ exercise, summary, elements, vertices, edges }) => {
      const drawing = drawModel(exercise);
      expect(drawing.summary).toBe(summary);
      expect(drawing.elements).toBe(elements);
      expectWellFormed(drawing.source);
      const parsed = parseMermaid(drawing.source);
      expect(parsed.description).toBe(summary);
      expect(parsed.title).toMatch(/^Your answer: /);
      expect(parsed.vertices).toHaveLength(vertices);
      expect(parsed.edges.map(describeEdge)).toEqual(edges);
      expect(parsed.vertices.length + parsed.edges.length).toBe(elements);
    },
  );

  it.each(cases)(
    '$exercise: draws services as rounded nodes, stores as cylinders, notes and routes',
    ({ exercise }) => {
      const shapes = new Set(parseMermaid(drawModel(exercise).source).vertices.map((v) => v.shape));
      const expected: Record<string, string[]> = {
        'food-delivery-communication': ['round', 'cylinder'],
        'monolith-extraction-plan': ['lean_right', 'stadium', 'square', 'round'],
        'notification-ec2-or-lambda': ['stadium', 'round'],
      };
      expect([...shapes].sort()).toEqual([...(expected[exercise] ?? [])].sort());
    },
  );

  it.each(cases)('$exercise: the printed TypeScript model draws the same as the JSON model', ({ exercise }) => {
    const read = readAnswer(printTsAnswer(readModel(exercise)), 'ts');
    if (!read.ok) throw new Error('model.ts does not read');
    expect(drawAnswer(read.value, readSchema(exercise))).toEqual(drawModel(exercise));
  });

  it.each(cases)('$exercise: is deterministic', ({ exercise }) => {
    expect(drawModel(exercise).source).toBe(
      drawAnswer(structuredClone(readModel(exercise)), readSchema(exercise)).source,
    );
  });

  it('draws the model and every sample of every exercise as valid mermaid, from its schema alone', () => {
    for (const exercise of readdirSync(EXERCISES)) {
      // Every exercise's schema is annotated, so its model draws; so does each sample, however wrong.
      expect(drawModel(exercise).elements, exercise).toBeGreaterThan(0);
      for (const file of readdirSync(join(EXERCISES, exercise, 'samples'))) {
        const text = splitSampleHeader(readFileSync(join(EXERCISES, exercise, 'samples', file), 'utf8')).answer;
        const read = readAnswer(text, file.endsWith('.ts') ? 'ts' : 'json');
        if (!read.ok) throw new Error(`${file} does not read`);
        const drawing = drawAnswer(read.value, readSchema(exercise));
        expect(drawing.elements, file).toBeGreaterThan(0);
        expectWellFormed(drawing.source);
        const parsed = parseMermaid(drawing.source);
        expect(parsed.vertices.length + parsed.edges.length, file).toBe(drawing.elements);
      }
    }
  });

  it.each([
    [
      'a list drawn as nodes is the parent of what each entry lists (bounded-contexts)',
      'bounded-contexts',
      [
        'ordering (customer-purchase) dotted arrow_open ordering-db',
        'fulfillment (pick-list) dotted arrow_open fulfillment-db',
        'delivery (delivery-stop) dotted arrow_open delivery-db',
        'ordering (customer-purchase) dotted arrow_open line-items-and-prices',
      ],
    ],
    [
      'an order is a numbered chain (failing-consumer)',
      'failing-consumer',
      [
        '1. retry-after-a-pause normal arrow_point 2. lengthen-the-pause',
        '2. lengthen-the-pause normal arrow_point 3. move-to-dead-letter-queue',
        'card-declined dotted arrow_point release-reserved-stock [undo]',
      ],
    ],
    [
      'a property name is an end (choose-the-architecture)',
      'choose-the-architecture',
      ['startup normal arrow_point monolith [small-team-whole-system and domain-still-unclear]'],
    ],
    [
      'a pointer is an end, and a field value dashes the edge (order-placed-events)',
      'order-placed-events',
      ['OrderPlaced dotted arrow_point notification [event]', 'order dotted arrow_point OrderPlaced [kafka]'],
    ],
  ])('%s', (_case, exercise, edges) => {
    const drawing = drawModel(exercise);
    expectWellFormed(drawing.source);
    const drawn = parseMermaid(drawing.source).edges.map(describeEdge);
    for (const edge of edges) expect(drawn).toContain(edge);
  });

  it('draws nothing for a schema without annotations', () => {
    const plain = JSON.parse(
      JSON.stringify(readSchema('food-delivery-communication')).replace(/"x-diagram"/g, '"title"'),
    );
    // The vocabulary's annotations still apply through its references: drop the references too.
    const bare = { type: 'object', properties: Object.fromEntries(Object.keys(plain.properties).map((k) => [k, {}])) };
    expect(drawAnswer(readModel('food-delivery-communication'), bare)).toEqual({
      source: '',
      summary: 'Nothing in the answer can be drawn yet.',
      elements: 0,
    });
  });
});

describe('drawAnswer keeps names from candidates as literal text', () => {
  const nasty = [
    '<img src=x onerror=alert(1)>',
    'say "hi"',
    "it's",
    'two\nlines\r\nand\ttabs',
    'a #lt; b #35; c',
    '%%{init: {"theme": "dark"}}%%',
    '%% comment',
    'a --> b',
    'x -.-> y',
    'pipe | bar',
    'semi; colon',
    '`markdown`',
    '**bold** _it_',
    '[box] {brace} (paren) ((circle))',
    'end',
    'classDef x fill:#f00;',
    'style n0 fill:#f00;',
    'click n0 call alert()',
    '&amp; &lt;',
    'emoji 😀 and ünïcödé',
    '\u2028line separator\u0000nul',
  ];

  it.each(nasty)('as a service, store, engine, mechanism, event, broker and consumer: %j', (name) => {
    const answer = {
      services: [{ name, dataStores: [name] }, { name: 'other' }],
      dataStores: [{ name, engine: name }],
      calls: [{ from: name, to: 'other', style: 'sync', mechanism: name }],
      events: [{ name, producer: 'other', consumers: [name], broker: name }],
    };
    const drawing = draw(answer);
    expectWellFormed(drawing.source);
    const parsed = parseMermaid(drawing.source);
    const text = name.replace(/[\s\p{Cc}]+/gu, ' ').trim();
    // Exactly the declared nodes and edges: nothing in the name made mermaid see another statement.
    expect(parsed.vertices.map((vertex) => vertex.label)).toEqual([text, 'other', `${text} (${text})`]);
    expect(parsed.edges.map((edge) => edge.label)).toEqual(['', text, `${text} (${text})`]);
    // The raw text never reaches the source when it holds anything beyond the safe characters.
    if (!/^[A-Za-z0-9 .,_()/?!-]*$/.test(name)) expect(drawing.source).not.toContain(name);
  });

  it.each(nasty)('as a module, routing, strategy, decision and caveat: %j', (name) => {
    const answer = {
      strategy: { choice: name, reason: name },
      plan: { routing: name, extract: [{ module: name, reason: name }], keep: [name] },
      decision: { choice: name, reason: name, supporting: [name] },
      caveat: { condition: name, switchTo: name },
    };
    const drawing = draw(answer);
    expectWellFormed(drawing.source);
    const parsed = parseMermaid(drawing.source);
    const text = name.replace(/[\s\p{Cc}]+/gu, ' ').trim();
    // The module extracted and kept is one node; the option chosen and switched to is one node.
    expect(parsed.vertices.map((vertex) => vertex.label)).toEqual([
      `strategy ${text} because ${text}`,
      text,
      `1. ${text}`,
      'workload',
      text,
    ]);
    expect(parsed.edges.map((edge) => edge.label)).toEqual([text, 'stays in the monolith', text, `if ${text}`]);
    expect(parsed.title).toBe('Your answer: strategies, extraction steps, kept modules, decisions and caveats');
  });

  it.each([
    ['a 500-character name', 'x'.repeat(500), `${'x'.repeat(MAX_TEXT_LENGTH - 1)}…`],
    ['a name of 60 characters', 'y'.repeat(60), 'y'.repeat(60)],
    ['61 emoji (one code point each, two UTF-16 units)', '😀'.repeat(61), `${'😀'.repeat(MAX_TEXT_LENGTH - 1)}…`],
  ])('clips %s, as a node and as an edge label', (_case, name, label) => {
    const answer = { services: [{ name }], calls: [{ from: name, to: 'b', style: 'sync', mechanism: name }] };
    const parsed = parseMermaid(draw(answer).source);
    expect(parsed.vertices.map((vertex) => vertex.label)).toEqual([label, 'b']);
    expect(parsed.edges.map((edge) => edge.label)).toEqual([label]);
  });
});

describe('drawAnswer marks graded parts', () => {
  const food = () => readModel('food-delivery-communication');
  const styleOf = (mark: DiagramMark) => `stroke:${EDGE_STROKES[mark]};stroke-width:3px;fill:none`;
  const marked = (parsed: Parsed) => ({
    nodes: parsed.vertices.filter((vertex) => vertex.classes.length > 0).map((v) => `${v.label} ${v.classes.join()}`),
    edges: parsed.edges.filter((edge) => edge.style !== '').map((edge) => `${edge.from}>${edge.to} ${edge.style}`),
  });

  it.each<{ name: string; marks: [string, DiagramMark][]; nodes: string[]; edges: string[] }>([
    { name: 'no marks', marks: [], nodes: [], edges: [] },
    { name: 'one call', marks: [['/calls/0', 'pass']], nodes: [], edges: [`order>payment ${styleOf('pass')}`] },
    {
      name: 'a field of a call',
      marks: [['/calls/0/style', 'fail']],
      nodes: [],
      edges: [`order>payment ${styleOf('fail')}`],
    },
    {
      name: 'a container, overridden by one item',
      marks: [
        ['/events', 'fail'],
        ['/events/1', 'pass'],
      ],
      nodes: [],
      edges: [
        `order>restaurant ${styleOf('fail')}`,
        `order>delivery ${styleOf('fail')}`,
        `order>notification ${styleOf('fail')}`,
        `delivery>order ${styleOf('pass')}`,
        `delivery>notification ${styleOf('pass')}`,
      ],
    },
    {
      name: 'one consumer of an event',
      marks: [['/events/0/consumers/1', 'partial']],
      nodes: [],
      edges: [`order>delivery ${styleOf('partial')}`],
    },
    {
      name: 'a service and a data store',
      marks: [
        ['/services/2', 'fail'],
        ['/dataStores/4', 'pass'],
      ],
      nodes: ['✗ order fail', '✓ driver-locations (redis) pass'],
      edges: [`✗ order>orders-db (postgresql) ${styleOf('fail')}`],
    },
    {
      name: 'the root and unknown verdicts, which are ignored',
      marks: [
        ['', 'fail'],
        ['/calls/0', 'not-graded' as DiagramMark],
      ],
      nodes: [],
      edges: [],
    },
  ])('$name', ({ marks, nodes, edges }) => {
    const drawing = draw(food(), new Map(marks));
    expectWellFormed(drawing.source);
    expect(marked(parseMermaid(drawing.source))).toEqual({ nodes, edges });
  });

  it.each([
    ['pass', '✓'],
    ['fail', '✗'],
    ['partial', '½'],
  ] as const)('prefixes %s labels with %s, so colour is not the only cue', (mark, symbol) => {
    const parsed = parseMermaid(draw(food(), new Map([['/calls', mark]])).source);
    expect(parsed.edges.find((edge) => edge.to === 'payment')?.label).toBe(`${symbol} http-rest`);
    const nodes = parseMermaid(draw(food(), new Map([['/services/0', mark]])).source).vertices;
    expect(nodes[0]?.label).toBe(`${symbol} user`);
    // An unlabelled edge gets the symbol alone.
    expect(parseMermaid(draw(food(), new Map([['/services/0', mark]])).source).edges[0]?.label).toBe(symbol);
  });

  it.each<{ name: string; exercise: string; marks: [string, DiagramMark][]; nodes: string[]; edges: string[] }>([
    {
      name: 'plan: a container with one item of its own',
      exercise: 'monolith-extraction-plan',
      marks: [
        ['/plan/extract', 'partial'],
        ['/plan/extract/0/module', 'pass'],
      ],
      nodes: ['✓ 1. search pass', '½ 2. checkout partial', '½ 3. payment partial'],
      edges: [
        `api-gateway>✓ 1. search ${styleOf('pass')}`,
        `api-gateway>½ 2. checkout ${styleOf('partial')}`,
        `api-gateway>½ 3. payment ${styleOf('partial')}`,
      ],
    },
    {
      name: 'plan: strategy, routing and what stays',
      exercise: 'monolith-extraction-plan',
      marks: [
        ['/strategy', 'fail'],
        ['/plan/routing', 'pass'],
        ['/plan/keep', 'partial'],
      ],
      nodes: ['✗ strategy strangler-fig because incremental-low-risk fail', '✓ api-gateway pass'],
      edges: ['catalog', 'accounts', 'reviews', 'admin-reports'].map(
        (module) => `✓ api-gateway>${module} ${styleOf('partial')}`,
      ),
    },
    {
      name: 'decision and caveat',
      exercise: 'notification-ec2-or-lambda',
      marks: [
        ['/decision', 'pass'],
        ['/caveat/condition', 'fail'],
      ],
      nodes: ['✓ lambda pass', '✗ containers-ecs-fargate fail'],
      edges: [`workload>✓ lambda ${styleOf('pass')}`, `✓ lambda>✗ containers-ecs-fargate ${styleOf('fail')}`],
    },
  ])('$name', ({ exercise, marks, nodes, edges }) => {
    const drawing = drawModel(exercise, new Map(marks));
    expectWellFormed(drawing.source);
    expect(marked(parseMermaid(drawing.source))).toEqual({ nodes, edges });
  });

  it('a node two entries reach shows a mark only when they agree; the edges carry each verdict', () => {
    const answer = readModel('match-patterns-to-situations') as { matches: { pattern: string }[] };
    answer.matches[4] = { ...answer.matches[4], pattern: 'hexagonal' } as { pattern: string };
    const marks = new Map<string, DiagramMark>([
      ['/matches/4', 'fail'],
      ['/matches/5', 'pass'],
    ]);
    const parsed = parseMermaid(drawAnswer(answer, readSchema('match-patterns-to-situations'), marks).source);
    expect(parsed.vertices.find((vertex) => vertex.label.endsWith('hexagonal'))).toMatchObject({
      label: 'hexagonal',
      classes: [],
    });
    expect(marked(parsed).nodes).toEqual(['✗ equipment-booking fail', '✓ freight-pricing pass']);
    expect(parsed.edges.filter((edge) => edge.to === 'hexagonal').map((edge) => edge.style)).toEqual([
      styleOf('fail'),
      styleOf('pass'),
    ]);
  });

  // Relative luminance and contrast ratio as WCAG defines them.
  const luminance = (hex: string) => {
    const [r = 0, g = 0, b = 0] = [1, 3, 5].map((at) => {
      const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
  };
  const PAGES = { light: '#ffffff', dark: '#17181c' };

  it.each(['pass', 'fail', 'partial'] as const)('%s colours are readable on light and dark pages', (mark) => {
    const node = NODE_STYLES[mark];
    expect(contrast(node.color, node.fill)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(node.stroke, PAGES.light)).toBeGreaterThanOrEqual(3);
    expect(contrast(node.fill, PAGES.dark)).toBeGreaterThanOrEqual(3);
    expect(contrast(EDGE_STROKES[mark], PAGES.light)).toBeGreaterThanOrEqual(3);
    expect(contrast(EDGE_STROKES[mark], PAGES.dark)).toBeGreaterThanOrEqual(3);
  });
});

describe('drawAnswer on partial, wrong-typed and huge answers', () => {
  const throwing = Object.defineProperty({}, 'services', {
    enumerable: true,
    get() {
      throw new Error('getter ran');
    },
  });

  it.each<[string, unknown, number]>([
    ['null', null, 0],
    ['undefined', undefined, 0],
    ['a number', 42, 0],
    ['a string', 'services', 0],
    ['an array', [{ services: [{ name: 'a' }] }], 0],
    ['an empty object', {}, 0],
    ['a getter that throws', throwing, 0],
    ['wrong-typed lists', { services: 'a', dataStores: 3, calls: {}, events: null, plan: [], decision: 'x' }, 0],
    ['unnamed and blank entries', { services: [null, 1, 'a', { name: 5 }, { name: '  ' }, {}] }, 0],
    // A call with one end shows the service it names; names that are not text are not drawn.
    ['half a call', { calls: [{ from: 'order' }, { to: 'payment' }, { from: 1, to: 2 }] }, 2],
    ['an empty event', { events: [{}, { consumers: [] }] }, 0],
    // The caveat's fixed "if" is not something the answer wrote: a blank caveat draws nothing.
    [
      'a blank decision and caveat, as the starter',
      { decision: { choice: '', reason: '' }, caveat: { condition: '', switchTo: '' } },
      0,
    ],
    ['one good service among garbage', { services: [null, { name: 'order', dataStores: 'orders-db' }, 7] }, 1],
    ['an undeclared store', { services: [{ name: 'order', dataStores: ['orders-db', 5] }] }, 3],
    ['a call of no known style', { calls: [{ from: 'a', to: 'b', style: 'asynch', mechanism: 7 }] }, 3],
    ['an event nobody consumes yet', { events: [{ name: 'OrderPlaced', producer: 'order' }] }, 3],
    ['an event with no producer', { events: [{ name: 'OrderPlaced', consumers: ['a', 'b'] }] }, 5],
    ['a plan with no routing', { plan: { extract: [{ module: 'search' }, null], keep: 'all' } }, 1],
    ['a caveat without a decision', { caveat: { switchTo: 'kubernetes' } }, 3],
    ['a decision without a choice', { decision: { reason: 'no-idle-cost' } }, 1],
  ])('%s', (_case, value, elements) => {
    const drawing = draw(value);
    expect(drawing.elements).toBe(elements);
    if (elements === 0) {
      expect(drawing.source).toBe('');
      expect(drawing.summary).not.toBe('');
      return;
    }
    expectWellFormed(drawing.source);
    const parsed = parseMermaid(drawing.source);
    expect(parsed.vertices.length + parsed.edges.length).toBe(elements);
  });

  it.each([
    ['calls to services that were never declared', { calls: [{ from: 'order', to: 'ghost', style: 'async' }] }],
    ['stores that were never declared', { services: [{ name: 'order', dataStores: ['ghost-db'] }] }],
  ])('draws and counts %s', (_case, value) => {
    const drawing = draw(value);
    expect(drawing.summary).toMatch(/\(\d referenced but not declared\)/);
    expect(parseMermaid(drawing.source).vertices.map((vertex) => vertex.label)).toContain(
      _case.startsWith('calls') ? 'ghost' : 'ghost-db',
    );
  });

  const many = (count: number, make: (index: number) => unknown) => Array.from({ length: count }, (_, i) => make(i));
  it.each<[string, unknown]>([
    ['10,000 services', { services: many(10_000, (i) => ({ name: `s${i}`, dataStores: [`d${i}`] })) }],
    ['10,000 long emoji names', { services: many(10_000, (i) => ({ name: `${'😀'.repeat(200)}${i}` })) }],
    ['an event with 10,000 consumers', { events: [{ name: 'E', producer: 'p', consumers: many(10_000, String) }] }],
    ['10,000 calls', { calls: many(10_000, (i) => ({ from: `a${i}`, to: `b${i}`, style: 'sync' })) }],
    ['10,000 extraction steps', { plan: { routing: 'x', extract: many(10_000, (i) => ({ module: `m${i}` })) } }],
  ])('stays under the caps with %s', (_case, value) => {
    const started = performance.now();
    const drawing = draw(value);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(drawing.elements).toBeLessThanOrEqual(MAX_ELEMENTS);
    expect(drawing.elements).toBeGreaterThan(0);
    expect(drawing.source.length).toBeLessThan(50_000); // mermaid's maxTextSize
    expect(drawing.summary).toMatch(/too large to draw in full/);
    expectWellFormed(drawing.source);
    const parsed = parseMermaid(drawing.source);
    expect(parsed.vertices.length + parsed.edges.length).toBe(drawing.elements);
  });
});
