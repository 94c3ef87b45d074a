/**
 * One request path: schema → guard → a store or engine command → presenter. A route file
 * holds no connection: it neither reaches into `db.kysely` nor opens a transaction (the
 * dependency rule `routes-hold-no-connection` refuses the imports; this the property).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROUTES = new URL('.', import.meta.url).pathname;
const routeFiles = (readdirSync(ROUTES, { recursive: true }) as string[]).filter(
  (f) =>
    f.endsWith('.ts') &&
    !f.endsWith('.test.ts') &&
    !f.endsWith('.route-cases.ts') &&
    !f.startsWith('test-support'),
);

describe('route files', () => {
  it('are many', () => {
    expect(routeFiles.length).toBeGreaterThan(30);
  });

  it.each(routeFiles)('%s reaches the database only through store and engine commands', (file) => {
    const text = readFileSync(join(ROUTES, file), 'utf8');
    expect(text).not.toMatch(
      /\bdb\.kysely\b|\.selectFrom\(|\.updateTable\(|\.insertInto\(|\.deleteFrom\(|\b(read|write)Transaction\(/,
    );
  });
});
