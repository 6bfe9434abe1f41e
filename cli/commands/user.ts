// `threadline user create|list|set-roles|set-password|disable|enable`: local accounts (docs/security.md).
// Passwords never go on the command line (other users see it in `ps`): --password-stdin reads one line,
// otherwise a strong password is generated and printed once.
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { recordOperator } from '../../server/auth/operator-audit.js';
import { ROLES } from '../../server/auth/roles.js';
import {
  createUser,
  listUsers,
  setDisabled,
  setPassword,
  setRoles,
  type UserView,
} from '../../server/auth/users.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { connectCli } from '../connect.js';

const rolesOption = (value: string): string[] =>
  value
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);

async function readPasswordLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

/** The password from stdin, or a generated one (printed by the caller). */
async function passwordFrom(options: {
  passwordStdin?: boolean;
}): Promise<{ password: string; generated: boolean }> {
  if (options.passwordStdin) return { password: await readPasswordLine(), generated: false };
  return { password: randomBytes(18).toString('base64url'), generated: true };
}

async function withDb<T>(work: (db: GraphDb) => Promise<T>): Promise<T> {
  const { db, close } = await connectCli((line) => console.error(line));
  try {
    return await work(db);
  } finally {
    await close();
  }
}

const describeUser = (u: UserView) =>
  `${u.username}\t${u.roles.join(',')}\t${u.disabled ? 'disabled' : 'active'}\t${u.createdAt}`;

export function register(program: Command): void {
  const user = program.command('user').description(`Manage local user accounts (roles: ${ROLES.join(', ')})`);

  user
    .command('create')
    .description('Create a user; prints a generated password unless --password-stdin')
    .argument('<username>', 'login name: a-z, 0-9, ".", "_", "@", "-"')
    .requiredOption('-r, --roles <roles>', `comma-separated: ${ROLES.join(', ')}`, rolesOption)
    .option('--password-stdin', 'read the password (at least 12 characters) from the first line of stdin')
    .action(async (username: string, options: { roles: string[]; passwordStdin?: boolean }) => {
      const { password, generated } = await passwordFrom(options);
      await withDb(async (db) => {
        const created = await createUser(db, { username, password, roles: options.roles });
        await recordOperator(db, 'user-create', [created.id], {
          username: created.username,
          roles: created.roles,
        });
        console.log(`created ${describeUser(created)}`);
        if (generated) console.log(`password (shown once): ${password}`);
      });
    });

  user
    .command('list')
    .description('List users: name, roles, status, created')
    .action(async () => {
      await withDb(async (db) => {
        for (const u of await listUsers(db)) console.log(describeUser(u));
      });
    });

  user
    .command('set-roles')
    .description("Replace a user's roles (their open sessions end)")
    .argument('<username>')
    .argument('<roles>', `comma-separated: ${ROLES.join(', ')}`)
    .action(async (username: string, roles: string) => {
      await withDb(async (db) => {
        const updated = await setRoles(db, username, rolesOption(roles));
        await recordOperator(db, 'user-update', [updated.id], {
          username: updated.username,
          roles: updated.roles,
        });
        console.log(`updated ${describeUser(updated)}`);
      });
    });

  user
    .command('set-password')
    .description(
      "Set a user's password (their open sessions end); generated and printed unless --password-stdin",
    )
    .argument('<username>')
    .option('--password-stdin', 'read the password from the first line of stdin')
    .action(async (username: string, options: { passwordStdin?: boolean }) => {
      const { password, generated } = await passwordFrom(options);
      await withDb(async (db) => {
        const updated = await setPassword(db, username, password);
        await recordOperator(db, 'user-update', [updated.id], {
          username: updated.username,
          password: 'changed',
        });
        console.log(`password set for ${updated.username}`);
        if (generated) console.log(`password (shown once): ${password}`);
      });
    });

  for (const [name, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    user
      .command(name)
      .description(
        disabled
          ? 'Disable a user: logins refused, sessions ended, their API keys stop working'
          : 'Enable a disabled user',
      )
      .argument('<username>')
      .action(async (username: string) => {
        await withDb(async (db) => {
          const updated = await setDisabled(db, username, disabled);
          await recordOperator(db, 'user-update', [updated.id], { username: updated.username, disabled });
          console.log(`${disabled ? 'disabled' : 'enabled'} ${updated.username}`);
        });
      });
  }
}
