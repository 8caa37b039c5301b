/** `choice`: a decision and its reason, graded together, on every item the target selects (see choice-criterion.ts). */
import { defineKind } from '../define-kind';
import { choiceMessages } from './choice-messages';
import { gradeChoice } from './grade-choice';
import { listChoiceReads } from './list-choice-reads';

export const choiceKind = defineKind({
  name: 'choice',
  messages: choiceMessages,
  grade: gradeChoice,
  listReads: listChoiceReads,
});
