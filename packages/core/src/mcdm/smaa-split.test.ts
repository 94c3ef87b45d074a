import { describe, expect, test } from 'vitest';
import { prepareSmaa, smaa, smaaBlockCount, smaaInput, smaaSetup } from './smaa.js';
import type { SmaaMethod } from './smaa-scorer.js';
import {
  claimSmaaBlocks,
  combineSmaaParts,
  dealRoundRobin,
  runSmaaPart,
  smaaParts,
} from './smaa-split.js';
import { tablePortfolio } from './test-support/portfolio.js';

// Five partners on three criteria, one score uncertain: every part of the engine draws.
const portfolio = (() => {
  const p = tablePortfolio({
    criteria: [
      ['tech', 'benefit'],
      ['market', 'benefit'],
      ['risk', 'cost'],
    ],
    partners: { a: [9, 2, 5], b: [4, 8, 3], c: [6, 6, 6], d: [2, 3, 1], e: [7, 7, 8] },
    normalization: 'minmax',
    weighting: { method: 'smaa', order: ['tech', 'market'] },
  });
  return {
    ...p,
    partners: p.partners.map((x) =>
      x.id === 'c'
        ? { ...x, scoreDistributions: { tech: { kind: 'uniform' as const, min: 3, max: 9 } } }
        : x,
    ),
  };
})();

describe('splitting SMAA across workers', () => {
  test('units are dealt round-robin, each once, no part empty', () => {
    expect(dealRoundRobin(7, 3)).toEqual([
      [0, 3, 6],
      [1, 4],
      [2, 5],
    ]);
    expect(dealRoundRobin(2, 5)).toEqual([[0], [1]]);
    expect(dealRoundRobin(0, 4)).toEqual([[]]);
    // 5,000 samples are five blocks of 1,024 (the last one short).
    expect(smaaParts(5_000, 2)).toEqual([
      [0, 2, 4],
      [1, 3],
    ]);
  });

  test('any number of parts gives the one-thread answer bit for bit', () => {
    const samples = 5_000;
    const whole = smaa(portfolio, { samples, seed: 3, method: 'weighted-sum' });
    const setup = prepareSmaa(portfolio, { method: 'weighted-sum' });
    if (!whole.ok || !setup.ok) throw new Error('refused');
    for (const workers of [1, 2, 3, 7]) {
      const parts = smaaParts(samples, workers).map((blocks) => {
        const part = runSmaaPart(setup.value, 3, samples, blocks);
        if (!part.ok) throw new Error('refused');
        return part.value;
      });
      // Combined in any order of arrival.
      const combined = combineSmaaParts(setup.value, [...parts].reverse(), samples, 3);
      if (!combined.ok) throw new Error('refused');
      expect(combined.value.acceptability).toEqual(whole.value.acceptability);
      expect(combined.value.central).toEqual(whole.value.central);
      expect(combined.value.confidence).toEqual(whole.value.confidence);
    }
  });

  test('blocks claimed from a shared counter: each block once, the one-thread answer', () => {
    const samples = 5_000; // five blocks
    const whole = smaa(portfolio, { samples, seed: 4, method: 'weighted-sum' });
    const setup = prepareSmaa(portfolio, { method: 'weighted-sum' });
    if (!whole.ok || !setup.ok) throw new Error('refused');
    const next = new Int32Array(new SharedArrayBuffer(4));
    const blocks = smaaBlockCount(samples);
    // A "late" claimant: the first part takes three blocks before the second starts.
    const early = claimSmaaBlocks(next, blocks);
    const taken = [early.next().value, early.next().value, early.next().value];
    const late = runSmaaPart(setup.value, 4, samples, claimSmaaBlocks(next, blocks));
    const first = runSmaaPart(setup.value, 4, samples, taken as number[]);
    const rest = runSmaaPart(setup.value, 4, samples, early);
    if (!late.ok || !first.ok || !rest.ok) throw new Error('refused');
    expect(taken).toStrictEqual([0, 1, 2]);
    expect(late.value.blocks).toStrictEqual([3, 4]);
    expect(rest.value.blocks).toStrictEqual([]);
    const combined = combineSmaaParts(
      setup.value,
      [late.value, first.value, rest.value],
      samples,
      4,
    );
    if (!combined.ok) throw new Error('refused');
    expect(combined.value.acceptability).toEqual(whole.value.acceptability);
    expect(combined.value.central).toEqual(whole.value.central);
  });

  test.each<SmaaMethod>(['weighted-sum', 'topsis', 'promethee', 'vikor'])(
    'a thread set up from a copy of the input (as a worker gets it) runs the same blocks: %s',
    (method) => {
      const samples = 3_000;
      const whole = smaa(portfolio, { samples, seed: 8, method });
      const input = smaaInput(portfolio, { method });
      if (!whole.ok || !input.ok) throw new Error('refused');
      const setup = smaaSetup(input.value);
      const copied = smaaSetup(structuredClone(input.value));
      const [mine = [], theirs = []] = smaaParts(samples, 2);
      const here = runSmaaPart(setup, 8, samples, mine);
      const there = runSmaaPart(copied, 8, samples, theirs);
      if (!here.ok || !there.ok) throw new Error('refused');
      const combined = combineSmaaParts(setup, [here.value, there.value], samples, 8);
      if (!combined.ok) throw new Error('refused');
      expect(combined.value.acceptability).toEqual(whole.value.acceptability);
      expect(combined.value.central).toEqual(whole.value.central);
      expect(combined.value.confidence).toEqual(whole.value.confidence);
    },
  );

  test('counts given to a part must fit the run', () => {
    const setup = prepareSmaa(portfolio, { method: 'weighted-sum' });
    if (!setup.ok) throw new Error('refused');
    const r = runSmaaPart(setup.value, 3, 3_000, [0], undefined, new Uint32Array(4));
    expect(r.ok ? 'ran' : r.issues[0]?.code).toBe('smaa_parts_mismatch');
  });

  test('parts that miss or repeat a block are refused, not summed', () => {
    const setup = prepareSmaa(portfolio, { method: 'weighted-sum' });
    if (!setup.ok) throw new Error('refused');
    const first = runSmaaPart(setup.value, 3, 3_000, [0, 1]);
    if (!first.ok) throw new Error('refused');
    const r = combineSmaaParts(setup.value, [first.value], 3_000, 3);
    expect(r.ok ? 'combined' : r.issues[0]?.code).toBe('smaa_parts_mismatch');
    // Block 1 twice (the run's three blocks all there), and a block past the run's last.
    const again = runSmaaPart(setup.value, 3, 3_000, [1, 2]);
    if (!again.ok) throw new Error('refused');
    const twice = combineSmaaParts(setup.value, [first.value, again.value], 3_000, 3);
    expect(twice.ok ? 'combined' : twice.issues[0]?.code).toBe('smaa_parts_mismatch');
    const past = runSmaaPart(setup.value, 3, 3_000, [2, 3]);
    if (!past.ok) throw new Error('refused');
    const beyond = combineSmaaParts(setup.value, [first.value, past.value], 3_000, 3);
    expect(beyond.ok ? 'combined' : beyond.issues[0]?.code).toBe('smaa_parts_mismatch');
  });
});
