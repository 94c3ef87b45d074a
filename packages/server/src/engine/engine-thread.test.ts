/**
 * The engine's worker threads run the compiled worker (dist/engine/engine-worker.js):
 * build the server first (`npx tsc -b packages/server`), as `npm test` does.
 */
import { createHighsSolver, type Portfolio } from '@partnerfolio/core';
import { afterEach, describe, expect, it } from 'vitest';
import { OffloadLimitError, type OffloadLimits, TaskCancelled } from '../offload/pool.js';
import { hardOptimizeSpec } from '../test-support/hostile-payloads.js';
import { createEnginePool, ENGINE_LIMITS, runOnEngineThread } from './engine-thread.js';
import { portfolioOfSpec } from './execute.js';
import { runEngineCommand } from './run-command.js';
import { DEMO_SPEC_TEXT, portfolioOf } from './test-support/demo-portfolio.js';

const demo = portfolioOf(DEMO_SPEC_TEXT);
const hard = (() => {
  const parsed = portfolioOfSpec(JSON.parse(hardOptimizeSpec()));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
})();
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const optimize = (portfolio: Portfolio, options: unknown) =>
  ({ kind: 'command', command: 'optimize', portfolio, options }) as const;

describe('engine threads', () => {
  let pool: ReturnType<typeof createEnginePool> | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });
  const make = (over: Partial<OffloadLimits>) => {
    pool = createEnginePool({ ...ENGINE_LIMITS.request, workers: 1, ...over });
    return pool;
  };

  it('answer what the command answers on this thread, bit for bit', async () => {
    const here = await runEngineCommand(
      'optimize',
      demo,
      { explain: true },
      {
        solver: await createHighsSolver(),
      },
    );
    const there = await runOnEngineThread(optimize(demo, { explain: true }));
    expect(json(there)).toEqual(json(here));
    expect(there.ok).toBe(true);
  });

  it('report progress from a Monte Carlo run, ending at 1', async () => {
    const p = make({});
    const seen: number[] = [];
    const answer = (await p.run(
      { kind: 'command', command: 'simulate', portfolio: demo, options: { scenarios: 50_000 } },
      { onProgress: (f) => seen.push(f) },
    )) as { ok: boolean };
    expect(answer.ok).toBe(true);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('stop a solve over its wall-time budget, naming the limit; the pool answers the next run', async () => {
    const p = make({ timeoutMs: 300 });
    const error = await p.run(optimize(hard, { timeLimit: 60 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OffloadLimitError);
    expect((error as OffloadLimitError).limit).toBe('time');
    expect((error as Error).message).toContain('0.3 s (the limit)');
    const next = (await p.run(optimize(demo, {}), { timeoutMs: 60_000 })) as { ok: boolean };
    expect(next.ok).toBe(true);
  });

  it('stop a running solve when its caller goes away, and drop a queued one', async () => {
    const p = make({});
    const running = new AbortController();
    const queued = new AbortController();
    const first = p.run(optimize(hard, { timeLimit: 60 }), { signal: running.signal });
    const second = p.run(optimize(demo, {}), { signal: queued.signal });
    expect(p.load()).toEqual({ running: 1, queued: 1 });
    queued.abort('gone');
    await expect(second).rejects.toBeInstanceOf(TaskCancelled);
    setTimeout(() => running.abort('client closed'), 200);
    const error = await first.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskCancelled);
    expect((error as TaskCancelled).reason).toBe('client closed');
    expect(p.load()).toEqual({ running: 0, queued: 0 });
    const after = (await p.run(optimize(demo, {}))) as { ok: boolean };
    expect(after.ok).toBe(true);
  });

  it('refuse a run as busy when the queue is full', async () => {
    const p = make({ maxQueued: 1 });
    const stop = new AbortController();
    const first = p.run(optimize(hard, { timeLimit: 60 }), { signal: stop.signal });
    const second = p.run(optimize(demo, {}), { signal: stop.signal });
    const third = await p.run(optimize(demo, {})).catch((e: unknown) => e);
    expect(third).toBeInstanceOf(OffloadLimitError);
    expect((third as OffloadLimitError).limit).toBe('busy');
    stop.abort('done');
    await Promise.allSettled([first, second]);
  });

  it('run fair shares and the synergy game there too', async () => {
    const shares = await runOnEngineThread({
      kind: 'fair-share',
      // examples/games/consortium.yaml: Shapley us 800/3, univ-a 425/3, corp-b 395/3.
      input: {
        players: ['us', 'univ-a', 'corp-b'],
        values: {
          '': 0,
          us: 100,
          'univ-a': 0,
          'corp-b': 60,
          'us,univ-a': 320,
          'us,corp-b': 240,
          'univ-a,corp-b': 90,
          'us,univ-a,corp-b': 540,
        },
      },
      seed: 1,
    });
    expect(json(shares)).toMatchObject({ ok: true, value: { total: 540, exact: true } });
    const game = await runOnEngineThread({
      kind: 'shapley-game',
      portfolio: demo,
      players: demo.partners.slice(0, 3).map((p) => p.id),
      seed: 1,
    });
    expect(game.ok).toBe(true);
  });
});
