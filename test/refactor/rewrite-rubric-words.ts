/**
 * The rubric's old words rewritten in its one vocabulary (issue 26, step 1), on the text of a frontmatter:
 * `correct`/`accepted`/`required`/`mustAppear` become `right`, `forbidden`/`mustNotAppear` become `wrong`, a `wrong`
 * map of notes and a `redFlags` map become one `wrong` list of `{ value, why, redFlag }` entries, and `where: {}`
 * becomes `where: all`.
 *
 * The yaml package's Document API finds each node and its place in the text; the text is then edited only there, so
 * comments, key order, quoting, blank lines and every author's text stay exactly as written. The rewrite is parsed
 * again and must equal the old data transformed in memory, or it is refused. Used by codemod-vocabulary.ts.
 */
import { isMap, isNode, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { isPlainObject } from '../../graders/is-plain-object';

/** Old key → new key, by where the key is written. */
const RENAMES = {
  set: { required: 'right', forbidden: 'wrong' },
  order: { mustAppear: 'right', mustNotAppear: 'wrong' },
  decision: { correct: 'right' },
  when: { correct: 'right' },
  reason: { accepted: 'right' },
} as const satisfies Record<string, Record<string, string>>;

/** One replacement of the text between two offsets. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

type Data = Record<string, unknown>;

const rangeOf = (node: Node): [number, number] => {
  if (node.range === undefined || node.range === null) throw new Error('a node without a place in the text');
  return [node.range[0], node.range[1]];
};

/** The column (0-based) of `offset` in `text`. */
const columnOf = (text: string, offset: number): number => offset - (text.lastIndexOf('\n', offset - 1) + 1);

/** The offset of the end of the line holding `offset` (its newline, or the end of the text). */
const lineEnd = (text: string, offset: number): number => {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline;
};

/** A value's text moved `by` columns deeper: its continuation lines follow it. */
const deepen = (source: string, by: number): string => source.replaceAll('\n', `\n${' '.repeat(by)}`);

/** Renames the keys of `map` named in `renames`, in place in the text. */
function renameKeys(map: YAMLMap, renames: Readonly<Record<string, string>>, edits: Edit[]): void {
  for (const pair of map.items as Pair<unknown, unknown>[]) {
    if (!isScalar(pair.key)) continue;
    const renamed = renames[String(pair.key.value)];
    if (renamed === undefined) continue;
    const [start, end] = rangeOf(pair.key);
    edits.push({ start, end, text: renamed });
  }
}

/** A `key: value` pair of a block map, with its key's name. */
interface WrittenPair {
  name: string;
  key: Node;
  value: Node;
}

/** The pairs of `map`; a key that is not a plain name or a value left empty cannot be moved safely. */
function pairsOf(map: YAMLMap): WrittenPair[] {
  return (map.items as Pair<unknown, unknown>[]).map((pair) => {
    if (!isScalar(pair.key) || !isNode(pair.value)) throw new Error('a key without a value: rewrite it by hand');
    return { name: String(pair.key.value), key: pair.key, value: pair.value };
  });
}

const pairOf = (map: YAMLMap, name: string): WrittenPair | undefined =>
  (map.items as Pair<unknown, unknown>[]).some((pair) => isScalar(pair.key) && pair.key.value === name)
    ? pairsOf(map).find((pair) => pair.name === name)
    : undefined;

/**
 * A `wrong` map of notes and a `redFlags` map, as one `wrong` list: each `value: note` pair becomes
 * `- value: value` with `why: note` (and `redFlag: name` when the value raises one) under it, where it was.
 */
function rewriteWrong(text: string, map: YAMLMap, edits: Edit[]): void {
  const notesPair = pairOf(map, 'wrong');
  const flagsPair = pairOf(map, 'redFlags');
  if (notesPair !== undefined && !isMap(notesPair.value)) return; // already a list
  if (flagsPair !== undefined && !isMap(flagsPair.value)) throw new Error('`redFlags` is not a map');
  const notes = notesPair?.value as YAMLMap | undefined;
  const flags = flagsPair?.value as YAMLMap | undefined;
  if (notes?.flow === true || flags?.flow === true)
    throw new Error('a `wrong` or `redFlags` written as a flow map: rewrite it by hand');
  const flagPairs = flags === undefined ? [] : pairsOf(flags);
  const flagOf = new Map(flagPairs.map((pair) => [pair.name, pair.value]));
  const source = (node: Node): string => {
    const [start, end] = rangeOf(node);
    return text.slice(start, end);
  };
  /** `- value: key` with the fields under it, replacing the text of `key: value`. */
  const entry = (key: Node, fields: [string, Node][], indent: number): string =>
    [
      `- value: ${source(key)}`,
      ...fields.map(([name, node]) => `${' '.repeat(indent + 2)}${name}: ${deepen(source(node), 2)}`),
    ].join('\n');
  const rewritePairs = (pairs: readonly WrittenPair[], field: 'why' | 'redFlag'): void => {
    for (const pair of pairs) {
      const fields: [string, Node][] = [[field, pair.value]];
      const flag = field === 'why' ? flagOf.get(pair.name) : undefined;
      if (flag !== undefined) fields.push(['redFlag', flag]);
      const [start] = rangeOf(pair.key);
      const [, end] = rangeOf(pair.value);
      edits.push({ start, end, text: entry(pair.key, fields, columnOf(text, start)) });
    }
  };
  if (notes === undefined) {
    if (flagsPair === undefined) return;
    // Only red flags: the map becomes the `wrong` list where it stands.
    const [start, end] = rangeOf(flagsPair.key);
    edits.push({ start, end, text: 'wrong' });
    rewritePairs(flagPairs, 'redFlag');
    return;
  }
  const notePairs = pairsOf(notes);
  rewritePairs(notePairs, 'why');
  if (flagsPair === undefined) return;
  // Red flags on values without a note join the list at its end; the `redFlags` map goes.
  const noted = new Set(notePairs.map((pair) => pair.name));
  const last = notePairs.at(-1);
  if (last === undefined) throw new Error('an empty `wrong` map');
  const indent = columnOf(text, rangeOf(last.key)[0]);
  const added = flagPairs
    .filter((pair) => !noted.has(pair.name))
    .map((pair) => `\n${' '.repeat(indent)}${entry(pair.key, [['redFlag', pair.value]], indent)}`)
    .join('');
  if (added !== '') {
    const at = lineEnd(text, rangeOf(last.value)[1]);
    edits.push({ start: at, end: at, text: added });
  }
  const lastFlag = flagPairs.at(-1);
  if (lastFlag === undefined) throw new Error('an empty `redFlags` map');
  const start = text.lastIndexOf('\n', rangeOf(flagsPair.key)[0]) + 1;
  const end = lineEnd(text, rangeOf(lastFlag.value)[1]) + 1;
  if (/^\s*#/m.test(text.slice(start, end))) throw new Error('a comment inside `redFlags`: move it by hand');
  edits.push({ start, end, text: '' });
}

/** Every edit the frontmatter `text` needs. */
function planEdits(text: string): Edit[] {
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0) throw new Error(`YAML error: ${document.errors[0]?.message ?? ''}`);
  const rubric = document.get('rubric', true);
  if (!isSeq(rubric)) return [];
  const edits: Edit[] = [];
  for (const criterion of rubric.items) {
    if (!isMap(criterion)) continue;
    const kind = criterion.get('kind');
    const where = pairOf(criterion, 'where')?.value;
    if (isMap(where) && where.items.length === 0) {
      const [start, end] = rangeOf(where);
      edits.push({ start, end, text: 'all' });
    }
    if (kind === 'set' || kind === 'order') renameKeys(criterion, RENAMES[kind], edits);
    if (kind !== 'choice') continue;
    const decision = criterion.get('decision', true);
    if (isMap(decision)) {
      renameKeys(decision, RENAMES.decision, edits);
      const when = decision.get('when', true);
      if (isSeq(when)) for (const rule of when.items) if (isMap(rule)) renameKeys(rule, RENAMES.when, edits);
      rewriteWrong(text, decision, edits);
    }
    const reason = criterion.get('reason', true);
    if (isMap(reason)) {
      renameKeys(reason, RENAMES.reason, edits);
      rewriteWrong(text, reason, edits);
    }
  }
  return edits;
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  const ordered = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  ordered.forEach((edit, index) => {
    const next = ordered[index - 1];
    if (next !== undefined && edit.end > next.start) throw new Error('two edits overlap');
  });
  return ordered.reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}

/** `object` with its keys renamed in place (the order kept). */
function renamed(object: Data, renames: Readonly<Record<string, string>>): Data {
  return Object.fromEntries(Object.entries(object).map(([key, value]) => [renames[key] ?? key, value]));
}

/** A `wrong` map and a `redFlags` map as the `wrong` list, in memory: what the text edits must give. */
function mergedWrong(part: Data): Data {
  const notes = part.wrong;
  const flags = part.redFlags;
  if (!isPlainObject(notes) && !isPlainObject(flags)) return part;
  const flagOf = isPlainObject(flags) ? flags : {};
  const noteOf = isPlainObject(notes) ? notes : {};
  const list = [
    ...Object.entries(noteOf).map(([value, why]) => ({
      value,
      why,
      ...(Object.hasOwn(flagOf, value) ? { redFlag: flagOf[value] } : {}),
    })),
    ...Object.entries(flagOf)
      .filter(([value]) => !Object.hasOwn(noteOf, value))
      .map(([value, redFlag]) => ({ value, redFlag })),
  ];
  const result: Data = {};
  const listAt = isPlainObject(notes) ? 'wrong' : 'redFlags';
  for (const [key, value] of Object.entries(part)) {
    if (key === listAt) result.wrong = list;
    else if (key !== 'redFlags') result[key] = value;
  }
  return result;
}

/** The old frontmatter data in the new words: the meaning of the text edits, computed without them. */
function expectedData(data: Data): Data {
  const rubric = data.rubric;
  if (!Array.isArray(rubric)) return data;
  const criteria = rubric.map((item: unknown) => {
    if (!isPlainObject(item)) return item;
    let criterion: Data = { ...item };
    if (isPlainObject(criterion.where) && Object.keys(criterion.where).length === 0) criterion.where = 'all';
    if (criterion.kind === 'set') criterion = renamed(criterion, RENAMES.set);
    if (criterion.kind === 'order') criterion = renamed(criterion, RENAMES.order);
    if (criterion.kind === 'choice') {
      if (isPlainObject(criterion.decision)) {
        const decision = mergedWrong(renamed(criterion.decision, RENAMES.decision));
        if (Array.isArray(decision.when))
          decision.when = decision.when.map((rule: unknown) =>
            isPlainObject(rule) ? renamed(rule, RENAMES.when) : rule,
          );
        criterion.decision = decision;
      }
      if (isPlainObject(criterion.reason)) criterion.reason = mergedWrong(renamed(criterion.reason, RENAMES.reason));
    }
    return criterion;
  });
  return { ...data, rubric: criteria };
}
/**
 * `frontmatter` (the YAML between the `---` lines) in the new words; the same text when it has none of the old ones.
 * Throws when a part cannot be moved safely (a flow map, a comment inside `redFlags`) or the rewrite would mean
 * something else.
 */
export function rewriteRubricWords(frontmatter: string): string {
  const edits = planEdits(frontmatter);
  if (edits.length === 0) return frontmatter;
  const rewritten = applyEdits(frontmatter, edits);
  const before = JSON.stringify(expectedData(parseDocument(frontmatter).toJS() as Data));
  const after = parseDocument(rewritten, { uniqueKeys: true });
  if (after.errors.length > 0) throw new Error(`the rewrite is not YAML: ${after.errors[0]?.message ?? ''}`);
  if (JSON.stringify(after.toJS()) !== before) throw new Error('the rewrite does not mean what the old text meant');
  return rewritten;
}
