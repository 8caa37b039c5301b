/**
 * Which text of several schemas that apply to one value the "Answer format" shows: the one nearest the field. The
 * schemas are the JSON Schema toolkit's parts (graders/json-schema), each knowing how many `$ref`s were followed to
 * reach it and which document it is in; the answer schema's own words are preferred over the vocabulary's.
 */
import { readKeyword, type SchemaDocument, type SchemaPart, type SchemaReading } from '../../graders/index.ts';

/** How much a document's text is preferred: the answer schema is 0, the vocabulary 1; lower ranks are preferred. */
export function rankOf(document: SchemaDocument, reading: SchemaReading): number {
  return reading.documents.indexOf(document);
}

/** The nearest description: fewest `$ref`s followed, then the answer schema's, then the first written. */
export function nearestDescription(parts: readonly SchemaPart[], reading: SchemaReading): string | undefined {
  let best: { text: string; hops: number; rank: number } | undefined;
  for (const part of parts) {
    const text = readKeyword(part.node, 'description') ?? readKeyword(part.node, 'markdownDescription');
    if (typeof text !== 'string' || text.trim() === '') continue;
    const candidate = { text: text.trim(), hops: part.hops, rank: rankOf(part.document, reading) };
    if (!best || candidate.hops < best.hops || (candidate.hops === best.hops && candidate.rank < best.rank))
      best = candidate;
  }
  return best?.text;
}
