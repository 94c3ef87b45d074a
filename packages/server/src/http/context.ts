/**
 * What every route plugin is handed, and the typed Fastify instance it registers on.
 * A route plugin is `RoutePlugin`: an async Fastify plugin with the zod type provider and
 * the `AppContext` as its options. `buildApp` registers the default list (routes/index.ts)
 * plus any `routes` passed in, so later features add a plugin without touching the app.
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyBaseLogger, FastifyInstance, RawServerDefault } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/connect.js';

export type { Clock };

export interface AppContext {
  readonly db: Db;
  readonly config: Config;
  /** `db.clock`: the one time source of the app, its store and its auth checks. */
  readonly clock: Clock;
}

export type App = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export type RoutePlugin = FastifyPluginAsyncZod<AppContext>;
