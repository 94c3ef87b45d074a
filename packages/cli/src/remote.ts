/**
 * `partnerfolio --server URL --token T <command>`: the same commands against a workspace on a
 * server. The spec comes from `GET /api/workspaces/{slug}/spec`, the answer from
 * `POST /api/workspaces/{slug}/{command}` (the CLI's own --json document); a long run that
 * the server turns into a job (202) is followed until it ends.
 */
import type { Issue } from '@partnerfolio/core/issues';
import { validateSpecDocument } from '@partnerfolio/core/spec';
import { CliError, EXIT, inputError, usageError } from './errors.js';
import type { LoadedSpec } from './load.js';

export interface Remote {
  readonly url: string;
  readonly token: string;
  readonly workspace?: string;
}

interface Problem {
  readonly title?: string;
  readonly detail?: string;
  readonly code?: string;
  readonly errors?: readonly { readonly path?: string; readonly message?: string }[];
}

async function request(
  remote: Remote,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<{ status: number; json: unknown }> {
  const url = new URL(path, remote.url);
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${remote.token}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw inputError(`cannot reach the server at ${remote.url}: ${(error as Error).message}`);
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text === '' ? null : JSON.parse(text);
  } catch {
    throw inputError(`${url.href} answered ${response.status} with something that is not JSON`);
  }
  if (response.status >= 400) throw problemError(url.href, response.status, json as Problem | null);
  return { status: response.status, json };
}

function problemError(where: string, status: number, problem: Problem | null): CliError {
  const issues: Issue[] = (problem?.errors ?? []).map((e) => ({
    code: problem?.code ?? 'remote',
    path: e.path ? [e.path] : [],
    message: e.message ?? '',
  }));
  const message = `${where}: ${status} ${problem?.title ?? ''}${problem?.detail ? `: ${problem.detail}` : ''}`;
  // A refused token or a missing right is the caller's to fix, like bad input: exit 1.
  return new CliError(message, EXIT.invalidInput, issues);
}

/** The workspace to use: `--workspace`, or the caller's only one. */
export async function workspaceOf(remote: Remote): Promise<string> {
  if (remote.workspace) return remote.workspace;
  const { json } = await request(remote, 'GET', '/api/workspaces');
  const list = (json as { slug: string }[] | null) ?? [];
  if (list.length === 1 && list[0]) return list[0].slug;
  throw usageError(
    list.length === 0
      ? 'this token belongs to no workspace'
      : `choose a workspace with --workspace (one of: ${list.map((w) => w.slug).join(', ')})`,
  );
}

export async function remoteSpec(remote: Remote, slug: string): Promise<LoadedSpec> {
  const { json } = await request(
    remote,
    'GET',
    `/api/workspaces/${encodeURIComponent(slug)}/spec?format=json`,
  );
  const file = `${remote.url.replace(/\/$/, '')}/${slug}`;
  const parsed = validateSpecDocument(json);
  if (!parsed.ok)
    throw inputError(
      `the workspace ${file} is not a valid portfolio yet`,
      parsed.issues.map((i) => ({ ...i, file })),
    );
  return { portfolio: parsed.value.portfolio, file, warnings: parsed.warnings };
}

interface JobAnswer {
  readonly job: { readonly id: string };
}

/** Runs a command on the server and returns its document, following a job to its end. */
export async function remoteAnalysis(
  remote: Remote,
  slug: string,
  command: string,
  options: Record<string, unknown>,
  onProgress?: (fraction: number) => void,
): Promise<unknown> {
  const base = `/api/workspaces/${encodeURIComponent(slug)}`;
  const answer = await request(remote, 'POST', `${base}/${command}`, options);
  if (answer.status !== 202) return answer.json;
  const id = (answer.json as JobAnswer).job.id;
  for (;;) {
    const { json } = await request(remote, 'GET', `${base}/jobs/${encodeURIComponent(id)}`);
    const job = json as { state: string; progress?: number; result?: unknown; error?: Problem };
    if (job.state === 'done') return job.result;
    if (job.state === 'failed' || job.state === 'cancelled') {
      throw inputError(
        `the server's job ${id} ${job.state}${job.error?.detail ? `: ${job.error.detail}` : ''}`,
      );
    }
    onProgress?.(job.progress ?? 0);
    await new Promise((r) => setTimeout(r, 300));
  }
}
