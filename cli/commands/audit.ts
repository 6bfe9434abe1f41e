// `threadline audit list|verify`: read the audit log and check its hash chain from a terminal.
import type { Command } from 'commander';
import { AuditLog } from '../../server/audit/audit-log.js';
import type { AuditEntry, AuditFilter } from '../../server/audit/audit-types.js';
import { badInput } from '../../server/errors/threadline-error.js';
import { LOCAL_ADMIN } from '../../server/graphql/create-context.js';
import { formatTable } from '../../server/queries/format-rows.js';
import { connectCli } from '../connect.js';

interface ListOptions {
  principal?: string;
  action?: string;
  from?: string;
  to?: string;
  first: string;
  after?: string;
  json?: boolean;
}

const positive = (name: string, value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw badInput(`${name} must be a positive integer`);
  return n;
};

function table(entries: AuditEntry[]): string {
  const rows = entries.map((e) => ({
    seq: e.seq,
    at: e.at,
    principal: `${e.principalId} (${e.principalVia})`,
    action: e.action,
    operation: e.operation ?? '',
    outcome: e.errorCode ? `${e.outcome} ${e.errorCode}` : e.outcome,
    size: e.resultSize ?? '',
    targets:
      e.targetIds.length > 3
        ? `${e.targetIds.slice(0, 3).join(' ')} +${e.targetIds.length - 3}`
        : e.targetIds.join(' '),
  }));
  const columns = ['seq', 'at', 'principal', 'action', 'operation', 'outcome', 'size', 'targets'];
  return formatTable({ columns, rows, graph: null, truncated: false, elapsedMs: 0 });
}

async function list(log: AuditLog, options: ListOptions): Promise<string> {
  const filter: AuditFilter = {
    principalId: options.principal,
    action: options.action,
    from: options.from,
    to: options.to,
  };
  const page = await log.list(
    filter,
    positive('--first', options.first),
    options.after ? positive('--after', options.after) : null,
  );
  await log.record({
    action: 'audit-read',
    principal: LOCAL_ADMIN,
    operation: 'cli audit list',
    parameters: { ...filter },
    resultSize: page.entries.length,
    outcome: 'ok',
  });
  if (options.json) return JSON.stringify(page, null, 2);
  const more = page.nextCursor === null ? '' : `\nmore: --after ${page.nextCursor}`;
  return `${table(page.entries)}${more}`;
}

export function register(program: Command): void {
  const audit = program.command('audit').description('Read the audit log and verify its hash chain');
  audit
    .command('list')
    .description('Entries, newest first')
    .option('--principal <id>', 'only this principal id')
    .option('--action <action>', 'only this action (mutation, query-run, export, login, ...)')
    .option('--from <iso>', 'at or after this ISO 8601 time')
    .option('--to <iso>', 'at or before this ISO 8601 time')
    .option('--first <n>', 'entries per page (1-500)', '50')
    .option('--after <seq>', 'the page after this seq (printed as "more:")')
    .option('--json', 'print JSON instead of a table')
    .action(async (options: ListOptions) => {
      const { db, close } = await connectCli((line) => console.error(line));
      try {
        console.log(await list(new AuditLog(db), options));
      } finally {
        await close();
      }
    });
  audit
    .command('verify')
    .description('Walk the hash chain; exit 1 and name the first broken entry when it is not whole')
    .action(async () => {
      const { db, close } = await connectCli((line) => console.error(line));
      try {
        const result = await new AuditLog(db).verify();
        if (result.ok)
          console.log(`audit log intact: ${result.checked} entries, head at seq ${result.headSeq}`);
        else {
          console.error(
            `audit log BROKEN at seq ${result.firstBrokenSeq}: ${result.reason} (${result.checked} entries checked before it)`,
          );
          process.exitCode = 1;
        }
      } finally {
        await close();
      }
    });
}
