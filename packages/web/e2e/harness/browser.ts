/**
 * Debian's Chromium, headless, with a fresh profile per run, driven by playwright-core.
 * Every console error and uncaught page error is collected: a test ends with
 * `expectNoConsoleErrors()`, and may `allowConsoleErrors(pattern)` for one it causes on
 * purpose (a wrong password answers 401, which Chromium logs). Screenshots go to
 * packages/web/test-results/screenshots/ (git-ignored) for a reviewer to look at.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium';

export const SCREENSHOTS = fileURLToPath(
  new URL('../../test-results/screenshots/', import.meta.url),
);

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export interface TestBrowser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and page errors so far, with the page they came from. */
  readonly errors: string[];
  allowConsoleErrors(pattern: RegExp): void;
  expectNoConsoleErrors(): void;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface BrowserOptions {
  readonly colorScheme?: 'light' | 'dark';
  readonly locale?: string;
}

export async function launchBrowser(options: BrowserOptions = {}): Promise<TestBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'partnerfolio-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    timezoneId: 'UTC',
  });
  const errors: string[] = [];
  const allowed: RegExp[] = [];
  const record = (page: Page, text: string) => {
    if (!allowed.some((pattern) => pattern.test(text))) errors.push(`${page.url()}: ${text}`);
  };
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') record(page, message.text());
    });
    page.on('pageerror', (error) => record(page, `uncaught ${error.name}: ${error.message}`));
  };
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  await mkdir(SCREENSHOTS, { recursive: true });

  return {
    context,
    page,
    errors,
    allowConsoleErrors: (pattern) => {
      allowed.push(pattern);
    },
    expectNoConsoleErrors: () => {
      if (errors.length > 0) {
        throw new Error(`the browser console reported errors:\n  ${errors.join('\n  ')}`);
      }
    },
    screenshot: async (name) => {
      const path = join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path, fullPage: true, animations: 'disabled' });
      return path;
    },
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
