/**
 * Reads every lesson under `content/` with the place of each field: its frontmatter is checked against the lesson
 * schema the site uses, and its takeaways (each `<lesson>.<name>`, declared once in the whole course) are collected
 * for the exercises to cite.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { z } from 'zod';
import { createProblem, type ContentProblem } from '../content-problem.ts';
import { describeZodIssues } from '../describe-zod-issues.ts';
import type { Position } from '../locate-yaml.ts';
import { readTextFile } from '../read-json-file.ts';
import { readLocatedFrontmatter } from '../read-located-frontmatter.ts';
import { lessonOfTakeaway } from '../../index.ts';
import { lessonFieldsSchema } from '../../course/lesson.ts';

/** A takeaway as declared: its id, the lesson that declares it and where. */
export interface DeclaredTakeaway {
  id: string;
  /** The takeaway in words, as the lesson states it. */
  text: string;
  chapter: string;
  lesson: string;
  file: string;
  position: Position;
}

/** What the lesson checks need from a lesson page (Starlight checks its own fields at build). */
const lessonPageSchema = lessonFieldsSchema.extend({ title: z.string().min(1) });

function listPages(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return listPages(path);
      return /\.mdx?$/.test(entry.name) ? [path] : [];
    });
}

/** Every takeaway of the lessons under `root`, and every problem of their frontmatter. */
export function readLessons(root: string): { takeaways: DeclaredTakeaway[]; problems: ContentProblem[] } {
  const takeaways: DeclaredTakeaway[] = [];
  const problems: ContentProblem[] = [];
  const seen = new Map<string, DeclaredTakeaway>();
  for (const file of listPages(root)) {
    const text = readTextFile(file);
    if (!text.ok) {
      problems.push(text.problem);
      continue;
    }
    const frontmatter = readLocatedFrontmatter(text.text);
    if (!frontmatter.ok) {
      problems.push(createProblem(file, frontmatter.position, `frontmatter: ${frontmatter.message}`));
      continue;
    }
    const parsed = lessonPageSchema.safeParse(frontmatter.data);
    if (!parsed.success) {
      problems.push(...describeZodIssues(file, parsed.error.issues, frontmatter.locate));
      continue;
    }
    const lesson = basename(file).replace(/\.mdx?$/, '');
    const chapter = basename(dirname(file));
    parsed.data.takeaways.forEach((takeaway, index) => {
      const position = frontmatter.locate(['takeaways', index, 'id']);
      const declared = { id: takeaway.id, text: takeaway.text, chapter, lesson, file, position };
      const prefix = lessonOfTakeaway(takeaway.id);
      if (prefix !== lesson)
        problems.push(
          createProblem(
            file,
            position,
            `takeaways[${index}].id: "${takeaway.id}" must start with the lesson's slug, "${lesson}."`,
          ),
        );
      const first = seen.get(takeaway.id);
      if (first !== undefined)
        problems.push(
          createProblem(
            file,
            position,
            `takeaways[${index}].id: "${takeaway.id}" is declared twice; the first is at ${relative(dirname(root), first.file)}:${first.position.line}`,
          ),
        );
      else seen.set(takeaway.id, declared);
      takeaways.push(declared);
    });
    const own = new Set(parsed.data.takeaways.map((takeaway) => takeaway.id));
    parsed.data.questions.forEach((question, index) =>
      question.takeaways.forEach((id, at) => {
        if (!own.has(id))
          problems.push(
            createProblem(
              file,
              frontmatter.locate(['questions', index, 'takeaways', at]),
              `questions[${index}].takeaways[${at}]: "${id}" is not a takeaway of this lesson`,
            ),
          );
      }),
    );
  }
  return { takeaways, problems };
}
