import type { AccountError } from '@partnerfolio/server';
import { Option } from 'commander';
import { inputError, usageError } from '../errors.js';
import { loadServer } from '../server-module.js';
import { type DataFlags, withDatabase } from './server-db.js';
import type { Register } from './shared.js';

type Role = 'owner' | 'editor' | 'viewer' | 'partner';

/** Account mistakes (bad email, short password, unknown user) are input errors, exit 1. */
async function accountStep<T>(step: () => Promise<T>): Promise<T> {
  const { AccountError, isAccountError } = await loadServer();
  try {
    return await step();
  } catch (error) {
    if (isAccountError(error) || error instanceof AccountError)
      throw inputError((error as Error).message);
    throw error;
  }
}

export const registerAccounts: Register = (program, ctx, emit) => {
  const user = program.command('user').description('manage accounts (works while the server runs)');
  user
    .command('add')
    .description(
      'create a user (or set the password of an existing one), optionally as a member of a workspace',
    )
    .requiredOption('--email <email>', 'the user’s email')
    .requiredOption(
      '--password <password>',
      'at least 12 characters, not a common password; resets sign out every session and token',
    )
    .option('--name <name>', 'display name')
    .option('--workspace <slug>', 'make the user a member of this workspace (created if new)')
    .addOption(
      new Option('--role <role>', 'role in the workspace')
        .choices(['owner', 'editor', 'viewer', 'partner'])
        .default('owner'),
    )
    .option(
      '--partner <key>',
      'with --role partner: the partner (its id in the spec) the user speaks for',
    )
    .option('--data <dir>', 'folder of the embedded database (default ./data)')
    .option('--json', 'print one JSON document on stdout')
    .action(
      async (
        opts: DataFlags & {
          email: string;
          password: string;
          name?: string;
          workspace?: string;
          role: Role;
          partner?: string;
        },
      ) => {
        if (opts.role === 'partner' && (!opts.partner || !opts.workspace)) {
          throw usageError('--role partner needs --workspace and --partner KEY');
        }
        if (opts.partner !== undefined && opts.role !== 'partner') {
          throw usageError('--partner goes with --role partner');
        }
        const { addMember, checkAddMember, createUser, isAccountError, setPassword } =
          await loadServer();
        const result = await withDatabase(opts, async (db) => {
          const member = opts.workspace
            ? {
                workspaceSlug: opts.workspace,
                email: opts.email,
                role: opts.role,
                ...(opts.partner === undefined ? {} : { partnerKey: opts.partner }),
              }
            : undefined;
          // A membership that would be refused stops the command before the account is
          // created or its password set (which ends its sessions and tokens): nothing
          // half-done.
          if (member) await accountStep(() => checkAddMember(db, member));
          let created = true;
          await accountStep(async () => {
            try {
              await createUser(db, {
                email: opts.email,
                password: opts.password,
                ...(opts.name ? { name: opts.name } : {}),
              });
            } catch (error) {
              if (!(isAccountError(error) && (error as AccountError).code === 'duplicate'))
                throw error;
              created = false;
              await setPassword(db, opts.email, opts.password);
            }
          });
          const membership = member ? await accountStep(() => addMember(db, member)) : null;
          return { created, membership };
        });
        const what = result.created ? 'created' : 'updated the password of';
        const where = result.membership
          ? ` as ${result.membership.role} of ${result.membership.workspace.slug}${result.membership.created ? ' (new workspace)' : ''}`
          : '';
        emit({
          json: {
            email: opts.email.trim().toLowerCase(),
            created: result.created,
            ...(result.membership
              ? { workspace: result.membership.workspace.slug, role: result.membership.role }
              : {}),
          },
          text: `${ctx.style.green('✓')} ${what} ${opts.email}${where}\n`,
        });
      },
    );

  const token = program
    .command('token')
    .description('API tokens for scripts and `--server` (works while the server runs)');
  token
    .command('create')
    .description('create an API token for a user and print it (shown once)')
    .requiredOption('--email <email>', 'the user the token acts as')
    .option('--name <name>', 'a label for the token')
    .option('--read-only', 'the token only reads (GET)')
    .option('--workspace <slug>', 'the token reaches only this workspace')
    .option('--expires-in <days>', 'lifetime in days (default 90, or PARTNERFOLIO_TOKEN_TTL)')
    .option('--data <dir>', 'folder of the embedded database (default ./data)')
    .option('--json', 'print one JSON document on stdout')
    .action(
      async (
        opts: DataFlags & {
          email: string;
          name?: string;
          readOnly?: boolean;
          workspace?: string;
          expiresIn?: string;
        },
      ) => {
        const days = opts.expiresIn === undefined ? undefined : Number(opts.expiresIn);
        if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 3660)) {
          throw usageError('--expires-in must be a whole number of days from 1 to 3660');
        }
        const { createApiToken } = await loadServer();
        const secret = await withDatabase(opts, (db, config) =>
          accountStep(() =>
            createApiToken(db, {
              email: opts.email,
              ...(opts.name ? { name: opts.name } : {}),
              ...(opts.readOnly ? { scope: 'read' as const } : {}),
              ...(opts.workspace ? { workspace: opts.workspace } : {}),
              ttlSeconds: days === undefined ? config.tokenTtlSeconds : days * 86_400,
            }),
          ),
        );
        emit({ json: { token: secret }, text: `${secret}\n` });
      },
    );
};
