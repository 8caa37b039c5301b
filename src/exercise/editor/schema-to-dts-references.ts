/**
 * Following `$ref`s across the schema documents of an exercise (its answer schema and the vocabulary, by `$id`),
 * flattening `allOf`, and gathering the documentation a type shows on hover.
 */
import { isPlainObject } from '../../../graders/index.ts';
import { own, readRef, resolvePointer, withoutFragment } from '../json-schema/read-schema.ts';
import { describeMembers } from './schema-to-dts-format';
import {
  MAX_DEPTH,
  arrayOrEmpty,
  declaredTypes,
  describedBy,
  isPureReference,
  type Located,
  type SchemaDocument,
} from './schema-to-dts-schema';

/** Where a `$ref` points: a document and a JSON pointer into it. */
export interface Target {
  document: SchemaDocument;
  pointer: string;
}

/** The schema documents of one exercise, and what can be looked up across them. */
export class SchemaIndex {
  constructor(private readonly documents: readonly SchemaDocument[]) {}

  /** A key naming one place in one document. */
  keyOf(target: Target): string {
    return `${this.documents.indexOf(target.document)}#${target.pointer}`;
  }

  /** The place a `$ref` names, relative to `document`'s `$id`; undefined when it is in no known document. */
  resolve(ref: string, document: SchemaDocument): Target | undefined {
    const place = readRef(ref, document.id);
    if (!place) return undefined;
    if (place.document === '') return { document, pointer: place.pointer };
    const target = this.documents.find(
      (candidate) => candidate.id !== undefined && withoutFragment(candidate.id) === place.document,
    );
    return target ? { document: target, pointer: place.pointer } : undefined;
  }

  /** The schema at a place, or undefined when nothing is there. */
  schemaAt(target: Target): unknown {
    return resolvePointer(target.document.root, target.pointer);
  }

  /** The schema a chain of pure `$ref`s ends at (a few hops at most). */
  follow(located: Located): unknown {
    let { schema, document } = located;
    for (let hop = 0; hop < 8 && isPureReference(schema); hop++) {
      const target = this.resolve(String(own(schema, '$ref')), document);
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
      const ref = own(schema, '$ref');
      if (typeof ref === 'string' && isPureReference(schema)) {
        const target = inline ? this.resolve(ref, document) : undefined;
        const resolved = target ? this.schemaAt(target) : undefined;
        const key = target ? this.keyOf(target) : '';
        if (!target || resolved === undefined || path.includes(key) || blocked.includes(key)) parts.push(located);
        else visit({ schema: resolved, document: target.document }, level + 1, [...path, key]);
        return;
      }
      const allOf = own(schema, 'allOf');
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
    const ref = own(schema, '$ref');
    if (followReference && typeof ref === 'string') {
      const target = this.resolve(ref, document);
      const resolved = target ? this.schemaAt(target) : undefined;
      if (describedBy(schema) === undefined) source = resolved;
      else if (isPlainObject(resolved) && isPlainObject(schema) && !Object.hasOwn(schema, 'enum')) {
        source = { ...resolved, ...schema };
      }
    }
    const paragraphs: string[] = [];
    const title = own(source, 'title');
    if (withTitle && typeof title === 'string') paragraphs.push(title);
    paragraphs.push(describedBy(source) ?? describedBy(schema) ?? '');
    const members = own(source, 'enum');
    const descriptions = own(source, 'enumDescriptions');
    if (Array.isArray(members) && Array.isArray(descriptions)) paragraphs.push(describeMembers(members, descriptions));
    if (own(source, 'deprecated') === true) paragraphs.push('@deprecated');
    return paragraphs;
  }
}

/** Whether a schema allows only certain strings (`enum` or `const` of strings). */
export function isStringLiterals(schema: unknown): boolean {
  const members = isPlainObject(schema) && Object.hasOwn(schema, 'const') ? [schema['const']] : own(schema, 'enum');
  return Array.isArray(members) && members.length > 0 && members.every((member) => typeof member === 'string');
}

/** Whether a schema is any string, give or take constraints a type cannot express (`pattern`, lengths). */
export function isPlainString(schema: unknown): boolean {
  if (!isPlainObject(schema)) return false;
  const types = declaredTypes(schema);
  const narrowing = ['const', 'enum', '$ref', 'allOf', 'anyOf', 'oneOf'];
  return types?.length === 1 && types[0] === 'string' && !narrowing.some((keyword) => Object.hasOwn(schema, keyword));
}
