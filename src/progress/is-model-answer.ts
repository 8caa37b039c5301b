/**
 * Whether an answer is the model answer pasted in: the same text once spacing is ignored (a reformat or a re-indent
 * changes nothing). Practice graded so says nothing about what the candidate knows, and counts as practice with help.
 */
export function isModelAnswer(answer: string, model: string): boolean {
  const squeeze = (text: string): string => text.replace(/\s+/g, '');
  return squeeze(answer) === squeeze(model);
}
