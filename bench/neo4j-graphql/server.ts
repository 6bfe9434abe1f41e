// A second Apollo server in the bench process, serving the @neo4j/graphql schema over the same database.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';
import { freePort } from '../../server/db/index.js';
import { neo4jGraphqlTypeDefs } from './type-defs.js';

export interface Neo4jGraphqlServer {
  url: string;
  stop(): Promise<void>;
}

export async function startNeo4jGraphql(driver: Driver): Promise<Neo4jGraphqlServer> {
  const neoSchema = new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs(), driver });
  const server = new ApolloServer({ schema: await neoSchema.getSchema() });
  const { url } = await startStandaloneServer(server, {
    listen: { port: await freePort(), host: '127.0.0.1' },
  });
  return { url, stop: () => server.stop() };
}
