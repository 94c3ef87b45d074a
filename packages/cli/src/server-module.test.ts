import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'e2e' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('start-up cost', () => {
  // Importing the server costs about a second; `validate`, `rank` and the other file
  // commands must not pay it. Only server-module.ts loads it, on demand.
  it('imports @partnerfolio/server only for types, outside server-module.ts', () => {
    const eager = sources(SRC).filter((file) => {
      if (file.endsWith('server-module.ts')) return false;
      const text = readFileSync(file, 'utf8');
      return /^import\s+(?!type\b)[^;]*from\s+'@partnerfolio\/server'/m.test(text);
    });
    expect(eager.map((f) => f.slice(SRC.length))).toEqual([]);
  });
});
