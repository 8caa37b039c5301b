import { fieldAt, fieldsOf, listTargetReads, type FieldRead } from '../target-reads';
import type { OrderCriterion } from './order-criterion';

/** An `order` reads its target and, whole, the members it orders: each item, or its `pick` field. */
export function listOrderReads(criterion: OrderCriterion): FieldRead[] {
  const { at, pick } = criterion;
  return [...listTargetReads(criterion), { path: pick === undefined ? fieldsOf(at) : fieldAt(at, pick), deep: true }];
}
