/** Zod issues as located problems: each at the YAML line of the field it concerns, worded with the field's path. */
import type { z } from 'zod';
import { formatIssuePath } from '../exercise-model/format-issue-path';
import { createProblem, type ContentProblem } from './content-problem';
import type { Position } from './locate-yaml';

/** Fields an older exercise format wrote by hand and that are now derived, with where they come from. */
const DERIVED_FIELDS: Record<string, string> = {
  id: 'the id is the folder name',
  chapter: 'the chapter is the folder above the exercise',
  takeaways: "the takeaways are the rubric's",
  samples: 'samples are the files in samples/, each with a header',
};

/** One problem per issue; an unknown key is placed on the key itself. */
export function describeZodIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  locate: (path: readonly PropertyKey[]) => Position,
): ContentProblem[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        const derived = issue.path.length === 0 ? DERIVED_FIELDS[key] : undefined;
        const message =
          derived === undefined ? `unknown field "${key}"` : `"${key}" is no longer written: ${derived}; remove it`;
        return createProblem(file, locate(path), `${formatIssuePath(path)}: ${message}`);
      });
    const where = formatIssuePath(issue.path) || '(frontmatter)';
    return [createProblem(file, locate(issue.path), `${where}: ${issue.message}`)];
  });
}
