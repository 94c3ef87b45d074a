/**
 * Serves the built web app (packages/web/dist): its files, with hashed assets cached for
 * a year and their .br/.gz siblings sent to browsers that accept them, and index.html for
 * every other GET outside /api, so that the app's own URLs load on refresh. Only files
 * present at start-up are served (no URL path reaches the file system).
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import { access } from '../auth/policies.js';
import type { RoutePlugin } from '../http/context.js';

export interface WebAppOptions {
  /** The folder `vite build` wrote (packages/web/dist). */
  readonly root: string;
}

const COMPRESSED = /\.(br|gz)$/;
const YEAR_MS = 365 * 24 * 3600 * 1000;

async function filesOf(root: string): Promise<ReadonlySet<string>> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  return new Set(
    entries
      .filter((e) => e.isFile() && !COMPRESSED.test(e.name))
      .map((e) => `/${relative(root, join(e.parentPath, e.name)).split(sep).join('/')}`)
      .filter((path) => !path.startsWith('/.')),
  );
}

export function createWebAppRoutes({ root }: WebAppOptions): RoutePlugin {
  return async (app) => {
    const files = await filesOf(root);
    if (!files.has('/index.html')) {
      throw new Error(`${root} has no index.html: run npm run build -w @partnerfolio/web`);
    }
    await app.register(fastifyStatic, { root, serve: false, preCompressed: true });
    app.get(
      '/*',
      { config: { access: access.public() }, schema: { hide: true } },
      (request, reply) => {
        const path = `/${(request.params as { '*'?: string })['*'] ?? ''}`;
        if (path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
        if (files.has(path) && path !== '/index.html') {
          const hashed = path.startsWith('/assets/');
          return reply.sendFile(path.slice(1), { maxAge: hashed ? YEAR_MS : 0, immutable: hashed });
        }
        reply.header('cache-control', 'no-cache');
        return reply.sendFile('index.html', { cacheControl: false });
      },
    );
  };
}
