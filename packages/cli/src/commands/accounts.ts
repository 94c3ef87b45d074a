import type { AccountError } from '@partnerfolio/server';
import { Option } from 'commander';
import { inputError } from '../errors.js';
import { loadServer } from '../server-module.js';
import { type DataFlags, withDatabase } from './server-db.js';
import type { Register } from './shared.js';

type Role = 'owner' | 'editor' | 'viewer';

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
    .requiredOption('--password <password>', 'at least 10 characters')
    .option('--name <name>', 'display name')
    .option('--workspace <slug>', 'make the user a member of this workspace (created if new)')
    .addOption(
      new Option('--role <role>', 'role in the workspace')
        .choices(['owner', 'editor', 'viewer'])
        .default('owner'),
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
        },
      ) => {
        const { addMember, createUser, isAccountError, setPassword } = await loadServer();
        const result = await withDatabase(opts, async (db) => {
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
          const membership = opts.workspace
            ? await accountStep(() =>
                addMember(db, {
                  workspaceSlug: opts.workspace ?? '',
                  email: opts.email,
                  role: opts.role,
                }),
              )
            : null;
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
    .option('--data <dir>', 'folder of the embedded database (default ./data)')
    .option('--json', 'print one JSON document on stdout')
    .action(async (opts: DataFlags & { email: string; name?: string }) => {
      const { createApiToken } = await loadServer();
      const secret = await withDatabase(opts, (db) =>
        accountStep(() =>
          createApiToken(db, { email: opts.email, ...(opts.name ? { name: opts.name } : {}) }),
        ),
      );
      emit({ json: { token: secret }, text: `${secret}\n` });
    });
};
