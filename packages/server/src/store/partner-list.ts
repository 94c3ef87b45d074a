import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../db/connect.js';
import type { Database, PartnersTable } from '../db/schema.js';
import { invalid } from './errors.js';
import { type Partner, presentPartnerRows } from './partner-present.js';

export const PARTNER_SORTS = [
  'name',
  '-name',
  'id',
  '-id',
  'status',
  '-status',
  'kind',
  '-kind',
  'updatedAt',
  '-updatedAt',
] as const;
export type PartnerSort = (typeof PARTNER_SORTS)[number];

export interface PartnerListQuery {
  /** 1..500, default 50. */
  readonly limit?: number;
  readonly offset?: number;
  /** Part of the id or the name, case-insensitive. */
  readonly q?: string;
  /** Any of these kinds / statuses. */
  readonly kind?: readonly string[];
  readonly status?: readonly string[];
  /** Partners with this domain / offer among theirs. */
  readonly domain?: string;
  readonly offer?: string;
  /** Default `name`; ties are broken by id. */
  readonly sort?: PartnerSort;
}

export interface Page<T> {
  readonly items: T[];
  /** How many match the filters, over all pages. */
  readonly total: number;
}

type Eb = ExpressionBuilder<Database & { p: PartnersTable }, 'p'>;

const SORT_COLUMNS = {
  name: 'p.name',
  id: 'p.key',
  status: 'p.status',
  kind: 'p.kind',
  updatedAt: 'p.updated_at',
} as const;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const likePattern = (text: string) => `%${escapeLike(text.toLowerCase())}%`;

/** A list query checked and normalised: the same filters always give the same value. */
export interface NormalizedPartnerListQuery {
  readonly limit: number;
  readonly offset: number;
  readonly sort: PartnerSort;
  /** Trimmed; absent when empty. */
  readonly q?: string;
  /** Sorted, without repeats; absent when empty. */
  readonly kind?: readonly string[];
  readonly status?: readonly string[];
  readonly domain?: string;
  readonly offer?: string;
}

const normalizeList = (values: readonly string[] | undefined) =>
  values && values.length > 0 ? [...new Set(values)].sort() : undefined;

/** Checks limit, offset and sort (`invalid` otherwise) and normalises the filters. */
export function normalizePartnerListQuery(
  query: PartnerListQuery = {},
): NormalizedPartnerListQuery {
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
    throw invalid(
      ['limit'],
      `limit must be a whole number from 1 to 500 (found ${limit})`,
      'out_of_range',
    );
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw invalid(
      ['offset'],
      `offset must be a whole number ≥ 0 (found ${offset})`,
      'out_of_range',
    );
  }
  const sort = query.sort ?? 'name';
  if (!PARTNER_SORTS.includes(sort)) {
    throw invalid(['sort'], `sort must be one of ${PARTNER_SORTS.join(', ')}`, 'invalid_value');
  }
  const q = query.q?.trim();
  const kind = normalizeList(query.kind);
  const status = normalizeList(query.status);
  return {
    limit,
    offset,
    sort,
    ...(q ? { q } : {}),
    ...(kind ? { kind } : {}),
    ...(status ? { status } : {}),
    ...(query.domain === undefined ? {} : { domain: query.domain }),
    ...(query.offer === undefined ? {} : { offer: query.offer }),
  };
}

/** A text naming the filters of a normalised query (not its page or order): equal filters, equal text. */
export function partnerFilterKey(query: NormalizedPartnerListQuery): string {
  return JSON.stringify([
    query.q ?? null,
    query.kind ?? null,
    query.status ?? null,
    query.domain ?? null,
    query.offer ?? null,
  ]);
}

export interface PartnerListOptions {
  /** How many partners match these filters, when the caller knows it (partner-list-cache.ts): no count is run. */
  readonly total?: number;
}

/**
 * A page of partners with their estimates and combined scores (kept on write in
 * `partners.combined_scores`, so no assessment is read). The page is cut from the sort
 * index alone (its keys: `select key ... order by column, key limit offset`, an index
 * range scan on (workspace, column, key) that PostgreSQL can answer from the index) and
 * only its rows are joined to the partners and their estimates: a deep offset no longer
 * sorts the workspace's full rows. The count runs unless `options.total` gives it.
 */
export async function listPartners(
  db: Db,
  workspaceId: string,
  query: PartnerListQuery = {},
  options: PartnerListOptions = {},
): Promise<Page<Partner>> {
  const normal = normalizePartnerListQuery(query);
  const where = (eb: Eb) => eb.and(conditions(eb, db.dialect, workspaceId, normal));
  const page = partnerPageQuery(db, workspaceId, normal).execute();
  const count =
    options.total !== undefined
      ? Promise.resolve(options.total)
      : db.kysely
          .selectFrom('partners as p')
          .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
          .where(where)
          .executeTakeFirst()
          .then((row) => Number(row?.n ?? 0));
  const [rows, total] = await Promise.all([page, count]);
  return { items: presentPartnerRows(rows), total };
}

/**
 * The page's query: the `limit` keys cut from the sort index, joined to their rows and
 * estimates. Exported for the plan checks of the tests.
 */
export function partnerPageQuery(db: Db, workspaceId: string, query: NormalizedPartnerListQuery) {
  const { limit, offset, sort } = query;
  const where = (eb: Eb) => eb.and(conditions(eb, db.dialect, workspaceId, query));
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const column = SORT_COLUMNS[sort.replace(/^-/, '') as keyof typeof SORT_COLUMNS];
  // Ties go by key, in the same direction. The limit is written into the SQL (a checked
  // whole number): bound as a parameter, SQLite cannot tell the keys are at most `limit`
  // rows and walks all the workspace's partners to join them (4 times slower).
  const keys = db.kysely
    .selectFrom('partners as p')
    .select('p.key')
    .where(where)
    .orderBy(column, direction)
    .orderBy('p.key', direction)
    .limit(sql.lit(limit))
    .offset(offset)
    .as('k');
  return db.kysely
    .selectFrom(keys)
    .innerJoin('partners as p', (join) =>
      join.onRef('p.key', '=', 'k.key').on('p.workspace_id', '=', workspaceId),
    )
    .leftJoin('estimates as e', 'e.partner_id', 'p.id')
    .selectAll('p')
    .select(['e.cost as est_cost', 'e.return as est_return'])
    .orderBy(column, direction)
    .orderBy('p.key', direction);
}

function conditions(
  eb: Eb,
  dialect: Db['dialect'],
  workspaceId: string,
  query: NormalizedPartnerListQuery,
): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [eb('p.workspace_id', '=', workspaceId)];
  const text = query.q;
  if (text) {
    const pattern = likePattern(text);
    out.push(
      eb.or([
        sql<SqlBool>`lower(${eb.ref('p.key')}) like ${pattern} escape '\\'`,
        sql<SqlBool>`lower(${eb.ref('p.name')}) like ${pattern} escape '\\'`,
      ]),
    );
  }
  if (query.kind && query.kind.length > 0) out.push(eb('p.kind', 'in', [...query.kind]));
  if (query.status && query.status.length > 0) {
    out.push(eb('p.status', 'in', [...query.status] as PartnersTable['status'][]));
  }
  if (query.domain !== undefined) out.push(contains(eb.ref('p.domains'), query.domain, dialect));
  if (query.offer !== undefined) out.push(contains(eb.ref('p.offers'), query.offer, dialect));
  return out;
}

/**
 * The JSON array of strings in `column` holds `value` (exactly, not as a substring). A
 * plain LIKE on the JSON text goes first: it is cheap and rules out most rows, so the
 * exact test (which parses the JSON) runs only on the few that may match.
 */
function contains(
  column: Expression<string>,
  value: string,
  dialect: Db['dialect'],
): Expression<SqlBool> {
  const pattern = `%${escapeLike(JSON.stringify(value))}%`;
  const exact =
    dialect === 'postgres'
      ? sql<SqlBool>`(${column})::jsonb @> jsonb_build_array(${value}::text)`
      : sql<SqlBool>`exists (select 1 from json_each(${column}) where json_each.value = ${value})`;
  return sql<SqlBool>`(${column} like ${pattern} escape '\\' and ${exact})`;
}
