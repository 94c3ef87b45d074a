/**
 * The worker pool runs the compiled worker (dist/offload/worker.js): build the server
 * first (`npx tsc -b packages/server`), as `npm test` does.
 */

import { validateSpecDocument } from '@partnerfolio/core';
import { afterEach, describe, expect, test } from 'vitest';
import { aliasFanOutSpec, hardOptimizeSpec, largeCsv } from '../test-support/hostile-payloads.js';
import { OFFLOAD_LIMITS, OffloadLimitError, TaskError, WorkerPool } from './pool.js';

const ROWS = { mapping: { id: 'id', kind: 'kind' }, criteria: [], resources: [] };

describe('WorkerPool', () => {
  let pool: WorkerPool | undefined;
  afterEach(async () => {
    await pool?.close();
    pool = undefined;
  });
  const make = (over: Partial<typeof OFFLOAD_LIMITS>) => {
    pool = new WorkerPool({ ...OFFLOAD_LIMITS, workers: 1, ...over });
    return pool;
  };

  test('reads a CSV in a worker, and the same worker serves the next task', async () => {
    const p = make({});
    const data = Buffer.from('id,kind\nuniv-a,academic\n');
    expect(await p.run({ kind: 'headers', format: 'csv', data })).toEqual(['id', 'kind']);
    expect(await p.run({ kind: 'rows', format: 'csv', data, ...ROWS })).toEqual({
      rows: [{ row: 2, partner: { id: 'univ-a', kind: 'academic', scores: {}, uses: {} } }],
      errors: [],
    });
    const spec = await p.run({ kind: 'spec', text: aliasFanOutSpec(1_000, 200), format: 'yaml' });
    expect(spec).toMatchObject({ ok: false, issues: [{ code: 'too_large' }] });
  });

  test('many rows come back whole (sent in slices)', async () => {
    const p = make({});
    const data = Buffer.from(largeCsv(5_001));
    const mapping = { id: 'id', kind: 'kind' };
    const parsed = (await p.run({ kind: 'rows', format: 'csv', data, ...ROWS, mapping })) as {
      rows: { row: number }[];
    };
    expect(parsed.rows.map((r) => r.row)).toEqual(Array.from({ length: 5_001 }, (_, i) => i + 2));
  });

  test("a task's own failure is a TaskError with its message", async () => {
    const p = make({});
    await expect(
      p.run({ kind: 'headers', format: 'xlsx', data: Buffer.from('no zip') }),
    ).rejects.toThrow(new TaskError('not an XLSX file (too short to be a ZIP)'));
  });

  test('a task over its time budget is stopped, and the pool keeps working', async () => {
    const p = make({ timeoutMs: 5 });
    const data = Buffer.from(largeCsv(20_000));
    const error = await p
      .run({ kind: 'rows', format: 'csv', data, ...ROWS })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OffloadLimitError);
    expect((error as OffloadLimitError).limit).toBe('time');
    expect((error as Error).message).toContain('0.005 s (the limit)');
  });

  test('a task over its memory budget is stopped with the memory limit named', async () => {
    const p = make({ heapMb: 16, timeoutMs: 60_000 });
    const data = Buffer.from(largeCsv(200_000));
    const error = await p
      .run({ kind: 'rows', format: 'csv', data, ...ROWS })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OffloadLimitError);
    expect((error as OffloadLimitError).limit).toBe('memory');
    expect((error as Error).message).toContain('16 MiB');
  });

  test("validates a workspace's spec document there as core does here", async () => {
    const p = make({});
    const document = JSON.parse(hardOptimizeSpec(400, 4, 3)) as unknown;
    const there = await p.run({ kind: 'validate', document, size: 400 * 256 });
    expect(there).toEqual(validateSpecDocument(document));
    expect(there).toMatchObject({ ok: true });
  });
});
