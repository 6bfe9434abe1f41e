// A failed audit write is logged loudly, with what was being recorded but never its parameters.
import { redactString } from './redact.js';

export type FailureLogger = (line: string) => void;

export const defaultFailureLogger: FailureLogger = (line) => console.error(line);

export function reportAuditFailure(
  log: FailureLogger,
  what: { action: string; operation?: string | null; principalId: string },
  error: unknown,
): void {
  const code = (error as { code?: unknown })?.code;
  const message = redactString(String((error as Error)?.message ?? error)).slice(0, 300);
  log(
    `threadline: AUDIT WRITE FAILED: ${what.action} ${what.operation ?? ''} by ${what.principalId}: ` +
      `${typeof code === 'string' ? `${code}: ` : ''}${message}`,
  );
}
