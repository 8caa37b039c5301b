import { describe, expect, it } from 'vitest';
import vocabulary from '../../../graders/vocabulary/vocabulary.schema.json' with { type: 'json' };
import {
  findRefTarget,
  placeKey,
  readRef,
  readSchemaAt,
  type SchemaPlace,
} from '../../../graders/json-schema/resolve-ref';
import { readAnswerSchema } from '../../../graders/json-schema/schema-document';

/** The schema at a place that must exist. */
function schemaAt(place: SchemaPlace | undefined): unknown {
  if (place === undefined) throw new Error('the $ref resolves to no place');
  return readSchemaAt(place);
}

const ANSWER_ID = 'https://sysdesign-courseware.invalid/exercises/chapter/exercise/answer.schema.json';

describe('readRef', () => {
  it('splits a local $ref into the same document and its pointer, percent-decoded', () => {
    expect(readRef('#/$defs/a%20b', ANSWER_ID)).toEqual({ document: '', pointer: '/$defs/a b' });
    expect(readRef('#', ANSWER_ID)).toEqual({ document: '', pointer: '' });
  });

  it('resolves the address against the $id of the document the $ref is written in', () => {
    expect(readRef('../../../schemas/vocabulary.schema.json#/$defs/name', ANSWER_ID)).toEqual({
      document: vocabulary.$id,
      pointer: '/$defs/name',
    });
    expect(readRef(`${vocabulary.$id}#/$defs/name`, undefined)?.document).toBe(vocabulary.$id);
  });

  it('follows no anchor, malformed escape or address without a base', () => {
    expect(readRef('#name', ANSWER_ID)).toBeUndefined();
    expect(readRef('#/$defs/%E0%A4%A', ANSWER_ID)).toBeUndefined();
    expect(readRef('other.json#/x', undefined)).toBeUndefined();
  });
});

describe('findRefTarget', () => {
  const answerSchema = {
    $id: ANSWER_ID,
    $defs: { 'a/b~c': { enum: ['local'] } },
  };
  const reading = readAnswerSchema(answerSchema);

  it('reaches a definition of the vocabulary by its $id', () => {
    const place = findRefTarget(`${vocabulary.$id}#/$defs/communicationStyle`, reading.answer, reading);
    expect(place?.document).toBe(reading.documents[1]);
    expect(schemaAt(place)).toBe(vocabulary.$defs.communicationStyle);
    expect(place && placeKey(place, reading)).toBe('1#/$defs/communicationStyle');
  });

  it('reaches a local definition whose key holds "/" and "~" (escaped in the pointer)', () => {
    const place = findRefTarget('#/$defs/a~1b~0c', reading.answer, reading);
    expect(schemaAt(place)).toEqual({ enum: ['local'] });
    expect(place && placeKey(place, reading)).toBe('0#/$defs/a~1b~0c');
  });

  it('resolves a local $ref written in the vocabulary within the vocabulary', () => {
    const [, inVocabulary] = reading.documents;
    const place = inVocabulary && findRefTarget('#/$defs/name', inVocabulary, reading);
    expect(schemaAt(place)).toBe(vocabulary.$defs.name);
  });

  it('finds nothing in a document the reading does not hold, or at a missing pointer', () => {
    expect(findRefTarget('https://elsewhere.invalid/x.json#/$defs/a', reading.answer, reading)).toBeUndefined();
    const missing = findRefTarget('#/$defs/absent', reading.answer, reading);
    expect(missing && readSchemaAt(missing)).toBeUndefined();
  });
});
