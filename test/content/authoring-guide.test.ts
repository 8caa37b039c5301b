/**
 * The authoring guide cannot go stale: every code block titled with a file is a verbatim excerpt of that file (which
 * the exercise and template tests grade), and every output block is what check:content prints for its fixture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { criterionSchema } from '../../graders/authoring-schema/criterion';
import { EXPECTED } from '../graders/tooling/content-check/support/broken-exercises-expected';

const ROOT = join(import.meta.dirname, '../..');
const GUIDE = readFileSync(join(ROOT, 'content/guide/authoring-exercises.mdx'), 'utf8');

/** Every fenced block with a `title="…"`: its title and its text. */
const blocks = [...GUIDE.matchAll(/^```\w+ title="([^"]+)"\n([\s\S]*?)^```$/gm)].map((match) => ({
  title: match[1] ?? '',
  text: match[2] ?? '',
}));
const quotes = blocks.filter((block) => !block.title.startsWith('Output for '));
const outputs = blocks.filter((block) => block.title.startsWith('Output for '));

describe('the authoring guide', () => {
  it('quotes files and check output', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(9);
    expect(outputs.length).toBeGreaterThanOrEqual(1);
  });

  it.each(quotes.map((block) => [block.title, block]))('quotes %s verbatim', (title, block) => {
    expect(readFileSync(join(ROOT, title), 'utf8')).toContain(block.text);
  });

  it.each(outputs.map((block) => [block.title, block]))('%s is what check:content prints', (title, block) => {
    const name = title.replace('Output for test/fixtures/broken-exercises/', '');
    const lines = (EXPECTED[name] ?? []).map((line) => `exercises/architecture-patterns/${name}/${line}`);
    expect(lines.length).toBeGreaterThan(0);
    expect(block.text).toBe(`${lines.join('\n')}\n`);
  });

  it.each(criterionSchema.options.map((option) => option.shape.kind.value))(
    'has a section with a quoted example for the rubric kind %s',
    (kind) => {
      const section = GUIDE.split(`\n### ${kind}\n`)[1]?.split('\n### ')[0] ?? '';
      expect(section).toMatch(/```yaml title="[^"]+"\n/);
    },
  );
});
