/**
 * Outcome series of a workspace (unit, outcome, period, value) and their units, each
 * linked to the partner it is (if any) and to the agreement whose start marks its
 * treatment (if any). Writes are batch upserts, all or nothing, with one audit entry.
 */
import type { OutcomePoint } from '@partnerfolio/core/causal';
import type { Db } from '../db/connect.js';
import { appendAudit } from './audit.js';
import { chunks } from './batch.js';
import { invalid, notFound, StoreError } from './errors.js';
import { now, readTransaction, type Trx, writeTransaction } from './tx.js';

/** A unit as sent: `partner` is a partner's id (spec key), `agreement` an agreement's code. */
export interface OutcomeUnitInput {
  readonly unit: string;
  readonly kind?: string | undefined;
  /** null unlinks; undefined keeps what is stored. */
  readonly partner?: string | null | undefined;
  readonly agreement?: string | null | undefined;
}

export interface OutcomeBatch {
  readonly points: readonly OutcomePoint[];
  readonly units?: readonly OutcomeUnitInput[] | undefined;
}

export interface OutcomeUnit {
  readonly unit: string;
  readonly kind: string;
  readonly partner: string | null;
  readonly agreement: string | null;
  /** The agreement's start date: the unit is treated from the period holding it. */
  readonly treatedFrom: string | null;
}

export interface OutcomeSeriesSummary {
  readonly name: string;
  readonly units: number;
  readonly periods: number;
  readonly observations: number;
  readonly from: string;
  readonly to: string;
}

export interface OutcomesSummary {
  readonly outcomes: OutcomeSeriesSummary[];
  readonly units: OutcomeUnit[];
}

export interface OutcomeWriteSummary {
  readonly points: number;
  readonly units: number;
  readonly outcomes: string[];
}

/** Units created for points with no unit record get this kind. */
export const DEFAULT_UNIT_KIND = 'unit';

/** Partner keys and agreement codes → row ids; an unknown one is `invalid`, naming where. */
async function resolveLinks(
  trx: Trx,
  workspaceId: string,
  units: readonly OutcomeUnitInput[],
): Promise<{ partners: Map<string, string>; agreements: Map<string, string> }> {
  const partnerKeys = [...new Set(units.flatMap((u) => (u.partner ? [u.partner] : [])))];
  const codes = [...new Set(units.flatMap((u) => (u.agreement ? [u.agreement] : [])))];
  const partners = new Map<string, string>();
  const agreements = new Map<string, string>();
  for (const batch of chunks(partnerKeys)) {
    const rows = await trx
      .selectFrom('partners')
      .select(['id', 'key'])
      .where('workspace_id', '=', workspaceId)
      .where('key', 'in', batch)
      .execute();
    for (const r of rows) partners.set(r.key, r.id);
  }
  for (const batch of chunks(codes)) {
    const rows = await trx
      .selectFrom('agreements')
      .select(['id', 'code'])
      .where('workspace_id', '=', workspaceId)
      .where('code', 'in', batch)
      .execute();
    for (const r of rows) agreements.set(r.code, r.id);
  }
  const issues = units.flatMap((u, i) => [
    ...(u.partner && !partners.has(u.partner)
      ? [
          {
            code: 'unknown_partner',
            path: ['units', i, 'partner'],
            message: `no partner "${u.partner}" in this workspace`,
          },
        ]
      : []),
    ...(u.agreement && !agreements.has(u.agreement)
      ? [
          {
            code: 'unknown_agreement',
            path: ['units', i, 'agreement'],
            message: `no agreement "${u.agreement}" in this workspace`,
          },
        ]
      : []),
  ]);
  if (issues.length > 0) {
    throw new StoreError('invalid', issues[0]?.message ?? 'unknown link', { issues });
  }
  return { partners, agreements };
}

/** Writes a batch inside the caller's transaction (the CSV import and the API share it). */
export async function writeOutcomes(
  trx: Trx,
  workspaceId: string,
  batch: OutcomeBatch,
  actor: string | null,
): Promise<OutcomeWriteSummary> {
  const at = now(trx);
  const units = batch.units ?? [];
  const seenUnits = new Set<string>();
  units.forEach((u, i) => {
    if (seenUnits.has(u.unit))
      throw invalid(['units', i, 'unit'], `unit "${u.unit}" is listed twice`);
    seenUnits.add(u.unit);
  });
  const seenPoints = new Set<string>();
  batch.points.forEach((p, i) => {
    const key = JSON.stringify([p.outcome, p.unit, p.period]);
    if (seenPoints.has(key)) {
      throw invalid(
        ['points', i],
        `"${p.outcome}" of unit "${p.unit}" in period "${p.period}" is sent twice`,
        'duplicate_observation',
      );
    }
    seenPoints.add(key);
  });
  const links = await resolveLinks(trx, workspaceId, units);

  // Units named by points but not listed: created as controls if new, else left as they are.
  const implied = [...new Set(batch.points.map((p) => p.unit))].filter((u) => !seenUnits.has(u));
  for (const batchOfUnits of chunks(implied)) {
    await trx
      .insertInto('outcome_units')
      .values(
        batchOfUnits.map((unit) => ({
          workspace_id: workspaceId,
          unit,
          kind: DEFAULT_UNIT_KIND,
          partner_id: null,
          agreement_id: null,
          updated_at: at,
        })),
      )
      .onConflict((oc) => oc.columns(['workspace_id', 'unit']).doNothing())
      .execute();
  }
  for (const u of units) {
    const existing = await trx
      .selectFrom('outcome_units')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('unit', '=', u.unit)
      .executeTakeFirst();
    const partnerId =
      u.partner === undefined
        ? (existing?.partner_id ?? null)
        : u.partner && links.partners.get(u.partner);
    const agreementId =
      u.agreement === undefined
        ? (existing?.agreement_id ?? null)
        : u.agreement && links.agreements.get(u.agreement);
    const row = {
      kind: u.kind ?? existing?.kind ?? DEFAULT_UNIT_KIND,
      partner_id: partnerId ?? null,
      agreement_id: agreementId ?? null,
      updated_at: at,
    };
    if (existing) {
      await trx
        .updateTable('outcome_units')
        .set(row)
        .where('workspace_id', '=', workspaceId)
        .where('unit', '=', u.unit)
        .execute();
    } else {
      await trx
        .insertInto('outcome_units')
        .values({ workspace_id: workspaceId, unit: u.unit, ...row })
        .execute();
    }
  }
  for (const part of chunks(batch.points)) {
    await trx
      .insertInto('outcomes')
      .values(
        part.map((p) => ({
          workspace_id: workspaceId,
          outcome: p.outcome,
          unit: p.unit,
          period: p.period,
          value: p.value,
          updated_at: at,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'outcome', 'unit', 'period']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
  const summary: OutcomeWriteSummary = {
    points: batch.points.length,
    units: new Set([...seenUnits, ...implied]).size,
    outcomes: [...new Set(batch.points.map((p) => p.outcome))].sort(),
  };
  await appendAudit(trx, {
    workspaceId,
    actor,
    action: 'outcomes.upsert',
    entity: 'outcomes',
    entityId: workspaceId,
    before: null,
    after: { ...summary, linkedUnits: units },
    at,
  });
  return summary;
}

export function upsertOutcomes(
  db: Db,
  workspaceId: string,
  batch: OutcomeBatch,
  actor: string | null,
): Promise<OutcomeWriteSummary> {
  return writeTransaction(db, (trx) => writeOutcomes(trx, workspaceId, batch, actor));
}

async function readUnits(q: Trx, workspaceId: string): Promise<OutcomeUnit[]> {
  const rows = await q
    .selectFrom('outcome_units as u')
    .leftJoin('partners as p', 'p.id', 'u.partner_id')
    .leftJoin('agreements as a', 'a.id', 'u.agreement_id')
    .select(['u.unit', 'u.kind', 'p.key as partner', 'a.code as agreement', 'a.start_date'])
    .where('u.workspace_id', '=', workspaceId)
    .orderBy('u.unit')
    .execute();
  return rows.map((r) => ({
    unit: r.unit,
    kind: r.kind,
    partner: r.partner ?? null,
    agreement: r.agreement ?? null,
    treatedFrom: r.start_date ?? null,
  }));
}

/** Observations of one outcome shown for editing at most (the rest: import and export). */
export const MAX_SERIES_POINTS = 20_000;

export interface OutcomeSeries {
  readonly outcome: string;
  readonly points: { unit: string; period: string; value: number }[];
  /** True when there were more than MAX_SERIES_POINTS observations (the first are given). */
  readonly truncated: boolean;
}

/** The observations of one outcome, by unit and period (not_found when none). */
export function readOutcomeSeries(
  db: Db,
  workspaceId: string,
  outcome: string,
): Promise<OutcomeSeries> {
  return readTransaction(db, async (trx) => {
    const rows = await trx
      .selectFrom('outcomes')
      .select(['unit', 'period', 'value'])
      .where('workspace_id', '=', workspaceId)
      .where('outcome', '=', outcome)
      .orderBy('unit')
      .orderBy('period')
      .limit(MAX_SERIES_POINTS + 1)
      .execute();
    if (rows.length === 0) throw notFound(`outcome "${outcome}"`);
    return {
      outcome,
      points: rows
        .slice(0, MAX_SERIES_POINTS)
        .map((r) => ({ unit: r.unit, period: r.period, value: Number(r.value) })),
      truncated: rows.length > MAX_SERIES_POINTS,
    };
  });
}

/** The outcomes stored (with their extent) and every unit with its links. */
export function listOutcomes(db: Db, workspaceId: string): Promise<OutcomesSummary> {
  return readTransaction(db, async (trx) => {
    const rows = await trx
      .selectFrom('outcomes')
      .select((eb) => [
        'outcome',
        eb.fn.count<number | string>('unit').distinct().as('units'),
        eb.fn.count<number | string>('period').distinct().as('periods'),
        eb.fn.countAll<number | string>().as('observations'),
        eb.fn.min('period').as('from'),
        eb.fn.max('period').as('to'),
      ])
      .where('workspace_id', '=', workspaceId)
      .groupBy('outcome')
      .orderBy('outcome')
      .execute();
    return {
      outcomes: rows.map((r) => ({
        name: r.outcome,
        units: Number(r.units),
        periods: Number(r.periods),
        observations: Number(r.observations),
        from: String(r.from),
        to: String(r.to),
      })),
      units: await readUnits(trx, workspaceId),
    };
  });
}

export interface OutcomeData {
  readonly points: OutcomePoint[];
  readonly units: OutcomeUnit[];
  /** The agreement asked for: its code and start date. */
  readonly agreement: { readonly code: string; readonly start: string };
}

/** One outcome's observations, the units, and the agreement whose units are the treated ones. */
export function readOutcomeData(
  db: Db,
  workspaceId: string,
  outcome: string,
  agreement: string,
): Promise<OutcomeData> {
  return readTransaction(db, async (trx) => {
    const ag = await trx
      .selectFrom('agreements')
      .select(['code', 'start_date'])
      .where('workspace_id', '=', workspaceId)
      .where('code', '=', agreement)
      .executeTakeFirst();
    if (!ag) throw notFound(`agreement "${agreement}"`);
    const rows = await trx
      .selectFrom('outcomes')
      .select(['unit', 'period', 'value'])
      .where('workspace_id', '=', workspaceId)
      .where('outcome', '=', outcome)
      .orderBy('unit')
      .orderBy('period')
      .execute();
    if (rows.length === 0) throw notFound(`outcome "${outcome}"`);
    return {
      points: rows.map((r) => ({
        unit: r.unit,
        period: r.period,
        outcome,
        value: Number(r.value),
      })),
      units: await readUnits(trx, workspaceId),
      agreement: { code: ag.code, start: ag.start_date },
    };
  });
}

const csvField = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/**
 * Every observation as a long CSV (`unit,kind,partner,agreement,period,outcome,value`),
 * which imports back with unit=unit, time=period, outcomeName=outcome, value=value.
 */
export function exportOutcomesCsv(db: Db, workspaceId: string): Promise<string> {
  return readTransaction(db, async (trx) => {
    const units = new Map((await readUnits(trx, workspaceId)).map((u) => [u.unit, u]));
    const rows = await trx
      .selectFrom('outcomes')
      .select(['unit', 'period', 'outcome', 'value'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('outcome')
      .orderBy('unit')
      .orderBy('period')
      .execute();
    const lines = ['unit,kind,partner,agreement,period,outcome,value'];
    for (const r of rows) {
      const u = units.get(r.unit);
      lines.push(
        [r.unit, u?.kind ?? '', u?.partner ?? '', u?.agreement ?? '', r.period, r.outcome]
          .map(csvField)
          .concat(String(Number(r.value)))
          .join(','),
      );
    }
    return `${lines.join('\n')}\n`;
  });
}
