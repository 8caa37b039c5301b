import { z } from 'zod';
import { slugSchema } from './ids';

/** The kinds of answers an exercise is proved with. */
export const sampleKindSchema = z.enum([
  /** A right answer written differently from the model: another valid order, mechanism, condition, longer notes. */
  'valid-alternative',
  /** An answer that tries to collect points without deciding: every option listed, every reason given. */
  'gaming',
  /** The same thing declared twice, differently. */
  'contradiction',
  /** The right decision for a reason that does not decide it. */
  'wrong-reason',
  /** Right decisions whose reasons are swapped between two items: each reason is right somewhere else. */
  'swapped-reasons',
  /** A right answer that gives two reasons where both decide (a reason written as a list). */
  'both-reasons',
  /** An otherwise strong answer with one mistake an interviewer stops at. */
  'red-flag',
  /** An answer that relies on things it refers to without declaring them. */
  'undeclared',
  /** A plain wrong answer, the kind candidates often give. */
  'mistake',
]);

export type SampleKind = z.infer<typeof sampleKindSchema>;

/** The kinds of right answers: a `pass-*` sample is one of these, a `fail-*` sample any other. */
export const PASSING_KINDS: readonly SampleKind[] = ['valid-alternative', 'both-reasons'];

/**
 * A sample answer the exercise checks itself with: every file in the exercise's `samples/`, each declaring what it
 * expects in a header of `//` comment lines holding YAML (`kind`, `fails`, `redFlags`, `passes`, `about`).
 * `samples/pass-*` files must pass with full marks; `samples/fail-*` files must fail exactly the criteria in `fails`
 * and pass all the others. `file` comes from the file's name, never from the header.
 */
export const sampleSchema = z
  .strictObject({
    /** Path from the exercise folder, e.g. `samples/fail-rewrite.json`; `.json` or `.ts` says the format. */
    file: z.string().regex(/^samples\/(pass|fail)-[a-z0-9-]+\.(json|ts)$/, {
      message: 'a sample lives in samples/ and is named pass-<name> or fail-<name>, ending in .json or .ts',
    }),
    /** Criterion ids this sample must not pass (verdict partial or fail); empty for a pass sample. */
    fails: z.array(slugSchema).default([]),
    /** Whether the whole answer must pass; defaults to true for pass samples, false for fail samples. */
    passes: z.boolean().optional(),
    /** Criterion ids that must raise a red flag or a contradiction on this sample (each fails the answer). */
    redFlags: z.array(slugSchema).default([]),
    /** What kind of answer this is, so an exercise can show it was tried with every kind a candidate writes. */
    kind: sampleKindSchema,
    /** Why the sample exists: the mistake (or the valid alternative) it stands for. */
    about: z.string().min(5),
  })
  .refine((sample) => sample.file.startsWith('samples/pass-') === (sample.fails.length === 0), {
    message: 'a pass-* sample fails no criteria, and a fail-* sample names the criteria it fails',
    path: ['fails'],
  })
  .refine((sample) => sample.redFlags.length === 0 || sample.passes !== true, {
    message: 'a sample that raises a red flag cannot pass',
    path: ['passes'],
  })
  .refine((sample) => PASSING_KINDS.includes(sample.kind) === sample.file.startsWith('samples/pass-'), {
    message: 'pass-* samples are valid alternatives or both-reasons answers, and those kinds are pass-* samples',
    path: ['kind'],
  });

export type Sample = z.infer<typeof sampleSchema>;
