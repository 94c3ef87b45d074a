import type { CommandContext } from './context.js';
import { usageError } from './errors.js';
import { type LoadedSpec, loadSpec } from './load.js';
import { createProgress } from './progress.js';
import { remoteAnalysis, remoteSpec, workspaceOf } from './remote.js';

/** Where a command's portfolio lives: a local file, or a workspace on a server. */
export interface SpecSource extends LoadedSpec {
  /** Set when the spec came from a server workspace. */
  readonly slug?: string;
}

export async function openSpec(ctx: CommandContext, file: string | undefined): Promise<SpecSource> {
  if (ctx.remote) {
    if (file !== undefined)
      throw usageError(
        `with --server the portfolio is the workspace's: drop the file argument "${file}"`,
      );
    const slug = await workspaceOf(ctx.remote);
    return { ...(await remoteSpec(ctx.remote, slug)), slug };
  }
  if (file === undefined)
    throw usageError("missing required argument 'file' (or use --server URL --token T)");
  return loadSpec(file, ctx.io.cwd);
}

/**
 * The answer of an analysis command: computed here by `local`, or by the server when the
 * spec came from one (the server answers the same --json document).
 */
export async function analysis<T>(
  ctx: CommandContext,
  source: SpecSource,
  command: string,
  options: Record<string, unknown>,
  local: () => T | Promise<T>,
): Promise<T> {
  if (!ctx.remote || source.slug === undefined) return local();
  const progress = createProgress(ctx.io, `${command} on the server`, 1);
  const result = await remoteAnalysis(ctx.remote, source.slug, command, options, (f) =>
    progress.update(f),
  );
  progress.finish();
  return result as T;
}
