/** The small syntax tree the TypeScript-answer reader builds: only what an answer can hold. */

/** A value expression: a literal, an object, an array, or a reference to a top-level `const`. */
export type ValueNode =
  | { kind: 'literal'; value: string | number | boolean | null; start: number; end: number }
  | { kind: 'object'; members: ObjectMember[]; start: number; end: number }
  | { kind: 'array'; elements: ArrayElement[]; start: number; end: number }
  | { kind: 'reference'; name: string; start: number; end: number };

/** `...name` or `...{…}` inside an object or an array. */
export interface SpreadNode {
  kind: 'spread';
  argument: ValueNode;
  start: number;
  end: number;
}

/** `key: value` (or shorthand `key`, stored as a reference) inside an object literal. */
export interface PropertyNode {
  kind: 'property';
  key: string;
  keyStart: number;
  keyEnd: number;
  value: ValueNode;
}

export type ObjectMember = PropertyNode | SpreadNode;
export type ArrayElement = ValueNode | SpreadNode;

/** A top-level `const` that the answer may reference. */
export interface ConstDeclaration {
  name: string;
  value: ValueNode;
  nameStart: number;
  nameEnd: number;
}

/** What the reader found at the top level of the file. */
export interface TsProgram {
  constants: Map<string, ConstDeclaration>;
  /** The expression of `export default …`, when there is one. */
  defaultExport: ValueNode | undefined;
}
