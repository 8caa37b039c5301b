/**
 * Finds the schema issues that concern a criterion's inputs (the rule is in grading-input.ts) without comparing
 * every issue with every input: the issues are indexed once per answer in a tree of pointer tokens, and each input
 * walks down its own path. A thousand wrong items and a rubric reading each of them took seconds when every pair was
 * compared; this is linear in the issues and the inputs.
 */
import { splitPointer } from '../json-schema/json-pointer';
import type { SchemaIssue } from '../answer-schema/word-schema-errors';
import type { GradingInput } from './grading-input';

/** The issues of one answer, by the tokens of their pointers. */
export interface IssueIndex {
  readonly issues: readonly SchemaIssue[];
  readonly root: IssueNode;
}

interface IssueNode {
  children: Map<string, IssueNode>;
  /** The issues whose pointer ends at this node. */
  issues: SchemaIssue[];
}

const createNode = (): IssueNode => ({ children: new Map(), issues: [] });

/** Indexes `issues` by pointer, once per answer. */
export function indexIssues(issues: readonly SchemaIssue[]): IssueIndex {
  const root = createNode();
  for (const issue of issues) {
    let node = root;
    for (const token of splitPointer(issue.pointer)) {
      let child = node.children.get(token);
      if (child === undefined) {
        child = createNode();
        node.children.set(token, child);
      }
      node = child;
    }
    node.issues.push(issue);
  }
  return { issues, root };
}

/**
 * The issues that concern any of `inputs`, in the order they were indexed: those at or above an input (its pointer
 * or an ancestor's) and, for an input read whole, those inside it. A `*` token of an input matches any one token.
 */
export function findBlockingIssues(index: IssueIndex, inputs: readonly GradingInput[]): SchemaIssue[] {
  if (index.issues.length === 0) return [];
  const found = new Set<SchemaIssue>();
  const visited = new Set<IssueNode>();
  const collected = new Set<IssueNode>();
  const collectSubtree = (node: IssueNode): void => {
    const stack = [node];
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      if (collected.has(next)) continue;
      collected.add(next);
      for (const issue of next.issues) found.add(issue);
      stack.push(...next.children.values());
    }
  };
  const walk = (node: IssueNode, tokens: readonly string[], at: number, deep: boolean): void => {
    if (!visited.has(node)) {
      visited.add(node);
      for (const issue of node.issues) found.add(issue);
    }
    if (at === tokens.length) {
      if (deep) collectSubtree(node);
      return;
    }
    const token = tokens[at] ?? '';
    if (token === '*') for (const child of node.children.values()) walk(child, tokens, at + 1, deep);
    else {
      const child = node.children.get(token);
      if (child !== undefined) walk(child, tokens, at + 1, deep);
    }
  };
  for (const input of inputs) walk(index.root, splitPointer(input.pointer), 0, input.deep);
  return found.size === 0 ? [] : index.issues.filter((issue) => found.has(issue));
}
