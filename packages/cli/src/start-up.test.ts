/**
 * `validate`, `rank` and `evaluate` must start within 0.25 s of Node's own start (issue 11;
 * bench/cli-startup.mjs measures it). They may load core only by area
 * (`@partnerfolio/core/spec`, `/scores`, `/commands`, ...), never its barrel, which loads the
 * whole engine, nor the server. Checked twice: in the sources (every module a light command
 * reaches by static imports), and in a real run of the built CLI (every module it loads:
 * the bundle's chunks, read back to their source modules through the bundle's map).
 * Nor the YAML library: the demo file takes core's fast reader (spec/yaml-fast.ts), and Node
 * loads the library only for a file that reader leaves to it (spec/yaml-lib.node.cts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const ROOT = resolve(SRC, '../../..');
const LIGHT = ['validate', 'rank', 'evaluate'] as const;

/** `@partnerfolio/core` itself or the server: what a light command must not import. */
const HEAVY = /^@partnerfolio\/(core|server)$|^@partnerfolio\/server\//;

/** The specifiers of `file`'s static imports and re-exports (`import type` included). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map(
    (m) => m[1] as string,
  );
}

/** Every CLI module `entry` reaches by static imports, with the packages each imports. */
function reach(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    const specifiers = importsOf(file);
    seen.set(
      file,
      specifiers.filter((s) => !s.startsWith('.')),
    );
    for (const s of specifiers) {
      if (s.startsWith('.')) stack.push(resolve(dirname(file), s.replace(/\.js$/, '.ts')));
    }
  }
  return seen;
}

describe('the light commands load only what they need', () => {
  it.each(LIGHT)('%s reaches neither the core barrel nor the server in its sources', (name) => {
    const modules = reach(join(SRC, 'commands', `${name}.ts`));
    const heavy = [...modules].flatMap(([file, packages]) =>
      packages.filter((p) => HEAVY.test(p)).map((p) => `${relative(SRC, file)} → ${p}`),
    );
    expect(heavy).toEqual([]);
    // The walk is real: it reaches the shared modules and core's areas.
    expect([...modules.keys()].map((f) => relative(SRC, f))).toContain('load.ts');
    expect([...modules.values()].flat()).toContain('@partnerfolio/core/spec');
  });

  // A loader hook that prints the URL of every module loaded, one a line, on stderr. It
  // writes to the file descriptor at once: the hooks run on their own thread, whose
  // buffered stream writes are lost when the command exits first (seen on Node 24).
  const hook = `data:text/javascript,${encodeURIComponent(
    "import { writeSync } from 'node:fs'; export async function load(url, context, next) { writeSync(2, 'LOADED ' + url + '\\n'); return next(url, context); }",
  )}`;
  // And, at exit, every CommonJS module required (the YAML library is one, loaded by
  // require), which the hook above may not see.
  const preload = `data:text/javascript,${encodeURIComponent(
    `import { createRequire, register } from 'node:module'; import { writeSync } from 'node:fs'; register(${JSON.stringify(hook)}); const { cache } = createRequire(process.cwd() + '/'); process.on('exit', () => { for (const f of Object.keys(cache)) writeSync(2, 'REQUIRED ' + f + '\\n'); });`,
  )}`;

  // The command runs from a bundle (rolldown.config.mjs), whose build lists the source
  // modules of each chunk: a loaded chunk stands for its modules, any other file for itself.
  const BUNDLE = 'packages/cli/dist/bundle/';
  const chunks = JSON.parse(readFileSync(join(ROOT, BUNDLE, 'modules.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  const sourceModulesOf = (file: string): string[] =>
    file.startsWith(BUNDLE) ? (chunks[file.slice(BUNDLE.length)] ?? [file]) : [file];

  it.each(LIGHT)('the built CLI loads neither for `%s` on the demo file', (name) => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        preload,
        join(ROOT, 'packages/cli/bin/partnerfolio.js'),
        name,
        'examples/demo.yaml',
        '--json',
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 },
    );
    expect(run.status, run.stderr).toBe(0);
    const files = run.stderr
      .split('\n')
      .filter((line) => line.startsWith('LOADED file://'))
      .map((line) => relative(ROOT, fileURLToPath(line.slice('LOADED '.length))));
    expect(files).toContain('packages/cli/dist/bundle/bin.js'); // the launcher runs the bundle
    const loaded = files.flatMap(sourceModulesOf);
    expect(loaded).toContain(`packages/cli/dist/commands/${name}.js`);
    expect(loaded).toContain('packages/core/dist/spec/index.js');
    expect(loaded.filter((f) => f === 'packages/core/dist/index.js')).toEqual([]);
    expect(loaded.filter((f) => f.startsWith('packages/server/'))).toEqual([]);
    // Nor the optimizer or the games: none of the three solves anything. `evaluate` alone
    // samples (S's P(loss) and CVaR, the risk register included), so it loads the simulation.
    const heavy =
      name === 'evaluate'
        ? /^packages\/core\/dist\/(optimize|games)\//
        : /^packages\/core\/dist\/(optimize|simulate|games)\//;
    expect(loaded.filter((f) => heavy.test(f))).toEqual([]);
    expect(loaded.filter((f) => f.startsWith('packages/solver-highs/'))).toEqual([]);
    const required = run.stderr
      .split('\n')
      .filter((line) => line.startsWith('REQUIRED '))
      .map((line) => relative(ROOT, line.slice('REQUIRED '.length)));
    // The check is real: the last test sees the library required where the fast reader
    // declines a file.
    expect(required.filter((f) => f.startsWith('node_modules/yaml/'))).toEqual([]);
  });

  it('loads the YAML library for a file the fast reader leaves to it', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        preload,
        join(ROOT, 'packages/cli/bin/partnerfolio.js'),
        'validate',
        'packages/cli/src/e2e/fixtures/invalid/yaml-syntax.yaml',
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 },
    );
    expect(run.stderr).toContain(`REQUIRED ${join(ROOT, 'node_modules/yaml/dist/index.js')}`);
  });

  // bin/partnerfolio.js turns on Node's compile cache where there is one (Node ≥ 22.1), in
  // the temp directory: an install or a temp directory that cannot be written stays usable.
  it('runs when the compile cache cannot be written', () => {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'packages/cli/bin/partnerfolio.js'), 'validate', 'examples/demo.yaml'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        // Under a file, so no directory can be made there (root may write anywhere else).
        // Not under /proc: Node 24.21 spins for ever creating a cache directory there.
        env: {
          ...process.env,
          NO_COLOR: '1',
          TMPDIR: '/dev/null/partnerfolio-no-cache',
          NODE_COMPILE_CACHE: '/dev/null/partnerfolio-no-cache',
        },
        timeout: 30_000,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('examples/demo.yaml is valid');
    expect(run.stderr).toBe('');
  });
});
