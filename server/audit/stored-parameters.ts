// The parameters text an entry stores: redacted first (secrets never reach storage), then truncated.
import canonicalize from 'canonicalize';
import { redact } from './redact.js';
import { MAX_PARAMETERS_CHARS, outline, truncate } from './truncate.js';

/** Canonical JSON (RFC 8785) of the redacted, truncated parameters; '{}' when there are none. */
export function storedParameters(parameters: Record<string, unknown> | undefined): string {
  if (!parameters) return '{}';
  const safe = truncate(redact(parameters)) as Record<string, unknown>;
  const text = canonicalize(safe) ?? '{}';
  if (text.length <= MAX_PARAMETERS_CHARS) return text;
  return canonicalize(outline(safe)) ?? '{}';
}
