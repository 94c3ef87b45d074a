/**
 * Stands in for the `highs` package in the browser build (vite.config.ts aliases it):
 * `@partnerfolio/core` re-exports its HiGHS adapter, but optimisation runs on the
 * server. Anything that tries to load the solver in the browser fails loudly here.
 */
export default function highsModule(): never {
  throw new Error('the MILP solver runs on the server: call POST /api/workspaces/{slug}/optimize');
}
