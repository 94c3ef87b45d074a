#!/usr/bin/env node
/**
 * Writes src/api/openapi.json and src/api/schema.d.ts from the built server
 * (`npx tsc -b packages/server` first). Both files are committed; a unit test fails
 * when they no longer match the server.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { apiFiles, OPENAPI_FILE, SCHEMA_FILE } from './api-document.mjs';

const { json, types } = await apiFiles();
await writeFile(OPENAPI_FILE, json);
await writeFile(SCHEMA_FILE, types);
for (const file of [OPENAPI_FILE, SCHEMA_FILE]) console.log(`wrote ${fileURLToPath(file)}`);
