/**
 * Turns character offsets into the 1-based line and column an editor shows.
 * Columns count UTF-16 code units, as Monaco and JavaScript strings do, so a marker lands where the report says.
 */

/** A place in the answer's text: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** Converts offsets of one source text into positions; built once per answer. */
export type LineIndex = (offset: number) => Position;

/**
 * Indexes the line starts of `source` once, then answers each offset with a binary search. The text is scanned only
 * as far as the furthest offset asked for, so placing a problem near the start of a huge answer (one refused for its
 * size, say) costs nothing more than reading up to it.
 */
export function createLineIndex(source: string): LineIndex {
  const starts = [0];
  let scanned = 0;
  const scanTo = (end: number): void => {
    for (; scanned < end; scanned++) {
      const code = source.charCodeAt(scanned);
      // \r\n counts as one line break; a lone \r or \n also ends a line, as in JSON and ECMAScript.
      if (code === 10 || (code === 13 && source.charCodeAt(scanned + 1) !== 10)) starts.push(scanned + 1);
      else if (code === 0x2028 || code === 0x2029) starts.push(scanned + 1);
    }
  };
  return (offset) => {
    const at = Math.max(0, Math.min(offset, source.length));
    scanTo(at);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - (starts[low] ?? 0) + 1 };
  };
}
