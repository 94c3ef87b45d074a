import type { RoutePlugin } from '../../http/context.js';
import { engineRoutes } from '../../routes/engine.js';
import { ROUTE_PLUGINS } from '../../routes/index.js';
import { jobRoutes } from '../../routes/jobs.js';

/**
 * The engine and job routes, for an app whose default route list does not have them yet
 * (registering a plugin twice would declare its routes twice).
 */
export function engineAndJobRoutes(): RoutePlugin[] {
  return [engineRoutes, jobRoutes].filter((plugin) => !ROUTE_PLUGINS.includes(plugin));
}
