import { describe, expect, it } from 'vitest';
import vocabulary from '../../../graders/vocabulary/vocabulary.schema.json' with { type: 'json' };
import { readAnswerSchema } from '../../../graders/json-schema/schema-document';
import {
  describesList,
  keepObjectParts,
  readItemParts,
  readPropertyParts,
  readRootParts,
  type SchemaPart,
} from '../../../graders/json-schema/schema-parts';

const styleRef = `${vocabulary.$id}#/$defs/communicationStyle`;

const answerSchema = {
  $id: 'https://sysdesign-courseware.invalid/exercises/chapter/exercise/answer.schema.json',
  type: 'object',
  properties: {
    style: { description: 'The style here.', allOf: [{ $ref: styleRef }, { enum: ['async'] }] },
    calls: { type: 'array', items: { $ref: '#/$defs/call' } },
    '*': { const: 'a property named *' },
    anything: true,
    nothing: false,
    odd: { $ref: '#/$defs/a~1b~0c' },
  },
  $defs: {
    'a/b~c': { type: 'string' },
    call: { type: 'object', properties: { to: { $ref: '#/$defs/call' } } },
    loop: { $ref: '#/$defs/loop' },
  },
};
const reading = readAnswerSchema(answerSchema);
const root = readRootParts(reading);
const summary = (parts: readonly SchemaPart[]) =>
  parts.map((part) => ({
    node: typeof part.node === 'boolean' ? part.node : Object.keys(part.node).join(','),
    document: reading.documents.indexOf(part.document),
    hops: part.hops,
    defKey: part.defKey,
  }));

describe('schema parts', () => {
  it('flatten a field: itself, its allOf branches, and what their $refs name in the vocabulary', () => {
    expect(summary(readPropertyParts(root, 'style', reading))).toEqual([
      { node: 'description,allOf', document: 0, hops: 0, defKey: undefined },
      { node: '$ref', document: 0, hops: 0, defKey: undefined },
      { node: 'type,description,enum,enumDescriptions', document: 1, hops: 1, defKey: 'communicationStyle' },
      { node: 'enum', document: 0, hops: 0, defKey: undefined },
    ]);
  });

  it('reach list entries through items, and a property named "*" as a property', () => {
    const calls = readPropertyParts(root, 'calls', reading);
    expect(describesList(calls)).toBe(true);
    const entry = readItemParts(calls, reading);
    expect(entry.map((part) => part.refKey)).toEqual([undefined, '0#/$defs/call']);
    expect(summary(readPropertyParts(root, '*', reading))).toEqual([
      { node: 'const', document: 0, hops: 0, defKey: undefined },
    ]);
  });

  it('follow a recursive definition one level at a time, and end a $ref to itself', () => {
    const to = readPropertyParts(readItemParts(readPropertyParts(root, 'calls', reading), reading), 'to', reading);
    expect(to.map((part) => part.refKey)).toEqual([undefined, '0#/$defs/call']);
    const loopReading = readAnswerSchema({ properties: { x: { $ref: '#/$defs/loop' } }, $defs: answerSchema.$defs });
    const loop = readPropertyParts(readRootParts(loopReading), 'x', loopReading);
    expect(loop.map((part) => part.refKey)).toEqual([undefined, '0#/$defs/loop']);
  });

  it('name the definition a $ref reaches by its key, unescaped', () => {
    expect(readPropertyParts(root, 'odd', reading).map((part) => part.defKey)).toEqual([undefined, 'a/b~c']);
  });

  it('keep boolean schemas as parts, and never read an inherited member as a property', () => {
    expect(readPropertyParts(root, 'anything', reading).map((part) => part.node)).toEqual([true]);
    expect(readPropertyParts(root, 'nothing', reading).map((part) => part.node)).toEqual([false]);
    expect(keepObjectParts(readPropertyParts(root, 'nothing', reading))).toEqual([]);
    expect(readPropertyParts(root, '__proto__', reading)).toEqual([]);
    expect(readPropertyParts(root, 'constructor', reading)).toEqual([]);
  });
});
