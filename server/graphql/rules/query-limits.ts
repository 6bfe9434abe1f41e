// Validation rules that refuse queries too deep or too costly before anything runs (QUERY_REFUSED).
import {
  type ASTVisitor,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

/** Deepest selection nesting accepted. Defaults to 10. */
export const MAX_DEPTH = 10;
/**
 * Highest estimated cost accepted: fields counted, times the `limit` of every field above them. A
 * 10,000-node network with every node and edge field costs about 200,000. Defaults to 250_000.
 */
export const MAX_COST = 250_000;

// A `limit` given as a variable is unknown while validating: assume the most a resolver accepts.
const UNKNOWN_LIMIT = 1000;

const refused = (message: string) => new GraphQLError(message, { extensions: { code: 'QUERY_REFUSED' } });

function limitOf(
  field: GraphQLField<unknown, unknown>,
  args: readonly { name: { value: string }; value: ValueNode }[],
) {
  const arg = field.args.find((a) => a.name === 'limit');
  if (!arg) return 1;
  const given = args.find((a) => a.name.value === 'limit')?.value;
  if (!given) return typeof arg.defaultValue === 'number' ? arg.defaultValue : UNKNOWN_LIMIT;
  return given.kind === Kind.INT ? Number(given.value) : UNKNOWN_LIMIT;
}

interface Measure {
  depth: number;
  cost: number;
}

function measure(
  context: ValidationContext,
  set: SelectionSetNode,
  parent: GraphQLNamedType,
  seen: Set<string>,
  // Each named fragment measured once per operation: a fragment that spreads the next one twice, 30 deep,
  // would otherwise be walked 2^30 times (found by the fuzz test as a CPU hang).
  fragments: Map<string, Measure>,
): Measure {
  let depth = 0;
  let cost = 0;
  for (const selection of set.selections) {
    let inner: Measure = { depth: 0, cost: 0 };
    if (selection.kind === Kind.FIELD) {
      // Introspection (__schema, __type) is bounded by the schema itself and tools need it deep.
      if (selection.name.value.startsWith('__')) continue;
      if (!isObjectType(parent) && !isInterfaceType(parent)) continue;
      const field = parent.getFields()[selection.name.value];
      if (!field) continue;
      const child = selection.selectionSet
        ? measure(context, selection.selectionSet, getNamedType(field.type), seen, fragments)
        : { depth: 0, cost: 0 };
      // A `limit` bounds what the field returns, whether a list or an object holding lists (a neighborhood).
      const factor = limitOf(field, selection.arguments ?? []);
      inner = { depth: child.depth + 1, cost: 1 + factor * child.cost };
    } else {
      const known = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : undefined;
      let fragment: { selectionSet: SelectionSetNode; typeName?: string } | undefined;
      if (known) {
        inner = known;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        fragment = { selectionSet: selection.selectionSet, typeName: selection.typeCondition?.name.value };
      } else if (!seen.has(selection.name.value)) {
        const def: FragmentDefinitionNode | undefined =
          context.getFragment(selection.name.value) ?? undefined;
        if (def) fragment = { selectionSet: def.selectionSet, typeName: def.typeCondition.name.value };
      }
      if (fragment) {
        const type = fragment.typeName ? context.getSchema().getType(fragment.typeName) : parent;
        const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : undefined;
        if (name) seen.add(name);
        if (type) inner = measure(context, fragment.selectionSet, type, seen, fragments);
        if (name) {
          seen.delete(name);
          fragments.set(name, inner);
        }
      }
    }
    depth = Math.max(depth, inner.depth);
    cost += inner.cost;
  }
  return { depth, cost };
}

/** One rule for both limits, so each operation is walked once. */
export function queryLimitsRule(maxDepth = MAX_DEPTH, maxCost = MAX_COST) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const root =
        node.operation === 'mutation'
          ? context.getSchema().getMutationType()
          : context.getSchema().getQueryType();
      if (!root) return;
      const { depth, cost } = measure(context, node.selectionSet, root, new Set(), new Map());
      if (depth > maxDepth)
        context.reportError(refused(`The query is ${depth} levels deep; the limit is ${maxDepth}`));
      if (cost > maxCost) {
        context.reportError(refused(`The query's estimated cost is ${cost}; the limit is ${maxCost}`));
      }
    },
  });
}
