/**
 * The codes of a core answer's reason (`CoreSummary.because`) and their English, which
 * is the `reason` text.
 */
import type { EnglishRenderer } from '../util/message.js';

export const GAMES_ENGLISH = {
  'games.core.too_large': (p) =>
    `${p.text('players')} players is above the exact limit of ${p.text('limit')}: the core needs every coalition`,
  'games.core.concave_cost': () =>
    'a concave cost game has a non-empty core that contains its Shapley value',
  'games.core.convex': () => 'a convex game has a non-empty core that contains its Shapley value',
  'games.core.shapley_satisfies': () =>
    'the Shapley value satisfies every coalition, so the core is not empty',
  'games.core.lp_ended': (p) => `the core LP ended ${p.text('status')}`,
  'games.core.unsettled': (p) => `row generation did not settle in ${p.text('rounds')} rounds`,
  'games.core.voting_zero': () =>
    'no coalition wins, so the game is zero and its core is the zero allocation',
  'games.core.no_veto': () =>
    'no veto player: every player can be left out of some winning coalition',
  'games.core.veto_wins': () =>
    'the veto players win on their own, so everyone else is a null player',
  'games.core.veto_needs_others': () =>
    'the veto players need others to win, and those others get Shapley value > 0 but nothing in the core',
} as const satisfies Record<string, EnglishRenderer>;
