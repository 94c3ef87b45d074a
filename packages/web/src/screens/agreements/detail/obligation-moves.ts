/**
 * The moves of an obligation (core's rules): open → kept, broken, waived or disputed;
 * disputed → kept, broken or waived; a final outcome only to disputed (a correction).
 * Evidence is needed for broken, waived and disputed, and to settle a dispute.
 */
import type { ObligationState } from '../../../api/types';

const MOVES: Readonly<Record<ObligationState, readonly ObligationState[]>> = {
  open: ['kept', 'broken', 'waived', 'disputed'],
  disputed: ['kept', 'broken', 'waived'],
  kept: ['disputed'],
  broken: ['disputed'],
  waived: ['disputed'],
};

export const nextStates = (from: ObligationState): readonly ObligationState[] => MOVES[from];

export const needsEvidence = (from: ObligationState, to: ObligationState): boolean =>
  from === 'disputed' || to !== 'kept';
