// Checks on the query plan from EXPLAIN: the database parses the query (syntax, unknown functions)
// and tells us what it would do, without running it.
import type { ManagedTransaction } from 'neo4j-driver';
import { type ErrorDetail, ThreadlineError } from '../errors/threadline-error.js';
import { isAllowedProcedure } from './allow-list.js';
import { toQueryError } from './database-errors.js';

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

// Expansions that enumerate every path: without an upper bound they can run until the time limit.
// Shortest-path searches stop at the first hit, so they are not listed.
const EXPANDING = /^(VarLengthExpand|PruningVarLengthExpand|BFSPruningVarLengthExpand|Repeat)/;
const UNBOUNDED = [/\*(\d+\.\.)?\]/, /\{\s*\d*\s*,\s*\*?\s*\}/];

function walk(plan: PlanNode, out: ErrorDetail[]): void {
  const operator = plan.operatorType.split('@')[0] ?? plan.operatorType;
  const details = String(plan.arguments.Details ?? '');
  if (EXPANDING.test(operator) && UNBOUNDED.some((re) => re.test(details))) {
    out.push({
      path: operator,
      message: `variable-length pattern without an upper bound (${details}): write e.g. *1..6 or {1,6}`,
    });
  }
  if (operator.startsWith('ProcedureCall')) {
    const name = details.split('(')[0]?.trim() ?? '';
    if (!isAllowedProcedure(name)) out.push({ path: operator, message: `procedure ${name} is not allowed` });
  }
  for (const child of plan.children) walk(child, out);
}

/**
 * EXPLAINs the query in the given (read) transaction: a syntax error becomes BAD_USER_INPUT, an
 * unbounded expansion or a procedure off the allow-list QUERY_REFUSED.
 */
export async function checkPlan(tx: ManagedTransaction, cypher: string, timeoutMs: number): Promise<void> {
  let plan: PlanNode | false;
  try {
    plan = (await tx.run(`EXPLAIN ${cypher}`)).summary.plan as PlanNode | false;
  } catch (error) {
    throw toQueryError(error, timeoutMs);
  }
  if (!plan) return;
  const problems: ErrorDetail[] = [];
  walk(plan, problems);
  if (problems.length > 0) {
    throw new ThreadlineError('QUERY_REFUSED', `Query refused: ${problems[0]?.message}`, problems);
  }
}
