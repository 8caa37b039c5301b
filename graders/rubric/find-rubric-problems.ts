/**
 * An exercise's rubric read against its answer schema, so a typo never fails silently: every pointer, field and
 * value the rubric names must be one the answer can hold, and every value a `choice`, `set` or `order` criterion
 * can meet must be classified (right, wrong or neutral), so an answer listing everything is graded on purpose.
 * Problems come back as `rubric[2].decision: …`, ready to be prefixed with the file.
 */
import { findCheck } from '../custom-checks/registry';
import { splitPointer } from '../json-schema/json-pointer';
import type { Criterion } from '../authoring-schema/criterion';
import { isListAt, valuesAt } from '../json-schema/values-at';

type Problems = string[];

/** Every problem of `rubric` against `answerSchema`; empty when the rubric can be trusted. */
export function findRubricProblems(answerSchema: object, rubric: readonly Criterion[]): Problems {
  const problems: Problems = [];
  rubric.forEach((criterion, index) => checkCriterion(answerSchema, criterion, `rubric[${index}]`, problems));
  return problems;
}

/** Pointer tokens as schema tokens: list indexes become `*`. */
function toSchemaTokens(pointer: string): string[] {
  return splitPointer(pointer).map((token) => (/^(0|[1-9][0-9]*)$/.test(token) ? '*' : token));
}

function checkCriterion(schema: object, criterion: Criterion, where: string, problems: Problems): void {
  if (criterion.kind === 'check') {
    const check = findCheck(criterion.check);
    if (check === undefined) problems.push(`${where}.check: no check is registered as "${criterion.check}"`);
    else {
      const paramsProblem = check.findParamsProblem(criterion.params);
      if (paramsProblem !== undefined) problems.push(`${where}.params: ${paramsProblem}`);
      for (const read of check.reads)
        if (valuesAt(schema, toSchemaTokens(read)).kind === 'absent')
          problems.push(
            `${where}.check: "${criterion.check}" reads \`${read}\`, which this answer schema does not have`,
          );
    }
    return;
  }
  const at = toSchemaTokens(criterion.at);
  if (valuesAt(schema, at).kind === 'absent') {
    problems.push(`${where}.at: the answer schema has nothing at \`${criterion.at}\``);
    return;
  }
  const item = isListAt(schema, at) && criterion.where !== undefined ? [...at, '*'] : at;
  for (const [field, value] of Object.entries(criterion.where ?? {}))
    checkValues(schema, [...item, field], [String(value)], `${where}.where.${field}`, problems);

  if (criterion.kind === 'choice') {
    for (const field of criterion.distinctBy) checkField(schema, [...item, field], `${where}.distinctBy`, problems);
    const { decision, reason } = criterion;
    if (decision) {
      const path = [...item, decision.field];
      const named = [
        ...decision.right,
        ...decision.when.flatMap((rule) => rule.right),
        ...decision.wrong.map((entry) => entry.value),
        ...decision.neutral,
      ];
      checkValues(schema, path, named, `${where}.decision`, problems, { classify: true });
      const onlyUnderCondition = decision.when
        .flatMap((rule) => rule.right)
        .filter((value) => !decision.right.includes(value) && !decision.wrong.some((entry) => entry.value === value));
      for (const value of new Set(onlyUnderCondition))
        problems.push(
          `${where}.decision.wrong: "${value}" is right only under a \`when\` condition; list it in \`wrong\` with why, for when that condition does not hold`,
        );
      decision.when.forEach((rule, index) => {
        const condition = rule.field.startsWith('/') ? toSchemaTokens(rule.field) : [...item, rule.field];
        checkValues(schema, condition, rule.is, `${where}.decision.when[${index}].is`, problems);
      });
    }
    if (reason) {
      // A reason may be a list of codes where several reasons can decide: its values are its entries'.
      const field = [...item, reason.field];
      const path = isListAt(schema, field) ? [...field, '*'] : field;
      const named = [...reason.right, ...reason.wrong.map((entry) => entry.value), ...reason.neutral];
      checkValues(schema, path, named, `${where}.reason`, problems, { classify: true });
    }
    return;
  }
  if (criterion.kind === 'set' || criterion.kind === 'order') {
    const listItems = isListAt(schema, at) ? [...at, '*'] : at;
    const picked = criterion.pick === undefined ? listItems : [...listItems, criterion.pick];
    const members = isListAt(schema, picked) ? [...picked, '*'] : picked;
    const named =
      criterion.kind === 'set'
        ? [...criterion.right, ...criterion.wrong].map((member) => member.value).concat(criterion.neutral)
        : [
            ...criterion.pairs.flatMap((pair) => [pair.before, pair.after]),
            ...[...criterion.right, ...criterion.wrong].map((member) => member.value),
            ...criterion.neutral,
          ];
    const label = `${where}${criterion.pick === undefined ? '' : '.pick'}`;
    checkValues(schema, members, named, label, problems, { classify: true });
  }
}

function checkField(schema: object, path: readonly string[], where: string, problems: Problems): void {
  if (valuesAt(schema, path).kind === 'absent')
    problems.push(`${where}: the answer schema has no field \`${path.join('.')}\``);
}

/**
 * Every value the rubric names must be one the field can hold; with `classify`, every value the field can hold must
 * also be named by the rubric: right, wrong (with a note or a red flag) or neutral.
 */
function checkValues(
  schema: object,
  path: readonly string[],
  named: readonly string[],
  where: string,
  problems: Problems,
  { classify = false } = {},
): void {
  const values = valuesAt(schema, path);
  if (values.kind === 'absent') {
    problems.push(`${where}: the answer schema has no field \`${path.join('.')}\``);
    return;
  }
  if (values.kind === 'open') return;
  const unknown = [...new Set(named)].filter((value) => !values.values.includes(value));
  const unclassified = classify ? values.values.filter((value) => !named.includes(value)) : [];
  // A misspelt value leaves the value it meant unclassified: with one such value, that is the guess, and saying it
  // is unclassified as well would only repeat the same mistake.
  const guess = unknown.length === 1 && unclassified.length === 1 ? `; did you mean "${unclassified[0]}"?` : '';
  for (const value of unknown)
    problems.push(
      `${where}: "${value}" is not a value \`${path.join('.')}\` can hold (${values.values.join(', ')})${guess}`,
    );
  if (unknown.length === 0 && unclassified.length > 0)
    problems.push(
      `${where}: ${unclassified.map((value) => `"${value}"`).join(', ')} can be written at \`${path.join('.')}\` but the criterion does not say whether it is right, wrong or neutral`,
    );
}
