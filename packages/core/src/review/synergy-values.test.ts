import { loadHighsLpSolve } from '@partnerfolio/solver-highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LpSolve } from '../games/lp.js';
import { formatPath } from '../util/issues.js';
import { fairShareReport } from './fair-shares.js';
import { type SynergyModel, synergyCoalitionValues } from './synergy-values.js';

let lp: LpSolve;
beforeAll(async () => {
  lp = await loadHighsLpSolve();
});

const MODEL: SynergyModel = {
  players: ['a', 'b', 'c'],
  net: { a: 10, b: 20, c: 5 },
  synergies: [
    { a: 'a', b: 'b', value: 6 },
    { a: 'c', b: 'b', value: -4 },
  ],
};

describe('synergyCoalitionValues', () => {
  it('tabulates v(T) = Σ net + Σ synergies, keyed as in game files', () => {
    const r = synergyCoalitionValues(MODEL);
    expect(r.ok && r.value).toEqual({
      '': 0,
      a: 10,
      b: 20,
      'a,b': 36,
      c: 5,
      'a,c': 15,
      'b,c': 21,
      'a,b,c': 37,
    });
  });

  it('feeds fairShareReport, whose Shapley value halves each synergy', async () => {
    const values = synergyCoalitionValues(MODEL);
    if (!values.ok) throw new Error('expected ok');
    const r = await fairShareReport({ players: MODEL.players, values: values.value }, { lp });
    // a: 10 + 6/2; b: 20 + 6/2 − 4/2; c: 5 − 4/2.
    if (!r.ok) throw new Error('expected ok');
    for (const [i, phi] of [13, 21, 3].entries()) {
      expect(r.value.rows[i]?.shapley).toBeCloseTo(phi, 9);
    }
  });

  it('names unknown players, missing net values and tables too large to edit', () => {
    const r = synergyCoalitionValues({
      players: ['a', 'b'],
      net: { a: 1 },
      synergies: [{ a: 'a', b: 'z', value: 1 }],
    });
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${formatPath(i.path)}`)).toEqual([
      'missing_net@net.b',
      'invalid_synergy@synergies[0]',
    ]);
    const players = Array.from({ length: 17 }, (_, i) => `p${i}`);
    const big = synergyCoalitionValues({ players, net: {}, synergies: [] });
    expect(big.ok ? [] : big.issues.map((i) => i.code)).toEqual(['too_many_players']);
  });
});
