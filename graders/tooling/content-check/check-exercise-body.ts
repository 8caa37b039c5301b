/**
 * The MDX body of an exercise: every component it uses is one the exercise page provides (an unknown one would only
 * fail when the page renders, far from the file), with at least one `<Hint>`, exactly one `<Explanation>`, and one
 * `<Curveball>` exactly when the frontmatter declares a mock curveball (its text would otherwise never be shown, or
 * never be hidden).
 */
import { createProblem, type ContentProblem } from '../content-problem.ts';
import { suggestId } from '../suggest-id.ts';
import { EXERCISE_COMPONENT_NAMES } from '../../course/exercise-component-names.ts';

const FENCE = /^\s*(```|~~~)/;
const COMPONENT = /<([A-Z][A-Za-z0-9]*)/g;

/** Problems of the body of `text` (the whole index.mdx at `file`); `hasCurveball` when its mock declares one. */
export function checkExerciseBody(file: string, text: string, hasCurveball = false): ContentProblem[] {
  const lines = text.split('\n');
  const closing = lines.indexOf('---', 1);
  const problems: ContentProblem[] = [];
  const counts = new Map<string, number>();
  let inFence = false;
  lines.forEach((line, index) => {
    if (index <= closing) return;
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence) return;
    // Text inside backticks is code, not a component; blanked to the same length so columns stay true.
    const prose = line.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
    for (const match of prose.matchAll(COMPONENT)) {
      const name = match[1] ?? '';
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if ((EXERCISE_COMPONENT_NAMES as readonly string[]).includes(name)) continue;
      const guess = suggestId(name, EXERCISE_COMPONENT_NAMES);
      problems.push(
        createProblem(
          file,
          { line: index + 1, column: (match.index ?? 0) + 1 },
          `<${name}> is not a component exercises can use${guess === undefined ? '' : `; did you mean <${guess}>?`} ` +
            `(they are ${EXERCISE_COMPONENT_NAMES.map((n) => `<${n}>`).join(', ')}, with no import)`,
        ),
      );
    }
  });
  const bodyStart = { line: closing + 2, column: 1 };
  if ((counts.get('Hint') ?? 0) === 0)
    problems.push(createProblem(file, bodyStart, 'no <Hint>: give hints, revealed one at a time, after the prompt'));
  if ((counts.get('Explanation') ?? 0) !== 1)
    problems.push(
      createProblem(
        file,
        bodyStart,
        `${counts.get('Explanation') ?? 0} <Explanation> blocks: give exactly one, shown after a first grade`,
      ),
    );
  const curveballs = counts.get('Curveball') ?? 0;
  if (curveballs !== (hasCurveball ? 1 : 0))
    problems.push(
      createProblem(
        file,
        bodyStart,
        hasCurveball
          ? `${curveballs} <Curveball> blocks: \`mock.curveball\` needs exactly one, the change revealed during the mock`
          : 'a <Curveball> block without `mock.curveball` in the frontmatter: declare when it is revealed and its criteria',
      ),
    );
  return problems;
}
