/** The methods `rank`, `smaa` and `weights` take (DESIGN.md "More methods"). */
export const RANK_METHODS = ['weighted-sum', 'topsis', 'promethee', 'vikor'] as const;
export const WEIGHTS_METHODS = ['entropy', 'critic'] as const;
export type WeightsMethod = (typeof WEIGHTS_METHODS)[number];
/** VIKOR's default weight of group utility against individual regret. */
export const DEFAULT_VIKOR_V = 0.5;
