import { api, unwrap } from '../../api/client';

export const fetchSettings = (slug: string) =>
  unwrap(api.GET('/api/workspaces/{slug}/settings', { params: { path: { slug } } }));

/** The settings as the server answers them, with the version a change must send. */
export type SettingsDocument = Awaited<ReturnType<typeof fetchSettings>>;
