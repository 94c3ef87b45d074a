/**
 * The committed API description must be the built server's: regenerate both files in
 * memory and compare. When this fails, run `npm run generate:api -w @partnerfolio/web`
 * (after building the server) and commit the two files.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { apiFiles, OPENAPI_FILE, SCHEMA_FILE } from '../../scripts/api-document.mjs';

const HOW_TO_FIX =
  'is out of date with the server: run `npm run generate:api -w @partnerfolio/web` and commit it';

describe('the generated API client types', () => {
  it('match the OpenAPI document of the built server', async () => {
    const fresh = await apiFiles();
    const json = await readFile(OPENAPI_FILE, 'utf8');
    const types = await readFile(SCHEMA_FILE, 'utf8');
    expect(json === fresh.json, `src/api/openapi.json ${HOW_TO_FIX}`).toBe(true);
    expect(types === fresh.types, `src/api/schema.d.ts ${HOW_TO_FIX}`).toBe(true);
    expect(JSON.parse(json).paths).toHaveProperty(['/api/workspaces/{slug}/jobs/{id}/events']);
  });
});
