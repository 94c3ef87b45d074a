/**
 * The OpenAPI 3.1 document (generated from the routes' zod schemas) at
 * `GET /api/openapi.json`, and browsable docs at `/api/docs` whose assets are served
 * from the package itself (no CDN: the server may run without internet).
 */
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { CSRF_HEADER } from '../auth/guard.js';
import { access } from '../auth/policies.js';
import { SESSION_COOKIE } from '../auth/sessions.js';

export const DOCS_PREFIX = '/api/docs';
export const OPENAPI_PATH = '/api/openapi.json';
export const API_VERSION = '0.1.0';

const DESCRIPTION = `The Partnerfolio workspace API.

**Authentication.** Either sign in with \`POST /api/auth/login\` (a session cookie \`${SESSION_COOKIE}\`;
every POST, PUT, PATCH and DELETE must then send the header \`${CSRF_HEADER}\` with the \`csrfToken\`
the sign-in returned, also available from \`GET /api/auth/session\`), or send
\`Authorization: Bearer pf_...\` with an API token (\`POST /api/tokens\`, or \`partnerfolio token create\`);
tokens need no CSRF header.

**Authorisation.** Each operation names the role it needs in \`x-access\`. Roles are ordered
viewer < editor < owner. A workspace you are not a member of answers 404, as if it did not exist.

**Errors.** Every error is \`application/problem+json\`: \`{ type, title, status, detail, code, errors?: [{ path, message }] }\`,
with a stable \`code\` (\`invalid_request\`, \`unauthenticated\`, \`forbidden\`, \`csrf\`, \`not_found\`, \`conflict\`, ...).

**Concurrency.** Records carry a \`version\`. A change sends the version it read (in the body or an \`If-Match\`
header); a stale version answers 409 \`conflict\` with the \`current\` record.`;

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Partnerfolio API', version: API_VERSION, description: DESCRIPTION },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          bearer: { type: 'http', scheme: 'bearer', description: 'an API token, `pf_...`' },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: DOCS_PREFIX,
    uiConfig: { validatorUrl: null, deepLinking: true },
    // The UI's own JSON/YAML routes stay out of the document it shows.
    logLevel: 'warn',
  });
  app.get(OPENAPI_PATH, { config: { access: access.public() }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
