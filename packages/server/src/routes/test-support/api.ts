/**
 * An app on a fresh test database, with accounts in every role: the fixture of the route
 * tests. Requests go through `inject` (no port). Each identity has an API token; `owner`
 * also has a cookie session (`session`) for the cookie and CSRF tests.
 */
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../app.js';
import { createApiToken } from '../../auth/api-tokens.js';
import { addMember } from '../../auth/memberships.js';
import { createUser } from '../../auth/users.js';
import { type Config, testConfig } from '../../config.js';
import type { Db } from '../../db/connect.js';
import type { App, RoutePlugin } from '../../http/context.js';
import { createPartner } from '../../store/partners.js';
import { getWorkspaceBySlug } from '../../store/workspaces.js';

export const PASSWORD = 'correct horse battery';

export type Identity =
  | 'anonymous'
  | 'viewer'
  | 'editor'
  | 'owner'
  | 'outsider'
  | 'partnerA'
  | 'partnerB';
export const IDENTITIES: readonly Identity[] = [
  'anonymous',
  'viewer',
  'editor',
  'owner',
  'outsider',
];
/**
 * People of two partner organisations, members of workspace A with the `partner` role,
 * bound to its partners `PARTNER_KEYS` (created with `createTestApi(db, { partners: true })`).
 */
export const PARTNER_IDENTITIES = ['partnerA', 'partnerB'] as const satisfies readonly Identity[];
export const PARTNER_KEYS = { partnerA: 'partner-a', partnerB: 'partner-b' } as const;

export interface TestApi {
  readonly app: App;
  readonly db: Db;
  /** The workspace everyone but `outsider` belongs to; `outsider` owns `other`. */
  readonly slug: string;
  readonly otherSlug: string;
  readonly tokens: Readonly<Record<Exclude<Identity, 'anonymous'>, string>>;
  readonly emails: Readonly<Record<Exclude<Identity, 'anonymous'>, string>>;
  /** Sends a request as `who` (bearer token; nothing for anonymous). */
  as(who: Identity, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  readonly config?: Partial<Config>;
  readonly routes?: readonly RoutePlugin[];
  readonly clock?: () => Date;
  /** Also create the partner identities (and their partners in workspace A). */
  readonly partners?: boolean;
}

let counter = 0;

export async function createTestApi(db: Db, options: TestApiOptions = {}): Promise<TestApi> {
  counter += 1;
  const n = `${process.pid}-${counter}`;
  const slug = `ws-${n}`;
  const otherSlug = `other-${n}`;
  const emails = {
    owner: `owner-${n}@example.org`,
    editor: `editor-${n}@example.org`,
    viewer: `viewer-${n}@example.org`,
    outsider: `outsider-${n}@example.org`,
    partnerA: `partner-a-${n}@univ-a.edu`,
    partnerB: `partner-b-${n}@corp-b.com`,
  };
  const team = [emails.owner, emails.editor, emails.viewer, emails.outsider];
  for (const email of team) await createUser(db, { email, password: PASSWORD });
  await addMember(db, { workspaceSlug: slug, email: emails.owner, role: 'owner' });
  await addMember(db, { workspaceSlug: slug, email: emails.editor, role: 'editor' });
  await addMember(db, { workspaceSlug: slug, email: emails.viewer, role: 'viewer' });
  await addMember(db, { workspaceSlug: otherSlug, email: emails.outsider, role: 'owner' });
  const tokens = {
    owner: await createApiToken(db, { email: emails.owner }, options.clock),
    editor: await createApiToken(db, { email: emails.editor }, options.clock),
    viewer: await createApiToken(db, { email: emails.viewer }, options.clock),
    outsider: await createApiToken(db, { email: emails.outsider }, options.clock),
    partnerA: '',
    partnerB: '',
  };
  if (options.partners) {
    const workspaceId = (await getWorkspaceBySlug(db, slug)).id;
    for (const who of PARTNER_IDENTITIES) {
      const key = PARTNER_KEYS[who];
      await createPartner(db, workspaceId, { id: key, name: key, kind: 'academic' }, null);
      await createUser(db, { email: emails[who], password: PASSWORD });
      await addMember(db, {
        workspaceSlug: slug,
        email: emails[who],
        role: 'partner',
        partnerKey: key,
      });
      tokens[who] = await createApiToken(db, { email: emails[who] }, options.clock);
    }
  }
  const app = await buildApp({
    db,
    config: testConfig(options.config),
    ...(options.routes ? { routes: options.routes } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    app,
    db,
    slug,
    otherSlug,
    tokens,
    emails,
    as: (who, request) =>
      app.inject({
        ...request,
        headers: {
          ...(who === 'anonymous' ? {} : { authorization: `Bearer ${tokens[who]}` }),
          ...request.headers,
        },
      }),
    close: () => app.close(),
  };
}

/** Signs in with a password; returns the cookie header value and the CSRF token. */
export async function signIn(
  app: App,
  email: string,
  password = PASSWORD,
): Promise<{ readonly cookie: string; readonly csrfToken: string }> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  const session = res.cookies.find((c) => c.name === 'pf_session');
  if (!session) throw new Error('no session cookie');
  return {
    cookie: `pf_session=${session.value}`,
    csrfToken: res.json<{ csrfToken: string }>().csrfToken,
  };
}
