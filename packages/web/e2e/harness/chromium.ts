/**
 * Where Debian's Chromium is, and what to do without it: the browser tests skip with a
 * loud message on a developer's machine that lacks it, and fail under CI=true (CI must
 * install it: `apt-get install chromium`). playwright-core drives it; it never downloads
 * a browser of its own.
 */
import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';

export const CHROMIUM_PATH = process.env.PARTNERFOLIO_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM_PATH);

const MISSING = `Chromium is not installed at ${CHROMIUM_PATH}: the browser tests need it (apt-get install chromium, or set PARTNERFOLIO_CHROMIUM)`;

/** `describe` for browser tests: runs them, skips them loudly, or fails under CI. */
export function describeInBrowser(name: string, body: () => void): void {
  if (chromiumAvailable) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has Chromium to run in', () => {
        throw new Error(MISSING);
      });
    });
    return;
  }
  const bar = '!'.repeat(100);
  console.warn(`\n${bar}\nSKIPPING the browser tests "${name}": ${MISSING}\n${bar}\n`);
  describe.skip(name, body);
}
