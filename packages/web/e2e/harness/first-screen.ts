/**
 * What the first page costs: the JavaScript files the browser fetched to show it, and
 * their size compressed (gzip level 9, as the server's .gz siblings) and raw. The
 * benchmark and the shell test both use it; the numbers go to test-results/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { WEB_DIST } from './server-process';

export interface ScriptCost {
  readonly files: readonly string[];
  readonly gzipBytes: number;
  readonly rawBytes: number;
}

/** Loads `url` and adds up the JavaScript it fetched until the network went quiet. */
export async function scriptCostOf(page: Page, url: string): Promise<ScriptCost> {
  const paths = new Set<string>();
  const onResponse = (response: { url(): string }) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js')) paths.add(path);
  };
  page.on('response', onResponse);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
  } finally {
    page.off('response', onResponse);
  }
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const path of paths) {
    const bytes = await readFile(join(WEB_DIST, path));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: [...paths].sort(), gzipBytes, rawBytes };
}
