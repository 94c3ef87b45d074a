/**
 * The engine and job route plugins, when the server's default list (`ROUTE_PLUGINS`,
 * which `buildApp` registers itself) does not have them yet: then whoever starts the
 * server hands them in (`buildApp({ routes })`). While the package entry does not export
 * them, they are loaded from the built files next to it. Once `ROUTE_PLUGINS` holds both,
 * this returns nothing and can be deleted.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/** `@partnerfolio/server`'s built entry (dist/index.js) as a file URL. */
export const serverEntryUrl = () => pathToFileURL(require.resolve('@partnerfolio/server'));

async function fromServerDist(file, name) {
  const module = await import(new URL(file, serverEntryUrl()).href);
  const plugin = module[name];
  if (typeof plugin !== 'function') {
    throw new Error(`@partnerfolio/server: ${file} does not export ${name}; rebuild the server`);
  }
  return plugin;
}

const WANTED = [
  ['./routes/engine.js', 'engineRoutes'],
  ['./routes/jobs.js', 'jobRoutes'],
];

/** Those of `engineRoutes` and `jobRoutes` that `server.ROUTE_PLUGINS` lacks. */
export async function extraRoutePlugins(server) {
  const missing = [];
  for (const [file, name] of WANTED) {
    const plugin = server[name] ?? (await fromServerDist(file, name));
    if (!server.ROUTE_PLUGINS.includes(plugin)) missing.push(plugin);
  }
  return missing;
}
