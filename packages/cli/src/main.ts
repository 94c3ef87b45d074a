import { Command, CommanderError, Option } from 'commander';
import { COMMAND_NAMES, registerCommands } from './commands/index.js';
import { type CommandContext, createContext, type Report } from './context.js';
import { CliError, EXIT, usageError } from './errors.js';
import type { CliIo } from './io.js';

export const VERSION = '0.1.0';

/**
 * Runs the `partnerfolio` command line with `argv` (without `node` and the script) and
 * returns the exit code. Tests call this directly; `bin.ts` wires it to the process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json');
  const ctx = createContext(io, json);
  try {
    const program = await buildProgram(ctx, json, commandOf(argv));
    await program.parseAsync([...argv], { from: 'user' });
    return exitCodeOf(program);
  } catch (err) {
    return reportError(err, ctx, json);
  }
}

/** The program's options that take a value (`--server URL`): their value is no command. */
const VALUE_OPTIONS = new Set(['--server', '--token', '--workspace']);

/**
 * Which command to load: its name when argv names one, `null` for `--version` alone, and
 * `undefined` (all of them) for help, no command, or a name that is no command (commander
 * then suggests the nearest).
 */
export function commandOf(argv: readonly string[]): string | null | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (VALUE_OPTIONS.has(arg)) {
      i++;
      continue;
    }
    if (arg === '--help' || arg === '-h') return undefined;
    if (arg === '--version' || arg === '-v') return null;
    if (arg.startsWith('-')) continue;
    return COMMAND_NAMES.includes(arg) ? arg : undefined;
  }
  return undefined;
}

const NO_ISSUES = {
  formatPath: (): string => '',
  describeIssue: (): string => '',
};

/** The last action's exit code travels on the program object (commander has no return values). */
const exitCodes = new WeakMap<Command, number>();
const exitCodeOf = (program: Command): number => exitCodes.get(program) ?? EXIT.ok;

async function buildProgram(
  ctx: CommandContext,
  json: boolean,
  only: string | null | undefined,
): Promise<Command> {
  const program = new Command('partnerfolio')
    .description(
      'Partnerfolio: choose, run and leave partnerships well.\nEvery command takes --json for one machine-readable document on stdout.',
    )
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    .option(
      '--server <url>',
      'run against a Partnerfolio server instead of a file (or PARTNERFOLIO_SERVER)',
    )
    .option(
      '--token <token>',
      'API token for --server (or PARTNERFOLIO_TOKEN; see `partnerfolio token create`)',
    )
    .option('--workspace <slug>', 'the server workspace to use (default: your only one)')
    // Program options go before the command (`partnerfolio --server URL rank`), so that a
    // command's own options (e.g. `user add --workspace`) never collide with them.
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.io.stdout(s),
      writeErr: (s) => {
        if (!json) ctx.io.stderr(s);
      },
      outputError: (s, write) => write(ctx.style.red(s)),
    });

  const emit = (report: Report): void => {
    if (json) ctx.io.stdout(`${JSON.stringify(report.json, null, 2)}\n`);
    else if (report.textToStderr) ctx.io.stderr(report.text);
    else ctx.io.stdout(report.text);
    exitCodes.set(program, report.exitCode ?? EXIT.ok);
  };
  program.hook('preAction', () => {
    const o = program.opts<{ server?: string; token?: string; workspace?: string }>();
    const server = o.server ?? ctx.io.env.PARTNERFOLIO_SERVER;
    if (server === undefined) {
      if (o.workspace !== undefined) throw usageError('--workspace needs --server');
      return;
    }
    const token = o.token ?? ctx.io.env.PARTNERFOLIO_TOKEN;
    if (!token)
      throw usageError(
        '--server needs --token (or PARTNERFOLIO_TOKEN); create one with `partnerfolio token create`',
      );
    if (!/^https?:\/\//.test(server))
      throw usageError(`--server must be an http(s) URL, not "${server}"`);
    ctx.remote = { url: server, token, ...(o.workspace ? { workspace: o.workspace } : {}) };
  });
  await registerCommands(program, ctx, emit, only);
  // Every subcommand takes --json (read up front, since it also switches error output).
  for (const cmd of program.commands) {
    if (!cmd.options.some((o) => o.long === '--json')) {
      cmd.addOption(new Option('--json', 'print one JSON document on stdout'));
    }
  }
  return program;
}

async function reportError(err: unknown, ctx: CommandContext, json: boolean): Promise<number> {
  if (err instanceof CommanderError) {
    // Help asked for (`--help`, `help cmd`) succeeds; help shown because no command was
    // given is a usage error, which commander marks with a non-zero exit code.
    if (
      (err.code === 'commander.helpDisplayed' || err.code === 'commander.help') &&
      err.exitCode === 0
    ) {
      return EXIT.ok;
    }
    if (err.code === 'commander.version') return EXIT.ok;
    if (json) {
      ctx.io.stdout(
        `${JSON.stringify({ error: { code: 'usage', message: err.message.replace(/^error: /, ''), issues: [] } }, null, 2)}\n`,
      );
    }
    return EXIT.usage;
  }
  if (err instanceof CliError) {
    // Loaded only for issues: a run that fails on a usage error need not load the engine.
    const { formatPath, describeIssue } =
      err.issues.length === 0 ? NO_ISSUES : await import('./issue-text.js');
    if (json) {
      const issues = err.issues.map((i) => ({ ...i, path: formatPath(i.path) }));
      ctx.io.stdout(
        `${JSON.stringify({ error: { code: err.exitCode === EXIT.usage ? 'usage' : 'invalid-input', message: err.message, issues } }, null, 2)}\n`,
      );
    }
    ctx.io.stderr(`${ctx.style.red('error')}: ${err.message}\n`);
    for (const issue of err.issues) ctx.io.stderr(`  ${describeIssue(issue)}\n`);
    return err.exitCode;
  }
  // A bug, not a user's mistake: say so plainly, with the stack for the report.
  const e = err instanceof Error ? err : new Error(String(err));
  ctx.io.stderr(
    `${ctx.style.red('internal error')}: ${e.message}\nPlease report this with the command you ran.\n${e.stack ?? ''}\n`,
  );
  return 70;
}
