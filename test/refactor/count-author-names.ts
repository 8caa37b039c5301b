/**
 * Counts the names an instructor must learn to write an exercise: every property name and every fixed value (an
 * `enum` member or a `const`) of the formats an author types, read from the schemas themselves so the count follows
 * the code. The formats: the exercise frontmatter (rubric included), a sample's header, a calibration answer's
 * header, and the answer-schema keywords `x-diagram` and `x-before-curveball`. Ids the content declares (takeaways,
 * check ids, criterion ids) and JSON Schema's own keywords (in a `schema` criterion) are not counted.
 *
 * Prints the count with everything, and without the timed mock (`mock` and what only it uses) and the drawing
 * (`x-diagram`, `x-before-curveball`). `npm run count:author-names` (add `-- --list` to see the names).
 */
import { z } from 'zod';
import { diagramAnnotationSchema, DIAGRAM_KEYWORD } from '../../graders/answer-schema/diagram-annotation';
import {
  BEFORE_CURVEBALL_KEYWORD,
  beforeCurveballAnnotationSchema,
} from '../../graders/answer-schema/before-curveball-annotation';
import { calibrationAnswerSchema } from '../../graders/authoring-schema/calibration-answer';
import { exerciseFrontmatterSchema } from '../../graders/authoring-schema/exercise-frontmatter';
import { sampleSchema } from '../../graders/authoring-schema/sample';

/** A JSON Schema as a tree to walk. */
type SchemaNode = unknown;

/** The schema of what an author writes, as JSON Schema (inputs: defaults not yet filled in). */
function authorSchema(schema: z.ZodType): SchemaNode {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
}

/** Every property name, enum member and const string under `node`; properties named in `skip` are left out whole. */
function collectNames(node: SchemaNode, skip: ReadonlySet<string>, names = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) collectNames(item, skip, names);
    return names;
  }
  if (node === null || typeof node !== 'object') return names;
  for (const [keyword, value] of Object.entries(node)) {
    if (keyword === 'properties' && value !== null && typeof value === 'object') {
      for (const [name, property] of Object.entries(value)) {
        if (skip.has(name)) continue;
        names.add(name);
        collectNames(property, skip, names);
      }
    } else if (keyword === 'enum' && Array.isArray(value)) {
      for (const member of value) if (typeof member === 'string') names.add(member);
    } else if (keyword === 'const' && typeof value === 'string') names.add(value);
    else if (keyword !== 'description' && keyword !== 'default' && keyword !== 'examples')
      collectNames(value, skip, names);
  }
  return names;
}

/** The names of every format an author writes; without the mock's and the drawing's when `core` is set. */
function authorNames({ core }: { core: boolean }): Set<string> {
  const skip = new Set(core ? ['mock'] : []);
  const names = new Set<string>();
  collectNames(authorSchema(exerciseFrontmatterSchema), skip, names);
  // A sample's `file` comes from its file name: the author never writes it.
  collectNames(authorSchema(sampleSchema), new Set([...skip, 'file']), names);
  collectNames(authorSchema(calibrationAnswerSchema), skip, names);
  if (!core) {
    names.add(DIAGRAM_KEYWORD);
    collectNames(diagramAnnotationSchema, skip, names);
    names.add(BEFORE_CURVEBALL_KEYWORD);
    collectNames(beforeCurveballAnnotationSchema, skip, names);
  }
  return names;
}

const all = authorNames({ core: false });
const core = authorNames({ core: true });
console.log(`names an instructor must learn: ${all.size}`);
console.log(`without the mock and the drawing: ${core.size}`);
if (process.argv.includes('--list')) {
  console.log(`\nall: ${[...all].sort().join(' ')}`);
  console.log(`\nwithout the mock and the drawing: ${[...core].sort().join(' ')}`);
}
