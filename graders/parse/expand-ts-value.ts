/**
 * Turns the answer's syntax tree into plain data, following references to other top-level constants and spreads
 * of them. Nothing is evaluated: a reference is replaced by the literal it names. Each value keeps the span of the
 * literal it was written as, so a schema error inside a referenced constant is marked where the candidate wrote it.
 *
 * Expansion is bounded like reading: every value and every spread counts against MAX_EXPANDED_VALUES (a spread of
 * an empty list costs nothing to copy but is still a step, so `a1 = [...a0, ...a0]` forty times over stops at the
 * limit), and every spread is a level of MAX_DEPTH (a chain of 13,000 constants, each spreading the one before,
 * stops at the limit instead of exhausting the stack). A chain of plain references is followed in a loop.
 */
import { isPlainObject } from '../is-plain-object';
import type { MessageId, ParamsFor } from '../feedback/catalogue';
import { appendPointer } from '../json-schema/json-pointer';
import { MAX_DEPTH } from './limits';
import { ReadFailure, createProblem, defineOwn, type AnswerSpans } from './read-result';
import type { ArrayElement, TsProgram, ValueNode } from './ts-syntax';
import { ValueBudget } from './value-budget';

/** Expands `root` into data, recording spans by JSON pointer into `spans`. Failures are ReadFailures. */
export function expandTsValue(program: TsProgram, root: ValueNode, spans: AnswerSpans): unknown {
  return new Expander(program, spans).expand(root, '', 0);
}

type LiteralNode = Exclude<ValueNode, { kind: 'reference' }>;

class Expander {
  private readonly budget = new ValueBudget();
  /** Constants being expanded right now, innermost last; a repeat is a cycle. */
  private readonly resolving: string[] = [];
  /** The same names as a set, so a long chain of references is checked for cycles in linear time. */
  private readonly resolvingSet = new Set<string>();

  constructor(
    private readonly program: TsProgram,
    private readonly spans: AnswerSpans,
  ) {}

  expand(node: ValueNode, pointer: string, depth: number): unknown {
    this.budget.countValue(node);
    this.checkDepth(depth, node);
    const target = this.dereference(node);
    this.spans.values.set(pointer, { start: target.node.start, end: target.node.end });
    try {
      return this.expandLiteral(target.node, pointer, depth);
    } finally {
      this.leave(target.entered);
    }
  }

  /** Follows a chain of references (`const a = b; const b = {…}`) to the literal it ends at. */
  private dereference(node: ValueNode): { node: LiteralNode; entered: number } {
    let current = node;
    let entered = 0;
    while (current.kind === 'reference') {
      const declaration = this.program.constants.get(current.name);
      if (declaration === undefined) {
        this.leave(entered);
        return this.fail('ts.unknown-reference', { name: current.name }, current);
      }
      if (this.resolvingSet.has(current.name)) {
        const cycle = [...this.resolving.slice(this.resolving.indexOf(current.name)), current.name].join(' → ');
        this.leave(entered);
        return this.fail('ts.cyclic-reference', { name: current.name, cycle }, current);
      }
      this.resolving.push(current.name);
      this.resolvingSet.add(current.name);
      entered++;
      current = declaration.value;
    }
    return { node: current, entered };
  }

  /** Forgets the innermost `count` constants being expanded. */
  private leave(count: number): void {
    for (let i = 0; i < count; i++) this.resolvingSet.delete(this.resolving.pop() ?? '');
  }

  private expandLiteral(node: LiteralNode, pointer: string, depth: number): unknown {
    if (node.kind === 'literal') {
      if (typeof node.value === 'string') this.budget.checkString(node.value, node);
      return node.value;
    }
    if (node.kind === 'array') {
      const result: unknown[] = [];
      this.appendElements(node.elements, result, pointer, depth);
      return result;
    }
    const result: Record<string, unknown> = {};
    let fields = 0;
    const define = (key: string, value: unknown, at: { start: number; end: number }): void => {
      if (!Object.hasOwn(result, key)) this.budget.checkFields(++fields, at);
      defineOwn(result, key, value);
    };
    for (const member of node.members) {
      if (member.kind === 'property') {
        const child = appendPointer(pointer, member.key);
        const keySpan = { start: member.keyStart, end: member.keyEnd };
        this.budget.checkKey(member.key, child, keySpan);
        this.spans.keys.set(child, keySpan);
        define(member.key, this.expand(member.value, child, depth + 1), keySpan);
        continue;
      }
      // A spread copies the properties of another object; later properties override earlier ones. Its values are
      // expanded under this object's pointer so their spans land where the copies now live. The spread is a level.
      this.budget.countValue(member);
      const ownSpan = this.spans.values.get(pointer);
      const copied = this.expand(member.argument, pointer, depth + 1);
      if (ownSpan !== undefined) this.spans.values.set(pointer, ownSpan);
      if (!isPlainObject(copied)) {
        return this.fail('ts.spread-type', { expected: 'an object', found: describeValue(copied) }, member);
      }
      for (const [key, value] of Object.entries(copied)) define(key, value, member);
    }
    return result;
  }

  /** Appends a list's elements to `result`, copying spread lists (`[...a]` where `a = [...b, 1]`) in place. */
  private appendElements(elements: readonly ArrayElement[], result: unknown[], pointer: string, depth: number): void {
    for (const element of elements) {
      if (element.kind !== 'spread') {
        this.budget.checkItems(result.length + 1, element);
        result.push(this.expand(element, appendPointer(pointer, result.length), depth + 1));
        continue;
      }
      this.budget.countValue(element);
      this.checkDepth(depth + 1, element);
      const source = this.dereference(element.argument);
      try {
        if (source.node.kind !== 'array')
          return this.fail('ts.spread-type', { expected: 'an array', found: kindOf(source.node) }, element);
        this.appendElements(source.node.elements, result, pointer, depth + 1);
      } finally {
        this.leave(source.entered);
      }
    }
  }

  private checkDepth(depth: number, at: { start: number; end: number }): void {
    if (depth > MAX_DEPTH) this.fail('limit.too-deep', { limit: MAX_DEPTH }, at);
  }

  private fail<Id extends MessageId>(messageId: Id, params: ParamsFor<Id>, at: { start: number; end: number }): never {
    throw new ReadFailure(createProblem(messageId, params, at.start, at.end));
  }
}

function kindOf(node: ValueNode): string {
  if (node.kind === 'literal') return describeValue(node.value);
  return node.kind === 'array' ? 'an array' : node.kind === 'object' ? 'an object' : 'a reference';
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
