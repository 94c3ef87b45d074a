/**
 * Serves the built web app (packages/web/dist) from the API server: the files Vite wrote
 * (hashed assets cached for a year, their .br/.gz siblings sent to browsers that accept
 * them), and index.html for every other GET outside /api, so that the app's own routes
 * (/sign-in, /w/demo/ranking) load on refresh. /api paths that match no route still get
 * the API's problem+json 404.
 *
 * This is the JavaScript twin of the plugin documented in packages/web/server-plugin/
 * for the server to adopt; the e2e launcher uses the server's own when it exports one.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';

const COMPRESSED = /\.(br|gz)$/;

async function filesOf(root) {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return new Set(
    entries
      .filter((e) => e.isFile() && !COMPRESSED.test(e.name))
      .map((e) => `/${relative(root, join(e.parentPath, e.name)).split(sep).join('/')}`)
      .filter((path) => !path.startsWith('/.')),
  );
}

/** A route plugin (`buildApp({ routes })`) serving `root`; `access` is the server's policy helper. */
export function createWebAppRoutes({ root, access }) {
  return async function webAppRoutes(app) {
    const files = await filesOf(root);
    if (!files.has('/index.html')) {
      throw new Error(`${root} has no index.html: run npm run build -w @partnerfolio/web`);
    }
    await app.register(fastifyStatic, { root, serve: false, preCompressed: true });
    app.get(
      '/*',
      { config: { access: access.public() }, schema: { hide: true } },
      (request, reply) => {
        const path = `/${request.params['*'] ?? ''}`;
        if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
        if (files.has(path) && path !== '/index.html') {
          const hashed = path.startsWith('/assets/');
          return reply.sendFile(path.slice(1), {
            maxAge: hashed ? 365 * 24 * 3600 * 1000 : 0,
            immutable: hashed,
          });
        }
        // The app's routes: always the current index.html (it names the current assets).
        reply.header('cache-control', 'no-cache');
        return reply.sendFile('index.html', { cacheControl: false });
      },
    );
  };
}
