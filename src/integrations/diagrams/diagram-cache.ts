import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Pictures already drawn, kept on disk by what decides their content: mermaid's version, the configuration, the
 * SVG id and the source. A rebuild redraws only diagrams that changed; an upgrade of mermaid redraws all of them.
 */
export interface DiagramCache {
  read(key: string): string | undefined;
  write(key: string, svg: string): void;
}

/** A stable key for everything a picture depends on. */
export function cacheKey(parts: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/** A cache in `directory`, created on first write; a missing or unreadable entry reads as absent. */
export function openDiagramCache(directory: string): DiagramCache {
  return {
    read(key) {
      try {
        return readFileSync(join(directory, `${key}.svg`), 'utf8');
      } catch {
        return undefined;
      }
    },
    write(key, svg) {
      mkdirSync(directory, { recursive: true });
      writeFileSync(join(directory, `${key}.svg`), svg);
    },
  };
}
