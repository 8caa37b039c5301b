import { describe, expect, it } from 'vitest';
import { chapters } from '../../graders/course/chapters.ts';
import { lessonFieldsSchema, type InterviewQuestion, type Takeaway } from '../../graders/course/lesson.ts';
import { loadLessonFiles } from './load-lessons.ts';

const files = loadLessonFiles();
const chapterFiles = files.filter((file) => file.chapter !== '');
const lessons = chapterFiles.filter((file) => file.slug !== 'index' && file.chapter !== 'guide');

function fieldsOf(file: (typeof files)[number]): { takeaways: Takeaway[]; questions: InterviewQuestion[] } {
  const parsed = lessonFieldsSchema.safeParse(file.frontmatter);
  if (!parsed.success) throw new Error(`${file.path}: ${parsed.error.message}`);
  return parsed.data;
}

describe('lesson content', () => {
  it('finds the chapter lessons on disk', () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  it('puts every chapter folder in graders/course/chapters.ts, and every declared chapter has files', () => {
    const onDisk = new Set(chapterFiles.map((file) => file.chapter));
    expect([...onDisk].sort()).toEqual(chapters.map((chapter) => chapter.slug).sort());
  });

  it.each(files.map((file) => [file.path, file] as const))('%s has valid lesson fields', (_path, file) => {
    expect(() => fieldsOf(file)).not.toThrow();
  });

  it.each(lessons.map((file) => [file.path, file] as const))(
    '%s declares takeaways named after itself and renders them',
    (path, file) => {
      const { takeaways } = fieldsOf(file);
      expect(takeaways.length, `${path} has no takeaways`).toBeGreaterThan(0);
      for (const takeaway of takeaways) expect(takeaway.id.startsWith(`${file.slug}.`), takeaway.id).toBe(true);
      expect(file.body).toMatch(/<KeyTakeaways\s*\/>/);
    },
  );

  it('has takeaway ids that are unique across the site', () => {
    const ids = files.flatMap((file) => fieldsOf(file).takeaways.map((takeaway) => takeaway.id));
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
  });

  it.each(lessons.map((file) => [file.path, file] as const))(
    '%s places every question it declares, and only those, citing its own takeaways',
    (_path, file) => {
      const { takeaways, questions } = fieldsOf(file);
      const placed = [...file.body.matchAll(/<InterviewQuestion\s+id="([^"]+)"\s*\/>/g)].map((match) => match[1]);
      expect(placed.sort()).toEqual(questions.map((question) => question.id).sort());
      const known = new Set(takeaways.map((takeaway) => takeaway.id));
      for (const question of questions) {
        for (const cited of question.takeaways) expect(known.has(cited), `${question.id} cites ${cited}`).toBe(true);
      }
    },
  );

  it('has question ids that are unique across the site', () => {
    const ids = files.flatMap((file) => fieldsOf(file).questions.map((question) => question.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it.each(files.map((file) => [file.path, file] as const))(
    '%s gives every diagram an accessible title and description',
    (path, file) => {
      const diagrams = [...file.body.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
      for (const [index, diagram] of diagrams.entries()) {
        expect(diagram, `${path} diagram ${index + 1} lacks accTitle`).toMatch(/^\s*accTitle:\s*\S/m);
        expect(diagram, `${path} diagram ${index + 1} lacks accDescr`).toMatch(/^\s*accDescr:\s*\S/m);
      }
    },
  );

  it.each(lessons.map((file) => [file.path, file] as const))('%s has at least one diagram', (_path, file) => {
    expect(file.body).toContain('```mermaid');
  });
});
