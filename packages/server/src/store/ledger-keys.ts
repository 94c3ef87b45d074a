/**
 * Each workspace's Ed25519 signing key for ledger tree heads: created on first use,
 * kept in the database (so backups carry it), rotated by retiring the active key and
 * creating a new one. Retired keys stay, so that every head ever signed still verifies.
 */
import { createPrivateKey, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { keyIdOf, toHex } from '@partnerfolio/core';
import { sql } from 'kysely';
import type { Db } from '../db/connect.js';
import { rawPublicKey, sha256 } from './ledger-crypto.js';
import { dialectOf, now, type Trx, writeTransaction } from './tx.js';

export interface LedgerKey {
  readonly keyId: string;
  /** Raw public key, hex. */
  readonly publicKey: string;
  readonly createdAt: string;
  readonly retiredAt: string | null;
}

export interface SigningKey extends LedgerKey {
  readonly sign: (message: Uint8Array) => string;
}

async function lockKeys(trx: Trx, workspaceId: string): Promise<void> {
  if (dialectOf(trx) === 'postgres') {
    await sql`select pg_advisory_xact_lock(hashtext(${`ledger-key:${workspaceId}`}))`.execute(trx);
  }
}

async function createKey(trx: Trx, workspaceId: string): Promise<void> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = rawPublicKey(publicKey);
  await trx
    .insertInto('ledger_keys')
    .values({
      key_id: keyIdOf(sha256, raw),
      workspace_id: workspaceId,
      public_key: toHex(raw),
      private_key: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
      created_at: now(trx),
      retired_at: null,
    })
    .execute();
}

const activeRow = (q: Trx | Db['kysely'], workspaceId: string) =>
  q
    .selectFrom('ledger_keys')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();

/** The workspace's active signing key, created if it has none yet. */
export async function signingKey(db: Db, workspaceId: string): Promise<SigningKey> {
  let row = await activeRow(db.kysely, workspaceId);
  if (row === undefined) {
    row = await writeTransaction(db, async (trx) => {
      await lockKeys(trx, workspaceId);
      if ((await activeRow(trx, workspaceId)) === undefined) await createKey(trx, workspaceId);
      return activeRow(trx, workspaceId);
    });
  }
  if (row === undefined) throw new Error('the ledger signing key could not be created');
  const privateKey: KeyObject = createPrivateKey(row.private_key);
  return {
    keyId: row.key_id,
    publicKey: row.public_key,
    createdAt: row.created_at,
    retiredAt: row.retired_at,
    sign: (message) => toHex(sign(null, message, privateKey)),
  };
}

/** Retires the active key (if any) and creates a new one; returns the new key. */
export async function rotateLedgerKey(db: Db, workspaceId: string): Promise<LedgerKey> {
  await writeTransaction(db, async (trx) => {
    await lockKeys(trx, workspaceId);
    await trx
      .updateTable('ledger_keys')
      .set({ retired_at: now(trx) })
      .where('workspace_id', '=', workspaceId)
      .where('retired_at', 'is', null)
      .execute();
    await createKey(trx, workspaceId);
  });
  const { sign: _sign, ...key } = await signingKey(db, workspaceId);
  return key;
}

/** Every key the workspace ever signed with, oldest first. */
export async function listLedgerKeys(db: Db, workspaceId: string): Promise<LedgerKey[]> {
  const rows = await db.kysely
    .selectFrom('ledger_keys')
    .select(['key_id', 'public_key', 'created_at', 'retired_at'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at')
    .orderBy('key_id')
    .execute();
  return rows.map((r) => ({
    keyId: r.key_id,
    publicKey: r.public_key,
    createdAt: r.created_at,
    retiredAt: r.retired_at,
  }));
}
