import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { AJV_RUNTIME_MODULE } from '../../graders/tooling/index.ts';
import { printExportValidators } from '../storage/layout/print-export-validators.ts';

/** The export file's validators (see src/virtual-modules.d.ts). */
const MODULE_ID = 'virtual:export-validators';
/** Vite's mark for a module that exists only in a plugin. */
const VIRTUAL = '\0';

/**
 * Generates the validators of the progress export file (the schema comes from the registry of stored kinds) at build
 * time, as ajv's standalone code: the site's Content-Security-Policy has no `unsafe-eval`, so the browser cannot
 * compile them.
 */
export function exportValidatorsIntegration(): AstroIntegration {
  const plugin: Plugin = {
    name: 'courseware-export-validators',
    resolveId: (id) => (id === MODULE_ID ? VIRTUAL + id : undefined),
    load: (id) => (id === VIRTUAL + MODULE_ID ? printExportValidators(AJV_RUNTIME_MODULE) : undefined),
  };
  return {
    name: 'courseware-export-validators',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
