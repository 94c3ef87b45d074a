/**
 * End to end: help, version, usage errors (exit 2) and plain output in a pipe, on the real
 * binary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ErrorJson } from './contract.js';
import { ANSI, fixture, parseJsonDocument, repoRoot, runBin, STACK_FRAME } from './run-cli.js';

const DEMO = 'examples/demo.yaml';

/** Each command of the contract and the options its --help must list. */
const commands: Record<string, readonly string[]> = {
  validate: ['--json'],
  evaluate: ['--json'],
  weights: ['--json'],
  rank: ['--method <method>', 'weighted-sum', 'topsis', '--sensitivity', '--json'],
  optimize: ['--explain', '--time-limit <seconds>', '--json'],
  frontier: [
    '--resource <id>',
    '--cvar',
    '--points <k>',
    '--scenarios <n>',
    '--seed <s>',
    '--time-limit <seconds>',
    '--json',
  ],
  simulate: ['--scenarios <n>', '--seed <s>', '--selected <ids>', '--workers <n>', '--json'],
  shapley: ['--samples <n>', '--seed <s>', '--selected <ids>', '--json'],
  schema: ['--json'],
  analyze: ['--json'],
  attribute: [
    '--unit <column>',
    '--time <column>',
    '--outcome <column>',
    '--treated <column>',
    '--method <method>',
    'sdid',
    '--placebo <n>',
    '--seed <s>',
    '--json',
  ],
};

describe.concurrent('help and version', () => {
  it('partnerfolio --help lists every command', async () => {
    const run = await runBin(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: partnerfolio /);
    for (const name of Object.keys(commands))
      expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(run.stderr).toBe('');
  });

  for (const [name, options] of Object.entries(commands)) {
    it(`partnerfolio ${name} --help lists its options`, async () => {
      const run = await runBin([name, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: partnerfolio ${name} \\[options\\]`));
      for (const option of options) expect(run.stdout).toContain(option);
      expect(run.stdout).toContain('--help');
      expect(run.stderr).toBe('');
    });
  }

  it('--version and -v print the package version', async () => {
    const { version } = z
      .object({ version: z.string() })
      .parse(JSON.parse(readFileSync(join(repoRoot, 'packages/cli/package.json'), 'utf8')));
    const [long, short] = await Promise.all([runBin(['--version']), runBin(['-v'])]);
    for (const run of [long, short]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
    }
  });
});

describe.concurrent('usage errors: exit 2, no stack trace', () => {
  /** `json`: also check the `--json` form (one `{ error }` document). */
  const usageErrors: Record<string, { args: readonly string[]; message: RegExp; json?: true }> = {
    'an unknown option': {
      args: ['evaluate', DEMO, '--bogus'],
      message: /unknown option '--bogus'/,
      json: true,
    },
    'a missing argument': { args: ['evaluate'], message: /missing required argument 'file'/ },
    'a missing required option': {
      args: ['frontier', DEMO],
      message: /required option '--resource <id>' not specified/,
    },
    'a bad --method': {
      args: ['rank', DEMO, '--method', 'best'],
      message: /'best' is invalid.*weighted-sum, topsis/,
      json: true,
    },
    '--scenarios abc': {
      args: ['simulate', DEMO, '--scenarios', 'abc'],
      message: /--scenarios must be a whole number.*"abc"/,
      json: true,
    },
    '--points 1': {
      args: ['frontier', DEMO, '--resource', 'budget', '--points', '1'],
      message: /--points must be a whole number from 2/,
    },
    '--resource with --cvar': {
      args: ['frontier', DEMO, '--resource', 'budget', '--cvar'],
      message: /either --resource <id> or --cvar, not both/,
      json: true,
    },
    'an unknown command': {
      args: ['frobnicate', DEMO],
      message: /unknown command 'frobnicate'/,
      json: true,
    },
    'too many arguments': {
      args: ['evaluate', DEMO, DEMO],
      message: /too many arguments/,
    },
  };

  for (const [name, { args, message, json }] of Object.entries(usageErrors)) {
    it(name, async () => {
      const text = await runBin(args);
      expect(text.code, text.stderr).toBe(2);
      expect(text.stdout).toBe('');
      expect(text.stderr).toMatch(message);
      expect(text.stderr).not.toMatch(STACK_FRAME);
      expect(text.stderr).not.toMatch(ANSI);
      if (!json) return;
      const run = await runBin([...args, '--json']);
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(STACK_FRAME);
      const doc = z
        .object({ error: z.object({ code: z.literal('usage'), message: z.string() }) })
        .parse(parseJsonDocument(run));
      expect(doc.error.message).toMatch(message);
    });
  }

  it('an {error} document under --json always has issues (docs/cli.md)', async () => {
    // Also for the errors commander raises (unknown option, missing argument, bad choice).
    const run = await runBin(['evaluate', DEMO, '--bogus', '--json']);
    expect(run.code).toBe(2);
    ErrorJson.parse(parseJsonDocument(run));
  });

  it('partnerfolio with no command is a usage error (exit 2)', async () => {
    // commander shows help on stderr with a non-zero code: not a request for help.
    const run = await runBin([]);
    expect(run.stderr).toContain('Usage: partnerfolio');
    expect(run.code).toBe(2);
  });
});

describe.concurrent('plain output in a pipe', () => {
  it('tables and messages carry no ANSI escapes with NO_COLOR', async () => {
    const runs = await Promise.all([
      runBin(['evaluate', DEMO]),
      runBin(['optimize', fixture('small.yaml')]),
      runBin(['validate', fixture('invalid/nan.yaml')]),
      runBin(['rank', fixture('invalid/nan.yaml')]),
    ]);
    for (const run of runs) {
      expect(run.stdout + run.stderr).not.toMatch(ANSI);
      expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
    }
    // The tables are there, as plain text.
    expect(runs[0]?.stdout).toMatch(/^partner +cost +return +net +score$/m);
    expect(runs[1]?.stdout).toMatch(/^optimal: objective \(net\) = 5\.7 points/m);
    expect(runs[2]?.stderr).toMatch(/nan\.yaml:27:13: partners\[1\]\.return: /);
  });

  it('no ANSI escapes in a pipe even without NO_COLOR (stdout is not a terminal)', async () => {
    const run = await runBin(['validate', fixture('invalid/nan.yaml')], {
      env: { NO_COLOR: undefined },
    });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(ANSI);
  });

  it('FORCE_COLOR=1 does switch colour on (so the checks above can fail)', async () => {
    const run = await runBin(['validate', fixture('invalid/nan.yaml')], {
      env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
    });
    expect(run.stderr).toMatch(ANSI);
  });

  it('--json output has no ANSI escapes even with FORCE_COLOR=1', async () => {
    const run = await runBin(['validate', fixture('invalid/nan.yaml'), '--json'], {
      env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
    });
    expect(run.stdout + run.stderr).not.toMatch(ANSI);
  });

  it('optimize (text) does not claim a 0% gap when the time limit left no portfolio', async () => {
    // `"gap": null` (no incumbent) must not read as a proven optimum ("gap 0.0%").
    const run = await runBin(['optimize', DEMO, '--time-limit', '1e-300']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^time-limit: objective \(net\) = —/);
    expect(run.stdout).not.toContain('gap 0.0%');
  });
});
