/** Where a client follows a job. */
export function jobLinks(slug: string, id: string) {
  const self = `/api/workspaces/${encodeURIComponent(slug)}/jobs/${encodeURIComponent(id)}`;
  return { self, events: `${self}/events`, cancel: `${self}/cancel` };
}

export const scenarioLink = (slug: string, id: string): string =>
  `/api/workspaces/${encodeURIComponent(slug)}/scenarios/${encodeURIComponent(id)}`;
