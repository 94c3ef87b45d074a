/**
 * Who may do what: one policy per resource, stated once. Every route declares the access
 * it needs in its `config.access` (see `access` below); `authorize.ts` enforces it in one
 * hook, and registering a route without a declaration fails at start-up.
 *
 * Roles are ordered viewer < editor < owner: a viewer reads; an editor also changes the
 * portfolio (partners, criteria, assessments, estimates, synergies, scenarios, imports,
 * the spec), runs the engine, and runs partnerships (agreements, obligations, ledger events,
 * reviews, exit plans); an owner also manages members, the workspace itself and the
 * review rules.
 */
import type { Role } from '../db/schema.js';

export const ROLES = ['viewer', 'editor', 'owner', 'partner'] as const satisfies readonly Role[];

/**
 * A `partner` user (someone of a partner organisation, bound to that partner) ranks below
 * a viewer: it reaches only the routes that say `partners: true`, and those show it only
 * what its partner is party to.
 */
const RANK: Record<Role, number> = { partner: -1, viewer: 0, editor: 1, owner: 2 };

export const roleAtLeast = (role: Role, needed: Role): boolean => RANK[role] >= RANK[needed];

/** The role each action on each resource of a workspace needs. */
export const POLICIES = {
  workspace: { read: 'viewer', write: 'owner' },
  members: { read: 'viewer', write: 'owner' },
  partners: { read: 'viewer', write: 'editor' },
  criteria: { read: 'viewer', write: 'editor' },
  assessments: { read: 'viewer', write: 'editor' },
  estimates: { read: 'viewer', write: 'editor' },
  synergies: { read: 'viewer', write: 'editor' },
  scenarios: { read: 'viewer', write: 'editor' },
  spec: { read: 'viewer', write: 'editor' },
  imports: { write: 'editor' },
  exports: { read: 'viewer' },
  audit: { read: 'viewer' },
  engine: { read: 'viewer', run: 'editor' },
  jobs: { read: 'viewer', write: 'editor' },
  agreements: { read: 'viewer', write: 'editor' },
  ledger: { read: 'viewer', write: 'editor' },
  reviews: { read: 'viewer', write: 'editor', configure: 'owner' },
  outcomes: { read: 'viewer', write: 'editor' },
  risks: { read: 'viewer', write: 'editor' },
} as const satisfies Record<string, Readonly<Record<string, Role>>>;

export type Resource = keyof typeof POLICIES;
export type ActionOf<R extends Resource> = keyof (typeof POLICIES)[R] & string;

/** What a route requires. */
export type Access =
  /** Anyone, signed in or not (health, OpenAPI, docs, sign-in). */
  | { readonly kind: 'public' }
  /** Any signed-in user (their own workspaces list, session, tokens). */
  | { readonly kind: 'user' }
  /** A member of the workspace named by the `slug` path parameter, with at least `role`. */
  | {
      readonly kind: 'workspace';
      readonly resource: Resource;
      readonly action: string;
      readonly role: Role;
      /**
       * A `partner` user may call it too; the handler then shows only what the caller's
       * partner is party to (`request.workspace.partnerKey`).
       */
      readonly partners?: boolean;
    };

export const access = {
  public: (): Access => ({ kind: 'public' }),
  user: (): Access => ({ kind: 'user' }),
  workspace: <R extends Resource>(
    resource: R,
    action: ActionOf<R>,
    options: { readonly partners?: boolean } = {},
  ): Access => {
    const actions: Readonly<Record<string, Role>> = POLICIES[resource];
    const role = actions[action];
    if (role === undefined) throw new Error(`no policy for ${resource}.${action}`);
    return {
      kind: 'workspace',
      resource,
      action,
      role,
      ...(options.partners === true ? { partners: true } : {}),
    };
  },
};

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The access this route requires; every route must declare it. */
    access?: Access;
  }
}
