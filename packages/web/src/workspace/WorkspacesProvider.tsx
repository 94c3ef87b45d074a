/**
 * The signed-in user's workspaces (`GET /api/workspaces`), loaded once per session, and
 * creating one. The current workspace is the `:slug` of the URL (`useCurrentWorkspace`),
 * so links can be shared; the last one used is remembered for the start page.
 */
import { createContext, type ReactNode, useCallback, useContext, useMemo } from 'react';
import { useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { WorkspaceSummary } from '../api/types';
import { readPreference, writePreference } from '../app/preferences';
import { type Loaded, useLoad } from '../app/use-load';

interface WorkspacesContextValue {
  readonly workspaces: Loaded<readonly WorkspaceSummary[]>;
  reload(): void;
  create(slug: string, name: string): Promise<WorkspaceSummary>;
}

const WorkspacesContext = createContext<WorkspacesContextValue | null>(null);

export function WorkspacesProvider({ children }: { readonly children: ReactNode }) {
  const loaded = useLoad(() => unwrap(api.GET('/api/workspaces')), []);
  const { reload } = loaded;
  const create = useCallback(
    async (slug: string, name: string) => {
      const created = await unwrap(api.POST('/api/workspaces', { body: { slug, name } }));
      reload();
      return created;
    },
    [reload],
  );
  const value = useMemo(() => ({ workspaces: loaded, reload, create }), [loaded, reload, create]);
  return <WorkspacesContext.Provider value={value}>{children}</WorkspacesContext.Provider>;
}

export function useWorkspaces(): WorkspacesContextValue {
  const value = useContext(WorkspacesContext);
  if (value === null) throw new Error('useWorkspaces() needs a <WorkspacesProvider> above it');
  return value;
}

/** The workspace the user was last in, if it is still one of theirs; else the first. */
export function preferredWorkspace(
  workspaces: readonly WorkspaceSummary[],
): WorkspaceSummary | undefined {
  const last = readPreference('workspace');
  return workspaces.find((w) => w.slug === last) ?? workspaces[0];
}

export const rememberWorkspace = (slug: string): void => writePreference('workspace', slug);

/**
 * The workspace of the current URL (`/w/:slug/...`): its slug, and its summary (name,
 * your role) once the list has loaded. Screens use `slug` for their API calls.
 */
export function useCurrentWorkspace(): {
  readonly slug: string;
  readonly workspace: WorkspaceSummary | undefined;
} {
  const { slug } = useParams();
  const { workspaces } = useWorkspaces();
  if (slug === undefined) throw new Error('useCurrentWorkspace() outside /w/:slug');
  return { slug, workspace: workspaces.data?.find((w) => w.slug === slug) };
}
