// Test-only strategy: a throwaway neo4j:5.26 container, used when a Docker engine answers.
import { randomBytes } from 'node:crypto';
import type { Neo4jConnection } from '../../server/db/provision.js';

export const TEST_NEO4J_IMAGE = 'neo4j:5.26';

export async function startNeo4jContainer(log: (line: string) => void): Promise<Neo4jConnection> {
  // Imported here, never at the top: the package pulls in the Docker client, which runs without Docker
  // have no use for.
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const password = randomBytes(18).toString('base64url');
  log(`starting a ${TEST_NEO4J_IMAGE} container (Testcontainers)`);
  // APOC core ships inside the image (labs/); GDS would be downloaded at start, which a test run must not
  // depend on, so GDS is only checked against the embedded launcher.
  const container = await new Neo4jContainer(TEST_NEO4J_IMAGE).withPassword(password).withApoc().start();
  return {
    kind: 'testcontainers',
    uri: container.getBoltUri(),
    username: container.getUsername(),
    password: container.getPassword(),
    database: 'neo4j',
    stop: async () => {
      await container.stop();
    },
  };
}
