import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const GRADERS = join(import.meta.dirname, '../../graders');
// Only this folder may touch Node; the engine itself must run in a browser unchanged.
const TOOLING = join(GRADERS, 'tooling');

/** Every .ts file under `folder`, leaving out the folders in `skip`. */
function listTsFiles(folder: string, skip: readonly string[] = []): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return skip.includes(path) ? [] : listTsFiles(path, skip);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The modules a file imports or re-exports from, as written. */
function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((match) => match[1] ?? '');
}

/** The file a relative specifier names (`./x`, `./x.ts` or `./x/index.ts`), or where it would be. */
function resolveRelative(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  return ['', '.ts', '/index.ts'].map((ending) => base + ending).find((path) => existsSync(path)) ?? base;
}

describe('the engine boundary', () => {
  const files = listTsFiles(GRADERS, [TOOLING]);

  it('finds the engine files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [relative(GRADERS, file), file]))(
    '%s imports no Node built-in, Astro, the site, the Node tooling or a DOM global',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      const imports = importsOf(text);
      expect(
        imports.filter(
          (source) =>
            source.startsWith('node:') ||
            source.startsWith('astro') ||
            source.includes('/src/') ||
            ['fs', 'path', 'process'].includes(source),
        ),
      ).toEqual([]);
      // The pure engine never reaches into the tooling, which is free to use Node.
      const intoTooling = imports
        .filter((source) => source.startsWith('.'))
        .map((source) => relative(GRADERS, resolveRelative(file, source)))
        .filter((target) => target === 'tooling' || target.startsWith('tooling/'));
      expect(intoTooling).toEqual([]);
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect(code).not.toMatch(/\b(document|window|localStorage)\./);
      // Answers are data, never code.
      expect(text).not.toMatch(/\beval\(|new Function\(|from 'node:vm'/);
    },
  );

  const toolingFiles = listTsFiles(TOOLING);

  it('finds the tooling files', () => {
    expect(toolingFiles.length).toBeGreaterThan(20);
  });

  it.each(toolingFiles.map((file) => [relative(GRADERS, file), file]))(
    '%s, Node tooling, imports nothing from Astro or the site',
    (_name, file) => {
      expect(
        importsOf(readFileSync(file, 'utf8')).filter(
          (source) => source.startsWith('astro') || source.includes('/src/'),
        ),
      ).toEqual([]);
    },
  );
});
