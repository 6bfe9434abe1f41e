// Records what an operator does to users and keys from the CLI (contracts.md §5): the principal is the local
// administrator named after the OS account, so the log says who ran the command. Secrets are never passed in.
import { userInfo } from 'node:os';
import { AuditLog } from '../audit/audit-log.js';
import type { Principal } from '../graphql/context.js';
import type { GraphDb } from '../runtime/graph-db.js';
import { LOCAL_ADMIN } from './principals.js';

export function operatorPrincipal(): Principal {
  let account = 'unknown';
  try {
    account = userInfo().username;
  } catch {
    // no passwd entry (some containers): the local administrator stays anonymous-ish but recorded
  }
  return { ...LOCAL_ADMIN, name: `cli:${account}` };
}

export async function recordOperator(
  db: GraphDb,
  action: string,
  targetIds: string[],
  parameters: Record<string, unknown>,
): Promise<void> {
  await new AuditLog(db).record({
    action,
    principal: operatorPrincipal(),
    operation: `cli ${action}`,
    targetIds,
    parameters,
    outcome: 'ok',
  });
}
