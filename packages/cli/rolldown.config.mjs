/**
 * The command's bundle (`npm run build` writes it after `tsc -b`): what `bin/partnerfolio.js`
 * runs. Node loads ES modules one file at a time, resolving and compiling each; the CLI's
 * own modules, core and zod are ~200 files, and loading them was most of `validate`'s
 * start-up. Bundled, a light command loads a handful of chunks instead.
 *
 * - One chunk per command, still loaded only when its command runs (the dynamic imports of
 *   `commands/index.ts` stay dynamic), so `--version` loads almost nothing and `validate`
 *   never the optimizer.
 * - The server, the HiGHS adapter and the YAML library stay outside, loaded from
 *   node_modules when a command needs them: the server (with its own copy of core) only for
 *   server commands, HiGHS when a command first solves, `yaml` only for a file core's fast
 *   reader leaves to it.
 * - The worker threads' entries are bundled beside the chunks under their own names: the
 *   pools find them as `new URL('./smaa-worker.js', import.meta.url)`. The SMAA pool is an
 *   entry too (`smaa-pool.js`), for the benchmark that times it.
 * - All files sit in one folder at the depth of `dist/commands/`, so the paths `serve`
 *   resolves from its own module (`../../../../examples/demo.yaml`, the web build) hold.
 * - `modules.json` lists each chunk's source modules: `start-up.test.ts` reads it to check
 *   which modules a real run loaded.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = 'dist/bundle';

/** Loaded at run time from node_modules, never copied into the bundle. */
const EXTERNAL = /^(node:|@partnerfolio\/(server|solver-highs)(\/|$)|yaml$)/;

/** Writes which source modules (paths from the repository root) each chunk holds. */
const moduleMap = {
  name: 'partnerfolio-module-map',
  generateBundle(_options, bundle) {
    const map = {};
    for (const [file, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      map[file] = chunk.moduleIds
        .filter((id) => !id.startsWith('\0'))
        .map((id) => relative(ROOT, id))
        .sort();
    }
    this.emitFile({
      type: 'asset',
      fileName: 'modules.json',
      source: `${JSON.stringify(map, null, 1)}\n`,
    });
  },
};

export default {
  input: {
    bin: 'dist/bin.js',
    'simulate-worker': 'dist/simulate-worker.js',
    'smaa-worker': 'dist/smaa-worker.js',
    // The SMAA pool under its own name as well, so that bench/mcdm-more.mjs times the pool
    // and the worker file that `partnerfolio smaa` runs (the command's chunk imports it).
    'smaa-pool': 'dist/smaa-pool.js',
  },
  platform: 'node',
  external: (id) => EXTERNAL.test(id),
  plugins: [moduleMap],
  output: {
    dir: OUT,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
    cleanDir: true,
  },
};
