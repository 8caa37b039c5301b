/**
 * `x-before-curveball`, the answer-schema keyword for what a schema says while a mock's curveball is still hidden:
 * a description that does not mention the change (the root's "what changes when a fifth consumer is added" would
 * give it away). The page uses it only before the reveal; graders and validators ignore it.
 */

/** The keyword's name in an answer schema. */
export const BEFORE_CURVEBALL_KEYWORD = 'x-before-curveball';

/** The keyword's value: what replaces the schema's own words until the curveball is revealed. */
export interface BeforeCurveballAnnotation {
  /** The description shown instead of `description` until the reveal. */
  description: string;
}

/** The keyword's meta-schema: ajv checks every annotation against it. */
export const beforeCurveballAnnotationSchema = {
  type: 'object',
  description: 'What the schema says while a mock curveball is hidden.',
  additionalProperties: false,
  required: ['description'],
  properties: {
    description: {
      type: 'string',
      minLength: 10,
      description: 'The description shown instead of `description` until the curveball is revealed.',
    },
  },
} as const;
