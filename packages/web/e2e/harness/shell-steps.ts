/** Steps many browser tests share: signing in and out, switching language and theme. */
import type { Page } from 'playwright-core';
import type { TestUser } from './server-process';

export async function signIn(page: Page, baseUrl: string, user: TestUser): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

/** Picks an option of an Ant Design select found by its accessible name. */
export async function choose(page: Page, selectName: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: selectName }).click();
  await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).click();
}
