import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectScripts } from '../../../src/integrations/script-graph';

/**
 * A built site in miniature, as Vite bundles one: a page script that starts the grading worker by its address, the
 * worker importing validators on demand, and an on-demand editor that starts its own workers.
 */
const FILES: Record<string, string> = {
  '_astro/page.js':
    'import{a}from"./shared.js";const e=()=>import("./editor.js");new Worker(`/_astro/grade-worker.js`,{type:`module`});',
  '_astro/shared.js': 'export const a=1;',
  '_astro/grade-worker.js': 'import{t}from"./runtime.js";const v={"x":()=>import(`./validators-x.js`)};',
  '_astro/runtime.js': 'import{n}from"./grade-worker.js";export{n as t};',
  '_astro/validators-x.js': 'import{t as e}from"./runtime.js";export const validate=e;',
  '_astro/editor.js': 'new Worker(new URL(`./editor.worker.js`,import.meta.url),{type:`module`});',
  '_astro/editor.worker.js': 'self.onmessage=()=>{};',
  '_astro/variable.js': 'new Worker(e,{type:`module`});',
};

let dist: string;

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'script-graph-'));
  mkdirSync(join(dist, '_astro'));
  for (const [file, code] of Object.entries(FILES)) writeFileSync(join(dist, file), code);
});

afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('collectScripts', () => {
  it('follows the workers a page starts by address, and what they import, when asked', () => {
    expect(
      collectScripts(dist, ['_astro/page.js'], {
        followDynamic: true,
        followWorkers: true,
        stopAt: (script) => script === '_astro/editor.js',
      }),
    ).toEqual([
      '_astro/grade-worker.js',
      '_astro/page.js',
      '_astro/runtime.js',
      '_astro/shared.js',
      '_astro/validators-x.js',
    ]);
  });

  it('follows a worker given as new URL(…, import.meta.url), relative to the module that starts it', () => {
    expect(collectScripts(dist, ['_astro/editor.js'], { followDynamic: false, followWorkers: true })).toEqual([
      '_astro/editor.js',
      '_astro/editor.worker.js',
    ]);
  });

  it('leaves workers out unless asked, as the byte budgets of a page weigh it', () => {
    expect(collectScripts(dist, ['_astro/page.js'], { followDynamic: true })).toEqual([
      '_astro/editor.js',
      '_astro/page.js',
      '_astro/shared.js',
    ]);
  });

  it('finds no worker made from a variable', () => {
    expect(collectScripts(dist, ['_astro/variable.js'], { followDynamic: true, followWorkers: true })).toEqual([
      '_astro/variable.js',
    ]);
  });
});
