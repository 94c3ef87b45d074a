/** URLs of the app's screens: kept apart from the screen registry so that screens can link to
 * each other without importing the registry that imports them. */

/** The screen a workspace opens on. */
export const HOME_SCREEN = 'dashboard';
/** The screen a partner's contact (role `partner`) opens on: its portal. */
export const PARTNER_HOME_SCREEN = 'portal';

export const workspacePath = (slug: string, screenPath: string = HOME_SCREEN): string =>
  `/w/${encodeURIComponent(slug)}/${screenPath}`;
