/**
 * Where the CLI writes. `runCli` takes one of these so tests can capture output
 * without spawning a process; `bin.ts` passes the real streams.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout is a terminal (tables and colour) — false under `--json` or a pipe. */
  readonly stdoutIsTty: boolean;
  /** Whether stderr is a terminal (progress bars). */
  readonly stderrIsTty: boolean;
  /** Working directory against which file arguments resolve. */
  readonly cwd: string;
  /** `NO_COLOR` / `FORCE_COLOR` as read once at start-up by bin.ts. */
  readonly color: boolean;
  /** The environment variables the CLI reads (PARTNERFOLIO_SERVER, PARTNERFOLIO_TOKEN). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

export function processIo(): CliIo {
  const noColor = 'NO_COLOR' in process.env;
  const force = process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0';
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdoutIsTty: process.stdout.isTTY === true,
    stderrIsTty: process.stderr.isTTY === true,
    cwd: process.cwd(),
    color: force || (!noColor && process.stdout.isTTY === true),
    env: {
      PARTNERFOLIO_SERVER: process.env.PARTNERFOLIO_SERVER,
      PARTNERFOLIO_TOKEN: process.env.PARTNERFOLIO_TOKEN,
    },
  };
}
