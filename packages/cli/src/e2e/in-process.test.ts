/**
 * `runCli` called in this process with a captured CliIo: the CLI's logic without a child
 * process (the cases here need no solver, so they stay fast).
 */
import { describe, expect, it } from 'vitest';
import { type CliIo, EXIT, runCli, VERSION } from '../index.js';
import { ErrorJson, EvaluateJson, ValidateJson } from './contract.js';
import { ANSI, fixture, repoRoot, STACK_FRAME } from './run-cli.js';

interface Captured {
  readonly io: CliIo;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

function capture(options: { color?: boolean } = {}): Captured {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: (t) => {
        out += t;
      },
      stderr: (t) => {
        err += t;
      },
      stdoutIsTty: false,
      stderrIsTty: false,
      cwd: repoRoot,
      color: options.color ?? false,
      env: {},
    },
    stdout: () => out,
    stderr: () => err,
  };
}

async function run(argv: readonly string[], options: { color?: boolean } = {}) {
  const c = capture(options);
  const code = await runCli(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
}

describe('runCli in process', () => {
  it('--help: every command on stdout, exit 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(EXIT.ok);
    for (const name of ['validate', 'evaluate', 'rank', 'optimize', 'shapley', 'analyze']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
    expect(r.stderr).toBe('');
  });

  it('--version prints VERSION', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('validate --json on an invalid spec: { valid: false } with the place, exit 1', async () => {
    const r = await run(['validate', fixture('invalid/triangular-order.yaml'), '--json']);
    expect(r.code).toBe(EXIT.invalidInput);
    const v = ValidateJson.parse(JSON.parse(r.stdout));
    expect(v).toEqual({
      valid: false,
      errors: [
        {
          code: 'out_of_order',
          path: 'partners[1].cost.triangular',
          message: expect.stringContaining('[1, 3, 2] is out of order'),
          file: fixture('invalid/triangular-order.yaml'),
          line: 26,
          column: 25,
        },
      ],
    });
  });

  it('validate (text): colour only when the io asks for it', async () => {
    const file = fixture('invalid/duplicate-id.yaml');
    const [plain, coloured, json] = await Promise.all([
      run(['validate', file]),
      run(['validate', file], { color: true }),
      run(['validate', file, '--json'], { color: true }),
    ]);
    for (const r of [plain, coloured, json]) expect(r.code).toBe(EXIT.invalidInput);
    expect(plain.stderr).not.toMatch(ANSI);
    expect(plain.stderr).toContain('duplicate-id.yaml:37:9: partners[3].id: ');
    expect(coloured.stderr).toMatch(ANSI);
    expect(json.stdout + json.stderr).not.toMatch(ANSI);
  });

  it('an invalid spec for another command: one { error } document, message on stderr', async () => {
    const r = await run(['weights', fixture('invalid/missing-score.yaml'), '--json']);
    expect(r.code).toBe(EXIT.invalidInput);
    expect(ErrorJson.parse(JSON.parse(r.stdout)).error.issues).toMatchObject([
      { path: 'partners[2].scores.risk', line: 33, column: 13 },
    ]);
    expect(r.stderr).toContain('missing-score.yaml:33:13: partners[2].scores.risk: ');
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('a usage error: exit 2, message on stderr, nothing on stdout', async () => {
    const r = await run(['rank', 'examples/demo.yaml', '--method', 'nope']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/argument 'nope' is invalid/);
  });

  it('one run’s exit code does not leak into the next', async () => {
    const bad = await run(['validate', fixture('invalid/nan.yaml')]);
    const good = await run(['evaluate', 'examples/seed-example.yaml', '--json']);
    expect(bad.code).toBe(EXIT.invalidInput);
    expect(good.code).toBe(EXIT.ok);
    expect(EvaluateJson.parse(JSON.parse(good.stdout)).S).toBeCloseTo(0.8, 12);
  });
});
