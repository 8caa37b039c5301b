/**
 * The answer schema as the editor's JSON language service should see it. The service shows, on hover and in
 * completion details, the first description it meets among the schemas that match a value, and it meets the
 * schemas inside `allOf` before the one that holds them. An exercise's own words ("Where to run the service…")
 * would lose to the shared vocabulary's generic ones ("A choice between options…"), so each description next
 * to an `allOf` is also put first inside it. Validation is unchanged; the input is not modified.
 */
import { isPlainObject } from '../../graders/index.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function rewrite(value: Json): Json {
  if (Array.isArray(value)) return value.map(rewrite);
  if (!isPlainObject(value)) return value;
  const copy: { [key: string]: Json } = {};
  for (const [key, child] of Object.entries(value)) copy[key] = rewrite(child);
  const { allOf, description, markdownDescription } = copy;
  if (Array.isArray(allOf) && (typeof description === 'string' || typeof markdownDescription === 'string')) {
    const own: { [key: string]: Json } = {};
    if (typeof description === 'string') own['description'] = description;
    if (typeof markdownDescription === 'string') own['markdownDescription'] = markdownDescription;
    copy['allOf'] = [own, ...allOf];
  }
  return copy;
}

/** A copy of `schema` whose own descriptions win over those of the schemas it combines with `allOf`. */
export function preferOwnDescriptions(schema: object): object {
  return rewrite(schema as Json) as object;
}
