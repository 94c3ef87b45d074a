/**
 * End to end: `partnerfolio attribute` on the built binary, on California's Proposition 99
 * panel (the synthdid package's data/california_prop99.csv, shipped with core's tests).
 * Reference estimates: Arkhangelsky et al., AER 2021, Table 1, as the synthdid package
 * prints them: DID −27.35, SC −19.62, SDID −15.60.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ErrorJson } from './contract.js';
import { ANSI, once, runBin, runJson, STACK_FRAME } from './run-cli.js';

const PROP99 = 'packages/core/src/causal/fixtures/california_prop99.csv';
const COLUMNS = [
  '--unit',
  'State',
  '--time',
  'Year',
  '--outcome',
  'PacksPerCapita',
  '--treated',
  'treated',
];

const num = z.number();
const AttributeJson = z.object({
  method: z.enum(['did', 'sc', 'sdid']),
  estimate: num,
  se: num.nullable(),
  ci: z.tuple([num, num]).nullable(),
  treatedUnits: z.array(z.string()),
  controls: z.number().int(),
  prePeriods: z.number().int(),
  postPeriods: z.number().int(),
  unitWeights: z.record(z.string(), num),
  timeWeights: z.record(z.string(), num),
});

const sdid = once(() =>
  runJson(AttributeJson, ['attribute', PROP99, ...COLUMNS, '--placebo', '50', '--seed', '7']),
);

describe.concurrent('partnerfolio attribute', () => {
  it('--json: synthetic DiD by default, the published −15.60 with its interval', async () => {
    const r = await sdid();
    expect(r.method).toBe('sdid');
    expect(r.estimate).toBeCloseTo(-15.6, 2);
    expect(r.treatedUnits).toStrictEqual(['California']);
    expect([r.controls, r.prePeriods, r.postPeriods]).toStrictEqual([38, 19, 12]);
    expect(r.se).toBeGreaterThan(0);
    const [lo, hi] = r.ci as [number, number];
    expect(lo).toBeLessThan(r.estimate);
    expect(hi).toBeGreaterThan(r.estimate);
    expect(Object.keys(r.unitWeights)).toHaveLength(38);
    expect(Object.values(r.unitWeights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(Object.keys(r.timeWeights)).toStrictEqual(
      Array.from({ length: 19 }, (_, i) => String(1970 + i)),
    );
  });

  it('the same seed gives the same document', async () => {
    const again = await runJson(AttributeJson, [
      'attribute',
      PROP99,
      ...COLUMNS,
      '--placebo',
      '50',
      '--seed',
      '7',
    ]);
    expect(again).toStrictEqual(await sdid());
  });

  it.each([
    ['did', -27.35],
    ['sc', -19.62],
  ] as const)('--method %s gives the published %d', async (method, published) => {
    const r = await runJson(AttributeJson, [
      'attribute',
      PROP99,
      ...COLUMNS,
      '--method',
      method,
      '--placebo',
      '10',
    ]);
    expect(r.method).toBe(method);
    expect(r.estimate).toBeCloseTo(published, 2);
  });

  it('reads the same panel separated by commas or tabs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attribute-'));
    const semicolons = readFileSync(PROP99, 'utf8');
    for (const sep of [',', '\t']) {
      const file = join(dir, sep === ',' ? 'comma.csv' : 'tab.tsv');
      writeFileSync(file, semicolons.replaceAll(';', sep));
      const r = await runJson(AttributeJson, [
        'attribute',
        file,
        ...COLUMNS,
        '--method',
        'did',
        '--placebo',
        '5',
      ]);
      expect(r.estimate).toBeCloseTo(-27.35, 2);
    }
  });

  it('on a terminal: a table and a sketch of treated against counterfactual', async () => {
    const run = await runBin(['attribute', PROP99, ...COLUMNS, '--placebo', '20']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('synthetic difference-in-differences');
    expect(run.stdout).toContain('-15.6038');
    expect(run.stdout).toContain('Treated (*) and counterfactual (o), treatment from 1989 (|)');
    expect(run.stdout).not.toMatch(ANSI);
  });

  it('a bad value is exit 1 naming its line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'attribute-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'unit,year,revenue,d\na,2001,1,0\na,2002,lots,0\nb,2001,1,0\nb,2002,2,1\n');
    const run = await runBin([
      'attribute',
      file,
      '--unit',
      'unit',
      '--time',
      'year',
      '--outcome',
      'revenue',
      '--treated',
      'd',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.csv:3:3: revenue: "lots" is not a number/);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    const json = await runBin([
      'attribute',
      file,
      '--unit',
      'unit',
      '--time',
      'year',
      '--outcome',
      'revenue',
      '--treated',
      'd',
      '--json',
    ]);
    const doc = ErrorJson.parse(JSON.parse(json.stdout));
    expect(doc.error.issues[0]).toMatchObject({
      code: 'not_a_number',
      line: 3,
      column: 3,
      path: 'revenue',
    });
  });

  it('a column missing from the file is exit 1 and lists the header', async () => {
    const run = await runBin([
      'attribute',
      PROP99,
      ...COLUMNS.slice(0, 4),
      '--outcome',
      'Packs',
      '--treated',
      'treated',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'no column "Packs" (for --outcome); the header has "State", "Year", "PacksPerCapita", "treated"',
    );
  });

  it.each([[['--method', 'ols']], [['--placebo', '1']], [['--seed', '-1']]])(
    'usage error %j is exit 2',
    async (extra) => {
      const run = await runBin(['attribute', PROP99, ...COLUMNS, ...extra]);
      expect(run.code).toBe(2);
    },
  );

  it('a missing required column option is exit 2', async () => {
    const run = await runBin([
      'attribute',
      PROP99,
      '--unit',
      'State',
      '--time',
      'Year',
      '--outcome',
      'PacksPerCapita',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--treated');
  });
});
