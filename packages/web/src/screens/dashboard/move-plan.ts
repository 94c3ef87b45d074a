/**
 * The move from the portfolio we run to the proposed one, as the dashboard shows it: current
 * S beside proposed S, ΔS, and one row per partner that is kept, added or exited with what
 * that costs (an exit's expected exit cost, an addition's expected onboarding cost, and for
 * a kept incumbent what leaving it would have cost). Keep and exit locks pin partners for
 * the next solve; they travel as the optimize request's `include` and `exclude`.
 */
import type { OptimizeDocument } from '../../api/types';
import { expectedValue, type Portfolio } from '../../engine';

export type Change = 'keep' | 'add' | 'exit';
export type Lock = 'keep' | 'exit';

export interface MoveRow {
  readonly id: string;
  readonly name: string;
  readonly change: Change;
  /** Expected exit cost (keep, exit) or onboarding cost (add). */
  readonly cost: number;
  readonly lock?: Lock;
}

export interface MovePlan {
  readonly currentS: number | null;
  readonly proposedS: number;
  readonly deltaS: number;
  readonly exitCost: number;
  readonly onboardingCost: number;
  /** ΔS less the costs of the move: what the change gains, all told. */
  readonly gain: number;
  readonly rows: readonly MoveRow[];
  /** Partners the analysis leaves out for their status (exited, rejected, exiting). */
  readonly excluded: readonly {
    readonly id: string;
    readonly name: string;
    readonly status: string;
  }[];
}

export type Locks = Readonly<Record<string, Lock>>;

type PartnerOf = (id: string) => Portfolio['partners'][number] | undefined;

/** The plan of an optimize answer that reallocates (has `current` and `changes`). */
export function movePlanOf(
  optimize: OptimizeDocument,
  partnerOf: PartnerOf,
  locks: Locks = {},
  /**
   * The portfolio we run does not depend on the locks, but a locked answer judges it
   * under them (an exit lock on an incumbent makes it "break a constraint"): pass the
   * unlocked answer's current S to show.
   */
  currentS?: number | null,
): MovePlan | undefined {
  const { current, changes } = optimize;
  if (current === undefined || changes === undefined || optimize.objective === null) return;
  const name = (id: string) => partnerOf(id)?.name ?? id;
  const mean = (id: string, which: 'exitCost' | 'onboardingCost') => {
    const d = partnerOf(id)?.[which];
    return d === undefined ? 0 : expectedValue(d);
  };
  const row = (id: string, change: Change): MoveRow => ({
    id,
    name: name(id),
    change,
    cost: mean(id, change === 'add' ? 'onboardingCost' : 'exitCost'),
    ...(locks[id] === undefined ? {} : { lock: locks[id] }),
  });
  const { exitCost, onboardingCost, deltaS } = changes;
  return {
    currentS: currentS === undefined ? current.objective : currentS,
    // The objective is S less the move's costs.
    proposedS: optimize.objective + exitCost + onboardingCost,
    deltaS,
    exitCost,
    onboardingCost,
    gain: deltaS - exitCost - onboardingCost,
    rows: [
      ...changes.keep.map((id) => row(id, 'keep')),
      ...changes.exit.map((id) => row(id, 'exit')),
      ...changes.add.map((id) => row(id, 'add')),
    ],
    excluded: (optimize.excluded ?? []).map((e) => ({
      id: e.id,
      name: name(e.id),
      status: e.status,
    })),
  };
}

/** The locks with `id` pinned to `lock`, or unpinned. */
export function setLock(locks: Locks, id: string, lock: Lock | undefined): Locks {
  const { [id]: _, ...rest } = locks;
  return lock === undefined ? rest : { ...rest, [id]: lock };
}

/** The optimize request's options for the locks. */
export function lockOptions(locks: Locks): { include?: string[]; exclude?: string[] } {
  const ids = (lock: Lock) =>
    Object.entries(locks)
      .filter(([, l]) => l === lock)
      .map(([id]) => id)
      .sort();
  const include = ids('keep');
  const exclude = ids('exit');
  return {
    ...(include.length === 0 ? {} : { include }),
    ...(exclude.length === 0 ? {} : { exclude }),
  };
}
