import {
  BLOCK_SIZE,
  evaluateReport,
  frontierReport,
  type MilpSolver,
  optimizeReport,
  portfolioGame,
  rankReport,
  type SampleRunner,
  selectionFor,
  shapleyReport,
  simulate,
  simulateReport,
  weightsReport,
} from '@partnerfolio/core';
import { createHighsSolver } from '@partnerfolio/solver-highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineCommand } from './options.js';
import { runEngineCommand } from './run-command.js';
import { EngineCancelled } from './sample-runner.js';
import { DEMO_SPEC_TEXT, portfolioOf } from './test-support/demo-portfolio.js';

const portfolio = portfolioOf(DEMO_SPEC_TEXT);
/** The CLI's runner gives the same bits on any number of threads; one thread here. */
const inThread: SampleRunner = async (plan, o) =>
  simulate(plan, { scenarios: o.scenarios, seed: o.seed });
/** What the CLI prints: the JSON text of the report. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const unwrap = <T>(r: { ok: true; value: T } | { ok: false; issues: readonly unknown[] }): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};

describe('runEngineCommand', () => {
  let solver: MilpSolver;
  beforeAll(async () => {
    solver = await createHighsSolver();
  });
  const run = <C extends EngineCommand>(command: C, options: unknown) =>
    runEngineCommand(command, portfolio, options, { solver }).then(unwrap);

  describe('answers the CLI document for the same spec and options', () => {
    it('evaluate and weights', async () => {
      expect(json(await run('evaluate', {}))).toEqual(json(unwrap(evaluateReport(portfolio))));
      expect(json(await run('weights', {}))).toEqual(json(unwrap(weightsReport(portfolio))));
    });

    it('rank, by default weighted sum without sensitivity, and TOPSIS with it', async () => {
      expect(json(await run('rank', {}))).toEqual(
        json(unwrap(rankReport(portfolio, { method: 'weighted-sum', sensitivity: false }))),
      );
      const topsis = await run('rank', { method: 'topsis', sensitivity: true });
      expect(json(topsis)).toEqual(
        json(unwrap(rankReport(portfolio, { method: 'topsis', sensitivity: true }))),
      );
      expect(topsis).toHaveProperty('sensitivity');
    });

    it('optimize, with the CLI defaults and with explain', async () => {
      const expected = unwrap(optimizeReport(portfolio, solver, { timeLimit: 60, explain: false }));
      expect(json(await run('optimize', {}))).toEqual(json(expected));
      expect(expected.status).toBe('optimal');
      const explained = await run('optimize', { explain: true, timeLimit: 30 });
      expect(json(explained)).toEqual(
        json(unwrap(optimizeReport(portfolio, solver, { timeLimit: 30, explain: true }))),
      );
    });

    it('frontier', async () => {
      const answer = await run('frontier', { resource: 'budget', points: 5 });
      expect(json(answer)).toEqual(
        json(
          unwrap(
            frontierReport(portfolio, solver, { resource: 'budget', points: 5, timeLimit: 60 }),
          ),
        ),
      );
      expect((await run('frontier', { resource: 'budget' })).points).toHaveLength(11);
    });

    it('simulate, bit for bit, with the defaults and with a seed and a selection', async () => {
      const defaults = await run('simulate', {});
      expect(json(defaults)).toEqual(
        json(
          unwrap(
            await simulateReport(
              portfolio,
              { scenarios: 100_000, seed: 1 },
              { solver, run: inThread },
            ),
          ),
        ),
      );
      const selected = portfolio.partners.slice(0, 4).map((p) => p.id);
      const chosen = await run('simulate', { scenarios: 40_000, seed: 7, selected });
      expect(json(chosen)).toEqual(
        json(
          unwrap(
            await simulateReport(
              portfolio,
              { scenarios: 40_000, seed: 7, selected },
              { solver, run: inThread },
            ),
          ),
        ),
      );
      // The CLI's comma-separated form is accepted too.
      expect(
        await run('simulate', { scenarios: 40_000, seed: 7, selected: selected.join(',') }),
      ).toEqual(chosen);
    });

    it('shapley of the optimal portfolio and of a given selection', async () => {
      const players = unwrap(selectionFor(portfolio, solver));
      const game = unwrap(portfolioGame(portfolio, players));
      const expected = unwrap(await shapleyReport(game, { seed: 1 }, { solver }));
      expect(json(await run('shapley', {}))).toEqual(json(expected));
      const few = players.slice(0, 3);
      const small = await run('shapley', { selected: few, seed: 3 });
      expect(small.players).toEqual(few);
      expect(small.exact).toBe(true);
    });
  });

  describe('rejects bad options, naming the path', () => {
    it('an unknown option', async () => {
      const r = await runEngineCommand(
        'simulate',
        portfolio,
        { scenarios: 10, sceanrios: 5 },
        { solver },
      );
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.issues).toEqual([
        expect.objectContaining({
          code: 'unknown_option',
          path: ['sceanrios'],
          message: expect.stringMatching(/scenarios, seed, selected/),
        }),
      ]);
    });

    it('a wrong type or range', async () => {
      const r = await runEngineCommand(
        'simulate',
        portfolio,
        { scenarios: 0, seed: 'x' },
        { solver },
      );
      expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual([['scenarios'], ['seed']]);
      const rank = await runEngineCommand('rank', portfolio, { method: 'borda' }, { solver });
      expect(rank.ok ? [] : rank.issues.map((i) => i.path)).toEqual([['method']]);
      const frontier = await runEngineCommand('frontier', portfolio, {}, { solver });
      expect(frontier.ok ? [] : frontier.issues.map((i) => i.path)).toEqual([['resource']]);
      const body = await runEngineCommand('evaluate', portfolio, [1], { solver });
      expect(body.ok).toBe(false);
    });

    it("the engine's own issues: an unknown resource, an unknown partner", async () => {
      const frontier = await runEngineCommand(
        'frontier',
        portfolio,
        { resource: 'gold' },
        { solver },
      );
      expect(frontier.ok ? [] : frontier.issues.map((i) => i.code)).toEqual(['unknown_resource']);
      const shapley = await runEngineCommand(
        'shapley',
        portfolio,
        { selected: ['nobody'] },
        { solver },
      );
      expect(shapley.ok ? [] : shapley.issues.map((i) => i.path)).toEqual([['selected', 0]]);
    });
  });

  describe('Monte Carlo on a server', () => {
    it('reports progress once per block, up to 1', async () => {
      const seen: number[] = [];
      const scenarios = 5 * BLOCK_SIZE + 100;
      await runEngineCommand(
        'simulate',
        portfolio,
        { scenarios },
        { solver, onProgress: (f) => seen.push(f) },
      );
      expect(seen).toHaveLength(6);
      expect(seen.at(-1)).toBe(1);
      expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    });

    it('keeps the event loop turning between blocks', async () => {
      let ticks = 0;
      const timer = setInterval(() => ticks++, 1);
      try {
        await runEngineCommand('simulate', portfolio, { scenarios: 40 * BLOCK_SIZE }, { solver });
      } finally {
        clearInterval(timer);
      }
      expect(ticks).toBeGreaterThan(3);
    });

    it('stops at a block boundary when cancelled', async () => {
      const controller = new AbortController();
      let blocks = 0;
      const running = runEngineCommand(
        'simulate',
        portfolio,
        { scenarios: 200 * BLOCK_SIZE },
        {
          solver,
          signal: controller.signal,
          onProgress: () => {
            blocks++;
            if (blocks === 3) controller.abort('cancelled');
          },
        },
      );
      await expect(running).rejects.toBeInstanceOf(EngineCancelled);
      expect(blocks).toBe(3);
    });
  });
});
