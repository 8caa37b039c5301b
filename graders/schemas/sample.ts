import { z } from 'zod';
import { slugSchema } from './ids';

/**
 * A sample answer the exercise checks itself with. `samples/pass-*` files must pass with full marks;
 * `samples/fail-*` files must fail exactly the criteria in `fails` and pass all the others.
 */
export const sampleSchema = z
  .strictObject({
    /** Path from the exercise folder, e.g. `samples/fail-rewrite.json`; `.json` or `.ts` says the format. */
    file: z.string().regex(/^samples\/(pass|fail)-[a-z0-9-]+\.(json|ts)$/, {
      message: 'a sample lives in samples/ and is named pass-<name> or fail-<name>, ending in .json or .ts',
    }),
    /** Criterion ids this sample must not pass (verdict partial or fail); empty for a pass sample. */
    fails: z.array(slugSchema).default([]),
    /** Whether the whole answer must reach the pass mark; defaults to true for pass samples, false for fail samples. */
    passes: z.boolean().optional(),
    /** Why the sample exists: the mistake (or the valid alternative) it stands for. */
    about: z.string().min(5),
  })
  .refine((sample) => sample.file.startsWith('samples/pass-') === (sample.fails.length === 0), {
    message: 'a pass-* sample fails no criteria, and a fail-* sample names the criteria it fails',
    path: ['fails'],
  });

export type Sample = z.infer<typeof sampleSchema>;
