// Records audited GraphQL operations (server/audit/recorded-fields.ts) in the audit log: who, when, which root
// field, its ids and summarised arguments, the result size and the outcome, denied and failed ones included.
// Mutations fail closed: their intent is written before they run, and without it they do not run.
import { randomUUID } from 'node:crypto';
import { type ApolloServerPlugin, type GraphQLRequestContext, HeaderMap } from '@apollo/server';
import {
  type DocumentNode,
  getOperationAST,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { AuditRecordInput } from '../../audit/audit-types.js';
import { errorCodeOf, outcomeOf } from '../../audit/outcome-of-error.js';
import { auditActionOf, recordedByResolver } from '../../audit/recorded-fields.js';
import { defaultFailureLogger, type FailureLogger, reportAuditFailure } from '../../audit/report-failure.js';
import { resultSizeOf, summariseArguments, targetIdsOf } from '../../audit/summarise-call.js';
import type { GraphQLContext } from '../context.js';

/** Seconds a client waits before retrying a mutation refused because its intent could not be recorded. */
const RETRY_AFTER_SECONDS = 2;

interface RootCall {
  field: string;
  action: string;
  args: Record<string, unknown>;
  error?: unknown;
  result?: unknown;
}

const rootFields = (operation: OperationDefinitionNode): string[] =>
  operation.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : []));

/**
 * Root field names as executed: through inline fragments and fragment spreads too (a `{ ...F }` on Query can
 * carry runCypher). Each fragment is walked once.
 */
function executedRootFields(
  operation: OperationDefinitionNode,
  document: DocumentNode | undefined,
): string[] {
  const fragments = new Map(
    (document?.definitions ?? []).flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  );
  const names: string[] = [];
  const walked = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.push(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!walked.has(s.name.value)) {
        walked.add(s.name.value);
        const fragment = fragments.get(s.name.value);
        if (fragment) walk(fragment);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}

function refusedResponse() {
  return {
    http: { status: 503, headers: new HeaderMap([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    body: {
      kind: 'single' as const,
      singleResult: {
        errors: [
          {
            message: 'The audit log could not record this change, so it was not made; retry shortly',
            extensions: { code: 'DATABASE_UNAVAILABLE', retryable: true },
          },
        ],
      },
    },
  };
}

export function auditPlugin(log: FailureLogger = defaultFailureLogger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const requestId = randomUUID();
      const calls: RootCall[] = [];
      let refused = false;

      const write = async (ctx: GraphQLContext, entry: AuditRecordInput): Promise<boolean> => {
        try {
          await ctx.audit.record(entry);
          return true;
        } catch (error) {
          reportAuditFailure(log, { ...entry, principalId: entry.principal.id }, error);
          return false;
        }
      };

      // A recorded operation refused before execution (invalid, too costly): one entry from the document.
      const recordUnexecuted = async (rc: GraphQLRequestContext<GraphQLContext>) => {
        if (!rc.document || !rc.errors?.length) return;
        const operation = getOperationAST(rc.document, rc.request.operationName);
        if (!operation) return;
        const fields = rootFields(operation).filter((f) => auditActionOf(operation.operation, f));
        if (fields.length === 0) return;
        const errorCode = errorCodeOf(rc.errors[0]);
        await write(rc.contextValue, {
          action: auditActionOf(operation.operation, fields[0] ?? '') ?? 'mutation',
          principal: rc.contextValue.principal,
          operation: fields.join(','),
          parameters: {
            operationName: rc.operationName ?? rc.request.operationName ?? null,
            variables: rc.request.variables ?? {},
          },
          outcome: outcomeOf(errorCode),
          errorCode,
          requestId,
        });
      };

      // The outcome of each recorded root call (or of a document refused before execution). Every entry is
      // queued before this returns, in call order, so a reader waiting for the queue sees all of them.
      const recordOutcomes = (rc: GraphQLRequestContext<GraphQLContext>): Promise<unknown> => {
        if (calls.length === 0) return recordUnexecuted(rc);
        const outcomes = calls.filter((call) => call.error || !recordedByResolver(call.field));
        return Promise.all(
          outcomes.map((call) => {
            const errorCode = call.error ? errorCodeOf(call.error) : undefined;
            return write(rc.contextValue, {
              action: call.action,
              principal: rc.contextValue.principal,
              operation: call.field,
              targetIds: targetIdsOf(call.args, call.error ? undefined : call.result),
              parameters: {
                ...summariseArguments(call.field, call.args),
                operationName: rc.operationName ?? rc.request.operationName ?? null,
              },
              resultSize: call.error ? 0 : resultSizeOf(call.result),
              outcome: errorCode ? outcomeOf(errorCode) : 'ok',
              ...(errorCode ? { errorCode } : {}),
              requestId,
            });
          }),
        );
      };

      return {
        async responseForOperation(rc) {
          const ctx = rc.contextValue;
          // Typed as present, but the fuzz test met a request here without one: never crash on it.
          if (rc.operation?.operation !== 'mutation' || ctx.principal?.via === 'anonymous') return null;
          // Fail closed: no durable intent, no change.
          const ok = await write(ctx, {
            action: 'mutation',
            principal: ctx.principal,
            operation: rootFields(rc.operation).join(','),
            parameters: { operationName: rc.operationName ?? null },
            outcome: 'started',
            requestId,
          });
          if (ok) return null;
          refused = true;
          return refusedResponse();
        },

        async executionDidStart(rc) {
          const operationType = rc.operation?.operation;
          if (!operationType) return;
          // Only operations with a recorded root field get a field hook: once a plugin returns
          // willResolveField, Apollo calls it for every field of the answer (an expand has ~5,000), which
          // showed in the server's CPU profile for reads that are never recorded.
          const recorded = executedRootFields(rc.operation, rc.document).some((f) =>
            auditActionOf(operationType, f),
          );
          if (!recorded) return;
          return {
            willResolveField({ info, args }) {
              if (info.path.prev !== undefined) return;
              const action = auditActionOf(operationType, info.fieldName);
              if (!action) return;
              const call: RootCall = { field: info.fieldName, action, args };
              calls.push(call);
              return (error, result) => {
                call.error = error ?? undefined;
                call.result = result;
              };
            },
          };
        },

        // Not awaited: the outcome cannot change the answer (a failed write is reported, the answer still
        // sent), so the client does not wait for it; it is one transaction with whatever is appended next.
        // AuditLog.list and verify, and the shutdown, wait for this process's pending entries.
        async willSendResponse(rc) {
          if (refused || !rc.contextValue?.audit) return;
          void recordOutcomes(rc);
        },
      };
    },
  };
}
