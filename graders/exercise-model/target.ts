import { z } from 'zod';
import { jsonPointerSchema, scalarSchema } from './ids';

/**
 * Where a criterion looks. `at` points into the answer; when it points at a list, `where` keeps the items whose
 * fields equal the given values (e.g. `{ from: order, to: payment }`), so criteria do not depend on item order.
 */
export const targetFields = {
  /** JSON pointer to the part of the answer this criterion reads. */
  at: jsonPointerSchema,
  /** Keep only the list items whose fields equal these values. */
  where: z.record(z.string(), scalarSchema).optional(),
};

/** For criteria over a list of names: the field of each item to read (`module` of `{ module, reason }`); list values are flattened. */
export const pickField = z.string().min(1).optional();
