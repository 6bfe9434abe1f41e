// zod schemas for property values, derived from the model's property specs.
import { z } from 'zod';
import type { PropertySpec } from '../../model/index.js';

const MAX_STRING = 10_000;
const MAX_LIST = 1_000;

// Partial dates are common in lists ("DOB 1970", "circa 1970-05"): year, month or day precision.
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const scalar = {
  string: () => z.string().trim().min(1, 'must not be empty').max(MAX_STRING),
  int: () => z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER),
  float: () => z.number().finite(),
  boolean: () => z.boolean(),
  date: () => z.string().trim().regex(DATE, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD'),
  datetime: () =>
    z
      .string()
      .trim()
      .refine(
        (s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)),
        'must be an ISO date-time',
      )
      .transform((s) => new Date(s).toISOString()),
} as const;

export function propertySchema(spec: PropertySpec): z.ZodType {
  let value: z.ZodType = spec.values
    ? z.enum(spec.values as [string, ...string[]], { message: `must be one of ${spec.values.join(', ')}` })
    : scalar[spec.type]();
  if (spec.list) {
    value = z
      .array(value)
      .max(MAX_LIST)
      .transform((items) => [...new Set(items as string[])]);
  }
  return value;
}
