/**
 * SMAA-2 on the CLI's worker threads, booted ahead of the run as the `smaa` command boots
 * them: the one-thread answer bit for bit, and threads the run does not need are closed.
 * The threads run the compiled worker: build the CLI first.
 */
import { readFileSync } from 'node:fs';
import { parseSpecText } from '@partnerfolio/core';
import { describe, expect, it } from 'vitest';
import type * as Pool from './smaa-pool.js';

const { smaaParallel, startSmaaWorkers } = (await import(
  new URL('../dist/smaa-pool.js', import.meta.url).href
)) as typeof Pool;

const text = readFileSync(new URL('./e2e/fixtures/uncertain-scores.yaml', import.meta.url), 'utf8');
const parsed = parseSpecText(text, { format: 'yaml' });
if (!parsed.ok) throw new Error('the fixture is invalid');
const portfolio = parsed.value.portfolio;

describe('SMAA-2 on worker threads booted ahead', () => {
  it('gives the one-thread answer bit for bit', async () => {
    const options = { samples: 5_000, seed: 9, method: 'topsis' } as const;
    const booted = startSmaaWorkers(2);
    const three = await smaaParallel(portfolio, { ...options, workers: 3, booted });
    const one = await smaaParallel(portfolio, { ...options, workers: 1 });
    if (!three.ok || !one.ok) throw new Error('a run was refused');
    expect(three.value.acceptability).toEqual(one.value.acceptability);
    expect(three.value.central).toEqual(one.value.central);
    expect(three.value.confidence).toEqual(one.value.confidence);
    expect(booted.threads).toEqual([]);
  }, 60_000);

  it('closes the threads a one-block run does not need', async () => {
    const booted = startSmaaWorkers(2);
    const exited = booted.threads.map(
      (t) => new Promise<number>((resolve) => t.worker.once('exit', resolve)),
    );
    const r = await smaaParallel(portfolio, {
      samples: 1_000,
      seed: 9,
      method: 'weighted-sum',
      workers: 3,
      booted,
    });
    expect(r.ok).toBe(true);
    await Promise.all(exited);
  }, 60_000);
});
