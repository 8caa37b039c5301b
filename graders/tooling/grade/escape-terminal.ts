/**
 * Makes text from an answer safe to print in a terminal. An answer can hold control characters: ESC sequences that
 * clear the screen or move the cursor, a carriage return that overwrites "FAIL" with "PASS", a line break that forges
 * a line of the report, or bidirectional overrides that reorder what is shown. Each is printed as a visible escape.
 */

// C0 controls (line breaks and tabs included: every printed line is exactly one line), DEL, C1 controls, the
// Unicode line and paragraph separators, and the bidirectional embedding, override and isolate characters.
// eslint-disable-next-line no-control-regex -- finding control characters is what this file is for.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same, less C0, which JSON.stringify already escapes.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One line of output with every unsafe character shown as `\n`, `\t` or `\u001b`. */
export function escapeTerminalLine(line: string): string {
  return line.replace(UNSAFE, (char) => NAMED[char] ?? toUnicodeEscape(char));
}

/** JSON text (from JSON.stringify) with the unsafe characters it leaves raw written as `\u…` escapes, still valid JSON. */
export function escapeTerminalJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, toUnicodeEscape);
}

function toUnicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
