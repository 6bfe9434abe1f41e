// docker-compose.yml and the Dockerfile, checked structurally (no Docker engine needed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '../../server/db/config.js';

interface Healthcheck {
  test: string[] | string;
  interval?: string;
  retries?: number;
}
interface Service {
  image?: string;
  build?: { context: string; dockerfile?: string } | string;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: Healthcheck;
  depends_on?: Record<string, { condition: string }>;
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const compose = parse(readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8')) as Compose;
const dockerfile = readFileSync(join(REPO_ROOT, 'Dockerfile'), 'utf8');
const neo4jService = compose.services.neo4j;
const app = compose.services.app;
const testText = (h: Healthcheck | undefined) =>
  Array.isArray(h?.test) ? h.test.join(' ') : (h?.test ?? '');

describe('docker-compose.yml', () => {
  it('has exactly the neo4j and app services', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'neo4j']);
  });

  describe('neo4j', () => {
    it('uses the official Neo4j 5.26 image with APOC and GDS', () => {
      expect(neo4jService?.image).toBe('neo4j:5.26');
      const plugins = JSON.parse(neo4jService?.environment?.NEO4J_PLUGINS ?? '[]') as string[];
      expect(plugins).toEqual(expect.arrayContaining(['apoc', 'graph-data-science']));
      expect(neo4jService?.environment?.NEO4J_dbms_security_procedures_unrestricted).toContain('gds.*');
    });

    it('takes its password from the environment, with no default', () => {
      const auth = neo4jService?.environment?.NEO4J_AUTH ?? '';
      expect(auth).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?/);
    });

    it('publishes Bolt and HTTP on loopback only', () => {
      expect(neo4jService?.ports).toEqual(
        expect.arrayContaining(['127.0.0.1:7687:7687', '127.0.0.1:7474:7474']),
      );
      for (const port of neo4jService?.ports ?? []) expect(port.startsWith('127.0.0.1:')).toBe(true);
    });

    it('keeps /data in a declared named volume', () => {
      const data = (neo4jService?.volumes ?? []).find((v) => v.endsWith(':/data'));
      expect(data).toBeDefined();
      const name = data?.split(':')[0] ?? '';
      expect(name).not.toMatch(/^[./~]/); // a named volume, not a bind mount
      expect(Object.keys(compose.volumes ?? {})).toContain(name);
    });

    it('is healthy only when cypher-shell can run a query', () => {
      expect(testText(neo4jService?.healthcheck)).toMatch(/cypher-shell .*RETURN 1/);
      expect(neo4jService?.healthcheck?.retries).toBeGreaterThan(0);
    });
  });

  describe('app', () => {
    it('is built from the Dockerfile and reaches Neo4j by service name', () => {
      const build = app?.build;
      expect(typeof build === 'string' ? build : build?.dockerfile).toBe('Dockerfile');
      expect(app?.environment?.NEO4J_URI).toBe('neo4j://neo4j:7687');
      expect(app?.environment?.NEO4J_PASSWORD).toContain('NEO4J_PASSWORD');
      expect(app?.environment?.PORT).toBe('4000');
      expect(app?.ports).toContain('127.0.0.1:4000:4000');
    });

    it('waits for a healthy Neo4j and reports its own readiness via /readyz', () => {
      expect(app?.depends_on?.neo4j?.condition).toBe('service_healthy');
      expect(testText(app?.healthcheck)).toContain('/readyz');
    });
  });
});

describe('Dockerfile', () => {
  it('builds a Node 20 image that skips the Java launcher and runs npm start', () => {
    expect(dockerfile).toMatch(/^FROM node:20\S*/m);
    expect(dockerfile).toMatch(/THREADLINE_SKIP_LAUNCHER=1/);
    expect(dockerfile).toMatch(/RUN npm ci/);
    expect(dockerfile).toMatch(/^CMD \["npm", "start"\]/m);
    expect(dockerfile).toMatch(/^EXPOSE 4000/m);
  });
});
