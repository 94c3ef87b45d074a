/**
 * What the learned standard learns from, read in one snapshot: each partner's moment of
 * selection (core's `selectionMoment`: its first move into `active` in the audit log, the
 * starts of its agreements, of its reviewed periods) and its scores then (core's `scoresAt`
 * over the assessments' history); and the success measures beside the reviews' realised
 * net: the settled net of its agreements' statements, and which agreements it is a party to
 * (for attributed effects).
 */
import { type ScoreEvent, scoresAt, selectionMoment, settledNet } from '@partnerfolio/core';
import type { Db } from '../db/connect.js';
import { parseJson } from './canonical-json.js';
import { readScoreHistory } from './score-history.js';
import { readTransaction, type Trx } from './tx.js';

export interface SelectionRecord {
  /** Undefined when nothing tells when it was selected. */
  readonly moment: string | undefined;
  /** Its scores at that moment (empty: none recorded by then). */
  readonly scores: Record<string, number>;
}

export interface PartnerAgreements {
  /** Agreement code → partner keys party to it. */
  readonly parties: Map<string, string[]>;
}

/** Partner key → the moment it first moved into `active`, from the audit log. */
async function activations(trx: Trx, workspaceId: string): Promise<Map<string, string>> {
  const rows = await trx
    .selectFrom('audit_log')
    .select(['entity_id', 'at', 'after'])
    .where('workspace_id', '=', workspaceId)
    .where('entity', '=', 'partner')
    .where('action', '=', 'partner.status')
    .orderBy('seq')
    .execute();
  const out = new Map<string, string>();
  for (const r of rows) {
    if (out.has(r.entity_id) || r.after === null) continue;
    const after = parseJson<{ status?: unknown }>(r.after);
    if (after.status === 'active') out.set(r.entity_id, r.at);
  }
  return out;
}

/** Partner key → the agreements (code, start) it is a party to. */
async function partnerAgreements(trx: Trx, workspaceId: string) {
  const rows = await trx
    .selectFrom('agreement_parties as ap')
    .innerJoin('agreements as a', 'a.id', 'ap.agreement_id')
    .innerJoin('partners as p', 'p.id', 'ap.partner_id')
    .select(['p.key', 'a.code', 'a.start_date'])
    .where('ap.workspace_id', '=', workspaceId)
    .execute();
  const out = new Map<string, { code: string; start: string }[]>();
  for (const r of rows) {
    const list = out.get(r.key) ?? [];
    list.push({ code: r.code, start: r.start_date });
    out.set(r.key, list);
  }
  return out;
}

async function reviewStarts(trx: Trx, workspaceId: string): Promise<Map<string, string[]>> {
  const rows = await trx
    .selectFrom('reviews as r')
    .innerJoin('partners as p', 'p.id', 'r.partner_id')
    .select(['p.key', 'r.period_start'])
    .where('r.workspace_id', '=', workspaceId)
    .execute();
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.key, [...(out.get(r.key) ?? []), r.period_start]);
  return out;
}

export interface SelectionHistory {
  readonly selection: Map<string, SelectionRecord>;
  /** Partner key → the codes of the agreements it is a party to. */
  readonly agreements: Map<string, string[]>;
}

/** Every partner's moment of selection and scores then, and its agreements. */
export function readSelectionHistory(db: Db, workspaceId: string): Promise<SelectionHistory> {
  return readTransaction(db, async (trx) => {
    const history = await readScoreHistory(trx, workspaceId);
    const active = await activations(trx, workspaceId);
    const agreements = await partnerAgreements(trx, workspaceId);
    const reviews = await reviewStarts(trx, workspaceId);
    const keys = new Set([
      ...history.keys(),
      ...active.keys(),
      ...agreements.keys(),
      ...reviews.keys(),
    ]);
    const selection = new Map<string, SelectionRecord>();
    for (const key of keys) {
      const moment = selectionMoment({
        activated: active.get(key),
        agreementStarts: (agreements.get(key) ?? []).map((a) => a.start),
        reviewStarts: reviews.get(key) ?? [],
      });
      const events: readonly ScoreEvent[] = history.get(key) ?? [];
      selection.set(key, { moment, scores: moment === undefined ? {} : scoresAt(events, moment) });
    }
    return {
      selection,
      agreements: new Map([...agreements].map(([k, list]) => [k, list.map((a) => a.code)])),
    };
  });
}

/**
 * Partner key → what our side netted, settled, from the agreements it is a party to (core's
 * `settledNet` per agreement, summed); partners with nothing settled are absent.
 */
export function settledNetByPartner(db: Db, workspaceId: string): Promise<Map<string, number>> {
  return readTransaction(db, async (trx) => {
    const statements = await trx
      .selectFrom('statements')
      .select(['agreement_id', 'number', 'supersedes', 'document'])
      .where('workspace_id', '=', workspaceId)
      .execute();
    const parties = await trx
      .selectFrom('agreement_parties as ap')
      .leftJoin('partners as p', 'p.id', 'ap.partner_id')
      .select(['ap.agreement_id', 'ap.party', 'p.key'])
      .where('ap.workspace_id', '=', workspaceId)
      .execute();
    const byAgreement = new Map<string, typeof statements>();
    for (const s of statements) {
      byAgreement.set(s.agreement_id, [...(byAgreement.get(s.agreement_id) ?? []), s]);
    }
    const out = new Map<string, number>();
    const agreementIds = new Set(parties.map((p) => p.agreement_id));
    for (const id of agreementIds) {
      const ours = parties
        .filter((p) => p.agreement_id === id && p.key === null)
        .map((p) => p.party);
      const net = settledNet(
        (byAgreement.get(id) ?? []).map((s) => ({
          number: Number(s.number),
          supersedes: s.supersedes === null ? null : Number(s.supersedes),
          balances: parseJson<{ balances?: Record<string, number> }>(s.document).balances ?? {},
        })),
        ours,
      );
      if (net === undefined) continue;
      for (const p of parties) {
        if (p.agreement_id === id && p.key !== null) out.set(p.key, (out.get(p.key) ?? 0) + net);
      }
    }
    return out;
  });
}
