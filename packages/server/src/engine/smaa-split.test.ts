/**
 * `smaa` split across engine threads (smaa-split.ts) answers the one-thread answer bit for
 * bit, for any number of threads, with progress over all parts, cancellation of all parts
 * and the pool's budgets. The threads run the compiled worker: build the server first.
 */
import { portfolioMembership, smaaReport } from '@partnerfolio/core';
import { createHighsSolver } from '@partnerfolio/solver-highs';
import { afterAll, describe, expect, it } from 'vitest';
import { OffloadLimitError, type OffloadLimits } from '../offload/pool.js';
import { createEnginePool, ENGINE_LIMITS } from './engine-thread.js';
import { EngineCancelled } from './sample-runner.js';
import { smaaSplit } from './smaa-split.js';
import { DEMO_SPEC_TEXT, portfolioOf } from './test-support/demo-portfolio.js';

const demo = portfolioOf(DEMO_SPEC_TEXT);
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('smaa split across engine threads', () => {
  const pools: ReturnType<typeof createEnginePool>[] = [];
  const poolOf = (workers: number, over: Partial<OffloadLimits> = {}) => {
    const pool = createEnginePool({ ...ENGINE_LIMITS.job, workers, ...over });
    pools.push(pool);
    return pool;
  };
  const one = poolOf(1);
  const two = poolOf(2);
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it('ranks: the same document on 1 and 2 threads as core on this thread', async () => {
    // 3,000 samples are three blocks: two parts, one with two blocks.
    const run = { portfolio: demo, samples: 3_000, seed: 11, method: 'weighted-sum' } as const;
    const seen: number[] = [];
    const split2 = await smaaSplit(
      run,
      {},
      { pool: two, threads: 2, onProgress: (f) => seen.push(f) },
    );
    const split1 = await smaaSplit(run, {}, { pool: one, threads: 1 });
    const here = smaaReport(demo, { samples: 3_000, seed: 11 });
    expect(split2.ok && split1.ok && here.ok).toBe(true);
    expect(json(split2)).toEqual(json(split1));
    if (!split2.ok || !here.ok) return;
    expect(json(split2.value)).toEqual(json(here.value));
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  }, 120_000);

  it('portfolio membership: the same on 1 and 2 threads as core on this thread', async () => {
    const run = { portfolio: demo, samples: 60, seed: 5, method: 'weighted-sum' } as const;
    const seen: number[] = [];
    const split2 = await smaaSplit(
      run,
      { portfolio: true },
      { pool: two, threads: 2, onProgress: (f) => seen.push(f) },
    );
    const split1 = await smaaSplit(run, { portfolio: true }, { pool: one, threads: 1 });
    const membership = portfolioMembership(demo, await createHighsSolver(), {
      samples: 60,
      seed: 5,
    });
    if (!split2.ok || !split1.ok || !membership.ok) throw new Error('a run was refused');
    expect(json(split2.value)).toEqual(json(split1.value));
    expect(json(split2.value.portfolio)).toEqual(json(membership.value));
    expect(seen.some((f) => f > 0.1 && f < 1)).toBe(true);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  }, 120_000);

  it('a cancelled run stops every part, and the threads are free again', async () => {
    const controller = new AbortController();
    const run = { portfolio: demo, samples: 1_000, seed: 5, method: 'weighted-sum' } as const;
    const started = Date.now();
    const cancelled = smaaSplit(
      run,
      { portfolio: true },
      {
        pool: two,
        threads: 2,
        signal: controller.signal,
        // Cancel once the membership parts are under way on both threads.
        onProgress: (f) => (f > 0.15 ? controller.abort('stop') : undefined),
      },
    );
    await expect(cancelled).rejects.toBeInstanceOf(EngineCancelled);
    // Both threads take new work at once: no part of the cancelled run still holds one.
    const small = { portfolio: demo, samples: 2_048, seed: 1, method: 'weighted-sum' } as const;
    const again = await smaaSplit(small, {}, { pool: two, threads: 2 });
    expect(again.ok).toBe(true);
    expect(Date.now() - started).toBeLessThan(60_000);
  }, 120_000);

  it('each part keeps the pool’s time budget', async () => {
    const tight = poolOf(2, { timeoutMs: 200 });
    const run = { portfolio: demo, samples: 1_000, seed: 5, method: 'weighted-sum' } as const;
    await expect(
      smaaSplit(run, { portfolio: true }, { pool: tight, threads: 2 }),
    ).rejects.toSatisfy((e: unknown) => e instanceof OffloadLimitError && e.limit === 'time');
  }, 120_000);

  it('refuses more portfolio samples than the MILP bound, naming samples', async () => {
    const run = { portfolio: demo, samples: 1_000_000, seed: 5, method: 'weighted-sum' } as const;
    const r = await smaaSplit(run, { portfolio: true }, { pool: two, threads: 2 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toEqual(['samples']);
  });

  it('refuses a rank table over the server’s partners before any part runs', async () => {
    // 20,000 partners held 1.6 GB of rank counts per thread before this limit.
    const partners = Array.from({ length: 1_001 }, (_, i) => ({
      ...(demo.partners[i % demo.partners.length] as (typeof demo.partners)[0]),
      id: `p${i}`,
    }));
    let tasks = 0;
    const counting = {
      run: (...args: Parameters<typeof two.run>) => {
        tasks++;
        return two.run(...args);
      },
    };
    const run = {
      portfolio: { ...demo, partners },
      samples: 100,
      seed: 5,
      method: 'weighted-sum',
    } as const;
    const r = await smaaSplit(run, {}, { pool: counting, threads: 2 });
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['smaa_too_many_partners', ['partners'], { partners: 1_001, maximum: 1_000 }],
    ]);
    expect(tasks).toBe(0);
  });
});
