/** Steps with Ant Design controls that many browser tests share: selects, API calls with the page's session. */

import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Picks an option (exact text) of the Ant Design select named `selectName`. With `search`,
 * types the option first: long lists are virtual, only the options in view exist.
 */
export async function pickOption(
  page: Page,
  selectName: string,
  option: string,
  options: { readonly search?: boolean; readonly scope?: Pick<Page, 'getByRole'> } = {},
): Promise<void> {
  // A required field's name starts with Ant Design's "* " mark.
  const name = new RegExp(`^(\\* )?${escapeRegExp(selectName)}$`);
  const select = (options.scope ?? page).getByRole('combobox', { name });
  // A list still closing from the last pick would be found instead of this one's.
  await expect
    .poll(() => page.locator('.ant-select-dropdown:visible').count(), { timeout: 10_000 })
    .toBe(0);
  await select.click();
  if (options.search === true) await select.pressSequentially(option.slice(0, 12));
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: new RegExp(`^${escapeRegExp(option)}$`) })
    .click();
}

/** Waits until no select dropdown is open (after Escape), so the next pick finds its own. */
export async function closeDropdowns(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect
    .poll(() => page.locator('.ant-select-dropdown:visible').count(), { timeout: 10_000 })
    .toBe(0);
}

/** An API call with the page's session cookie and CSRF token; returns the JSON answer. */
export async function apiCall(
  page: Page,
  baseUrl: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  path: string,
  body?: { data: string; type: string },
): Promise<unknown> {
  const session = await page.request.get(`${baseUrl}/api/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken?: string };
  const response = await page.request.fetch(`${baseUrl}${path}`, {
    method,
    ...(body === undefined ? {} : { data: body.data }),
    headers: {
      'x-csrf-token': csrfToken ?? '',
      ...(body === undefined ? {} : { 'content-type': body.type }),
    },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return (await response.json()) as unknown;
}

/** Fills a message template's `{name}` parameters (numbers as given). */
export const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));
