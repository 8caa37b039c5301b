/** `set`: the members of a list, compared with the right and wrong ones, order ignored (see set-criterion.ts). */
import { defineKind } from '../define-kind';
import { gradeSet } from './grade-set';
import { listSetReads } from './list-set-reads';
import { setMessages } from './set-messages';

export const setKind = defineKind({
  name: 'set',
  messages: setMessages,
  grade: gradeSet,
  listReads: listSetReads,
});
