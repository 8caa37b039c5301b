/**
 * `check`: runs a custom check registered in graders/custom-checks/ (see check-criterion.ts). Its messages are the
 * custom checks' own, each worded in the check's file.
 */
import { customCheckMessages } from '../../../custom-checks/registry';
import { defineKind } from '../define-kind';
import { gradeCheck } from './grade-check';
import { listCheckReads } from './list-check-reads';

export const checkKind = defineKind({
  name: 'check',
  messages: customCheckMessages,
  grade: gradeCheck,
  listReads: listCheckReads,
});
