/**
 * The server package, loaded only by the commands that need it (`serve`, `user`, `token`,
 * `backup`, `restore`, `audit`, `ledger`): importing it costs about a second, which the
 * file commands (`validate`, `rank`, …) must not pay at start-up.
 */
export type ServerModule = typeof import('@partnerfolio/server');

let loading: Promise<ServerModule> | undefined;

export function loadServer(): Promise<ServerModule> {
  loading ??= import('@partnerfolio/server');
  return loading;
}
