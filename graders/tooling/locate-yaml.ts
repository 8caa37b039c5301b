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
  | {
      ok: true;
      data: unknown;
      /** Where the deepest written part of `path` is; with `value`, where that scalar is written inside it. */
      locate: (path: readonly PropertyKey[], value?: string) => Position;
    }
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
    locate: (path, value) => {
      const node = findNode(document.contents, path);
      const inside = value === undefined ? undefined : findScalar(node.node, value);
      return at(inside ?? node.offset);
    },
  };
}

/** The first scalar (a key or a value) equal to `value` under `node`, depth first: its offset. */
function findScalar(node: Node | null, value: string): number | undefined {
  if (isScalar(node)) return String(node.value) === value ? node.range?.[0] : undefined;
  if (isSeq(node))
    for (const item of node.items) {
      const found = isScalarOrCollection(item) ? findScalar(item, value) : undefined;
      if (found !== undefined) return found;
    }
  if (isMap(node))
    for (const pair of node.items) {
      const found =
        (isScalar(pair.key) ? findScalar(pair.key, value) : undefined) ??
        (isScalarOrCollection(pair.value) ? findScalar(pair.value, value) : undefined);
      if (found !== undefined) return found;
    }
  return undefined;
}

/**
 * The deepest part of `path` that is written: its offset (a field's key, a list item, or the enclosing value) and
 * its value node.
 */
function findNode(root: Node | null, path: readonly PropertyKey[]): { offset: number; node: Node | null } {
  let node = root;
  let offset = node?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (pair === undefined || !isScalar(pair.key)) break;
      offset = pair.key.range?.[0] ?? offset;
      node = isScalarOrCollection(pair.value) ? pair.value : null;
      if (node === null) return { offset, node };
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (!isScalarOrCollection(item)) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else return { offset, node: null };
  }
  return { offset, node };
}

function isScalarOrCollection(value: unknown): value is Node {
  return isScalar(value) || isMap(value) || isSeq(value);
}
