/**
 * What the engine costs a page: the exercise page imports `grade` from graders/index.ts, which also exports the zod
 * schemas for the content collection. graders/package.json declares the engine free of side effects, so bundlers
 * drop what a page does not use; this test holds that line, and the parsers' budget.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** Bundles `code` for the browser, minified; returns its gzip size and the packages it pulled in. */
async function measure(code: string): Promise<{ gzip: number; packages: Set<string> }> {
  const result = await build({
    stdin: { contents: code, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const packages = new Set(
    Object.entries(inputs)
      .filter(([, info]) => info.bytesInOutput > 0)
      .map(([path]) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? 'own'),
  );
  return { gzip: output === undefined ? 0 : gzipSync(output.contents, { level: 9 }).length, packages };
}

describe('the engine in a browser bundle', () => {
  it('grade from the public entry leaves zod out and stays within 70 KB gzip, ajv included', async () => {
    const { gzip, packages } = await measure("export { grade } from '../../graders/index';");
    expect([...packages].sort()).toEqual(['ajv', 'fast-deep-equal', 'fast-uri', 'json-schema-traverse', 'own']);
    expect(gzip).toBeLessThan(70_000);
  });

  // Why the browser has a door of its own: `grade` compiles validators with ajv, which a page under a strict CSP
  // cannot run, and whose compiler would triple the grading worker. `gradeAnswer` takes validators printed at build.
  it("gradeAnswer, the page's door, brings no ajv at all and stays within 25 KB gzip", async () => {
    const { gzip, packages } = await measure("export { gradeAnswer, toCompiledSchemas } from '../../graders/index';");
    expect([...packages]).toEqual(['own']);
    expect(gzip).toBeLessThan(25_000);
  });

  it('the TypeScript-answer reader stays small (8 KB gzip), with no dependency', async () => {
    const { gzip, packages } = await measure("export { readTsAnswer } from '../../graders/parse/read-ts';");
    expect([...packages]).toEqual(['own']);
    expect(gzip).toBeLessThan(8_000);
  });
});
