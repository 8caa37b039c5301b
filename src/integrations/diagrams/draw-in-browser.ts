import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import { mermaidConfigFor, type DiagramTheme } from '../../mermaid/mermaid-config.ts';
import { CHROMIUM_ARGS } from './find-chromium.ts';

/** One picture to draw: a diagram's source in one theme, under an SVG id unique in its page. */
export interface DrawJob {
  readonly id: string;
  readonly source: string;
  readonly theme: DiagramTheme;
}

/** What mermaid made of a job: its SVG, or its error message. */
export type DrawResult = { readonly svg: string } | { readonly error: string };

const require = createRequire(import.meta.url);

/** The mermaid the site bundles, as one browser script (its `dist/mermaid.min.js` defines `globalThis.mermaid`). */
export function mermaidBrowserScript(): string {
  return require.resolve('mermaid/dist/mermaid.min.js');
}

/** The installed mermaid's version: part of every cache key, so an upgrade redraws everything. */
export function mermaidVersion(): string {
  const manifest = require('mermaid/package.json') as { version: string };
  return manifest.version;
}

/**
 * Draws every job with the real mermaid in one headless Chromium page: one browser start per build, however many
 * diagrams. Jobs run one after another because mermaid keeps global state (its configuration) while it draws.
 */
export async function drawInBrowser(jobs: readonly DrawJob[], executablePath: string): Promise<DrawResult[]> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ path: mermaidBrowserScript() });
    const results: DrawResult[] = [];
    for (const job of jobs) {
      results.push(
        await page.evaluate(
          async ({ id, source, config }) => {
            // Runs in the page, where mermaid.min.js has defined the global.
            const mermaid = (globalThis as unknown as { mermaid: MermaidGlobal }).mermaid;
            try {
              mermaid.initialize(config);
              const { svg } = await mermaid.render(id, source);
              return { svg };
            } catch (error) {
              return { error: error instanceof Error ? error.message : String(error) };
            }
          },
          { id: job.id, source: job.source, config: mermaidConfigFor(job.theme) },
        ),
      );
    }
    return results;
  } finally {
    await browser.close();
  }
}

/** The part of mermaid's browser global this file calls. */
interface MermaidGlobal {
  initialize(config: ReturnType<typeof mermaidConfigFor>): void;
  render(id: string, source: string): Promise<{ svg: string }>;
}
