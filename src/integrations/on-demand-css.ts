import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listHtmlFiles } from './script-graph.ts';

/**
 * Stylesheets that a script loads itself when it imports the code that needs them: Vite lists them among the
 * preloaded dependencies of a dynamic import (`__vite__mapDeps`), and its preload helper adds the `<link>` and waits
 * for it before the import resolves. Monaco's three stylesheets are such: the editor is imported after the page
 * has painted.
 */
/** As dist-relative paths (`_astro/x.css`): the pages name them under the base path. */
export function listScriptLoadedStylesheets(distDirectory: string): Set<string> {
  const assets = join(distDirectory, '_astro');
  const loaded = new Set<string>();
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
    const code = readFileSync(join(assets, file), 'utf8');
    const deps = /__vite__mapDeps=\([^;]*?m\.f=\[([^\]]*)\]/.exec(code)?.[1] ?? '';
    for (const match of deps.matchAll(/"(_astro\/[^"]+\.css)"/g)) loaded.add(match[1] ?? '');
  }
  return loaded;
}

/** The dist-relative path (`_astro/x.css`) of a stylesheet's address, whatever the base path before it. */
function findAssetPath(href: string): string | undefined {
  const start = href.indexOf('_astro/');
  return start === -1 ? undefined : href.slice(start);
}

/**
 * Removes from `html` the render-blocking `<link rel="stylesheet">` of each stylesheet in `scriptLoaded`. Astro puts
 * every stylesheet a page's scripts can reach into its `<head>`, dynamic imports included, so the page could not
 * paint until the editor's ~180 KB of CSS had arrived although the editor itself comes later.
 */
export function dropScriptLoadedStylesheets(html: string, scriptLoaded: ReadonlySet<string>): string {
  return html.replace(/<link rel="stylesheet" href="([^"]+)"[^>]*>/g, (link, href: string) =>
    scriptLoaded.has(findAssetPath(href) ?? '') ? '' : link,
  );
}

/** After `astro build`, leaves each stylesheet that a script loads on demand to that script. */
export function onDemandCssIntegration(): AstroIntegration {
  return {
    name: 'courseware-on-demand-css',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDirectory = fileURLToPath(dir);
        const scriptLoaded = listScriptLoadedStylesheets(distDirectory);
        let pages = 0;
        for (const file of listHtmlFiles(distDirectory)) {
          const path = join(distDirectory, file);
          const html = readFileSync(path, 'utf8');
          const lighter = dropScriptLoadedStylesheets(html, scriptLoaded);
          if (lighter === html) continue;
          writeFileSync(path, lighter);
          pages += 1;
        }
        logger.info(`${scriptLoaded.size} stylesheets left to the scripts that load them, in ${pages} pages`);
      },
    },
  };
}
