/**
 * The service-design part of an answer (`services`, `dataStores`, `calls`, `events`) as diagram elements: services
 * as rounded nodes, data stores as cylinders owned through dotted lines, calls as solid (sync) or dashed (async)
 * arrows, and events as dashed arrows from the producer to each consumer.
 */
import type { DiagramBuilder, EdgeSpec, NodeSpec } from './answer-diagram-builder';
import type { DiagramMark, MarkLookup } from './answer-diagram-marks';
import { readField, readItems, readText, readTexts } from './answer-diagram-read';
import { countOf, type DiagramSection } from './answer-diagram-section';
import { tidyText } from './answer-diagram-text';

function serviceNode(name: string, mark?: DiagramMark): NodeSpec {
  return { key: `service:${name}`, shape: 'rounded', label: tidyText(name), mark };
}

function storeNode(name: string, engine?: string, mark?: DiagramMark): NodeSpec {
  const label = engine === undefined ? tidyText(name) : `${tidyText(name)} (${tidyText(engine)})`;
  return { key: `store:${name}`, shape: 'cylinder', label, mark };
}

/** Draws the services part of `answer`; undefined when the answer has none of its lists. */
export function drawServices(answer: unknown, builder: DiagramBuilder, marks: MarkLookup): DiagramSection | undefined {
  const services = readItems(readField(answer, 'services'));
  const stores = readItems(readField(answer, 'dataStores'));
  const calls = readItems(readField(answer, 'calls'));
  const events = readItems(readField(answer, 'events'));
  if (!services && !stores && !calls && !events) return undefined;

  // Names declared in `services` and `dataStores`; anything else an edge names is drawn too, and counted apart.
  const declaredServices = new Set<string>();
  const declaredStores = new Set<string>();
  const drawnServices = new Set<string>();
  const drawnStores = new Set<string>();
  // Draws an edge and notes the services and stores it drew, for the counts in the summary.
  const connect = (from: NodeSpec, to: NodeSpec, edge: EdgeSpec): boolean => {
    if (!builder.addEdge(from, to, edge)) return false;
    for (const spec of [from, to]) {
      if (spec.key.startsWith('service:')) drawnServices.add(spec.key.slice('service:'.length));
      if (spec.key.startsWith('store:')) drawnStores.add(spec.key.slice('store:'.length));
    }
    return true;
  };

  for (const { index, value } of services ?? []) {
    const name = readText(readField(value, 'name'));
    if (name !== undefined && builder.addNode(serviceNode(name, marks.find(`/services/${index}`)))) {
      declaredServices.add(name);
    }
  }
  for (const { index, value } of stores ?? []) {
    const name = readText(readField(value, 'name'));
    const engine = readText(readField(value, 'engine'));
    if (name !== undefined && builder.addNode(storeNode(name, engine, marks.find(`/dataStores/${index}`)))) {
      declaredStores.add(name);
    }
  }
  for (const { index, value } of services ?? []) {
    const name = readText(readField(value, 'name'));
    if (name === undefined) continue;
    for (const store of readTexts(readField(value, 'dataStores'))) {
      const mark = marks.find(`/services/${index}`, `/services/${index}/dataStores/${store.index}`);
      connect(serviceNode(name), storeNode(store.text), { kind: 'dotted-line', mark });
    }
  }

  const callCounts = { sync: 0, async: 0, other: 0 };
  for (const { index, value } of calls ?? []) {
    const from = readText(readField(value, 'from'));
    const to = readText(readField(value, 'to'));
    if (from === undefined || to === undefined) continue;
    const style = readField(value, 'style');
    const kind = style === 'async' ? 'dashed-arrow' : 'arrow';
    const mechanism = readText(readField(value, 'mechanism'));
    const label = mechanism === undefined ? undefined : tidyText(mechanism);
    const edge: EdgeSpec = { kind, label, mark: marks.find(`/calls/${index}`) };
    if (!connect(serviceNode(from), serviceNode(to), edge)) continue;
    callCounts[style === 'sync' ? 'sync' : style === 'async' ? 'async' : 'other']++;
  }

  let eventCount = 0;
  let consumerCount = 0;
  for (const { index, value } of events ?? []) {
    const item = `/events/${index}`;
    const name = readText(readField(value, 'name'));
    const broker = readText(readField(value, 'broker'));
    const producer = readText(readField(value, 'producer'));
    const consumers = readTexts(readField(value, 'consumers'));
    if (name === undefined && producer === undefined && consumers.length === 0) continue;
    const label = `${tidyText(name ?? 'unnamed event')}${broker === undefined ? '' : ` (${tidyText(broker)})`}`;
    // An event nobody consumes yet, or whose producer is missing, still shows as its own small node.
    const eventNode: NodeSpec = { key: `event:${index}`, shape: 'flag', label, mark: marks.find(item) };
    let drawn = 0;
    if (consumers.length === 0) {
      if (producer === undefined) drawn += builder.addNode(eventNode) ? 1 : 0;
      else drawn += connect(serviceNode(producer), eventNode, { kind: 'dashed-arrow', mark: eventNode.mark }) ? 1 : 0;
    }
    for (const consumer of consumers) {
      const mark = marks.find(item, `${item}/consumers/${consumer.index}`);
      const added =
        producer === undefined
          ? connect(eventNode, serviceNode(consumer.text), { kind: 'dashed-arrow', mark })
          : connect(serviceNode(producer), serviceNode(consumer.text), { kind: 'dashed-arrow', label, mark });
      if (added) {
        drawn++;
        consumerCount++;
      }
    }
    if (drawn > 0) eventCount++;
  }

  const undeclaredServices = [...drawnServices].filter((name) => !declaredServices.has(name)).length;
  const undeclaredStores = [...drawnStores].filter((name) => !declaredStores.has(name)).length;
  const parts = [
    countWithUndeclared(declaredServices.size, undeclaredServices, 'service'),
    countWithUndeclared(declaredStores.size, undeclaredStores, 'data store'),
    callCounts.sync > 0 ? countOf(callCounts.sync, 'synchronous call') : '',
    callCounts.async > 0 ? countOf(callCounts.async, 'asynchronous call') : '',
    callCounts.other > 0 ? `${countOf(callCounts.other, 'call')} of unknown style` : '',
    eventCount > 0
      ? `${countOf(eventCount, 'event')} with ${consumerCount === 0 ? 'no consumers' : countOf(consumerCount, 'consumer')}`
      : '',
  ].filter((part) => part !== '');
  return { title: 'services, data stores, calls and events', summary: parts.join(', ') };
}

function countWithUndeclared(declared: number, undeclared: number, noun: string): string {
  if (declared + undeclared === 0) return '';
  const count = countOf(declared + undeclared, noun);
  return undeclared === 0 ? count : `${count} (${undeclared} referenced but not declared)`;
}
