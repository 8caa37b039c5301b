import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readFrontmatter } from '../../../graders/tooling/read-frontmatter.ts';
import { exerciseFrontmatterSchema } from '../../../graders/index.ts';
import { describeFromDocComments } from '../../../src/schemas/describe-from-doc-comments.ts';
import { drawingSchema } from '../../fixtures/doc-comments/documented-schemas.ts';
import { EXERCISE_IDS, exercisePath } from '../../support/exercise-folders.ts';
import { CONTENT_CHECK_MS } from '../../support/timeouts.ts';

/**
 * The exercise frontmatter's JSON Schema (which `astro sync` writes for the editor) carries each field's doc comment,
 * read from the source, while the described copy validates exactly as the engine's schema.
 */
const ROOT = join(import.meta.dirname, '../../..');
const FIXTURE = join(ROOT, 'test/fixtures/doc-comments/documented-schemas.ts');

/** A JSON Schema node, as far as these tests read it. */
interface JsonSchemaNode {
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  additionalProperties?: JsonSchemaNode | boolean;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
}

/** The JSON Schema of what an author writes, generated the way Astro generates it for a collection. */
const toInputJsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;

/** Every field of the JSON Schema, by its path (`/shapes/items/oneOf/1/side`), with its description. */
function listFields(node: JsonSchemaNode, path = ''): [string, string | undefined][] {
  const fields = Object.entries(node.properties ?? {}).flatMap(([key, child]): [string, string | undefined][] => [
    [`${path}/${key}`, child.description],
    ...listFields(child, `${path}/${key}`),
  ]);
  const children: [string, JsonSchemaNode][] = [
    ...(node.items ? [['items', node.items] as [string, JsonSchemaNode]] : []),
    ...(typeof node.additionalProperties === 'object'
      ? [['additionalProperties', node.additionalProperties] as [string, JsonSchemaNode]]
      : []),
    ...(node.anyOf ?? []).map((child, index): [string, JsonSchemaNode] => [`anyOf/${index}`, child]),
    ...(node.oneOf ?? []).map((child, index): [string, JsonSchemaNode] => [`oneOf/${index}`, child]),
  ];
  return [...fields, ...children.flatMap(([step, child]) => listFields(child, `${path}/${step}`))];
}

describe('describeFromDocComments on a fixture of every shape', () => {
  const described = describeFromDocComments(drawingSchema, { file: FIXTURE, exportName: 'drawingSchema' });
  const fields = new Map(listFields(toInputJsonSchema(described)));

  it('gives each field its own doc comment, even where two fields share one schema', () => {
    expect(Object.fromEntries(fields)).toEqual({
      '/title': "The drawing's title.",
      '/shapes': 'The shapes, in the order they are drawn.',
      '/shapes/items/oneOf/0/kind': '`circle`: a round shape.',
      '/shapes/items/oneOf/0/radius': "The circle's radius, in pixels.",
      '/shapes/items/oneOf/0/tags': 'Tags that say where the circle is drawn.',
      '/shapes/items/oneOf/1/kind':
        '`square`: a shape with four equal sides. This comment is wrapped over two lines of one paragraph.\n\n' +
        'And has a second paragraph.',
      '/shapes/items/oneOf/1/side': 'The length of a side, in pixels.',
      '/shapes/items/oneOf/1/tags': 'Tags that say who drew the square.',
      '/overlay': 'Shapes drawn on top, from the list.',
      '/overlay/items/oneOf/0/kind': '`circle`: a round shape.',
      '/overlay/items/oneOf/0/radius': "The circle's radius, in pixels.",
      '/overlay/items/oneOf/0/tags': 'Tags that say where the circle is drawn.',
      '/overlay/items/oneOf/1/kind':
        '`square`: a shape with four equal sides. This comment is wrapped over two lines of one paragraph.\n\n' +
        'And has a second paragraph.',
      '/overlay/items/oneOf/1/side': 'The length of a side, in pixels.',
      '/overlay/items/oneOf/1/tags': 'Tags that say who drew the square.',
      '/notes': 'Notes keyed by shape index.',
      '/notes/additionalProperties/text': "The note's text.",
      '/members': 'Who may see the drawing.',
      '/members/items/anyOf/1/name': "The member's name.",
      '/members/items/anyOf/1/note': 'Said about the member.',
      '/remark': 'A remark on the whole drawing.',
      '/undocumented': undefined,
    });
  });

  it('describes an object by the doc comment of the constant it is declared in', () => {
    const root = toInputJsonSchema(described);
    expect(root.description).toBe('A drawing: the root of the fixture.');
    expect(root.properties?.['shapes']?.items?.oneOf?.[0]?.description).toBe('`circle`: a round shape.');
    expect(root.properties?.['shapes']?.items?.oneOf?.[0]?.markdownDescription).toBe('`circle`: a round shape.');
  });

  it('leaves the original schema without descriptions', () => {
    expect(listFields(toInputJsonSchema(drawingSchema)).filter(([, text]) => text !== undefined)).toEqual([]);
  });

  it.each([
    ['a valid drawing', { title: 'Sky', shapes: [{ kind: 'circle', radius: 3 }], members: ['ana', { name: 'bo' }] }],
    ['a refinement of a variant', { title: 'Big', shapes: [{ kind: 'square', side: 2000 }] }],
    ['a refinement of the root', { title: 'Many', shapes: Array(4).fill({ kind: 'circle', radius: 1 }) }],
    ['a misspelt field', { title: 'Sky', shapes: [{ kind: 'circle', raduis: 3 }] }],
    ['an unknown kind', { title: 'Sky', shapes: [{ kind: 'star' }] }],
    ['a short shared note', { title: 'Sky', shapes: [{ kind: 'circle', radius: 1 }], notes: { 0: { text: 'x' } } }],
  ])('validates %s exactly as the original', (_case, input) => {
    expect(described.safeParse(input)).toEqual(drawingSchema.safeParse(input));
  });

  it('names the file and the export when the export is not there', () => {
    expect(() => describeFromDocComments(drawingSchema, { file: FIXTURE, exportName: 'paintingSchema' })).toThrow(
      `${FIXTURE}: no export named "paintingSchema" to read doc comments from`,
    );
  });
});

describe('the exercise frontmatter, described for the editor', () => {
  const described = describeFromDocComments(exerciseFrontmatterSchema, {
    file: join(ROOT, 'graders/index.ts'),
    exportName: 'exerciseFrontmatterSchema',
  });

  it('has a description for every field an instructor can write, rubric criteria included', () => {
    const fields = listFields(toInputJsonSchema(described));
    expect(fields.filter(([path]) => path.startsWith('/rubric/items/')).length).toBeGreaterThan(20);
    expect(fields.filter(([, text]) => text === undefined || text === '').map(([path]) => path)).toEqual([]);
  });

  it(
    'reads every exercise exactly as the engine does, and refuses a broken one with the same issues',
    () => {
      for (const id of EXERCISE_IDS) {
        const frontmatter = readFrontmatter(readFileSync(exercisePath(id, 'index.mdx'), 'utf8'));
        if (!frontmatter.ok) throw new Error(`${id}: ${frontmatter.problem}`);
        const data = frontmatter.data as { rubric: Record<string, unknown>[]; passMark: unknown };
        const [first, ...rest] = data.rubric;
        const broken = [
          { ...data, passMark: 'eighty' },
          { ...data, rubric: [{ ...first, pionts: 1 }, ...rest] },
          { ...data, rubric: [first, first, ...rest] },
        ];
        for (const input of [data, ...broken])
          expect(described.safeParse(input), id).toEqual(exerciseFrontmatterSchema.safeParse(input));
      }
    },
    CONTENT_CHECK_MS,
  );
});
