/**
 * The SMAA-2 parts of a split run, in this thread: they claim blocks from the shared
 * counter, and whichever part finishes last combines the shared totals into core's result,
 * whose document is core's one-thread document bit for bit.
 */
import { smaaDocument, smaaReport } from '@partnerfolio/core';
import { describe, expect, it } from 'vitest';
import { runSmaaShare, smaaMeeting } from './smaa-parts.js';
import { DEMO_SPEC_TEXT, portfolioOf } from './test-support/demo-portfolio.js';

const demo = portfolioOf(DEMO_SPEC_TEXT);
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const run = { portfolio: demo, samples: 5_000, seed: 7, method: 'topsis' } as const;

describe('SMAA-2 parts meeting in shared memory', () => {
  it.each([
    ['in order', [0, 1, 2]],
    ['last part first', [2, 0, 1]],
  ])('the last part to finish answers the one-thread result (%s)', (_, order) => {
    const meeting = smaaMeeting(demo, run.samples, 3);
    // In one thread the first part claims every block and the others none.
    const progress = [0, 0, 0];
    const answers = order.map((part) =>
      runSmaaShare(run, { part, meeting }, (f) => {
        progress[part] = f;
      }),
    );
    expect(progress.reduce((a, b) => a + b, 0)).toBe(1);
    const here = smaaReport(demo, { samples: run.samples, seed: run.seed, method: run.method });
    if (!here.ok || answers.some((a) => !a.ok)) throw new Error('a part was refused');
    const results = answers.map((a) => (a.ok ? a.value.result : undefined));
    expect(results.slice(0, -1)).toEqual([undefined, undefined]);
    const last = results.at(-1);
    if (last === undefined) throw new Error('the last part answered no result');
    expect(json(smaaDocument(demo, last, run))).toEqual(json(here.value));
  });

  it('refuses a meeting sized for another portfolio', () => {
    const meeting = smaaMeeting({ ...demo, partners: demo.partners.slice(1) }, run.samples, 1);
    const r = runSmaaShare(run, { part: 0, meeting });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe('smaa_parts_mismatch');
  });
});
