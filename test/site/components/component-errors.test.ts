import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { AstroError } from 'astro/errors';
import { describe, expect, it } from 'vitest';
import InterviewQuestion from '../../../src/components/InterviewQuestion.astro';
import KeyTakeaways from '../../../src/components/KeyTakeaways.astro';

/** What Starlight puts in `Astro.locals` for a lesson page, reduced to what these components read. */
function lessonLocals(data: object): App.Locals {
  return { starlightRoute: { entry: { filePath: 'content/demo/lesson.mdx', data } } } as unknown as App.Locals;
}

describe('a misused lesson component fails the build with an AstroError that names the file and hints at the fix', () => {
  it('<KeyTakeaways /> on a lesson that declares no takeaways', async () => {
    const container = await AstroContainer.create();
    const rendering = container.renderToString(KeyTakeaways, { locals: lessonLocals({}) });
    await expect(rendering).rejects.toBeInstanceOf(AstroError);
    await expect(rendering).rejects.toMatchObject({
      message: expect.stringContaining('<KeyTakeaways /> in content/demo/lesson.mdx'),
      hint: expect.stringContaining('Declare the lesson'),
    });
  });

  it('<InterviewQuestion /> naming a question the lesson does not declare lists the ids it does', async () => {
    const container = await AstroContainer.create();
    const questions = [
      {
        id: 'demo.scale-reads',
        prompt: 'How?',
        minutes: 5,
        answer: { summary: 'Cache hot reads.', points: ['Add a read-through cache.'] },
      },
    ];
    const rendering = container.renderToString(InterviewQuestion, {
      locals: lessonLocals({ questions }),
      props: { id: 'demo.missing' },
    });
    await expect(rendering).rejects.toBeInstanceOf(AstroError);
    await expect(rendering).rejects.toMatchObject({
      message: expect.stringContaining('<InterviewQuestion id="demo.missing" /> in content/demo/lesson.mdx'),
      hint: expect.stringContaining('demo.scale-reads'),
    });
  });

  it('<InterviewQuestion /> renders a declared question', async () => {
    const container = await AstroContainer.create();
    const questions = [
      {
        id: 'demo.scale-reads',
        prompt: 'How would you scale reads?',
        minutes: 5,
        answer: { summary: 'Cache hot reads.', points: ['Add a read-through cache.'] },
      },
    ];
    const html = await container.renderToString(InterviewQuestion, {
      locals: lessonLocals({ questions }),
      props: { id: 'demo.scale-reads' },
    });
    expect(html).toContain('How would you scale reads?');
  });
});
