import ts from 'typescript';
import type { z } from 'astro/zod';

/** Where a zod schema is declared: the module that exports it (or re-exports it) and the export's name. */
export interface SchemaSource {
  /** Absolute path of a TypeScript module exporting the schema. */
  file: string;
  /** The name it is exported under. */
  exportName: string;
}

/** A zod schema seen through its definition, which is the same object at runtime and, typed, in its `.d.ts`. */
interface Definition {
  type: string;
  [field: string]: unknown;
}

type AnySchema = z.core.$ZodType;

/**
 * A copy of `schema` whose every object field carries its `/** … *\/` doc comment as its description, so that the
 * JSON Schema zod generates from it (Astro's content intellisense writes one per collection) gives an editor's hover
 * and completion the same words a reader of the TypeScript sees. The doc comments are read where they are written,
 * with the TypeScript compiler, at the time the copy is made: renaming or re-wording a field needs nothing else.
 *
 * The copy validates exactly as the original (same checks, refinements, defaults and transforms; only the containers
 * on the way to a described field are new objects): a field's schema is often shared between fields with different
 * doc comments (`neutral` of a decision, of a reason, of a set), so a description cannot be hung on the shared
 * schema itself.
 */
export function describeFromDocComments<Schema extends AnySchema>(schema: Schema, source: SchemaSource): Schema {
  const program = ts.createProgram([source.file], {
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    skipLibCheck: true,
    types: [],
    lib: ['lib.esnext.d.ts'],
  });
  const checker = program.getTypeChecker();
  const type = readExportedType(program, checker, source);
  return describe(schema, type, checker);
}

/** The type of `source`'s export, following re-exports; an error naming the file and export if there is none. */
function readExportedType(program: ts.Program, checker: ts.TypeChecker, source: SchemaSource): ts.Type {
  const file = program.getSourceFile(source.file);
  const module = file && checker.getSymbolAtLocation(file);
  const exported = module && checker.getExportsOfModule(module).find((symbol) => symbol.name === source.exportName);
  if (exported === undefined)
    throw new Error(`${source.file}: no export named "${source.exportName}" to read doc comments from`);
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  return checker.getTypeOfSymbol(symbol);
}

/**
 * Walks the schema and its type side by side. Zod types each definition field with the schema it holds
 * (`ZodObject<Shape>` has `_zod.def.shape: Shape`, an array `_zod.def.element`…), so the same path leads, at runtime,
 * to the child schema and, in the types, to the declaration written in the source, where the doc comment is.
 * `fallback` describes the discriminator of a union's variant (`kind: choice`), which has no comment of its own.
 */
function describe<Schema extends AnySchema>(
  schema: Schema,
  type: ts.Type | undefined,
  checker: ts.TypeChecker,
  fallback?: { field: string; text: string },
): Schema {
  const definition = schema._zod.def as Definition;
  const definitionType = readProperty(readProperty(type, '_zod', checker), 'def', checker);
  const child = (field: string, value: unknown, fieldType = readProperty(definitionType, field, checker)) =>
    describe(value as AnySchema, fieldType, checker);
  const copy = (changes: Record<string, unknown>) =>
    (schema as unknown as z.ZodType).clone({
      ...definition,
      ...changes,
    } as z.ZodType['_zod']['def']) as unknown as Schema;

  switch (definition.type) {
    case 'object': {
      const shapeType = readShapeType(type, checker);
      const shape = Object.fromEntries(
        Object.entries(definition['shape'] as Record<string, AnySchema>).map(([key, field]) => {
          const fieldSymbol = shapeType?.getProperty(key);
          const described = describe(field, fieldSymbol && checker.getTypeOfSymbol(fieldSymbol), checker);
          const text = readDocComment(fieldSymbol, checker) ?? (fallback?.field === key ? fallback.text : undefined);
          return [key, text === undefined ? described : withDescription(described, text)];
        }),
      );
      const text = readDeclaringConstDocComment(shapeType, checker);
      const described = copy({ shape });
      return text === undefined ? described : withDescription(described, text);
    }
    case 'array':
      return copy({ element: child('element', definition['element']) });
    case 'union': {
      const optionsType = readProperty(definitionType, 'options', checker);
      const discriminator = definition['discriminator'];
      const options = (definition['options'] as AnySchema[]).map((option, index) => {
        const optionType = readOptionType(optionsType, index, option, discriminator, checker);
        const text = readDeclaringConstDocComment(readShapeType(optionType, checker), checker);
        const variant =
          typeof discriminator === 'string' && text !== undefined ? { field: discriminator, text } : undefined;
        return describe(option, optionType, checker, variant);
      });
      return copy({ options });
    }
    case 'record':
      return copy({ valueType: child('valueType', definition['valueType']) });
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return copy({
        innerType: describe(
          definition['innerType'] as AnySchema,
          readProperty(definitionType, 'innerType', checker),
          checker,
          fallback,
        ),
      });
    case 'pipe':
      // The input side is what an author writes; the output side (often a transform) is kept as it is.
      return copy({
        in: describe(definition['in'] as AnySchema, readProperty(definitionType, 'in', checker), checker, fallback),
      });
    default:
      return schema;
  }
}

/** The schema with `text` as its description, as plain text and as Markdown (editors show the latter, formatted). */
function withDescription<Schema extends AnySchema>(schema: Schema, text: string): Schema {
  return (schema as unknown as z.ZodType).meta({ description: text, markdownDescription: text }) as unknown as Schema;
}

/** A symbol's doc comment, or undefined when it has none. */
function readDocComment(symbol: ts.Symbol | undefined, checker: ts.TypeChecker): string | undefined {
  const text = symbol && ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  // A comment's lines are wrapped to the source's width; its paragraphs are what a reader needs.
  return text ? text.replace(/(?<!\n)\n(?!\n)/g, ' ') : undefined;
}

/**
 * The doc comment of the constant an object schema is declared in (`export const choiceCriterionSchema =
 * z.strictObject({ … }).refine(…)`). Zod maps the shape it is given to a type of its own, so the object literal is
 * found through a field written in it (fields spread in from elsewhere are declared in other literals), then up
 * through the calls around it to the constant.
 */
function readDeclaringConstDocComment(shapeType: ts.Type | undefined, checker: ts.TypeChecker): string | undefined {
  const literal = shapeType
    ?.getProperties()
    .flatMap((property) => property.declarations ?? [])
    .map((declaration) => declaration.parent)
    .find((parent) => ts.isObjectLiteralExpression(parent) && ts.isCallExpression(parent.parent));
  let node: ts.Node | undefined = literal;
  while (node?.parent !== undefined && (ts.isCallExpression(node.parent) || ts.isPropertyAccessExpression(node.parent)))
    node = node.parent;
  const declaration = node?.parent;
  if (declaration === undefined || !ts.isVariableDeclaration(declaration)) return undefined;
  return readDocComment(checker.getSymbolAtLocation(declaration.name), checker);
}

/**
 * The type of a union's option at `index`: its element of the options' tuple. When that is itself a union, as when the
 * options are typed as a list (`kinds.map((kind) => kind.schema)`), the member whose discriminator is the option's
 * (`kind: 'choice'`).
 */
function readOptionType(
  optionsType: ts.Type | undefined,
  index: number,
  option: AnySchema,
  discriminator: unknown,
  checker: ts.TypeChecker,
): ts.Type | undefined {
  const element =
    readProperty(optionsType, String(index), checker) ??
    (optionsType && checker.getIndexTypeOfType(optionsType, ts.IndexKind.Number));
  if (element === undefined || !element.isUnion()) return element;
  if (typeof discriminator !== 'string') return undefined;
  const shape = (option._zod.def as Definition)['shape'] as Record<string, AnySchema> | undefined;
  const value = (
    (shape?.[discriminator]?._zod.def as Definition | undefined)?.['values'] as unknown[] | undefined
  )?.[0];
  return element.types.find((candidate) => {
    const literal = readProperty(
      readProperty(readShapeType(candidate, checker), discriminator, checker),
      'value',
      checker,
    );
    return literal?.isStringLiteral() === true && literal.value === value;
  });
}

/** The type of an object schema's shape (`_zod.def.shape`). */
function readShapeType(type: ts.Type | undefined, checker: ts.TypeChecker): ts.Type | undefined {
  return readProperty(readProperty(readProperty(type, '_zod', checker), 'def', checker), 'shape', checker);
}

/** The type of a property of `type`, or undefined when either is unknown. */
function readProperty(type: ts.Type | undefined, name: string, checker: ts.TypeChecker): ts.Type | undefined {
  const symbol = type && checker.getPropertyOfType(type, name);
  return symbol && checker.getTypeOfSymbol(symbol);
}
