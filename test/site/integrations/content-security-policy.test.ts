import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addPolicy, buildPolicy, hashInlineScripts } from '../../../src/integrations/content-security-policy';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const THEME = "\n\twindow.theme = localStorage.getItem('theme');\n";
const PAGE = [
  '<!DOCTYPE html><html><head><meta charset="utf-8"/><title>x</title>',
  `<script>${THEME}</script>`,
  '<script type="module" src="/_astro/page.js"></script>',
  '<script type="module">import("/_astro/a.js")</script>',
  '</head><body><script type="application/json" id="exercise-data">{"a":1}</script>',
  `<script aria-hidden="true">${THEME}</script></body></html>`,
].join('');

describe('the Content-Security-Policy of a built page', () => {
  it('hashes each inline script once, byte for byte, and neither external scripts nor JSON data', () => {
    expect(hashInlineScripts(PAGE)).toEqual([sha256(THEME), sha256('import("/_astro/a.js")')].sort());
  });

  it('allows scripts only from the site and by hash: no unsafe-inline, no unsafe-eval', () => {
    const policy = buildPolicy(["'sha256-abc'"]);
    const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(policy).toContain("object-src 'none'");
  });

  it('goes right after the charset, before any script it governs', () => {
    const html = addPolicy(PAGE);
    const meta = html.indexOf('<meta http-equiv="content-security-policy"');
    expect(meta).toBe(html.indexOf('<meta charset="utf-8"/>') + '<meta charset="utf-8"/>'.length);
    expect(html.indexOf('<script')).toBeGreaterThan(meta);
    expect(html).toContain(sha256(THEME));
  });

  it('refuses a page without a charset, or one that already has a policy', () => {
    expect(() => addPolicy('<html><head></head></html>')).toThrow(/charset/);
    expect(() => addPolicy(addPolicy(PAGE))).toThrow(/already/);
  });
});
