import { z } from 'zod';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A takeaway id, `<lesson-slug>.<kebab-name>`: declared by a lesson (graders/course/lesson.ts), cited by a criterion. */
export const takeawayIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'a takeaway id is `<lesson-slug>.<kebab-name>`, e.g. `microservices.sync-vs-async`',
});

/** A kebab-case slug: exercise ids, criterion ids, chapter and lesson slugs. */
export const slugSchema = z.string().regex(KEBAB, { message: 'use kebab-case, e.g. `payment-sync`' });

/** A JSON pointer into the answer (RFC 6901): `""` is the whole answer, `/calls` its `calls` field. */
export const jsonPointerSchema = z.string().regex(/^(\/([^~/]|~[01])*)*$/, {
  message: 'a JSON pointer is "" or starts with "/", e.g. `/plan/extract`',
});

/** A plain value an answer field can be compared with. */
export const scalarSchema = z.union([z.string(), z.number(), z.boolean()]);
