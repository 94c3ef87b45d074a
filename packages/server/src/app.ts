/**
 * Builds the HTTP application around an open database: security headers, cookies, the
 * zod type provider, the OpenAPI document and docs, problem+json errors, the access guard,
 * rate limits, and the route plugins. Listening is `server.ts`'s job, so tests drive the
 * app with `inject` and no port.
 */
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { installGuard, requireAccessOnEveryRoute } from './auth/guard.js';
import type { Config } from './config.js';
import { type Db, withClock } from './db/connect.js';
import { installJsonParser } from './http/body.js';
import type { App, AppContext, Clock, RoutePlugin } from './http/context.js';
import { frameworkErrorHandler, installErrorHandlers } from './http/error-handler.js';
import { loggerOptions } from './http/logger.js';
import { installNulGuard } from './http/nul-guard.js';
import { HttpProblem } from './http/problem.js';
import { ROUTE_PLUGINS } from './routes/index.js';
import { DOCS_PREFIX, registerOpenApi } from './routes/openapi.js';

export interface BuildAppOptions {
  readonly db: Db;
  readonly config: Config;
  /** A ready pino logger; by default one is made at `config.logLevel`. */
  readonly logger?: FastifyBaseLogger;
  /** Where the default logger writes its JSON lines (default: stdout). */
  readonly logStream?: { write(line: string): void };
  /** Pins the time of the app and of every store write it makes (the db's clock otherwise). */
  readonly clock?: Clock;
  /** Route plugins registered after the built-in ones (engine, jobs, tests). */
  readonly routes?: readonly RoutePlugin[];
}

/** The Content-Security-Policy: everything from this origin (the docs page included). */
function contentSecurityPolicy(config: Config) {
  return {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      scriptSrc: ["'self'"],
      // Swagger UI sets style attributes; no script may be inline.
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      formAction: ["'self'"],
      scriptSrcAttr: ["'none'"],
      // Behind plain HTTP (the default, on 127.0.0.1) upgrading would break the page.
      ...(config.cookieSecure === true ? { upgradeInsecureRequests: [] } : {}),
    },
  };
}

/** Fastify's types take no hop count (its runtime does): say it as a function of the hop. */
function trustProxyOption(value: Config['trustProxy']) {
  if (typeof value === 'number') return (_address: string, hop: number) => hop < value;
  return typeof value === 'boolean' ? value : [...value];
}

export async function buildApp(options: BuildAppOptions): Promise<App> {
  const { config } = options;
  const db = options.clock === undefined ? options.db : withClock(options.db, options.clock);
  const ctx: AppContext = { db, config, clock: db.clock };
  const app = Fastify({
    ...(options.logger
      ? { loggerInstance: options.logger }
      : {
          logger: {
            ...loggerOptions(config.logLevel),
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
        }),
    trustProxy: trustProxyOption(config.trustProxy),
    bodyLimit: config.bodyLimitBytes,
    routerOptions: { maxParamLength: 320 },
    frameworkErrors: frameworkErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandlers(app);
  installJsonParser(app);
  app.removeContentTypeParser('text/plain');

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: contentSecurityPolicy(config),
    hsts: config.cookieSecure === true,
  });
  if (config.cookieSecure === 'auto') {
    // Over HTTPS (directly, or as a trusted proxy's X-Forwarded-Proto says) ask browsers
    // to stay on HTTPS; over plain HTTP (the default on 127.0.0.1) say nothing.
    app.addHook('onSend', async (request, reply) => {
      if (request.protocol === 'https') {
        reply.header('strict-transport-security', 'max-age=15552000; includeSubDomains');
      }
    });
  }
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: config.apiRateMax > 0,
    max: config.apiRateMax,
    timeWindow: 60_000,
    errorResponseBuilder: (_request, context) =>
      new HttpProblem('rate_limited', `too many requests; try again in ${context.after}`),
  });

  requireAccessOnEveryRoute(app, [DOCS_PREFIX]);
  installNulGuard(app);
  installGuard(app, ctx);
  await registerOpenApi(app);
  for (const plugin of [...ROUTE_PLUGINS, ...(options.routes ?? [])]) {
    await app.register(plugin, ctx);
  }
  await app.ready();
  return app;
}
