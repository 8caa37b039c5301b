/**
 * YAML read with the place of every field, so a problem found in the parsed data (a zod issue path, a rubric
 * pointer) can be reported at the line and column where the author wrote it.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/** A 1-based place in a file. */
export interface Position {
  line: number;
  column: number;
}

/** Maps a place in the YAML text to the place in the file it was taken from. */
export type ToFilePosition = (position: Position) => Position;

/** The parsed YAML and a locator for any path in it, or the first syntax error with its place. */
export type LocatedYaml =
  | { ok: true; data: unknown; locate: (path: readonly PropertyKey[]) => Position }
  | { ok: false; message: string; position: Position };

/** Parses `text`; positions are mapped to the file by `toFile` (the YAML may be a block inside a larger file). */
export function readLocatedYaml(text: string, toFile: ToFilePosition): LocatedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return toFile({ line, column: col });
  };
  const error = document.errors[0];
  if (error !== undefined)
    return { ok: false, message: error.message.split('\n')[0] ?? '', position: at(error.pos[0]) };
  return {
    ok: true,
    data: document.toJS(),
    locate: (path) => at(findOffset(document.contents, path)),
  };
}

/** The offset of the deepest part of `path` that is written: a field's key, a list item, or the enclosing value. */
function findOffset(root: Node | null, path: readonly PropertyKey[]): number {
  let node = root;
  let offset = node?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (pair === undefined || !isScalar(pair.key)) break;
      offset = pair.key.range?.[0] ?? offset;
      node = isScalarOrCollection(pair.value) ? pair.value : null;
      if (node === null) break;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!isScalarOrCollection(item)) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

function isScalarOrCollection(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value);
}
