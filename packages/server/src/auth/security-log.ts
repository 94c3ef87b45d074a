/**
 * The security log (ASVS V7.2): every sign-in and failed sign-in, sign-out, token created
 * or revoked, password changed or reset, invitation sent, accepted or revoked, and every
 * request refused to a caller who presented credentials, with who (the email given or
 * signed in with), from where (the client address, the proxy's X-Forwarded-For when
 * trusted) and how it ended. It is kept apart from the workspaces' hash-chained audit logs
 * because most of these events belong to no workspace and a refused request must not be
 * able to extend a workspace's chain. Writing it never fails the request it describes.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/connect.js';
import type { Row } from '../db/schema.js';
import { newId } from '../store/tx.js';

export type SecurityOutcome = 'success' | 'failure' | 'denied' | 'throttled';

export type SecurityEventName =
  | 'auth.login'
  | 'auth.logout'
  | 'token.create'
  | 'token.revoke'
  | 'password.change'
  | 'password.reset'
  | 'invitation.create'
  | 'invitation.accept'
  | 'invitation.revoke'
  | 'request.denied';

export interface SecurityEventInput {
  readonly event: SecurityEventName;
  readonly outcome: SecurityOutcome;
  readonly actor?: string | null;
  readonly userId?: string | null;
  readonly address?: string | null;
  readonly workspaceId?: string | null;
  readonly detail?: Readonly<Record<string, unknown>>;
  readonly at: Date;
}

export interface SecurityEvent {
  readonly id: string;
  readonly at: string;
  readonly event: string;
  readonly outcome: string;
  readonly actor: string | null;
  readonly address: string | null;
  readonly detail: Record<string, unknown>;
}

/** Appends an event; a failure to write is logged, never thrown. */
export async function recordSecurityEvent(
  db: Db,
  input: SecurityEventInput,
  log?: FastifyBaseLogger,
): Promise<void> {
  const row: Row<'security_events'> = {
    id: newId(),
    at: input.at.toISOString(),
    event: input.event,
    outcome: input.outcome,
    actor: input.actor ?? null,
    user_id: input.userId ?? null,
    address: input.address ?? null,
    workspace_id: input.workspaceId ?? null,
    detail: JSON.stringify(input.detail ?? {}),
  };
  try {
    await db.kysely.insertInto('security_events').values(row).execute();
  } catch (error) {
    log?.error({ err: error, event: input.event }, 'could not write the security log');
  }
}

const present = (row: Row<'security_events'>): SecurityEvent => ({
  id: row.id,
  at: row.at,
  event: row.event,
  outcome: row.outcome,
  actor: row.actor,
  address: row.address,
  detail: JSON.parse(row.detail) as Record<string, unknown>,
});

/** Events about one user (as actor or account), newest first. */
export async function listSecurityEvents(
  db: Db,
  filter: { readonly userId?: string; readonly actor?: string; readonly workspaceId?: string },
  limit = 100,
): Promise<SecurityEvent[]> {
  let query = db.kysely.selectFrom('security_events').selectAll();
  const { userId, actor, workspaceId } = filter;
  if (userId !== undefined || actor !== undefined) {
    query = query.where((eb) =>
      eb.or([
        ...(userId === undefined ? [] : [eb('user_id', '=', userId)]),
        ...(actor === undefined ? [] : [eb('actor', '=', actor)]),
      ]),
    );
  }
  if (workspaceId !== undefined) query = query.where('workspace_id', '=', workspaceId);
  const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map(present);
}
