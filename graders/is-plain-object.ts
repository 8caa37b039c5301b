/** Whether `value` is a plain object (not null, not a list): a JSON object once parsed, a record to read fields of. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
