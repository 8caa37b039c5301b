/**
 * TypeScript declarations from an exercise's answer schema, for the editor's TypeScript mode: one JSON Schema
 * (2020-12) drives ajv, the JSON editor and these types, so `answer` is typed and completes the same words the
 * grader accepts. Pure: the page passes the text to Monaco's `addExtraLib`.
 *
 * Typed: `$ref` (local `#/$defs/…`, and other documents by `$id`, such as the vocabulary), `type` (one or a list),
 * `enum` and `const` as literal types, objects (`properties`, `required`, `additionalProperties`,
 * `patternProperties`), arrays (`items`, `prefixItems`) as readonly arrays and tuples, `allOf` as one merged object
 * or array type (or an intersection of anything else), `anyOf` and `oneOf` as unions. Constraints a type cannot
 * express (`pattern`, lengths, `uniqueItems`, `minItems`, `not`, `if`/`then`/`else`, `$dynamicRef`, anchors) are
 * left to ajv, so these types should never reject a valid answer, but accept some invalid ones.
 */
import {
  isPlainObject,
  readAnswerSchema,
  readKeyword,
  unescapePointerToken,
  type AnswerSchemaReading,
  type SchemaDocument,
  type SchemaPlace,
} from '../../graders/index.ts';
import {
  NEVER,
  UNKNOWN,
  afterSeparator,
  atom,
  intersect,
  jsDoc,
  literalOf,
  pascalCase,
  unite,
  type TypeText,
} from './schema-to-dts-text';
import { SchemaIndex, isPlainString, isStringLiterals } from './schema-to-dts-references';
import { MAX_DEPTH, shapeOf, type Located } from './schema-to-dts-schema';
import { mergedArrayType, objectType, typeKeywordType, type Context, type TypeWriter } from './schema-to-dts-shapes';

/** A named type: the answer's root (`Answer`) or one `$defs` entry. */
interface NamedType {
  key: string;
  name: string;
  document: SchemaDocument;
  schema: unknown;
  /** Named types this one refers to outside any object property or array element, where an alias cycle is an error. */
  directReferences: Set<string>;
  body: TypeText;
  circular: boolean;
}

// Merging `allOf` branches can revisit a definition; the bound keeps a pathological schema from costing time.
const MAX_STEPS = 20_000;
const NAMED_POINTER = /^\/(?:\$defs|definitions)\/([^/]+)$/;

class DeclarationGenerator implements TypeWriter {
  readonly index: SchemaIndex;
  private readonly named = new Map<string, NamedType>();
  private readonly order: NamedType[] = [];
  private readonly usedNames = new Set<string>();
  private readonly inlining: string[] = [];
  private steps = 0;

  constructor(reading: AnswerSchemaReading) {
    this.index = new SchemaIndex(reading);
  }

  generate(answer: SchemaDocument): string {
    const root = this.namedType({ document: answer, pointer: '' });
    // Named types are found while earlier ones are written, so the list grows as it is walked.
    for (let position = 0; position < this.order.length; position++) {
      const type = this.order[position];
      if (!type) continue;
      type.body = this.typeOf(type.schema, {
        document: type.document,
        owner: type,
        indent: '',
        depth: 0,
        deferred: false,
      });
    }
    this.breakCycles();
    const others = this.order.filter((type) => type !== root);
    const header =
      "// The answer's types, generated from the exercise's answer schema and the answer vocabulary. Ambient (no\n" +
      '// imports or exports), so `satisfies Answer` and `: Answer` work in any file.\n';
    return [header, ...others.map((type) => this.declaration(type)), root ? this.declaration(root, true) : ''].join(
      '\n',
    );
  }

  typeOf(schema: unknown, context: Context): TypeText {
    return this.typeOfAll([{ schema, document: context.document }], context);
  }

  /**
   * The type of a value that satisfies every schema in `all`. `allOf` branches and a `$ref` beside other keywords
   * are separate schemas here. Where several of them describe objects (or arrays), they are merged into one object
   * (or array) type: TypeScript checks excess properties of array elements against each side of an intersection
   * alone, so `readonly A[] & readonly B[]` would reject a valid `{ …A, …B }` element.
   */
  typeOfAll(all: readonly Located[], context: Context): TypeText {
    if (context.depth > MAX_DEPTH || ++this.steps > MAX_STEPS) return UNKNOWN;
    const parts = this.index.expand(all, false, context.depth, this.inlining);
    if (parts === undefined) return NEVER;
    const inner: Context = { ...context, depth: context.depth + 1 };
    if (parts.filter((part) => shapeOf(part.schema) !== 'none').length > 1) {
      const expanded = this.index.expand(all, true, context.depth, this.inlining) ?? [];
      const structural = expanded.filter((part) => shapeOf(part.schema) !== 'none');
      const shapes = new Set(structural.map((part) => shapeOf(part.schema)));
      if (shapes.size === 1 && shapes.has('object')) return objectType(this, structural, inner);
      const merged = shapes.size === 1 && shapes.has('array') ? mergedArrayType(this, structural, inner) : undefined;
      if (merged) return merged;
    }
    // A literal union beside a plain string (an exercise's names narrowing the vocabulary's `name`) says it all.
    const narrowed = parts.some((part) => isStringLiterals(this.index.follow(part)))
      ? parts.filter((part) => !isPlainString(this.index.follow(part)))
      : parts;
    return intersect(narrowed.map((part) => this.plainType(part.schema, { ...inner, document: part.document })));
  }

  private declaration(type: NamedType, isAnswer = false): string {
    const paragraphs = this.index.documentation(type, false, true);
    if (type.circular)
      paragraphs.push('It refers to itself with no object or array in between, so it is typed as `unknown`.');
    if (isAnswer) {
      paragraphs.push(
        'Write your answer as `export const answer = { … } satisfies Answer;` or `export const answer: Answer = { … };`.',
      );
    }
    return `${jsDoc(paragraphs, '')}type ${type.name} =${afterSeparator(type.body)};\n`;
  }

  /** The named type for a document's root or one of its `$defs`, registered on first use; undefined if absent. */
  private namedType(target: SchemaPlace): NamedType | undefined {
    const key = this.index.keyOf(target);
    const existing = this.named.get(key);
    if (existing) return existing;
    const schema = this.index.schemaAt(target);
    if (schema === undefined) return undefined;
    const defName = NAMED_POINTER.exec(target.pointer)?.[1];
    const base =
      target.pointer === '' && this.order.length === 0
        ? 'Answer'
        : `${this.index.prefixOf(target.document)}${defName === undefined ? 'Schema' : pascalCase(unescapePointerToken(defName))}`;
    let name = base;
    for (let suffix = 2; this.usedNames.has(name); suffix++) name = `${base}${suffix}`;
    this.usedNames.add(name);
    const type: NamedType = {
      key,
      name,
      document: target.document,
      schema,
      directReferences: new Set(),
      body: UNKNOWN,
      circular: false,
    };
    this.named.set(key, type);
    this.order.push(type);
    return type;
  }

  /** The type of one schema without `allOf` (and whose `$ref`, if any, stands alone). */
  private plainType(schema: unknown, context: Context): TypeText {
    if (schema === true) return UNKNOWN;
    if (schema === false) return NEVER;
    if (!isPlainObject(schema)) return UNKNOWN;
    const parts: TypeText[] = [];
    const ref = readKeyword(schema, '$ref');
    if (typeof ref === 'string') parts.push(this.referenceType(ref, context));
    const enumeration = readKeyword(schema, 'enum');
    if (Object.hasOwn(schema, 'const')) parts.push(literalOf(schema['const']));
    else if (Array.isArray(enumeration))
      parts.push(
        unite(
          enumeration.map((member) => literalOf(member)),
          context.indent,
        ),
      );
    else {
      const typed = typeKeywordType(this, schema, context);
      if (typed) parts.push(typed);
    }
    for (const keyword of ['anyOf', 'oneOf']) {
      const options = readKeyword(schema, keyword);
      if (!Array.isArray(options)) continue;
      parts.push(
        unite(
          options.map((sub) => this.typeOf(sub, context)),
          context.indent,
        ),
      );
    }
    return intersect(parts);
  }

  private referenceType(ref: string, context: Context): TypeText {
    const target = this.index.resolve(ref, context.document);
    if (!target) return UNKNOWN;
    if (target.pointer === '' || NAMED_POINTER.test(target.pointer)) {
      const type = this.namedType(target);
      if (!type) return UNKNOWN;
      if (!context.deferred) context.owner.directReferences.add(type.key);
      return atom(type.name);
    }
    // Any other pointer (`#/properties/x`) is written inline, once per path so a self-reference cannot loop.
    const key = this.index.keyOf(target);
    const schema = this.index.schemaAt(target);
    if (schema === undefined || this.inlining.includes(key)) return UNKNOWN;
    this.inlining.push(key);
    try {
      return this.typeOf(schema, { ...context, document: target.document });
    } finally {
      this.inlining.pop();
    }
  }

  /** Named types that refer to themselves through aliases alone are errors in TypeScript: they become unknown. */
  private breakCycles(): void {
    const state = new Map<string, 'open' | 'done'>();
    const stack: NamedType[] = [];
    const visit = (type: NamedType): void => {
      state.set(type.key, 'open');
      stack.push(type);
      for (const key of type.directReferences) {
        const next = this.named.get(key);
        if (!next) continue;
        if (state.get(key) === 'open') for (const member of stack.slice(stack.indexOf(next))) member.circular = true;
        else if (!state.has(key)) visit(next);
      }
      stack.pop();
      state.set(type.key, 'done');
    };
    for (const type of this.order) if (!state.has(type.key)) visit(type);
    for (const type of this.order) if (type.circular) type.body = UNKNOWN;
  }
}

/**
 * The `.d.ts` text for an exercise: `type Answer` for `answerSchema`'s root, and one type per definition it uses,
 * named from its key and document (`ExerciseServiceName` from the exercise, `VocabularyReasonCode` from the
 * vocabulary), each with the schema's descriptions as JSDoc. A script (no imports or exports), so the types are
 * global and a candidate's module can write `export const answer = { … } satisfies Answer;`. Never throws on odd
 * schemas: what it cannot type becomes `unknown`.
 */
export function generateAnswerDeclarations(answerSchema: object, vocabularySchema: object): string {
  const reading = readAnswerSchema(answerSchema, vocabularySchema);
  return new DeclarationGenerator(reading).generate(reading.answer);
}
