/**
 * The helpers of ajv's runtime that generated validators call (string length in code points, deep equality), by the
 * module name ajv's standalone code `require`s them under. A printed validator module (print-validator-module.ts)
 * imports this object instead, so it is a plain ES module that any bundler and Node load alike.
 */
import equal from 'ajv/dist/runtime/equal';
import ucs2length from 'ajv/dist/runtime/ucs2length';

/**
 * Bundlers hand a CommonJS module's `exports.default` to a default import, Node hands `module.exports` (whose
 * `default` is the function): this returns the function either way.
 */
function unwrapDefault<T extends (...args: never[]) => unknown>(imported: T | { default: T }): T {
  return typeof imported === 'function' ? imported : imported.default;
}

/** Each runtime module as standalone code reads it: `require("ajv/dist/runtime/equal").default`. */
export const ajvRuntime: Readonly<Record<string, { default: unknown }>> = {
  'ajv/dist/runtime/equal': { default: unwrapDefault(equal) },
  'ajv/dist/runtime/ucs2length': { default: unwrapDefault(ucs2length) },
};
