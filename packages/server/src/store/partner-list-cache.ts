/**
 * A cache of partner-list answers, valid while the workspace does not change.
 *
 * Every write to a workspace appends to its audit log in the same transaction (audit.ts),
 * so the head of the log (`max(seq)`, one lookup on the log's primary key) names the
 * workspace's state: an answer computed after reading head `h` is served again only to a
 * request that reads the same head `h`. Nothing is ever invalidated by hand, and it holds
 * with several server processes on one database (each reads the head from the database).
 *
 * The head is read before the data: a write that commits in between makes the cached
 * answer newer than `h` (harmless: no later request reads `h` again, heads only grow),
 * never older. Restoring a backup goes into an empty database only (backup.ts).
 *
 * Two kinds of entries, each with the head it was computed at:
 * - pages: the answer's serialised JSON (UTF-8 bytes, sent as they are), by (workspace,
 *   normalised query), in an LRU bounded by their total size;
 * - totals: how many partners match a filter, by (workspace, filters), so that a new
 *   page of the same filters skips the count.
 */
import { CompiledQuery } from 'kysely';
import { type Db, namedOnPostgres } from '../db/connect.js';

const HEAD_SQL = {
  // Runs on every list request: written out once (no query building), and prepared once
  // per connection on PostgreSQL (connect.ts).
  postgres: namedOnPostgres('select max(seq) as seq from audit_log where workspace_id = $1'),
  sqlite: 'select max(seq) as seq from audit_log where workspace_id = ?',
} as const;

/** The workspace's audit head: the seq of its latest audit entry (0 before any). */
export async function auditHead(db: Db, workspaceId: string): Promise<number> {
  const { rows } = await db.kysely.executeQuery<{ seq: number | string | null }>(
    CompiledQuery.raw(HEAD_SQL[db.dialect], [workspaceId]),
  );
  return Number(rows[0]?.seq ?? 0);
}

/**
 * Reads audit heads for many concurrent requests with few queries, without ever answering
 * a request with a head read before it arrived: a request finding no read of its workspace
 * in flight starts one; one arriving while a read is in flight waits for it to end and
 * then shares the next read with every request that arrived meanwhile. Under load a round
 * trip to PostgreSQL serves every request that came during the previous one.
 */
export class HeadReader {
  readonly #read: (workspaceId: string) => Promise<number>;
  readonly #state = new Map<string, { running: Promise<number>; next?: Promise<number> }>();

  constructor(read: (workspaceId: string) => Promise<number>) {
    this.#read = read;
  }

  head(workspaceId: string): Promise<number> {
    const state = this.#state.get(workspaceId);
    if (state === undefined) return this.#start(workspaceId);
    state.next ??= state.running.then(
      () => this.#start(workspaceId),
      () => this.#start(workspaceId),
    );
    return state.next;
  }

  #start(workspaceId: string): Promise<number> {
    const running = this.#read(workspaceId);
    const state = { running };
    this.#state.set(workspaceId, state);
    const done = () => {
      if (this.#state.get(workspaceId) === state) this.#state.delete(workspaceId);
    };
    running.then(done, done);
    return running;
  }
}

interface Entry<T> {
  readonly head: number;
  readonly value: T;
}

export interface PartnerListCacheOptions {
  /** The total size (bytes) of the cached pages; 0 turns the page cache off. Default 16 MiB. */
  readonly maxBytes?: number;
  /** How many totals are kept. Default 1,000. */
  readonly maxTotals?: number;
}

export class PartnerListCache {
  readonly #pages = new Map<string, Entry<Buffer>>();
  readonly #totals = new Map<string, Entry<number>>();
  readonly #maxBytes: number;
  readonly #maxTotals: number;
  #bytes = 0;

  constructor(options: PartnerListCacheOptions = {}) {
    this.#maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
    this.#maxTotals = options.maxTotals ?? 1000;
  }

  /** The cached answer for this query at this head, if any (and marks it recently used). */
  page(workspaceId: string, head: number, queryKey: string): Buffer | undefined {
    const key = `${workspaceId}\u0000${queryKey}`;
    const entry = this.#pages.get(key);
    if (entry === undefined) return undefined;
    if (entry.head !== head) {
      // An older head is dead for good; a newer one is kept for the requests after this.
      if (entry.head < head) {
        this.#pages.delete(key);
        this.#bytes -= entry.value.byteLength;
      }
      return undefined;
    }
    this.#pages.delete(key);
    this.#pages.set(key, entry);
    return entry.value;
  }

  setPage(workspaceId: string, head: number, queryKey: string, body: Buffer): void {
    if (body.byteLength > this.#maxBytes) return;
    const key = `${workspaceId}\u0000${queryKey}`;
    const old = this.#pages.get(key);
    if (old !== undefined) {
      if (old.head > head) return; // a newer answer is already here
      this.#pages.delete(key);
      this.#bytes -= old.value.byteLength;
    }
    this.#pages.set(key, { head, value: body });
    this.#bytes += body.byteLength;
    for (const [oldest, entry] of this.#pages) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#pages.delete(oldest);
      this.#bytes -= entry.value.byteLength;
    }
  }

  total(workspaceId: string, head: number, filterKey: string): number | undefined {
    const entry = this.#totals.get(`${workspaceId}\u0000${filterKey}`);
    return entry !== undefined && entry.head === head ? entry.value : undefined;
  }

  setTotal(workspaceId: string, head: number, filterKey: string, total: number): void {
    const key = `${workspaceId}\u0000${filterKey}`;
    const old = this.#totals.get(key);
    if (old !== undefined && old.head > head) return;
    this.#totals.delete(key);
    this.#totals.set(key, { head, value: total });
    if (this.#totals.size > this.#maxTotals) {
      const oldest = this.#totals.keys().next().value;
      if (oldest !== undefined) this.#totals.delete(oldest);
    }
  }

  /** Entries and bytes held (tests, diagnostics). */
  get size(): { readonly pages: number; readonly bytes: number; readonly totals: number } {
    return { pages: this.#pages.size, bytes: this.#bytes, totals: this.#totals.size };
  }
}
