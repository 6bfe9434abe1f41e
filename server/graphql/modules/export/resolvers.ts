// exportGraph: a bounded scope written in memory by the shared interop writers, capped.

import { exportFilename, MEDIA_TYPES } from '../../../interop/export-files.js';
import { exportGraph } from '../../../interop/export-graph.js';
import { stringSink } from '../../../interop/file-sink.js';
import { countEntities, graphqlExportCap, openExport, resultTooLarge } from '../../../interop/open-export.js';
import { checkScope, scopeSlug } from '../../../interop/scope/export-scope.js';
import { requireQueryRole } from '../../../queries/query-roles.js';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { unmaskFor } from '../../args.js';

export const resolvers: Resolvers = {
  Query: {
    exportGraph: async (_parent, { format, scope: input }, ctx) => {
      const scope = checkScope(input);
      // A query result is an analyst's query run: the same role as running it.
      if (scope.kind === 'query') requireQueryRole(ctx.principal);
      const cap = graphqlExportCap();
      if (scope.kind === 'all') {
        const entities = await countEntities(ctx.db);
        if (entities > cap) throw resultTooLarge(entities, cap);
      }
      const opened = await openExport(ctx.db, scope, { unmask: unmaskFor(ctx) });
      try {
        const size = opened.size ? opened.size.nodes + opened.size.relationships : 0;
        if (size > cap) throw resultTooLarge(size, cap);
        const main = stringSink();
        const edges = stringSink();
        const counts = await exportGraph(format, opened.graph, main, edges);
        // The whole graph is only counted by nodes beforehand; its relationships may still tip it over.
        if (counts.nodes + counts.relationships > cap) {
          throw resultTooLarge(counts.nodes + counts.relationships, cap);
        }
        const slug = scopeSlug(scope);
        return {
          filename: exportFilename(format, slug),
          mediaType: MEDIA_TYPES[format],
          content: main.text(),
          nodeCount: counts.nodes,
          edgeCount: counts.relationships,
          truncated: opened.truncated,
          edgeFile:
            format === 'csv'
              ? {
                  filename: exportFilename(format, slug, 'edges'),
                  mediaType: MEDIA_TYPES.csv,
                  content: edges.text(),
                }
              : null,
        };
      } finally {
        await opened.close();
      }
    },
  },
};
