// Database settings: the NEO4J_* / THREADLINE_* environment variables, read once into a typed object.
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two levels above server/db). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface DbConfig {
  /** NEO4J_URI. Default: unset, which means "start the embedded Neo4j". neo4j://, neo4j+s://, bolt:// all work. */
  uri: string | undefined;
  /** NEO4J_USERNAME. Default `neo4j`. */
  username: string;
  /** NEO4J_PASSWORD. Default: unset (the embedded Neo4j generates its own and stores it in its data folder). */
  password: string | undefined;
  /** NEO4J_DATABASE. Default `neo4j`. */
  database: string;
  /** THREADLINE_DATA_DIR. Default `<repo>/.threadline`; the embedded store lives in `<dataDir>/neo4j`. */
  dataDir: string;
  /** NEO4J_BOLT_PORT. Default 7687; when the default is taken by another program a free port is used instead. */
  boltPort: number;
  /** True when NEO4J_BOLT_PORT was set: then a busy port is an error rather than silently replaced. */
  boltPortExplicit: boolean;
  /** NEO4J_HEAP: the embedded JVM's -Xmx. Default `2g`. */
  heap: string;
  /** NEO4J_PAGECACHE: the embedded Neo4j page cache (server.memory.pagecache.size). Default `2g`. */
  pageCache: string;
}

export const DB_DEFAULTS = {
  username: 'neo4j',
  database: 'neo4j',
  boltPort: 7687,
  heap: '2g',
  pageCache: '2g',
} as const;

// JVM-style sizes as both `-Xmx` and Neo4j's ByteUnit parser accept them: 512m, 2g, 1024k.
const SIZE = /^\d+[kmg]?$/i;

export function readDbConfig(env: NodeJS.ProcessEnv = process.env): DbConfig {
  const port = nonEmpty(env.NEO4J_BOLT_PORT);
  return {
    uri: nonEmpty(env.NEO4J_URI),
    username: nonEmpty(env.NEO4J_USERNAME) ?? DB_DEFAULTS.username,
    password: env.NEO4J_PASSWORD === undefined || env.NEO4J_PASSWORD === '' ? undefined : env.NEO4J_PASSWORD,
    database: nonEmpty(env.NEO4J_DATABASE) ?? DB_DEFAULTS.database,
    dataDir: resolveDir(nonEmpty(env.THREADLINE_DATA_DIR) ?? join(REPO_ROOT, '.threadline')),
    boltPort: port === undefined ? DB_DEFAULTS.boltPort : parsePort(port),
    boltPortExplicit: port !== undefined,
    heap: parseSize('NEO4J_HEAP', nonEmpty(env.NEO4J_HEAP) ?? DB_DEFAULTS.heap),
    pageCache: parseSize('NEO4J_PAGECACHE', nonEmpty(env.NEO4J_PAGECACHE) ?? DB_DEFAULTS.pageCache),
  };
}

/** Where the embedded launcher keeps its store, logs and generated password. */
export const embeddedStoreDir = (config: Pick<DbConfig, 'dataDir'>): string => join(config.dataDir, 'neo4j');

function nonEmpty(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t ? t : undefined;
}

function resolveDir(dir: string): string {
  // Relative paths are taken from the repository root, not the cwd, so every npm script agrees on one store.
  return isAbsolute(dir) ? dir : resolve(REPO_ROOT, dir);
}

function parsePort(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new Error(`NEO4J_BOLT_PORT must be a port number between 1 and 65535, got "${v}"`);
  }
  return n;
}

function parseSize(name: string, v: string): string {
  if (!SIZE.test(v)) throw new Error(`${name} must be a size such as 512m or 2g, got "${v}"`);
  return v.toLowerCase();
}
