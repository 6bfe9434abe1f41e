// `threadline key create|list|revoke`: API keys (docs/security.md). The key is printed once, at creation.
import type { Command } from 'commander';
import { createApiKey, listApiKeys, revokeApiKey } from '../../server/auth/api-keys.js';
import { recordOperator } from '../../server/auth/operator-audit.js';
import { ROLES } from '../../server/auth/roles.js';
import { badInput } from '../../server/errors/threadline-error.js';
import type { GraphDb } from '../../server/runtime/graph-db.js';
import { connectCli } from '../connect.js';

async function withDb<T>(work: (db: GraphDb) => Promise<T>): Promise<T> {
  const { db, close } = await connectCli((line) => console.error(line));
  try {
    return await work(db);
  } finally {
    await close();
  }
}

function expiresOption(value: string): string {
  const days = /^(\d+)d$/.exec(value);
  const ms = days ? Date.now() + Number(days[1]) * 86_400_000 : Date.parse(value);
  if (Number.isNaN(ms))
    throw badInput(`--expires must be an ISO date-time or a number of days like 90d, not "${value}"`);
  return new Date(ms).toISOString();
}

interface CreateOptions {
  roles: string[];
  expires?: string;
  by?: string;
}

export function register(program: Command): void {
  const key = program.command('key').description('Manage API keys (Authorization: Bearer tlk_…)');

  key
    .command('create')
    .description('Create a named API key and print it once (only its hash is stored)')
    .argument('<name>', 'a-z, 0-9, ".", "_", "-"; an integration key writes as integration:<name>')
    .requiredOption('-r, --roles <roles>', `comma-separated: ${ROLES.join(', ')}`, (v: string) =>
      v
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean),
    )
    .option(
      '-e, --expires <when>',
      'expiry: ISO date-time, or days such as 90d (default: never)',
      expiresOption,
    )
    .option('--by <username>', 'the user the key acts for: its roles must lie within theirs, and follow them')
    .action(async (name: string, options: CreateOptions) => {
      await withDb(async (db) => {
        const created = await createApiKey(db, {
          name,
          roles: options.roles,
          expiresAt: options.expires,
          createdBy: options.by,
        });
        await recordOperator(db, 'key-create', [created.id], {
          name,
          roles: options.roles,
          expiresAt: options.expires ?? null,
        });
        console.log(`created key ${created.id} (${name}); copy it now, it is not shown again:`);
        console.log(created.key);
      });
    });

  key
    .command('list')
    .description('List keys: id, name, roles, creator, expiry, revoked, last used (never the key)')
    .action(async () => {
      await withDb(async (db) => {
        for (const k of await listApiKeys(db)) {
          console.log(
            [
              k.id,
              k.name,
              k.roles.join(','),
              k.createdBy ?? '-',
              k.expiresAt ?? 'never',
              k.revokedAt ? `revoked ${k.revokedAt}` : 'active',
              k.lastUsedAt ?? 'never used',
            ].join('\t'),
          );
        }
      });
    });

  key
    .command('revoke')
    .description('Revoke a key by id or name (servers refuse it within seconds)')
    .argument('<idOrName>')
    .action(async (ref: string) => {
      await withDb(async (db) => {
        const revoked = await revokeApiKey(db, ref);
        await recordOperator(db, 'key-revoke', [revoked.id], { name: revoked.name });
        console.log(`revoked ${revoked.id} (${revoked.name}) at ${revoked.revokedAt}`);
      });
    });
}
