/**
 * Short-lived answers of the guard's lookups (API token → user, session → user, user and
 * workspace slug → membership), so that a read does not pay two queries before its own.
 *
 * - Only safe requests (GET, HEAD, OPTIONS) are answered from here; every write looks the
 *   caller up in the database again (and refreshes the entry).
 * - An entry lives `AUTH_CACHE_TTL_MS` (2 s, monotonic time). Changes made by this process
 *   drop the entries they touch at once (revoking a token, signing out, any membership
 *   change, renaming a workspace); a change made by another process on the same database
 *   (a second server, the CLI) reaches this one's reads within the TTL.
 * - Only answers that grant something are kept: an unknown token or a non-member is
 *   asked again every time.
 * - A generation number per cache: an answer read before an invalidation is not stored
 *   after it, so a slow read cannot put back what a write just dropped.
 * - Entries are per database (a WeakMap on its connections), bounded in number.
 */
import type { Db } from '../db/connect.js';
import type { Role, TokenScope } from '../db/schema.js';

/** users.ts's User, restated here: users.ts drops cache entries, so it cannot be imported. */
interface User {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly createdAt: string;
}

export const AUTH_CACHE_TTL_MS = 2000;
const MAX_ENTRIES = 10_000;

// The answers, as principal.ts and sessions.ts give them (declared here: no import cycle).
export interface TokenAnswer {
  readonly user: User;
  readonly tokenId: string;
  readonly scope: TokenScope;
  readonly workspaceId: string | null;
  readonly expiresAt: string | null;
}

export interface SessionAnswer {
  readonly id: string;
  readonly user: User;
  readonly csrfToken: string;
  readonly expiresAt: string;
}

export interface MembershipAnswer {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly role: Role;
  readonly partnerKey: string | null;
}

class TtlMap<V> {
  readonly #entries = new Map<string, { readonly value: V; readonly until: number }>();
  #generation = 0;

  get generation(): number {
    return this.#generation;
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (performance.now() >= entry.until) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Stores `value` unless the cache was invalidated since `generation` was read. */
  set(key: string, value: V, generation: number): void {
    if (generation !== this.#generation) return;
    this.#entries.delete(key);
    this.#entries.set(key, { value, until: performance.now() + AUTH_CACHE_TTL_MS });
    if (this.#entries.size > MAX_ENTRIES) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }

  /** Drops the entries whose value matches (all of them without a test). */
  forget(test?: (value: V) => boolean): void {
    this.#generation += 1;
    if (test === undefined) {
      this.#entries.clear();
      return;
    }
    for (const [key, entry] of this.#entries) if (test(entry.value)) this.#entries.delete(key);
  }
}

interface AuthCaches {
  /** By the token's SHA-256. */
  readonly tokens: TtlMap<TokenAnswer>;
  /** By session id (the SHA-256 of the cookie's secret). */
  readonly sessions: TtlMap<SessionAnswer>;
  /** By user id and workspace slug. */
  readonly memberships: TtlMap<MembershipAnswer>;
}

/** By the connections (`db.kysely`): handles with another clock (`withClock`) share them. */
const caches = new WeakMap<Db['kysely'], AuthCaches>();

export function authCaches(db: Db): AuthCaches {
  let found = caches.get(db.kysely);
  if (found === undefined) {
    found = { tokens: new TtlMap(), sessions: new TtlMap(), memberships: new TtlMap() };
    caches.set(db.kysely, found);
  }
  return found;
}

export const membershipKey = (userId: string, slug: string): string => `${userId}\u0000${slug}`;

/** After revoking a token. */
export function forgetToken(db: Db, tokenId: string): void {
  authCaches(db).tokens.forget((answer) => answer.tokenId === tokenId);
}

/** After a password change: every cached session and token of the user. */
export function forgetUser(db: Db, userId: string): void {
  const caches = authCaches(db);
  caches.tokens.forget((answer) => answer.user.id === userId);
  caches.sessions.forget((session) => session.user.id === userId);
}

/** After signing out (deleting a session). */
export function forgetSession(db: Db, sessionId: string): void {
  authCaches(db).sessions.forget((session) => session.id === sessionId);
}

/** After any change of memberships or of a workspace's slug or name. */
export function forgetMemberships(db: Db): void {
  authCaches(db).memberships.forget();
}
