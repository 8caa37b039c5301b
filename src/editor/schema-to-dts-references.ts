/**
 * The schema documents of an exercise as the declarations generator reads them: `$ref`s are followed by the JSON
 * Schema toolkit (graders/json-schema), so they reach what ajv, the grader and the "Answer format" reach. What is
 * the generator's own is how `allOf` and a `$ref` are split into the parts of one type: a `$ref` stays a named
 * type wherever it can (the toolkit's flattening would write the definition out in place), and the documentation a
 * type shows on hover.
 */
import {
  findRefTarget,
  isPlainObject,
  placeKey,
  readKeyword,
  readSchemaAt,
  type AnswerSchemaReading,
  type SchemaDocument,
  type SchemaPlace,
} from '../../graders/index.ts';
import { describeMembers } from './schema-to-dts-text';
import {
  MAX_DEPTH,
  arrayOrEmpty,
  declaredTypes,
  describedBy,
  isPureReference,
  type Located,
} from './schema-to-dts-schema';

/** The schema documents of one exercise, and what can be looked up across them. */
export class SchemaIndex {
  constructor(readonly reading: AnswerSchemaReading) {}

  /** A key naming one place in one document. */
  keyOf(target: SchemaPlace): string {
    return placeKey(target, this.reading);
  }

  /** The place a `$ref` names, relative to `document`'s `$id`; undefined when it is in no known document. */
  resolve(ref: string, document: SchemaDocument): SchemaPlace | undefined {
    return findRefTarget(ref, document, this.reading);
  }

  /** The schema at a place, or undefined when nothing is there. */
  schemaAt(target: SchemaPlace): unknown {
    return readSchemaAt(target);
  }

  /** The prefix of the type names made from a document's `$defs`: `Exercise` for the answer schema's own. */
  prefixOf(document: SchemaDocument): string {
    return document === this.reading.answer ? 'Exercise' : 'Vocabulary';
  }

  /** The schema a chain of pure `$ref`s ends at (a few hops at most). */
  follow(located: Located): unknown {
    let { schema, document } = located;
    for (let hop = 0; hop < 8 && isPureReference(schema); hop++) {
      const target = this.resolve(String(readKeyword(schema, '$ref')), document);
      const resolved = target ? this.schemaAt(target) : undefined;
      if (!target || resolved === undefined) break;
      ({ schema, document } = { schema: resolved, document: target.document });
    }
    return schema;
  }

  /**
   * The schemas `all` stands for: `allOf` branches flattened and a `$ref` beside other keywords split off; with
   * `inline`, references are replaced by what they refer to (except those in `blocked`, being written already).
   * Undefined when one of them is `false`, so nothing is valid.
   */
  expand(all: readonly Located[], inline: boolean, depth: number, blocked: readonly string[]): Located[] | undefined {
    const parts: Located[] = [];
    let impossible = false;
    const visit = (located: Located, level: number, path: readonly string[]): void => {
      const { schema, document } = located;
      if (schema === true) return;
      if (schema === false) impossible = true;
      if (!isPlainObject(schema) || level > MAX_DEPTH) {
        parts.push(located);
        return;
      }
      const ref = readKeyword(schema, '$ref');
      if (typeof ref === 'string' && isPureReference(schema)) {
        const target = inline ? this.resolve(ref, document) : undefined;
        const resolved = target ? this.schemaAt(target) : undefined;
        const key = target ? this.keyOf(target) : '';
        if (!target || resolved === undefined || path.includes(key) || blocked.includes(key)) parts.push(located);
        else visit({ schema: resolved, document: target.document }, level + 1, [...path, key]);
        return;
      }
      const allOf = readKeyword(schema, 'allOf');
      if (typeof ref !== 'string' && !Array.isArray(allOf)) {
        parts.push(located);
        return;
      }
      // The schemas it builds on come first and its own keywords last, so hovers and docs prefer the narrower text.
      if (typeof ref === 'string') parts.push({ schema: { $ref: ref }, document });
      for (const sub of arrayOrEmpty(allOf)) visit({ schema: sub, document }, level + 1, path);
      const rest = Object.entries(schema).filter(([key]) => key !== '$ref' && key !== 'allOf');
      parts.push({ schema: Object.fromEntries(rest), document });
    };
    for (const located of all) visit(located, depth, []);
    return impossible ? undefined : parts;
  }

  /**
   * The JSDoc paragraphs for a schema: its title (`withTitle`, for named types), its description (Markdown first),
   * and the description of each enum member. With `followReference`, a schema that only refers to a definition
   * borrows the definition's text (a property typed by `#/$defs/mechanism` explains the mechanisms).
   */
  documentation(located: Located, followReference: boolean, withTitle: boolean): string[] {
    const { schema, document } = located;
    let source = schema;
    const ref = readKeyword(schema, '$ref');
    if (followReference && typeof ref === 'string') {
      const target = this.resolve(ref, document);
      const resolved = target ? this.schemaAt(target) : undefined;
      if (describedBy(schema) === undefined) source = resolved;
      else if (isPlainObject(resolved) && isPlainObject(schema) && !Object.hasOwn(schema, 'enum')) {
        source = { ...resolved, ...schema };
      }
    }
    const paragraphs: string[] = [];
    const title = readKeyword(source, 'title');
    if (withTitle && typeof title === 'string') paragraphs.push(title);
    paragraphs.push(describedBy(source) ?? describedBy(schema) ?? '');
    const members = readKeyword(source, 'enum');
    const descriptions = readKeyword(source, 'enumDescriptions');
    if (Array.isArray(members) && Array.isArray(descriptions)) paragraphs.push(describeMembers(members, descriptions));
    if (readKeyword(source, 'deprecated') === true) paragraphs.push('@deprecated');
    return paragraphs;
  }
}

/** Whether a schema allows only certain strings (`enum` or `const` of strings). */
export function isStringLiterals(schema: unknown): boolean {
  const members =
    isPlainObject(schema) && Object.hasOwn(schema, 'const') ? [schema['const']] : readKeyword(schema, 'enum');
  return Array.isArray(members) && members.length > 0 && members.every((member) => typeof member === 'string');
}

/** Whether a schema is any string, give or take constraints a type cannot express (`pattern`, lengths). */
export function isPlainString(schema: unknown): boolean {
  if (!isPlainObject(schema)) return false;
  const types = declaredTypes(schema);
  const narrowing = ['const', 'enum', '$ref', 'allOf', 'anyOf', 'oneOf'];
  return types?.length === 1 && types[0] === 'string' && !narrowing.some((keyword) => Object.hasOwn(schema, keyword));
}
