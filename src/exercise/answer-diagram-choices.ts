/**
 * The decision-shaped parts of an answer as diagram elements: a migration strategy with its extraction plan (a
 * routing node in front of the monolith and of each extracted module, numbered in order), and a choice of where
 * to run with the caveat that would change it.
 */
import type { DiagramBuilder, NodeSpec } from './answer-diagram-builder';
import type { DiagramMark, MarkLookup } from './answer-diagram-marks';
import { isRecord, readField, readItems, readText, readTexts } from './answer-diagram-read';
import { countOf, listNames, type DiagramSection } from './answer-diagram-section';
import { tidyText } from './answer-diagram-text';

// The routing layers of the vocabulary in words; any other value is shown as written.
const ROUTING_WORDS: Readonly<Record<string, string>> = {
  'api-gateway': 'API gateway',
  'reverse-proxy': 'Reverse proxy',
  'load-balancer': 'Load balancer',
  'dns-switch': 'DNS switch',
  none: 'No routing layer',
};

function routingLabel(routing: string): string {
  return Object.hasOwn(ROUTING_WORDS, routing) ? (ROUTING_WORDS[routing] ?? routing) : tidyText(routing);
}

/** Draws `strategy` and `plan`; undefined when the answer has neither. */
export function drawPlan(answer: unknown, builder: DiagramBuilder, marks: MarkLookup): DiagramSection | undefined {
  const strategy = readField(answer, 'strategy');
  const plan = readField(answer, 'plan');
  if (!isRecord(strategy) && !isRecord(plan)) return undefined;
  const parts: string[] = [];

  const choice = readText(readField(strategy, 'choice'));
  const reason = readText(readField(strategy, 'reason'));
  if (choice !== undefined || reason !== undefined) {
    const words = `strategy ${tidyText(choice ?? '(none chosen)')}${reason === undefined ? '' : ` because ${tidyText(reason)}`}`;
    if (builder.addNode({ key: 'strategy', shape: 'note', label: words, mark: marks.find('/strategy') }))
      parts.push(words);
  }

  if (isRecord(plan)) {
    const routing = readText(readField(plan, 'routing'));
    const kept = readTexts(readField(plan, 'keep')).map((item) => tidyText(item.text));
    const monolith: NodeSpec = {
      key: 'plan:monolith',
      shape: 'box',
      label: kept.length === 0 ? 'monolith' : `monolith, keeps ${kept.join(', ')}`,
      mark: marks.find('/plan/keep'),
    };
    const router: NodeSpec | undefined =
      routing === undefined
        ? undefined
        : { key: 'plan:routing', shape: 'stadium', label: routingLabel(routing), mark: marks.find('/plan/routing') };
    const drewMonolith = router
      ? builder.addEdge(router, monolith, { kind: 'arrow', mark: router.mark })
      : builder.addNode(monolith);

    const extracted: string[] = [];
    for (const { index, value } of readItems(readField(plan, 'extract')) ?? []) {
      const module = readText(readField(value, 'module'));
      if (module === undefined) continue;
      // Numbered by position in the list, as written, so "2." is the second entry even if the first is unreadable.
      const label = `${index + 1}. ${tidyText(module)}`;
      const mark = marks.find(`/plan/extract/${index}`);
      const step: NodeSpec = { key: `plan:extract:${index}`, shape: 'rounded', label, mark };
      const reason = readText(readField(value, 'reason'));
      const because = reason === undefined ? undefined : tidyText(reason);
      // Without a routing layer the modules only leave the monolith: a dashed edge from it, not a route.
      const drawn = router
        ? builder.addEdge(router, step, { kind: 'arrow', label: because, mark })
        : builder.addEdge(monolith, step, { kind: 'dashed-arrow', label: because, mark });
      if (drawn) extracted.push(label);
    }

    if (drewMonolith || extracted.length > 0) {
      const through = routing === undefined ? 'with no routing layer given' : `through ${routingLabel(routing)}`;
      const order = extracted.length === 0 ? 'nothing extracted' : `extract ${listNames(extracted)}`;
      parts.push(`extraction plan ${through}: ${order}; the monolith keeps ${countOf(kept.length, 'module')}`);
    }
  }
  const title = choice === undefined ? 'extraction plan' : `extraction plan, strategy ${tidyText(choice)}`;
  return { title, summary: parts.join('; ') };
}

/** Draws `decision` and `caveat`; undefined when the answer has neither. */
export function drawDecision(answer: unknown, builder: DiagramBuilder, marks: MarkLookup): DiagramSection | undefined {
  const decision = readField(answer, 'decision');
  const caveat = readField(answer, 'caveat');
  if (!isRecord(decision) && !isRecord(caveat)) return undefined;
  const parts: string[] = [];

  const workload: NodeSpec = { key: 'decision:workload', shape: 'stadium', label: 'workload' };
  const option = (name: string, mark: DiagramMark | undefined): NodeSpec => ({
    key: `option:${name}`,
    shape: 'rounded',
    label: tidyText(name),
    mark,
  });

  const choice = readText(readField(decision, 'choice'));
  const reason = readText(readField(decision, 'reason'));
  const supporting = readTexts(readField(decision, 'supporting')).length;
  const decisionMark = marks.find('/decision');
  if (choice !== undefined) {
    const because =
      reason === undefined ? undefined : `${tidyText(reason)}${supporting > 0 ? ` (+${supporting} more)` : ''}`;
    if (
      builder.addEdge(workload, option(choice, decisionMark), { kind: 'arrow', label: because, mark: decisionMark })
    ) {
      const why = reason === undefined ? 'with no reason given' : `because ${tidyText(reason)}`;
      const more = supporting > 0 ? `, with ${countOf(supporting, 'supporting reason')}` : '';
      parts.push(`runs on ${tidyText(choice)} ${why}${more}`);
    }
  }

  const condition = readText(readField(caveat, 'condition'));
  const switchTo = readText(readField(caveat, 'switchTo'));
  if (switchTo !== undefined) {
    const caveatMark = marks.find('/caveat');
    const from = choice === undefined ? workload : option(choice, decisionMark);
    const when = condition === undefined ? 'if (no condition given)' : `if ${tidyText(condition)}`;
    if (builder.addEdge(from, option(switchTo, caveatMark), { kind: 'dashed-arrow', label: when, mark: caveatMark })) {
      parts.push(`would switch to ${tidyText(switchTo)} ${when}`);
    }
  }
  const title = choice === undefined ? 'decision' : `decision, ${tidyText(choice)}`;
  return { title, summary: parts.join('; ') };
}
