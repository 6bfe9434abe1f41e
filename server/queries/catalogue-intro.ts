// The fixed opening of docs/queries.md: the header format, the checks and the limits, for analysts.
import { DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_MS, MAX_MAX_ROWS, MAX_TIMEOUT_MS } from './limits.js';

export const CATALOGUE_INTRO = `# Saved queries

Generated from the headers of \`cypher/queries/*.cypher\` by \`npm run generate\`
(\`scripts/generate-query-docs.ts\`): do not edit; a test fails when this file drifts.

Run one with \`npm run query -- <name> --param name=value … --format table|csv|json\` (\`--list\` lists them,
\`--cypher '…'\` runs ad-hoc Cypher), or through GraphQL: \`savedQueries\`, \`runSavedQuery(name, params)\`,
\`runCypher(cypher, params)\`, \`saveQuery(…)\`.

## How a query file looks

One query per file, named after the query. The file opens with a block of \`//\` lines holding YAML:

\`\`\`cypher
// name: laptop-farms            # kebab-case, equal to the file name
// title: Laptop farms
// description: >-
//   What it finds and why it matters.
// shows: both                    # table | graph | both: what the UI shows first
// tags: [infrastructure]
// parameters:
//   - name: minIdentities        # used in the Cypher as $minIdentities
//     type: int                  # string | int | float | boolean | date | id | kind
//     default: 2                 # or required: true
//     min: 2                     # optional bounds for int and float
//     description: Fewest identities at one address
MATCH …
\`\`\`

Every declared parameter must be used and every \`$name\` declared. Optional parameters without a default
are passed as null, so queries filter with \`$x IS NULL OR …\`. Retracted facts and merged entities are
excluded by each query; variable-length patterns are bounded.

## Checks and limits

- At start-up every file is parsed (header validated with zod), statically checked and EXPLAINed against
  the database. A file that fails is **reported by name and skipped**, not fatal: one broken query must not
  keep the platform from starting. The problems are logged, listed by \`npm run query -- --list\` and the
  \`savedQueryProblems\` query, and the integration tests fail on any broken file in the repository.
- Refused before the database sees the query (QUERY_REFUSED): write clauses (CREATE, MERGE, DELETE, DETACH,
  SET, REMOVE, FOREACH, and administration commands), \`LOAD CSV\`, \`file:\` URLs, \`CALL { … } IN
  TRANSACTIONS\`, and procedures or namespaced functions outside the read-only allow-list
  (\`server/queries/allow-list.ts\`). Comments and string literals are set aside first, so a keyword inside a
  string does not trip the check and one after a comment does not slip past it.
- Refused from the plan (QUERY_REFUSED): variable-length patterns without an upper bound.
- Every query runs in a READ transaction, so the database refuses any write the static check missed; with a
  time limit (default ${DEFAULT_TIMEOUT_MS} ms, at most ${MAX_TIMEOUT_MS} ms; QUERY_TIMEOUT names the limit) and a
  row cap (default ${DEFAULT_MAX_ROWS}, at most ${MAX_MAX_ROWS}; the result says \`truncated\`).
- Parameters are checked against the header (type, bounds, required, no undeclared names): BAD_USER_INPUT.
- Results: rows as JSON (entities as canvas nodes \`{id, kind, caption, grade, flags}\`, relationships as
  edges, paths as \`{nodes, edges, length}\`), and a \`graph\` of every node and edge in the rows. Victims'
  names are masked in nodes; properties an ad-hoc query returns directly are not.

Analysts also save queries at run time (\`saveQuery\`): stored in Neo4j as \`:SavedQuery\` with every
version as \`:SavedQueryVersion\`, validated like files; a file query's name is refused with CONFLICT.

## Catalogue
`;
