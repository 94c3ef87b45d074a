/**
 * What the browser remembers between visits: language, theme and the last workspace.
 * Storage may be unavailable (private windows, blocked cookies): then nothing is kept
 * and nothing fails.
 */
const PREFIX = 'partnerfolio.';

export type PreferenceName = 'locale' | 'theme' | 'workspace' | 'navCollapsed' | 'signedIn';

export function readPreference(name: PreferenceName): string | null {
  try {
    return window.localStorage.getItem(PREFIX + name);
  } catch {
    return null;
  }
}

export function writePreference(name: PreferenceName, value: string | null): void {
  try {
    if (value === null) window.localStorage.removeItem(PREFIX + name);
    else window.localStorage.setItem(PREFIX + name, value);
  } catch {
    // Not kept: the choice still applies until the page is closed.
  }
}
