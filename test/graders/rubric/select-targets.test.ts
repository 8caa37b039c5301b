/**
 * What a criterion selects and how an empty selection is worded. Found by mutation testing (npm run mutation): these
 * rules of graders/rubric/select-targets.ts were reached only through whole exercises, where breaking them changed
 * no report.
 */
import { describe, expect, it } from 'vitest';
import {
  collectMembers,
  describeEmptySelection,
  describeMemberPath,
  selectTargets,
} from '../../../graders/rubric/select-targets';

describe('selectTargets', () => {
  const answer = { decision: { choice: 'lambda', reason: 'bursty' }, services: [{ name: 'a' }, { name: 'b' }] };

  it('keeps a single object at `at` only when its fields equal `where`', () => {
    expect(selectTargets(answer, '/decision', { choice: 'lambda' })).toEqual({
      targets: [{ pointer: '/decision', value: answer.decision }],
      inputs: [{ pointer: '/decision', deep: false }],
      found: true,
    });
    const other = selectTargets(answer, '/decision', { choice: 'ec2' });
    expect(other.targets).toEqual([]);
    expect(other.found).toBe(true);
  });

  it('keeps the items of a list whose fields equal `where`, with their pointers', () => {
    expect(selectTargets(answer, '/services', { name: 'b' }).targets).toEqual([
      { pointer: '/services/1', value: { name: 'b' } },
    ]);
  });
});

describe('describeEmptySelection', () => {
  const answer = { services: [{ name: 'a' }] };

  it('says nothing is at `at` when the answer has nothing there, with or without `where`', () => {
    const nothing = [{ id: 'rubric.nothing-at', params: { path: 'calls' } }];
    expect(describeEmptySelection('/calls', undefined, selectTargets(answer, '/calls', undefined))).toEqual(nothing);
    expect(describeEmptySelection('/calls', { from: 'a' }, selectTargets(answer, '/calls', { from: 'a' }))).toEqual(
      nothing,
    );
  });

  it('says no item matches when the list is there but `where` keeps none', () => {
    const where = { name: 'z', port: 80 };
    expect(describeEmptySelection('/services', where, selectTargets(answer, '/services', where))).toEqual([
      { id: 'rubric.no-match', params: { path: 'services', where: 'name "z" and port 80' } },
    ]);
  });
});

describe('collectMembers', () => {
  it('takes numbers and booleans as names, written as text, and skips anything else', () => {
    const targets = [{ pointer: '/ports', value: [80, true, 'http', null, { port: 1 }] }];
    expect(collectMembers(targets, undefined)).toEqual([
      { value: '80', pointer: '/ports/0' },
      { value: 'true', pointer: '/ports/1' },
      { value: 'http', pointer: '/ports/2' },
    ]);
  });
});

describe('describeMemberPath', () => {
  it('names the list, its filter and the picked field compactly', () => {
    expect(describeMemberPath('/services', undefined, 'name')).toBe('services[].name');
    expect(describeMemberPath('/events', { name: 'OrderPlaced' }, 'consumers')).toBe(
      'events[name="OrderPlaced"].consumers',
    );
    expect(describeMemberPath('/plan', undefined, 'extract', false)).toBe('plan.extract');
    expect(describeMemberPath('/stores', undefined, undefined)).toBe('stores');
  });
});
