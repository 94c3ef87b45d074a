/**
 * What the workspace knew when it chose a partner. The learned standard asks which criteria
 * predicted success, so it must read the scores the partner had when it was selected, not
 * today's (which were often revised with hindsight). The moment of selection is the earliest
 * sign of the partnership: its move into `active`, the start of an agreement it is a party
 * to, or the start of the first period reviewed.
 */

/** One recorded score change: an assessor's score of a criterion, or its removal (null). */
export interface ScoreEvent {
  readonly criterion: string;
  readonly assessor: string;
  readonly score: number | null;
  /** ISO-8601 UTC timestamp. */
  readonly at: string;
}

export interface SelectionSigns {
  /** When the partner first moved into `active` (ISO timestamp). */
  readonly activated?: string | undefined;
  /** Start dates (YYYY-MM-DD) of the agreements it is a party to. */
  readonly agreementStarts?: readonly string[];
  /** Start dates (YYYY-MM-DD) of its reviewed periods. */
  readonly reviewStarts?: readonly string[];
}

/** A date stands for its whole day: a score recorded on the day of selection counts. */
const asMoment = (value: string): string =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59.999Z` : value;

/** The moment of selection (ISO timestamp), or undefined when nothing tells it. */
export function selectionMoment(signs: SelectionSigns): string | undefined {
  const all = [
    ...(signs.activated === undefined ? [] : [signs.activated]),
    ...(signs.agreementStarts ?? []),
    ...(signs.reviewStarts ?? []),
  ].map(asMoment);
  if (all.length === 0) return undefined;
  return all.sort()[0];
}

/**
 * The scores at `moment`: per criterion, the mean over assessors of each one's last score
 * recorded at or before it (a removal drops the assessor). Criteria nobody had scored by
 * then are absent.
 */
export function scoresAt(events: readonly ScoreEvent[], moment: string): Record<string, number> {
  const at = asMoment(moment);
  const last = new Map<string, { criterion: string; score: number | null; at: string }>();
  for (const e of events) {
    if (e.at > at) continue;
    const key = JSON.stringify([e.criterion, e.assessor]);
    const seen = last.get(key);
    if (seen === undefined || e.at >= seen.at) last.set(key, e);
  }
  const sums = new Map<string, { total: number; n: number }>();
  for (const e of last.values()) {
    if (e.score === null || !Number.isFinite(e.score)) continue;
    const s = sums.get(e.criterion) ?? { total: 0, n: 0 };
    s.total += e.score;
    s.n += 1;
    sums.set(e.criterion, s);
  }
  return Object.fromEntries([...sums].map(([c, s]) => [c, s.total / s.n]));
}

/** A settlement statement as far as success is concerned. */
export interface SettledStatement {
  readonly number: number;
  /** The number of the statement this one corrects. */
  readonly supersedes: number | null;
  /** Each party's balance: positive, it receives. */
  readonly balances: Readonly<Record<string, number>>;
}

/**
 * What our side netted from an agreement's settlements: the sum of our parties' balances
 * over the statements in force (a statement corrected by a later one counts no more).
 * Undefined when nothing was settled.
 */
export function settledNet(
  statements: readonly SettledStatement[],
  ourParties: readonly string[],
): number | undefined {
  const corrected = new Set(
    statements.flatMap((s) => (s.supersedes === null ? [] : [s.supersedes])),
  );
  const inForce = statements.filter((s) => !corrected.has(s.number));
  if (inForce.length === 0) return undefined;
  let net = 0;
  for (const s of inForce) for (const p of ourParties) net += s.balances[p] ?? 0;
  return Math.round(net * 100) / 100;
}
