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

/**
 * A page of partners with their estimates and combined scores: one query for the page,
 * one for the count and one aggregate over the page's assessments only, so the cost
 * does not grow with the workspace's 100,000 assessments.
 */
export async function listPartners(
  db: Db,
  workspaceId: string,
  query: PartnerListQuery = {},
): Promise<Page<Partner>> {
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
  const where = (eb: Eb) => eb.and(conditions(eb, db.dialect, workspaceId, query));
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const column = SORT_COLUMNS[sort.replace(/^-/, '') as keyof typeof SORT_COLUMNS];
  // The page is cut from partners alone (an index range scan on (workspace, column, key))
  // and only its 50 rows are joined to their estimates; ties go by key, same direction.
  const page = db.kysely
    .selectFrom('partners as p')
    .selectAll('p')
    .where(where)
    .orderBy(column, direction)
    .orderBy('p.key', direction)
    .limit(limit)
    .offset(offset)
    .as('p');
  const [rows, count] = await Promise.all([
    db.kysely
      .selectFrom(page)
      .leftJoin('estimates as e', 'e.partner_id', 'p.id')
      .selectAll('p')
      .select(['e.cost as est_cost', 'e.return as est_return'])
      .orderBy(column, direction)
      .orderBy('p.key', direction)
      .execute(),
    db.kysely
      .selectFrom('partners as p')
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .where(where)
      .executeTakeFirst(),
  ]);
  return { items: await presentPartnerRows(db.kysely, rows), total: Number(count?.n ?? 0) };
}

function conditions(
  eb: Eb,
  dialect: Db['dialect'],
  workspaceId: string,
  query: PartnerListQuery,
): Expression<SqlBool>[] {
  const out: Expression<SqlBool>[] = [eb('p.workspace_id', '=', workspaceId)];
  const text = query.q?.trim();
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
