// Wraps every root Query and Mutation field with the policy check, so no operation runs for a caller who may
// not run it, whether the request came over HTTP or through executeOperation.
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  type GraphQLFieldConfig,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { ThreadlineError } from '../errors/threadline-error.js';
import type { GraphQLContext, Principal } from '../graphql/context.js';
import { forbidden, unauthenticated, withStatus } from './auth-errors.js';
import { type Requirement, requirementOf } from './policy.js';
import { isAuthenticated } from './principals.js';
import { hasPermission } from './roles.js';

export class MissingPolicyError extends Error {
  constructor(readonly fields: readonly string[]) {
    super(`No authorization policy for ${fields.join(', ')}: add them to server/auth/policy.ts`);
    this.name = 'MissingPolicyError';
  }
}

/** Throws UNAUTHENTICATED or FORBIDDEN (ThreadlineErrors) unless the principal meets the requirement. */
export function checkPermission(
  principal: Principal | null | undefined,
  requirement: Requirement,
  what: string,
) {
  if (!isAuthenticated(principal)) throw unauthenticated();
  if (requirement === 'authenticated') return;
  if (!hasPermission(principal.roles, requirement)) {
    throw forbidden(`${what} needs the permission ${requirement}, which your roles do not grant`);
  }
}

/** As checkPermission, as a GraphQL error carrying its HTTP status: 401 or 403. */
export function authorize(
  context: Partial<GraphQLContext> | undefined,
  requirement: Requirement,
  field: string,
) {
  try {
    checkPermission(context?.principal, requirement, field);
  } catch (error) {
    const cause = error as ThreadlineError;
    throw withStatus(cause, cause.code === 'UNAUTHENTICATED' ? 401 : 403);
  }
}

/** The schema with every root field checked first; a root field the policy lacks fails the build. */
export function withAuthorization(schema: GraphQLSchema): GraphQLSchema {
  const missing: string[] = [];
  const guarded = mapSchema(schema, {
    [MapperKind.QUERY_ROOT_FIELD]: (config, fieldName) => wrap(config, fieldName, 'Query', missing),
    [MapperKind.MUTATION_ROOT_FIELD]: (config, fieldName) => wrap(config, fieldName, 'Mutation', missing),
    [MapperKind.SUBSCRIPTION_ROOT_FIELD]: (_config, fieldName) => {
      missing.push(`Subscription.${fieldName}`);
      return undefined;
    },
  });
  if (missing.length > 0) throw new MissingPolicyError(missing);
  return guarded;
}

type FieldConfig = GraphQLFieldConfig<unknown, GraphQLContext>;

function wrap(config: FieldConfig, fieldName: string, typeName: string, missing: string[]): FieldConfig {
  const requirement = requirementOf(typeName, fieldName);
  if (!requirement) {
    missing.push(`${typeName}.${fieldName}`);
    return config;
  }
  const resolve: GraphQLFieldResolver<unknown, GraphQLContext> = config.resolve ?? defaultFieldResolver;
  return {
    ...config,
    resolve: (source, args, context: GraphQLContext | undefined, info) => {
      authorize(context, requirement, `${typeName}.${fieldName}`);
      return resolve(source, args, context as GraphQLContext, info);
    },
  };
}
