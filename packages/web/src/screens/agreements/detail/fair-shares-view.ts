import type { FairShares } from '../../../api/types';

/** The answer as the client reads it (its interval a plain array). */
export type FairSharesView = Omit<FairShares, 'rows'> & {
  readonly rows: readonly (Omit<FairShares['rows'][number], 'ci'> & {
    readonly ci?: readonly number[];
  })[];
};
