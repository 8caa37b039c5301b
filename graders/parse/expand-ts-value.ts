/**
 * Turns the answer's syntax tree into plain data, following references to other top-level constants and spreads
 * of them. Nothing is evaluated: a reference is replaced by the literal it names. Each value keeps the span of the
 * literal it was written as, so a schema error inside a referenced constant is marked where the candidate wrote it.
 */
import { appendPointer } from '../json-pointer';
import { MAX_DEPTH, MAX_EXPANDED_VALUES } from './limits';
import { ReadFailure, createProblem, defineOwn, type AnswerSpans } from './read-result';
import type { TsProgram, ValueNode } from './ts-syntax';

/** Expands `root` into data, recording spans by JSON pointer into `spans`. Failures are ReadFailures. */
export function expandTsValue(program: TsProgram, root: ValueNode, spans: AnswerSpans): unknown {
  return new Expander(program, spans).expand(root, '', 0);
}

class Expander {
  private expanded = 0;
  /** Constants being expanded right now, innermost last; a repeat is a cycle. */
  private readonly resolving: string[] = [];

  constructor(
    private readonly program: TsProgram,
    private readonly spans: AnswerSpans,
  ) {}

  expand(node: ValueNode, pointer: string, depth: number): unknown {
    if (++this.expanded > MAX_EXPANDED_VALUES) this.fail('limit.too-many-values', { limit: MAX_EXPANDED_VALUES }, node);
    if (depth > MAX_DEPTH) this.fail('limit.too-deep', { limit: MAX_DEPTH }, node);
    const target = this.dereference(node);
    this.spans.values.set(pointer, { start: target.node.start, end: target.node.end });
    try {
      return this.expandLiteral(target.node, pointer, depth);
    } finally {
      this.resolving.length -= target.entered;
    }
  }

  /** Follows a chain of references (`const a = b; const b = {…}`) to the literal it ends at. */
  private dereference(node: ValueNode): { node: Exclude<ValueNode, { kind: 'reference' }>; entered: number } {
    let current = node;
    let entered = 0;
    while (current.kind === 'reference') {
      const declaration = this.program.constants.get(current.name);
      if (declaration === undefined) {
        this.resolving.length -= entered;
        return this.fail('ts.unknown-reference', { name: current.name }, current);
      }
      if (this.resolving.includes(current.name)) {
        const cycle = [...this.resolving.slice(this.resolving.indexOf(current.name)), current.name].join(' → ');
        this.resolving.length -= entered;
        return this.fail('ts.cyclic-reference', { name: current.name, cycle }, current);
      }
      this.resolving.push(current.name);
      entered++;
      current = declaration.value;
    }
    return { node: current, entered };
  }

  private expandLiteral(node: Exclude<ValueNode, { kind: 'reference' }>, pointer: string, depth: number): unknown {
    if (node.kind === 'literal') return node.value;
    if (node.kind === 'array') {
      const result: unknown[] = [];
      for (const element of node.elements) {
        if (element.kind !== 'spread') {
          result.push(this.expand(element, appendPointer(pointer, result.length), depth + 1));
          continue;
        }
        const source = this.dereference(element.argument);
        try {
          if (source.node.kind !== 'array')
            return this.fail('ts.spread-type', { expected: 'an array', found: kindOf(source.node) }, element);
          for (const item of source.node.elements) {
            if (item.kind === 'spread') this.expandNestedSpread(item.argument, result, pointer, depth);
            else result.push(this.expand(item, appendPointer(pointer, result.length), depth + 1));
          }
        } finally {
          this.resolving.length -= source.entered;
        }
      }
      return result;
    }
    const result: Record<string, unknown> = {};
    for (const member of node.members) {
      if (member.kind === 'property') {
        const child = appendPointer(pointer, member.key);
        this.spans.keys.set(child, { start: member.keyStart, end: member.keyEnd });
        defineOwn(result, member.key, this.expand(member.value, child, depth + 1));
        continue;
      }
      // A spread copies the properties of another object; later properties override earlier ones. Its values are
      // expanded under this object's pointer so their spans land where the copies now live.
      const ownSpan = this.spans.values.get(pointer);
      const copied = this.expand(member.argument, pointer, depth);
      if (ownSpan !== undefined) this.spans.values.set(pointer, ownSpan);
      if (copied === null || typeof copied !== 'object' || Array.isArray(copied)) {
        return this.fail('ts.spread-type', { expected: 'an object', found: describeValue(copied) }, member);
      }
      for (const [key, value] of Object.entries(copied)) defineOwn(result, key, value);
    }
    return result;
  }

  /** Array spreads inside a spread array: `[...a]` where `a = [...b, 1]`. */
  private expandNestedSpread(argument: ValueNode, result: unknown[], pointer: string, depth: number): void {
    const source = this.dereference(argument);
    try {
      if (source.node.kind !== 'array')
        return this.fail('ts.spread-type', { expected: 'an array', found: kindOf(source.node) }, argument);
      for (const item of source.node.elements) {
        if (item.kind === 'spread') this.expandNestedSpread(item.argument, result, pointer, depth);
        else result.push(this.expand(item, appendPointer(pointer, result.length), depth + 1));
      }
    } finally {
      this.resolving.length -= source.entered;
    }
  }

  private fail(
    messageId: Parameters<typeof createProblem>[0],
    params: Parameters<typeof createProblem>[1],
    at: { start: number; end: number },
  ): never {
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
