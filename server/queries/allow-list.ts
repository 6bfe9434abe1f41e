// Which procedures and namespaced functions an analyst's query may call: read-only ones, by name.
// Why an allow-list and not a deny-list: APOC alone has hundreds of procedures, some of which write,
// read files or URLs, or run nested Cypher (apoc.cypher.run would hide a query from our checks).

/** Procedures by exact name, plus GDS algorithms in stream mode (they read a projected graph). */
const PROCEDURES = new Set([
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
  'apoc.path.expand',
  'apoc.path.expandConfig',
  'apoc.path.subgraphNodes',
  'apoc.path.subgraphAll',
  'apoc.path.spanningTree',
  'apoc.neighbors.athop',
  'apoc.neighbors.byhop',
  'apoc.neighbors.tohop',
]);
const PROCEDURE_PATTERNS = [/^gds(\.[A-Za-z0-9]+)+\.stream$/];

/** Function namespaces (lower case, as Cypher matches function names case-insensitively). */
const FUNCTION_NAMESPACES = [
  'date',
  'datetime',
  'localdatetime',
  'localtime',
  'time',
  'duration',
  'point',
  'vector.similarity',
  'apoc.agg',
  'apoc.any',
  'apoc.bitwise',
  'apoc.coll',
  'apoc.convert',
  'apoc.date',
  'apoc.hashing',
  'apoc.label',
  'apoc.map',
  'apoc.math',
  'apoc.meta.cypher',
  'apoc.node',
  'apoc.number',
  'apoc.path',
  'apoc.rel',
  'apoc.scoring',
  'apoc.temporal',
  'apoc.text',
  'apoc.util',
  'gds.similarity',
  'gds.util',
];
// Inside an allowed namespace, a name that only wastes database time.
const FUNCTION_EXCEPTIONS = ['apoc.util.sleep'];

export function isAllowedProcedure(name: string): boolean {
  return PROCEDURES.has(name) || PROCEDURE_PATTERNS.some((re) => re.test(name));
}

export function isAllowedFunction(name: string): boolean {
  const lower = name.toLowerCase();
  if (FUNCTION_EXCEPTIONS.includes(lower)) return false;
  return FUNCTION_NAMESPACES.some((ns) => lower.startsWith(`${ns}.`));
}
