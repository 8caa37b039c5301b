/**
 * An extraction plan places every module of the monolith exactly once: extracted (in `plan.extract`) or kept
 * (in `plan.keep`). A module in both lists, or in neither, means the plan has not decided about it.
 */
import { readOwn } from '../json-schema/json-pointer';
import { defineCheck, type CheckFlag, type Message, type CheckMessages } from './define-check';
import { isPlainObject } from '../is-plain-object';
import { listStrings } from './list-objects';

/** What this check can say, worded here and nowhere else. */
const wording = {
  'check.module-unplaced': {
    severity: 'actionable',
    text: 'Module `{module}` is neither extracted nor kept in the monolith; place it in one of the two lists.',
  },
  'check.module-twice': {
    severity: 'essential',
    text: 'Module `{module}` is both extracted and kept in the monolith: the plan says two things about it. Pick one.',
  },
  'check.module-unknown': { severity: 'actionable', text: "`{module}` is not one of the monolith's modules." },
} as const satisfies CheckMessages;

/** A message this check says: one of its own, with the params its wording names. */
type OwnMessage = Message<typeof wording>;

export const planPlacesEveryModule = defineCheck({
  id: 'plan-places-every-module',
  description:
    'Each of `params.modules` appears exactly once across `plan.extract[].module` and `plan.keep`; credit per module placed, none when one is both extracted and kept.',
  reads: ['/plan/extract/*/module', '/plan/keep'],
  messages: wording,
  readParams: (params) => {
    const modules = isPlainObject(params) ? params['modules'] : undefined;
    const extra = isPlainObject(params) ? Object.keys(params).filter((key) => key !== 'modules') : [];
    if (!Array.isArray(modules) || modules.length === 0 || !modules.every((module) => typeof module === 'string'))
      return { ok: false, problem: "modules: list the monolith's modules (at least one name)" };
    if (extra.length > 0) return { ok: false, problem: `unknown params: ${extra.join(', ')}` };
    return { ok: true, value: { modules: modules as string[] } };
  },
  run: (answer, { modules }) => {
    const plan = readOwn(answer, 'plan');
    const extractList = readOwn(plan, 'extract');
    const extracted = Array.isArray(extractList)
      ? extractList.map((step) => readOwn(step, 'module')).filter((m): m is string => typeof m === 'string')
      : [];
    const kept = listStrings(plan, 'keep');
    const messages: OwnMessage[] = [];
    const flags: CheckFlag<typeof wording>[] = [];
    let placed = 0;
    for (const module of modules) {
      const inExtract = extracted.includes(module);
      const inKeep = kept.includes(module);
      if (inExtract && inKeep)
        flags.push({
          kind: 'contradiction',
          message: { id: 'check.module-twice', params: { module }, pointer: '/plan/keep' },
        });
      else if (!inExtract && !inKeep)
        messages.push({ id: 'check.module-unplaced', params: { module }, pointer: '/plan' });
      else placed++;
    }
    for (const name of new Set([...extracted, ...kept])) {
      if (!modules.includes(name))
        messages.push({ id: 'check.module-unknown', params: { module: name }, pointer: '/plan' });
    }
    // A module both extracted and kept is a contradiction: the plan has not decided, and no credit is left for it.
    const fraction = flags.length > 0 ? 0 : placed / modules.length;
    return {
      fraction,
      messages: [...flags.map((flag) => flag.message), ...messages],
      pointers: ['/plan/extract', '/plan/keep'],
      flags,
    };
  },
});
