/**
 * First start of an empty server: a demo workspace from the demo spec and an owner account
 * with a freshly generated password, written to a file only its owner can read (0600) in
 * the data folder; the terminal shows where, never the password itself (a terminal's
 * output ends up in logs). The demo also runs a few partnerships
 * (agreements, ledger, obligations, a review: demo-partnerships.ts) and, given the example
 * file, outcome series with a planted effect (demo-outcomes.ts). No default password exists: every
 * install gets its own (or none, with `seedDemo: false`, and `partnerfolio user add`).
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseSpecText } from '@partnerfolio/core';
import { createOwnedWorkspace } from './auth/memberships.js';
import { createUser } from './auth/users.js';
import type { Db } from './db/connect.js';
import { seedDemoHistory } from './demo-history.js';
import { seedDemoOutcomes } from './demo-outcomes.js';
import { DEMO_OUTCOMES_AGREEMENT, seedDemoPartnerships } from './demo-partnerships.js';
import { replaceWorkspaceFromSpec } from './store/spec-replace.js';
import { today } from './store/tx.js';

export const DEMO_SLUG = 'demo';
export const DEMO_OWNER_EMAIL = 'owner@partnerfolio.local';
export const FIRST_RUN_FILE = 'first-run-password.txt';

/**
 * Writes the first-run account to `dir/first-run-password.txt`, readable and writable by
 * its owner only (mode 0600, set again in case the file already existed); returns its path.
 */
export function writeFirstRunFile(dir: string, run: FirstRun): string {
  mkdirSync(dir, { recursive: true });
  const path = resolve(join(dir, FIRST_RUN_FILE));
  const text =
    `# Partnerfolio: the first account of this server. Sign in, then change the password\n` +
    `# (account menu) and delete this file.\n` +
    `email: ${run.email}\npassword: ${run.password}\nworkspace: ${run.workspace}\n`;
  writeFileSync(path, text, { mode: 0o600 });
  chmodSync(path, 0o600);
  return path;
}

export interface FirstRun {
  readonly workspace: string;
  readonly email: string;
  /** Shown once; only its scrypt hash is stored. */
  readonly password: string;
}

/** Seeds the demo workspace when the database has no workspace and no user; otherwise null. */
export async function seedIfEmpty(
  db: Db,
  demoSpecText: string,
  demoSpecFile: string,
  options: {
    readonly partnerships?: boolean;
    /** examples/outcomes/revenue-by-line.csv: outcome series for the Evidence screen (needs the partnerships). */
    readonly outcomes?: { readonly text: string; readonly name: string };
  } = {},
): Promise<FirstRun | null> {
  const [workspace, user] = await Promise.all([
    db.kysely.selectFrom('workspaces').select('id').limit(1).executeTakeFirst(),
    db.kysely.selectFrom('users').select('id').limit(1).executeTakeFirst(),
  ]);
  if (workspace || user) return null;
  const parsed = parseSpecText(demoSpecText, { file: demoSpecFile });
  if (!parsed.ok) {
    throw new Error(
      `the demo spec ${demoSpecFile} is invalid: ${parsed.issues.map((i) => i.message).join('; ')}`,
    );
  }
  // 18 random bytes: 24 characters of base64url (the policy asks for at least 12).
  const password = randomBytes(18).toString('base64url');
  await createUser(db, { email: DEMO_OWNER_EMAIL, password, name: 'Demo owner' });
  const created = await createOwnedWorkspace(db, {
    slug: DEMO_SLUG,
    name: parsed.value.spec.organization || 'Demo portfolio',
    ownerEmail: DEMO_OWNER_EMAIL,
  });
  await replaceWorkspaceFromSpec(db, created.id, parsed.value.spec, DEMO_OWNER_EMAIL);
  if (options.partnerships !== false) {
    const day = today(db);
    await seedDemoPartnerships(db, created.id, DEMO_OWNER_EMAIL, day);
    await seedDemoHistory(db, created.id, DEMO_OWNER_EMAIL, day);
    if (options.outcomes !== undefined) {
      await seedDemoOutcomes(db, created.id, DEMO_OWNER_EMAIL, options.outcomes, {
        code: DEMO_OUTCOMES_AGREEMENT,
        start: `${Number(day.slice(0, 4)) - 1}-01-01`,
      });
    }
  }
  return { workspace: DEMO_SLUG, email: DEMO_OWNER_EMAIL, password };
}
