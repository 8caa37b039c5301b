/**
 * The shape of the export file's validators: ajv compiles them at build time into a module (print-export-validators.ts,
 * served as `virtual:export-validators`), because the site's Content-Security-Policy forbids compiling code in the
 * browser. Tests compile the same schema with ajv directly (`compileExportValidators`).
 */

/** A validator as ajv makes it: a predicate that leaves its errors on itself. */
export interface Validate {
  (data: unknown): boolean;
  errors?: ValidationError[] | null;
}

/** The part of ajv's error the import reports. */
export interface ValidationError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** The whole file's validator and each kind's entry validator, by kind name. */
export interface ExportValidators {
  exportFile: Validate;
  entries: Readonly<Record<string, Validate>>;
}
