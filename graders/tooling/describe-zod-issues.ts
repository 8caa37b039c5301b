/** Zod issues as located problems: each at the YAML line of the field it concerns, worded with the field's path. */
import type { z } from 'zod';
import { formatIssuePath } from '../exercise-model/format-issue-path';
import { createProblem, type ContentProblem } from './content-problem';
import type { Position } from './locate-yaml';
import { suggestId } from './suggest-id';

/** Fields an older exercise format wrote by hand and that are now derived, with where they come from. */
const DERIVED_FIELDS: Record<string, string> = {
  id: 'the id is the folder name',
  chapter: 'the chapter is the folder above the exercise',
  takeaways: "the takeaways are the rubric's",
  samples: 'samples are the files in samples/, each with a header',
};

/**
 * One problem per issue; an unknown key is placed on the key itself. A misspelt key gives two issues, the key the
 * schema does not know and the required one it meant, missing; they are said once, as the typo with its correction.
 */
export function describeZodIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  locate: (path: readonly PropertyKey[]) => Position,
): ContentProblem[] {
  const corrected = new Set<z.core.$ZodIssue>();
  const meant = (issue: z.core.$ZodIssue, key: string): string | undefined => {
    const missing = issues.find(
      (other) =>
        other.code === 'invalid_type' &&
        other.input === undefined &&
        other.message.endsWith('received undefined') &&
        other.path.length === issue.path.length + 1 &&
        issue.path.every((part, index) => other.path[index] === part) &&
        suggestId(key, [String(other.path.at(-1))]) !== undefined,
    );
    if (missing === undefined) return undefined;
    corrected.add(missing);
    return String(missing.path.at(-1));
  };
  const problems = issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [];
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      const derived = issue.path.length === 0 ? DERIVED_FIELDS[key] : undefined;
      const guess = derived === undefined ? meant(issue, key) : undefined;
      const message =
        derived !== undefined
          ? `"${key}" is no longer written: ${derived}; remove it`
          : guess !== undefined
            ? `unknown field "${key}"; did you mean "${guess}"?`
            : `unknown field "${key}"`;
      return createProblem(file, locate(path), `${formatIssuePath(path)}: ${message}`);
    });
  });
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' || corrected.has(issue)) continue;
    const where = formatIssuePath(issue.path) || '(frontmatter)';
    problems.push(createProblem(file, locate(issue.path), `${where}: ${issue.message}`));
  }
  return problems;
}
