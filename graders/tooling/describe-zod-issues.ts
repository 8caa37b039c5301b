/** Zod issues as located problems: each at the YAML line of the field it concerns, worded with the field's path. */
import type { z } from 'zod';
import { formatIssuePath } from '../authoring-schema/format-issue-path';
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

/** The rubric's words before its one vocabulary (`right`, `wrong`, `neutral`), by where they were written. */
const OLD_WORDS: Record<'criterion' | 'part' | 'when', Record<string, string>> = {
  criterion: { required: 'right', forbidden: 'wrong', mustAppear: 'right', mustNotAppear: 'wrong' },
  part: { correct: 'right', accepted: 'right' },
  when: { correct: 'right' },
};

/** What replaces a key of the old rubric words at `path` (the key's parent), or undefined when `key` is not one. */
function replacedWord(path: readonly PropertyKey[], key: string): { word: string; message: string } | undefined {
  if (path[0] !== 'rubric') return undefined;
  const part = path.length === 3 && (path[2] === 'decision' || path[2] === 'reason');
  const place =
    path.length === 2 ? 'criterion' : part ? 'part' : path.length === 5 && path[3] === 'when' ? 'when' : undefined;
  if (part && key === 'redFlags')
    return {
      word: 'wrong',
      message: "`redFlags` is now a `redFlag` on the value's `wrong` entry: `- value: …` with `redFlag: …` under it",
    };
  const word = place === undefined ? undefined : OLD_WORDS[place][key];
  return word === undefined ? undefined : { word, message: `\`${key}\` is now \`${word}\`` };
}

/**
 * One problem per issue; an unknown key is placed on the key itself. A misspelt key gives two issues, the key the
 * schema does not know and the required one it meant, missing; they are said once, as the typo with its correction.
 * A rubric word of the old format is said with the word that replaced it.
 */
export function describeZodIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  locate: (path: readonly PropertyKey[]) => Position,
): ContentProblem[] {
  const corrected = new Set<z.core.$ZodIssue>();
  const meant = (issue: z.core.$ZodIssue, key: string, replacement?: string): string | undefined => {
    const missing = issues.find(
      (other) =>
        other.code === 'invalid_type' &&
        other.input === undefined &&
        other.message.endsWith('received undefined') &&
        other.path.length === issue.path.length + 1 &&
        issue.path.every((part, index) => other.path[index] === part) &&
        (replacement === undefined
          ? suggestId(key, [String(other.path.at(-1))]) !== undefined
          : other.path.at(-1) === replacement),
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
      const replaced = replacedWord(issue.path, key);
      // The word that replaced an old one is then missing too: saying so would only repeat the same mistake.
      if (replaced !== undefined) meant(issue, key, replaced.word);
      const guess = derived === undefined && replaced === undefined ? meant(issue, key) : undefined;
      const message =
        derived !== undefined
          ? `"${key}" is no longer written: ${derived}; remove it`
          : replaced !== undefined
            ? replaced.message
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
