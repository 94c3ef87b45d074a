import type { MilpSolver } from '@partnerfolio/core/solver';
import { createStyle, type Style } from './format/style.js';
import type { CliIo } from './io.js';
import type { Remote } from './remote.js';

/** What a command produces: the `--json` document and its human-readable rendering. */
export interface Report {
  readonly json: unknown;
  readonly text: string;
  readonly exitCode?: number;
  /** The text is an error report: it goes to stderr (the JSON document still goes to stdout). */
  readonly textToStderr?: boolean;
}

/** Shared by every command of one CLI run. */
export interface CommandContext {
  readonly io: CliIo;
  readonly style: Style;
  /** Loads HiGHS once per process (its first load compiles WebAssembly, ~1 s). */
  readonly solver: () => Promise<MilpSolver>;
  /** Set by `--server URL --token T`: commands read and run against that server. */
  remote?: Remote;
}

export function createContext(io: CliIo, json: boolean): CommandContext {
  let solver: Promise<MilpSolver> | undefined;
  return {
    io,
    style: createStyle(io.color && !json),
    solver: () => {
      // Imported on first use: the commands that never solve do not load the adapter.
      solver ??= import('@partnerfolio/solver-highs').then((m) => m.createHighsSolver());
      return solver;
    },
  };
}

/** Prints warnings (e.g. ignored fields) on stderr, never on stdout, so `--json` stays clean. */
export function printWarnings(
  ctx: CommandContext,
  warnings: readonly { readonly message: string; readonly file?: string; readonly line?: number }[],
): void {
  for (const w of warnings) {
    const where = [w.file, w.line].filter((x) => x !== undefined).join(':');
    ctx.io.stderr(`${ctx.style.yellow('warning')}: ${where ? `${where}: ` : ''}${w.message}\n`);
  }
}
