/** The names of the answer formats as the candidate reads them. */
import type { AnswerFormat } from '../../graders/index.ts';

/** "JSON" or "TypeScript". */
export const FORMAT_NAMES: Readonly<Record<AnswerFormat, string>> = { json: 'JSON', ts: 'TypeScript' };
