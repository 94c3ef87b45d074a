/**
 * The risk register: risks (coordination, culture, IP, dependency, regulatory, other)
 * with a likelihood, a loss distribution and loadings on shared risk factors (core's
 * spec `risks`), linked to partners or agreements (an agreement stands for its partner
 * parties), with an owner, mitigations and a review date. The workspace's spec carries
 * them, so the Monte Carlo draws them (core's simulate/risk-plan.ts); a spec import
 * replaces the risks it names and keeps their owner, mitigation and review date.
 */
import {
  checkRisk as checkCoreRisk,
  type Issue,
  RISK_CATEGORIES,
  type RiskInput,
  type SpecDistribution,
  toSpecDistribution,
} from '@partnerfolio/core';
import { z } from 'zod';
import type { Db } from '../db/connect.js';
import { appendAudit } from './audit.js';
import { invalid, notFound, StoreError } from './errors.js';
import { newId, now, type Trx, writeTransaction } from './tx.js';
import { keySchema, parseOrThrow } from './validation.js';

const distributionInput = z.unknown();

export const riskInputSchema = z.strictObject({
  id: keySchema,
  title: z.string().max(500).optional(),
  category: z.enum(RISK_CATEGORIES).default('other'),
  partners: z.array(keySchema).max(1000).default([]),
  /** Agreements (by code) the risk hangs on: their partner parties are linked. */
  agreements: z.array(keySchema).max(1000).default([]),
  likelihood: z.number().min(0).max(1),
  impact: distributionInput,
  factors: z.record(keySchema, z.number()).default({}),
  owner: z.string().max(200).optional(),
  mitigation: z.string().max(5000).optional(),
  reviewDate: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }).optional(),
});
export type RiskWrite = z.input<typeof riskInputSchema>;
type ValidRisk = z.output<typeof riskInputSchema>;

export interface Risk extends Omit<ValidRisk, 'impact'> {
  readonly impact: SpecDistribution;
  readonly version: number;
  readonly updatedAt: string;
}

const present = (row: { body: string; version: number | string; updated_at: string }): Risk => ({
  ...(JSON.parse(row.body) as Omit<Risk, 'version' | 'updatedAt'>),
  version: Number(row.version),
  updatedAt: row.updated_at,
});

export async function listRisksIn(q: Trx, workspaceId: string): Promise<Risk[]> {
  const rows = await q
    .selectFrom('risks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('key')
    .execute();
  return rows.map(present);
}

export const listRisks = (db: Db, workspaceId: string) => listRisksIn(db.kysely, workspaceId);

/** Partner keys and agreement codes exist; the risk itself passes core's spec check. */
async function checkRisk(
  trx: Trx,
  workspaceId: string,
  input: unknown,
): Promise<ValidRisk & { impact: SpecDistribution }> {
  const valid = parseOrThrow(riskInputSchema, input, 'the risk');
  const partners = new Set(
    (
      await trx
        .selectFrom('partners')
        .select('key')
        .where('workspace_id', '=', workspaceId)
        .execute()
    ).map((r) => r.key),
  );
  const agreements = new Set(
    (
      await trx
        .selectFrom('agreements')
        .select('code')
        .where('workspace_id', '=', workspaceId)
        .execute()
    ).map((r) => r.code),
  );
  const issues: Issue[] = [];
  valid.partners.forEach((key, i) => {
    if (!partners.has(key))
      issues.push({
        code: 'unknown_partner',
        path: ['partners', i],
        message: `"${key}" is not a partner of this workspace`,
      });
  });
  valid.agreements.forEach((code, i) => {
    if (!agreements.has(code))
      issues.push({
        code: 'unknown_agreement',
        path: ['agreements', i],
        message: `"${code}" is not an agreement of this workspace`,
      });
  });
  if (valid.partners.length === 0 && valid.agreements.length === 0) {
    issues.push({
      code: 'missing_field',
      path: ['partners'],
      message: 'a risk hangs on at least one partner or agreement',
      // The field's name lets the web app say it in the reader's language (core's ISSUE_PARAMS).
      params: { field: 'partners' },
    });
  }
  // Core checks the likelihood, the loss distribution and the loadings.
  const core = checkCoreRisk({
    id: valid.id,
    category: valid.category,
    partners: ['x'],
    likelihood: valid.likelihood,
    impact: valid.impact,
    factors: valid.factors,
  });
  if (!core.ok) issues.push(...core.issues);
  if (issues.length > 0 || !core.ok) {
    throw new StoreError('invalid', issues.map((i) => i.message).join('; '), { issues });
  }
  return { ...valid, impact: toSpecDistribution(core.value.impact) };
}

export async function createRisk(
  db: Db,
  workspaceId: string,
  input: unknown,
  actor: string | null,
): Promise<Risk> {
  return writeTransaction(db, async (trx) => {
    const risk = await checkRisk(trx, workspaceId, input);
    const clash = await trx
      .selectFrom('risks')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('key', '=', risk.id)
      .executeTakeFirst();
    if (clash) throw new StoreError('duplicate', `there is already a risk "${risk.id}"`);
    const at = now(trx);
    await trx
      .insertInto('risks')
      .values({
        id: newId(),
        workspace_id: workspaceId,
        key: risk.id,
        body: JSON.stringify(risk),
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const after = await readRisk(trx, workspaceId, risk.id);
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'risk.create',
      entity: 'risk',
      entityId: risk.id,
      before: null,
      after,
      at,
    });
    return after;
  });
}

async function readRisk(q: Trx, workspaceId: string, key: string): Promise<Risk> {
  const row = await q
    .selectFrom('risks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row) throw notFound(`risk "${key}"`);
  return present(row);
}

export async function updateRisk(
  db: Db,
  workspaceId: string,
  key: string,
  input: unknown,
  expectedVersion: number,
  actor: string | null,
): Promise<Risk> {
  return writeTransaction(db, async (trx) => {
    const before = await readRisk(trx, workspaceId, key);
    if (before.version !== expectedVersion) {
      throw new StoreError(
        'conflict',
        `risk "${key}" changed since version ${expectedVersion} (now ${before.version}); reload and retry`,
        { current: before },
      );
    }
    const risk = await checkRisk(trx, workspaceId, input);
    if (risk.id !== key) throw invalid(['id'], `a risk's id cannot change (it is "${key}")`);
    const at = now(trx);
    await trx
      .updateTable('risks')
      .set({ body: JSON.stringify(risk), version: before.version + 1, updated_at: at })
      .where('workspace_id', '=', workspaceId)
      .where('key', '=', key)
      .execute();
    const after = await readRisk(trx, workspaceId, key);
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'risk.update',
      entity: 'risk',
      entityId: key,
      before,
      after,
      at,
    });
    return after;
  });
}

export async function deleteRisk(
  db: Db,
  workspaceId: string,
  key: string,
  actor: string | null,
): Promise<void> {
  await writeTransaction(db, async (trx) => {
    const before = await readRisk(trx, workspaceId, key);
    await trx
      .deleteFrom('risks')
      .where('workspace_id', '=', workspaceId)
      .where('key', '=', key)
      .execute();
    await appendAudit(trx, {
      workspaceId,
      actor,
      action: 'risk.delete',
      entity: 'risk',
      entityId: key,
      before,
      after: null,
      at: now(trx),
    });
  });
}

/**
 * The register as the spec's `risks`: an agreement link becomes its partner parties;
 * a risk left with no partner (its partners removed) is left out.
 */
export async function risksForSpec(q: Trx, workspaceId: string): Promise<RiskInput[]> {
  const risks = await listRisksIn(q, workspaceId);
  if (risks.length === 0) return [];
  const parties = await q
    .selectFrom('agreement_parties as ap')
    .innerJoin('agreements as a', 'a.id', 'ap.agreement_id')
    .innerJoin('partners as p', 'p.id', 'ap.partner_id')
    .select(['a.code', 'p.key'])
    .where('a.workspace_id', '=', workspaceId)
    .execute();
  const known = new Set(
    (
      await q.selectFrom('partners').select('key').where('workspace_id', '=', workspaceId).execute()
    ).map((r) => r.key),
  );
  const out: RiskInput[] = [];
  for (const r of risks) {
    const linked = [
      ...r.partners,
      ...parties.filter((p) => r.agreements.includes(p.code)).map((p) => p.key),
    ].filter((k) => known.has(k));
    const partners = [...new Set(linked)];
    if (partners.length === 0) continue;
    out.push({
      id: r.id,
      ...(r.title === undefined ? {} : { title: r.title }),
      category: r.category,
      partners,
      likelihood: r.likelihood,
      impact: r.impact as RiskInput['impact'],
      ...(Object.keys(r.factors).length === 0 ? {} : { factors: { ...r.factors } }),
    });
  }
  return out;
}

/** A spec import: the spec's risks replace the register, keeping owner, mitigation and review date by id. */
export async function replaceRisksFromSpec(
  trx: Trx,
  workspaceId: string,
  risks: readonly {
    id: string;
    title?: string | undefined;
    category: string;
    partners: readonly string[];
    likelihood: number;
    impact: SpecDistribution;
    factors: Readonly<Record<string, number>>;
  }[],
  at: string,
): Promise<number> {
  const before = new Map((await listRisksIn(trx, workspaceId)).map((r) => [r.id, r]));
  await trx.deleteFrom('risks').where('workspace_id', '=', workspaceId).execute();
  for (const r of risks) {
    const old = before.get(r.id);
    const body = {
      id: r.id,
      ...(r.title === undefined ? {} : { title: r.title }),
      category: r.category,
      partners: [...r.partners],
      agreements: [],
      likelihood: r.likelihood,
      impact: r.impact,
      factors: { ...r.factors },
      ...(old?.owner === undefined ? {} : { owner: old.owner }),
      ...(old?.mitigation === undefined ? {} : { mitigation: old.mitigation }),
      ...(old?.reviewDate === undefined ? {} : { reviewDate: old.reviewDate }),
    };
    await trx
      .insertInto('risks')
      .values({
        id: newId(),
        workspace_id: workspaceId,
        key: r.id,
        body: JSON.stringify(body),
        version: (old?.version ?? 0) + 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }
  return risks.length;
}
