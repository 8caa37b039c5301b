/**
 * Reading an answer value that may be anything: half-typed, wrong-typed or hostile. Only own data properties are
 * read (never getters or inherited members), lists are read up to a bound, and text is normalised to one line.
 */
import { isPlainObject } from '../../graders/index.ts';
import { normalizeText } from './answer-drawing-text';

// Far more entries than a diagram can show; the bound keeps a pathological value from costing time.
const MAX_ITEMS_READ = 5_000;

/** An own data property of a plain object (not of an array), or undefined. */
export function readField(value: unknown, key: string): unknown {
  if (!isPlainObject(value)) return undefined;
  return Object.getOwnPropertyDescriptor(value, key)?.value;
}

/** The entries of an array with their indexes (holes and getters read as undefined), or undefined. */
export function readItems(value: unknown): { index: number; value: unknown }[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items: { index: number; value: unknown }[] = [];
  const length = Math.min(value.length, MAX_ITEMS_READ);
  for (let index = 0; index < length; index++) {
    items.push({ index, value: Object.getOwnPropertyDescriptor(value, index)?.value });
  }
  return items;
}

/** `value` as one line of text when it is a non-blank string. */
export function readText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = normalizeText(value);
  return text === '' ? undefined : text;
}

/** The non-blank strings of an array, with their indexes. */
export function readTexts(value: unknown): { index: number; text: string }[] {
  const texts: { index: number; text: string }[] = [];
  for (const item of readItems(value) ?? []) {
    const text = readText(item.value);
    if (text !== undefined) texts.push({ index: item.index, text });
  }
  return texts;
}

/** `value` as one line of text when it is a non-blank string, a finite number (a timeout, a count), or a list of them. */
export function readWord(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  // A list of codes (several reasons that each decide) reads as one phrase: "a and b".
  if (Array.isArray(value)) {
    const words = value.filter((item) => typeof item === 'string' || typeof item === 'number').map(readWord);
    const kept = words.filter((word): word is string => word !== undefined);
    return kept.length === 0 ? undefined : kept.join(' and ');
  }
  return readText(value);
}
