import Ajv2020, { type Options } from 'ajv/dist/2020';
import { BEFORE_CURVEBALL_KEYWORD, beforeCurveballAnnotationSchema } from './before-curveball-annotation';
import { DIAGRAM_KEYWORD, diagramAnnotationSchema } from './diagram-annotation';
import vocabulary from '../vocabulary/vocabulary.schema.json' with { type: 'json' };

/** The `$id` of the answer vocabulary; exercise schemas `$ref` it, e.g. `…/vocabulary.schema.json#/$defs/call`. */
export const VOCABULARY_ID: string = vocabulary.$id;

/**
 * A JSON Schema 2020-12 validator that knows the answer vocabulary. `allErrors` so a candidate sees every problem at
 * once; strict so a typo in an exercise schema fails its self-check instead of silently matching everything.
 * `verbose` gives errors their parent schema, to suggest the field a candidate meant.
 * `enumDescriptions` is the editor's hover text for enum values (Monaco reads it), an annotation ajv should ignore.
 * `x-diagram` says how the answer is drawn (diagram-annotation.ts): ajv checks its value against its meta-schema.
 * `x-before-curveball` is what a schema says while a mock's curveball is hidden (before-curveball-annotation.ts).
 * `code` is for the build, which keeps the validators' source to print them as a module (print-validator-module.ts).
 */
export function createAjv(code: Options['code'] = {}): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false, verbose: true, code });
  ajv.addVocabulary(['enumDescriptions', 'markdownDescription']);
  ajv.addKeyword({ keyword: DIAGRAM_KEYWORD, metaSchema: diagramAnnotationSchema });
  ajv.addKeyword({ keyword: BEFORE_CURVEBALL_KEYWORD, metaSchema: beforeCurveballAnnotationSchema });
  ajv.addSchema(vocabulary);
  return ajv;
}
