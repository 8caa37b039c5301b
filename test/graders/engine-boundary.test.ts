import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const GRADERS = join(import.meta.dirname, '../../graders');
// Only these folders may touch Node; the engine itself must run in a browser unchanged.
const NODE_FOLDERS = ['cli'];

function listEngineFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return NODE_FOLDERS.includes(relative(GRADERS, path)) ? [] : listEngineFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the engine boundary', () => {
  const files = listEngineFiles(GRADERS);

  it('finds the engine files', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [relative(GRADERS, file), file]))(
    '%s imports no Node built-in, Astro, the site or a DOM global',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      const imports = [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
        (match) => match[1] ?? '',
      );
      expect(
        imports.filter(
          (source) =>
            source.startsWith('node:') ||
            source.startsWith('astro') ||
            source.includes('/src/') ||
            ['fs', 'path', 'process'].includes(source),
        ),
      ).toEqual([]);
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect(code).not.toMatch(/\b(document|window|localStorage)\./);
      // Answers are data, never code.
      expect(text).not.toMatch(/\beval\(|new Function\(|from 'node:vm'/);
    },
  );
});
