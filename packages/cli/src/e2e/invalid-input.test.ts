/**
 * End to end: what every command does with a spec it must refuse (exit 1, the place of each
 * problem on stderr, one JSON document under --json, never a stack trace), and with a spec
 * that is valid but infeasible (an answer, exit 0).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ErrorJson, FrontierJson, OptimizeJson, ValidateJson } from './contract.js';
import {
  ANSI,
  type CliRun,
  fixture,
  parseJsonDocument,
  repoRoot,
  runBin,
  runJson,
  STACK_FRAME,
} from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'partnerfolio-e2e-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A JSON file with a trailing comma on line 4 (biome would refuse it as a fixture file). */
const badJson = join(tmp, 'bad.json');
writeFileSync(badJson, '{\n  "version": 1,\n  "criteria": [\n    { "id": "tech", }\n  ]\n}\n');

interface Case {
  /** The file as given on the command line (relative to the repository root). */
  readonly file: string;
  /** `file:line:column` as the message must print it. */
  readonly where: RegExp;
  /** The field path of the issue ('' for a file that does not parse). */
  readonly path: string;
  readonly message: RegExp;
  /** Another command that must refuse the file too. */
  readonly also: readonly string[];
}

const at = (file: string, line: number | string, column: number): RegExp =>
  new RegExp(`${file.replaceAll('.', '\\.')}:${line}:${column}\\b`);

const cases: Record<string, Case> = {
  'a triangular out of order': {
    file: fixture('invalid/triangular-order.yaml'),
    where: at('triangular-order.yaml', 26, 25),
    path: 'partners[1].cost.triangular',
    message: /out of order/,
    also: ['evaluate'],
  },
  'an unknown field with a typo': {
    file: fixture('invalid/unknown-field.yaml'),
    where: at('unknown-field.yaml', 32, 5),
    path: 'partners[2].domians',
    message: /unknown field.*did you mean `domains`/,
    also: ['rank'],
  },
  'a duplicate id': {
    file: fixture('invalid/duplicate-id.yaml'),
    where: at('duplicate-id.yaml', 37, 9),
    path: 'partners[3].id',
    message: /gov-c.*already used by partners\[2\]/,
    also: ['optimize'],
  },
  'an unknown partner in a synergy': {
    file: fixture('invalid/unknown-partner.yaml'),
    where: at('unknown-partner.yaml', 53, 25),
    path: 'synergies[0].between[1]',
    message: /corp-z.*did you mean `corp-b`/,
    // Ranking never reads synergies, yet must refuse the file.
    also: ['rank', '--method', 'topsis'],
  },
  'a .nan': {
    file: fixture('invalid/nan.yaml'),
    where: at('nan.yaml', 27, 13),
    path: 'partners[1].return',
    message: /not a finite number/,
    also: ['simulate'],
  },
  'a missing score': {
    file: fixture('invalid/missing-score.yaml'),
    where: at('missing-score.yaml', 33, 13),
    path: 'partners[2].scores.risk',
    message: /gov-c.*no score for criterion `risk`/,
    also: ['frontier', '--resource', 'budget'],
  },
  'a YAML syntax error': {
    file: fixture('invalid/yaml-syntax.yaml'),
    // The flow mapping opened on line 25 is found unclosed on line 26.
    where: at('yaml-syntax.yaml', '2[56]', 5),
    path: '',
    message: /YAML syntax error/,
    also: ['shapley'],
  },
  'a JSON syntax error': {
    file: relative(repoRoot, badJson),
    where: at('bad.json', 4, 21),
    path: '',
    message: /not valid JSON/,
    also: ['analyze'],
  },
};

/** `file:line:column: path: ` as describeIssue prints it (no path for a syntax error). */
const placeOf = (c: Case): RegExp =>
  c.path === '' ? c.where : new RegExp(`${c.where.source}: ${escapeRegExp(c.path)}: `);

function expectRefused(run: CliRun): void {
  expect(run.code, run.stderr).toBe(1);
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.stdout).not.toMatch(STACK_FRAME);
  expect(run.stderr).not.toMatch(ANSI);
  expect(run.stderr).not.toContain('internal error');
}

describe.concurrent('invalid specs', () => {
  for (const [name, c] of Object.entries(cases)) {
    describe(name, () => {
      const place = placeOf(c);

      it('validate --json: { valid: false, errors: [{ path, message }] }', async () => {
        const v = await runJson(ValidateJson, ['validate', c.file], 1);
        if (v.valid) throw new Error('expected valid: false');
        expect(v.errors).toHaveLength(1);
        expect(v.errors[0]).toMatchObject({
          path: c.path,
          message: expect.stringMatching(c.message),
        });
        expect(`${v.errors[0]?.file}:${v.errors[0]?.line}:${v.errors[0]?.column}`).toMatch(c.where);
      });

      it(`${c.also[0]}: exit 1, the place on stderr, nothing on stdout`, async () => {
        const run = await runBin([c.also[0] ?? '', c.file, ...c.also.slice(1)]);
        expectRefused(run);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(place);
        expect(run.stderr).toMatch(c.message);
      });

      it(`${c.also[0]} --json: one { error } document naming the path`, async () => {
        const run = await runBin([c.also[0] ?? '', c.file, ...c.also.slice(1), '--json']);
        expectRefused(run);
        const { error } = ErrorJson.parse(parseJsonDocument(run));
        expect(error.code).toBe('invalid-input');
        expect(error.issues.map((i) => i.path)).toEqual([c.path]);
        expect(error.issues[0]?.message).toMatch(c.message);
      });
    });
  }

  it('validate (text): exit 1 and the problem with file:line:column and path', async () => {
    const names = [
      'a triangular out of order',
      'an unknown field with a typo',
      'a JSON syntax error',
    ];
    const runs = await Promise.all(
      names.map((name) => runBin(['validate', cases[name]?.file ?? 'missing'])),
    );
    runs.forEach((run, k) => {
      const c = cases[names[k] ?? ''];
      if (!c) throw new Error('unreachable');
      expectRefused(run);
      // An invalid file is an error report: on stderr, as for every exit 1.
      expect(run.stderr).toMatch(placeOf(c));
      expect(run.stderr).toMatch(c.message);
    });
  });

  it('validate (text) names the problem on stderr, as the contract says of exit 1', async () => {
    const run = await runBin(['validate', fixture('invalid/nan.yaml')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nan\.yaml:27:13: partners\[1\]\.return/);
  });
});

/**
 * Every command validates the whole file first: `constraint-only.yaml`'s only error is a
 * negative maxPartners, which evaluate, weights, rank and simulate --selected never read.
 */
describe.concurrent('every command refuses a spec whose only error is in constraints', () => {
  const file = fixture('invalid/constraint-only.yaml');
  // (optimize and frontier read constraints, so refusing is no news for them.)
  const commands: readonly (readonly string[])[] = [
    ['validate'],
    ['evaluate'],
    ['weights'],
    ['rank', '--method', 'topsis', '--sensitivity'],
    ['simulate', '--selected', 'univ-a', '--scenarios', '10'],
    ['shapley', '--selected', 'univ-a,corp-b'],
    ['analyze'],
  ];
  for (const [command = '', ...options] of commands) {
    it(`${[command, ...options].join(' ')} --json`, async () => {
      const run = await runBin([command, file, ...options, '--json']);
      expectRefused(run);
      expect(issuePaths(parseJsonDocument(run))).toEqual(['constraints.maxPartners']);
    });
  }

  it('rank and analyze (text) name the place on stderr', async () => {
    const runs = await Promise.all([runBin(['rank', file]), runBin(['analyze', file])]);
    for (const run of runs) {
      expectRefused(run);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/constraint-only\.yaml:55:16: constraints\.maxPartners: /);
    }
  });
});

describe.concurrent('files that cannot be read', () => {
  it('a missing file: exit 1, "no such file", no stack trace', async () => {
    const file = fixture('no-such-file.yaml');
    const [text, json] = await Promise.all([
      runBin(['evaluate', file]),
      runBin(['optimize', file, '--json']),
    ]);
    expectRefused(text);
    expect(text.stdout).toBe('');
    expect(text.stderr).toContain(`${file}: cannot read: no such file`);
    expectRefused(json);
    const { error } = ErrorJson.parse(parseJsonDocument(json));
    expect(error).toMatchObject({ code: 'invalid-input', message: expect.stringContaining(file) });
  });

  it('a directory: exit 1, "is a directory"', async () => {
    const run = await runBin(['validate', fixture('invalid')]);
    expectRefused(run);
    expect(run.stderr).toContain('it is a directory, not a file');
  });
});

describe.concurrent('an infeasible spec (minPerKind.government 2, maxPartners 1)', () => {
  const file = fixture('infeasible.yaml');

  it('optimize --json: status infeasible, exactly the two conflicting rules, exit 0', async () => {
    const o = await runJson(OptimizeJson, ['optimize', file]);
    expect(o).toMatchObject({ status: 'infeasible', selected: [], objective: null });
    expect(o.conflicts?.map((c) => c.constraint).sort()).toEqual([
      'constraints.maxPartners',
      'constraints.minPerKind.government',
    ]);
  });

  it('optimize (text): exit 0 and names both rules', async () => {
    const run = await runBin(['optimize', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('constraints.minPerKind.government');
    expect(run.stdout).toContain('constraints.maxPartners');
    expect(run.stdout).not.toMatch(ANSI);
  });

  it('frontier: every point infeasible with a null objective', async () => {
    const f = await runJson(FrontierJson, [
      'frontier',
      file,
      '--resource',
      'budget',
      '--points',
      '3',
    ]);
    expect(f.points).toHaveLength(3);
    for (const p of f.points) expect(p).toMatchObject({ status: 'infeasible', objective: null });
  });

  it('simulate (which needs a portfolio): exit 1 with a pointer to optimize, no stack', async () => {
    const run = await runBin(['simulate', file]);
    expectRefused(run);
    expect(run.stderr).toContain('no portfolio satisfies the constraints');
  });
});

/** The paths of the issues in validate's `{ valid: false }` or any command's `{ error }`. */
function issuePaths(doc: unknown): string[] {
  const v = ValidateJson.safeParse(doc);
  if (v.success) return v.data.valid ? [] : v.data.errors.map((e) => e.path);
  return ErrorJson.parse(doc).error.issues.map((i) => i.path);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
