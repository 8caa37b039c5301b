import type { MdastPluginEntry } from 'satteri';

/**
 * A Sätteri mdast plugin that puts the site's base path before every Markdown link written from the site's root, so
 * a lesson's `[the exercises](/exercises/)` still leads there when the course is published under a sub-path
 * (`BASE_PATH=/course/` gives `/course/exercises/`). Authors keep writing root paths, as Starlight's docs do; links
 * to other sites (`https:`, `//host`) and relative links are left alone. With the base `/` it changes nothing.
 */
export function baseLinksPlugin(base: string): MdastPluginEntry {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (prefix === '') return false;
  return {
    name: 'courseware-base-links',
    link(node, context) {
      if (!isRootPath(node.url) || node.url.startsWith(`${prefix}/`)) return undefined;
      context.setProperty(node, 'url', `${prefix}${node.url}`);
      return undefined;
    },
  };
}

/** A path from the site's root (`/x/`), not another host's address written protocol-relative (`//host/x`). */
function isRootPath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}
