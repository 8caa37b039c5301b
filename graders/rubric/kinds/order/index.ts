/** `order`: a list must respect "A before B" constraints (see order-criterion.ts). */
import { defineKind } from '../define-kind';
import { gradeOrder } from './grade-order';
import { listOrderReads } from './list-order-reads';
import { orderMessages } from './order-messages';

export const orderKind = defineKind({
  name: 'order',
  messages: orderMessages,
  grade: gradeOrder,
  listReads: listOrderReads,
});
