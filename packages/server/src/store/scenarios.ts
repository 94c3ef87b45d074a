import { z } from 'zod';
import type { Db } from '../db/connect.js';
import type { Row } from '../db/schema.js';
import { appendAudit } from './audit.js';
import { parseJson } from './canonical-json.js';
import { invalid, notFound } from './errors.js';
import type { Page } from './partner-list.js';
import { newId, now, writeTransaction } from './tx.js';
import { parseOrThrow } from './validation.js';

export const SCENARIO_KINDS = ['rank', 'optimize', 'frontier', 'simulate'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

/** A saved analysis: its inputs and result, and the criteria version it used. Immutable. */
export interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly kind: ScenarioKind;
  readonly criteriaVersion: number | null;
  readonly inputs: unknown;
  readonly result: unknown;
  readonly createdAt: string;
  readonly createdBy: string | null;
}

/** What a list shows: everything but the (possibly large) result. */
export type ScenarioSummary = Omit<Scenario, 'result'>;

export const scenarioInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(SCENARIO_KINDS),
  criteriaVersion: z.int().min(0).nullable(),
  inputs: z.unknown(),
  result: z.unknown(),
});
export type ScenarioInput = z.input<typeof scenarioInputSchema>;

function present(row: Row<'scenarios'>): Scenario {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as ScenarioKind,
    criteriaVersion: row.criteria_version === null ? null : Number(row.criteria_version),
    inputs: parseJson(row.inputs),
    result: parseJson(row.result),
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export async function saveScenario(
  db: Db,
  workspaceId: string,
  input: ScenarioInput,
  actor: string | null,
): Promise<Scenario> {
  const valid = parseOrThrow(scenarioInputSchema, input, 'the scenario');
  const inputs = JSON.stringify(valid.inputs ?? null);
  const result = JSON.stringify(valid.result ?? null);
  return writeTransaction(db, async (trx) => {
    const row: Row<'scenarios'> = {
      id: newId(),
      workspace_id: workspaceId,
      name: valid.name,
      kind: valid.kind,
      criteria_version: valid.criteriaVersion,
      inputs,
      result,
      created_at: now(trx),
      created_by: actor,
    };
    await trx.insertInto('scenarios').values(row).execute();
    const scenario = present(row);
    // The audit keeps what identifies the scenario, not a copy of a large result.
    const { result: _omitted, ...summary } = scenario;
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'scenario.create',
      entity: 'scenario',
      entityId: row.id,
      before: null,
      after: summary,
      at: row.created_at,
    });
    return scenario;
  });
}

export async function listScenarios(
  db: Db,
  workspaceId: string,
  query: { readonly kind?: ScenarioKind; readonly limit?: number; readonly offset?: number } = {},
): Promise<Page<ScenarioSummary>> {
  const limit = query.limit ?? 50;
  const offset = query.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
    throw invalid(
      ['limit'],
      `limit must be a whole number from 1 to 500 (found ${limit})`,
      'out_of_range',
    );
  }
  let base = db.kysely.selectFrom('scenarios').where('workspace_id', '=', workspaceId);
  if (query.kind !== undefined) base = base.where('kind', '=', query.kind);
  const [rows, count] = await Promise.all([
    base
      .select(['id', 'name', 'kind', 'criteria_version', 'inputs', 'created_at', 'created_by'])
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string | bigint>().as('n')).executeTakeFirst(),
  ]);
  const items = rows.map((row) => {
    const { result: _omitted, ...summary } = present({
      ...row,
      workspace_id: workspaceId,
      result: 'null',
    });
    return summary;
  });
  return { items, total: Number(count?.n ?? 0) };
}

export async function getScenario(db: Db, workspaceId: string, id: string): Promise<Scenario> {
  const row = await db.kysely
    .selectFrom('scenarios')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound(`scenario ${id}`);
  return present(row);
}

export async function deleteScenario(
  db: Db,
  workspaceId: string,
  id: string,
  actor: string | null,
): Promise<void> {
  await writeTransaction(db, async (trx) => {
    const row = await trx
      .selectFrom('scenarios')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) throw notFound(`scenario ${id}`);
    await trx.deleteFrom('scenarios').where('id', '=', id).execute();
    const { result: _omitted, ...summary } = present(row);
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'scenario.delete',
      entity: 'scenario',
      entityId: id,
      before: summary,
      after: null,
      at: now(trx),
    });
  });
}
