import type { PartnerExitCost } from '../store/exit-costs.js';

/**
 * Where an incumbent's exit cost came from, when the agreements proposed it: made by
 * load-portfolio.ts, said in the optimize and frontier answers by execute.ts (at once or
 * as a job).
 */
export interface ExitCostNote {
  readonly id: string;
  readonly exitCost: number;
  readonly source: 'agreements';
  readonly noticeDate: string;
  readonly parts: PartnerExitCost['proposal']['parts'];
  readonly agreements: PartnerExitCost['proposal']['agreements'];
}
