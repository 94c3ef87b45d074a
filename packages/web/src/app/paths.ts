/** URLs of the app's screens: kept apart from the screen registry so that screens can link to
 * each other without importing the registry that imports them. */

/** The screen a workspace opens on. */
export const HOME_SCREEN = 'dashboard';

export const workspacePath = (slug: string, screenPath: string = HOME_SCREEN): string =>
  `/w/${encodeURIComponent(slug)}/${screenPath}`;
