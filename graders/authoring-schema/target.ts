import { z } from 'zod';
import { jsonPointerSchema, scalarSchema } from './ids';

/** The word for "every item of the list at `at`". */
export const EVERY_ITEM = 'all';

/**
 * Which items of the list at `at` a criterion reads: `all` of them, or those whose fields equal the given values
 * (`{ from: order, to: payment }`), so criteria do not depend on item order. Read as a filter: `all` keeps every item.
 */
export const whereSchema = z
  .union([
    z.literal(EVERY_ITEM),
    z.record(z.string(), scalarSchema).refine((fields) => Object.keys(fields).length > 0, {
      message: `\`where: {}\` is now \`where: ${EVERY_ITEM}\``,
    }),
  ])
  .transform((where): Record<string, string | number | boolean> => (where === EVERY_ITEM ? {} : where));

/**
 * Where a criterion looks. `at` points into the answer; when it points at a list, `where` says which of its items
 * are graded (each on its own), so criteria do not depend on item order.
 */
export const targetFields = {
  /** JSON pointer to the part of the answer this criterion reads. */
  at: jsonPointerSchema,
  /** The items of the list at `at` to grade: `all`, or those whose fields equal these values. */
  where: whereSchema.optional(),
};

/** For criteria over a list of names: the field of each item to read (`module` of `{ module, reason }`); list values are flattened. */
export const pickField = z.string().min(1).optional();
