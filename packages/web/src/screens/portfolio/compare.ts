/** Reading saved scenarios' results for the side-by-side comparison. */
import type { FrontierDocument, OptimizeDocument, SimulateDocument } from '../../api/types';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumberOrNull = (value: unknown) => value === null || typeof value === 'number';

export function asOptimize(result: unknown): OptimizeDocument | undefined {
  if (!isRecord(result) || typeof result.status !== 'string' || !Array.isArray(result.selected))
    return undefined;
  if (
    !isNumberOrNull(result.objective) ||
    !isNumberOrNull(result.gap) ||
    !isRecord(result.resources)
  )
    return undefined;
  return result as OptimizeDocument;
}

export function asSimulate(result: unknown): SimulateDocument | undefined {
  if (!isRecord(result)) return undefined;
  const numbers = ['scenarios', 'mean', 'sd', 'p5', 'p50', 'p95', 'probLoss', 'cvar5'];
  return numbers.every((k) => typeof result[k] === 'number')
    ? (result as SimulateDocument)
    : undefined;
}

export function asFrontier(result: unknown): FrontierDocument | undefined {
  if (!isRecord(result) || typeof result.resource !== 'string' || !Array.isArray(result.points))
    return undefined;
  return result as FrontierDocument;
}

export interface PartnerDiff {
  readonly both: string[];
  readonly onlyA: string[];
  readonly onlyB: string[];
}

/** Which partners both selections share and which only one has (each list in its input order). */
export function partnerDiff(a: readonly string[], b: readonly string[]): PartnerDiff {
  const inA = new Set(a);
  const inB = new Set(b);
  return {
    both: a.filter((id) => inB.has(id)),
    onlyA: a.filter((id) => !inB.has(id)),
    onlyB: b.filter((id) => !inA.has(id)),
  };
}

/** The best point of a frontier (highest objective), if any point is feasible. */
export function bestPoint(frontier: FrontierDocument) {
  let best: FrontierDocument['points'][number] | undefined;
  for (const p of frontier.points) {
    if (p.objective !== null && (best === undefined || (best.objective ?? -Infinity) < p.objective))
      best = p;
  }
  return best;
}
