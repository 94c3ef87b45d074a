import { describe, expect, it } from 'vitest';
import type { OptimizeDocument } from '../../api/types';
import { parseSpecText } from '../../engine';
import { lockOptions, movePlanOf, setLock } from './move-plan';

const spec = parseSpecText(
  JSON.stringify({
    version: 1,
    criteria: [{ id: 'q', kind: 'benefit', weight: 1 }],
    partners: [
      {
        id: 'a',
        name: 'Alpha',
        kind: 'academic',
        status: 'active',
        scores: { q: 1 },
        cost: 1,
        return: 5,
        exitCost: { uniform: [10, 30] },
      },
      {
        id: 'b',
        name: 'Beta',
        kind: 'enterprise',
        status: 'active',
        scores: { q: 1 },
        cost: 1,
        return: 2,
        exitCost: 4,
      },
      {
        id: 'c',
        name: 'Gamma',
        kind: 'enterprise',
        scores: { q: 1 },
        cost: 1,
        return: 9,
        onboardingCost: 3,
      },
      {
        id: 'd',
        name: 'Delta',
        kind: 'other',
        status: 'exited',
        scores: { q: 1 },
        cost: 1,
        return: 9,
      },
    ],
  }),
);
if (!spec.ok) throw new Error(JSON.stringify(spec.issues));
const partners = new Map(spec.value.portfolio.partners.map((p) => [p.id, p]));

const answer = {
  status: 'optimal',
  selected: ['a', 'c'],
  objective: 4 + 8 - 4 - 3,
  gap: 0,
  resources: {},
  current: { selected: ['a', 'b'], objective: 5 },
  changes: { keep: ['a'], add: ['c'], exit: ['b'], exitCost: 4, onboardingCost: 3, deltaS: 7 },
  excluded: [{ id: 'd', status: 'exited', reason: 'd is exited' }],
} satisfies OptimizeDocument;

describe('the move plan', () => {
  it('puts current S beside proposed S with each change and its cost', () => {
    const plan = movePlanOf(answer, (id) => partners.get(id), { b: 'exit' });
    expect(plan).toEqual({
      currentS: 5,
      proposedS: 12,
      deltaS: 7,
      exitCost: 4,
      onboardingCost: 3,
      gain: 0,
      rows: [
        { id: 'a', name: 'Alpha', change: 'keep', cost: 20 },
        { id: 'b', name: 'Beta', change: 'exit', cost: 4, lock: 'exit' },
        { id: 'c', name: 'Gamma', change: 'add', cost: 3 },
      ],
      excluded: [{ id: 'd', name: 'Delta', status: 'exited' }],
    });
  });

  it('shows the unlocked current S when a lock made the locked answer judge it infeasible', () => {
    const locked = { ...answer, current: { selected: ['a', 'b'], objective: null } };
    expect(movePlanOf(locked, (id) => partners.get(id))?.currentS).toBeNull();
    expect(movePlanOf(locked, (id) => partners.get(id), { a: 'exit' }, 5)?.currentS).toBe(5);
  });

  it('is absent when the answer does not reallocate', () => {
    const { current: _, changes: __, ...plain } = answer;
    expect(movePlanOf(plain, (id) => partners.get(id))).toBeUndefined();
  });

  it('locks travel as include and exclude', () => {
    let locks = setLock({}, 'b', 'keep');
    locks = setLock(locks, 'c', 'exit');
    locks = setLock(locks, 'a', 'keep');
    expect(lockOptions(locks)).toEqual({ include: ['a', 'b'], exclude: ['c'] });
    expect(lockOptions(setLock(locks, 'c', undefined))).toEqual({ include: ['a', 'b'] });
    expect(lockOptions({})).toEqual({});
  });
});
