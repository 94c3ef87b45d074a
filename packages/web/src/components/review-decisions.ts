/** The review decisions, mildest first, and their tag colours. */
import type { ReviewDecision } from '../api/types';
import type { ToneColor } from './Tone';

export const DECISIONS: readonly ReviewDecision[] = ['continue', 'adjust', 'renegotiate', 'exit'];

export const DECISION_COLOR: Readonly<Record<ReviewDecision, ToneColor>> = {
  continue: 'green',
  adjust: 'blue',
  renegotiate: 'orange',
  exit: 'red',
};
