/**
 * What an agreement's exit terms mean for a partner we would leave: the exit cost they
 * propose (milestones we still owe the partner up to the end of the notice period, the
 * write-off and the data-return cost the exit clause names) and the dates an exit plan
 * must honour (notice given on a day, the partnership ending `noticeDays` later, never
 * after the agreement's own end). Amounts are whole cents, summed exactly.
 */
import type { Agreement } from '../agreements/agreement-schema.js';
import type { LedgerEvent } from '../agreements/event-schema.js';
import { viewTerm } from '../agreements/terms-schema.js';
import { fail, type Issue, ok, type Result } from '../util/issues.js';
import { type Message, message } from '../util/message.js';
import { addDays, dateIssue, type IsoDate } from './dates.js';
import type { ExitStepKey } from './exit-plan.js';

/** The party that stands for the workspace's own organisation (DESIGN.md's examples). */
export const SELF_PARTY = 'us';

/** An agreement with the partner, with the money events the ledger holds for it so far. */
export interface ExitAgreement {
  /** The terms in force. */
  readonly agreement: Agreement;
  readonly events: readonly LedgerEvent[];
}

export type ExitCostKind = 'milestone' | 'write-off' | 'data-return';

export interface ExitCostPart {
  readonly agreement: string;
  readonly kind: ExitCostKind;
  readonly amount: number;
  /** A milestone's due date. */
  readonly due?: IsoDate;
  readonly because: Message;
}

export interface AgreementNotice {
  readonly agreement: string;
  readonly noticeDays: number;
  /** Notice date + noticeDays, or the agreement's end when that comes first. */
  readonly effectiveEnd: IsoDate;
}

export interface ExitCostProposal {
  readonly partner: string;
  readonly noticeDate: IsoDate;
  /** Sum of the parts, to the cent. */
  readonly total: number;
  readonly parts: readonly ExitCostPart[];
  readonly agreements: readonly AgreementNotice[];
}

/** When an agreement ends if notice is given on `noticeDate` (no `noticeDays`: at once). */
export function noticeOf(agreement: Agreement, noticeDate: IsoDate): AgreementNotice {
  const noticeDays = agreement.noticeDays ?? 0;
  const byNotice = addDays(noticeDate, noticeDays);
  const effectiveEnd = [agreement.end, byNotice].sort()[0] ?? byNotice;
  return {
    agreement: agreement.id,
    noticeDays,
    effectiveEnd: [effectiveEnd, noticeDate].sort()[1] ?? noticeDate,
  };
}

const cents = (amount: number): bigint => BigInt(Math.round(amount * 100));
/** A MoneyParam: "1234.50" (ungrouped, two places). */
export function moneyParam(amount: number): { money: string } {
  const c = cents(amount);
  const digits = (c < 0n ? -c : c).toString().padStart(3, '0');
  return { money: `${c < 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}` };
}
const money = moneyParam;

function partsOf(partner: string, view: ExitAgreement, end: IsoDate): ExitCostPart[] {
  const { agreement, events } = view;
  const id = agreement.id;
  const met = new Set(events.flatMap((e) => (e.kind === 'milestone' ? [e.id] : [])));
  const parts: ExitCostPart[] = [];
  for (const term of agreement.terms) {
    const t = viewTerm(term);
    if (t.kind !== 'milestone') continue;
    const m = t.milestone;
    if (m.payer !== SELF_PARTY || m.payee !== partner || met.has(m.id)) continue;
    // A milestone without a due date cannot be placed in the notice period: not counted.
    if (m.due === undefined || m.due > end) continue;
    parts.push({
      agreement: id,
      kind: 'milestone',
      amount: m.amount,
      due: m.due,
      because: message('exit.cost.milestone', {
        id: m.id,
        agreement: id,
        amount: money(m.amount),
        due: m.due,
        end,
      }),
    });
  }
  const writeOff = agreement.exit?.writeOff;
  if (writeOff !== undefined && writeOff > 0) {
    parts.push({
      agreement: id,
      kind: 'write-off',
      amount: writeOff,
      because: message('exit.cost.write_off', { agreement: id, amount: money(writeOff) }),
    });
  }
  const dataCost = agreement.exit?.dataReturnCost;
  if (dataCost !== undefined && dataCost > 0) {
    parts.push({
      agreement: id,
      kind: 'data-return',
      amount: dataCost,
      because: message(
        agreement.exit?.data === 'delete' ? 'exit.cost.data_delete' : 'exit.cost.data_return',
        { agreement: id, amount: money(dataCost) },
      ),
    });
  }
  return parts;
}

/**
 * The exit cost the partner's agreements propose if notice were given on `noticeDate`:
 * every milestone `us` owes the partner that is unmet and due by the end of the notice
 * period, plus each agreement's `exit.writeOff` and `exit.dataReturnCost`.
 */
export function proposeExitCost(
  partner: string,
  noticeDate: IsoDate,
  agreements: readonly ExitAgreement[],
): Result<ExitCostProposal> {
  const bad = dateIssue(noticeDate, ['noticeDate'], 'the notice date');
  if (bad !== undefined) return fail([bad]);
  const notices: AgreementNotice[] = [];
  const parts: ExitCostPart[] = [];
  for (const view of agreements) {
    const notice = noticeOf(view.agreement, noticeDate);
    notices.push(notice);
    parts.push(...partsOf(partner, view, notice.effectiveEnd));
  }
  const total = Number(parts.reduce((sum, p) => sum + cents(p.amount), 0n)) / 100;
  return ok({ partner, noticeDate, total, parts, agreements: notices });
}

export interface ExitSchedule {
  readonly noticeDate: IsoDate;
  /** The latest effective end over the agreements (the notice date when there are none). */
  readonly effectiveEnd: IsoDate;
  readonly agreements: readonly AgreementNotice[];
  readonly dueDates: Readonly<Record<ExitStepKey, IsoDate>>;
  readonly because: Message;
}

/**
 * The dates of an exit that honours the agreements' notice periods: notice is sent on
 * `noticeDate`; IP, data, the final settlement and the announcement are due when the
 * last agreement ends.
 */
export function exitSchedule(
  noticeDate: IsoDate,
  agreements: readonly Agreement[],
): Result<ExitSchedule> {
  const bad = dateIssue(noticeDate, ['noticeDate'], 'the notice date');
  if (bad !== undefined) return fail([bad] as Issue[]);
  const notices = agreements.map((a) => noticeOf(a, noticeDate));
  // ISO dates compare as strings: the latest is the last in sorted order.
  const effectiveEnd =
    [noticeDate, ...notices.map((n) => n.effectiveEnd)].sort().at(-1) ?? noticeDate;
  const longest = notices.reduce((days, n) => Math.max(days, n.noticeDays), 0);
  return ok({
    noticeDate,
    effectiveEnd,
    agreements: notices,
    dueDates: {
      'notice-sent': noticeDate,
      'ip-settled': effectiveEnd,
      'data-returned-or-deleted': effectiveEnd,
      'final-settlement': effectiveEnd,
      announcement: effectiveEnd,
    },
    because:
      notices.length === 0
        ? message('exit.schedule.no_agreement', { notice: noticeDate })
        : message('exit.schedule.notice', {
            notice: noticeDate,
            end: effectiveEnd,
            days: longest,
            agreements: notices.length,
          }),
  });
}
