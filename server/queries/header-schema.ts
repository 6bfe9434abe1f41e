// The zod schema of a query header: what a query file's `//` block (or a saveQuery call) must state.
import { z } from 'zod';
import { parameterValueSchema } from './param-values.js';
import { PARAMETER_TYPES, type QueryHeader, SHOWS } from './types.js';

/** kebab-case, so a query name is also a file name and a CLI argument. */
export const QUERY_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const PARAM_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

const parameterSchema = z
  .strictObject({
    name: z.string().regex(PARAM_NAME, 'must be a Cypher identifier such as maxHops'),
    type: z.enum(PARAMETER_TYPES),
    description: z.string().trim().min(1, 'must say what the parameter does').max(500),
    required: z.boolean().default(false),
    default: z.union([z.string(), z.number(), z.boolean(), z.null()]).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .superRefine((p, ctx) => {
    // A default that would fail its own check would only surface when an analyst runs the query.
    if (p.default === undefined || p.default === null) return;
    const parsed = parameterValueSchema(p).safeParse(p.default);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', path: ['default'], message: parsed.error.issues[0]?.message ?? '' });
    }
    if (p.required)
      ctx.addIssue({ code: 'custom', path: ['required'], message: 'a default makes it optional' });
  });

export const queryHeaderSchema = z
  .strictObject({
    name: z.string().regex(QUERY_NAME, 'must be kebab-case, e.g. laptop-farms').max(64),
    title: z.string().trim().min(1).max(120),
    description: z.string().trim().min(1).max(4_000),
    parameters: z.array(parameterSchema).max(20).default([]),
    shows: z.enum(SHOWS).default('table'),
    tags: z.array(z.string().regex(QUERY_NAME, 'must be kebab-case')).max(12).default([]),
  })
  .superRefine((h, ctx) => {
    const seen = new Set<string>();
    h.parameters.forEach((p, i) => {
      if (seen.has(p.name))
        ctx.addIssue({ code: 'custom', path: ['parameters', i, 'name'], message: 'repeated' });
      seen.add(p.name);
    });
  });

/** Parses a header object; returns the header or the problems as `path: message` lines. */
export function parseHeader(raw: unknown): { header: QueryHeader } | { problems: string[] } {
  const parsed = queryHeaderSchema.safeParse(raw);
  if (parsed.success) return { header: parsed.data as QueryHeader };
  return {
    problems: parsed.error.issues.map((issue) => {
      const where = issue.path.map(String).join('.');
      return where ? `${where}: ${issue.message}` : issue.message;
    }),
  };
}
