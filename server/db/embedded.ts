// Embedded Neo4j: spawns the Java launcher (neo4j-launcher/), waits for its READY line, owns the child.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { DB_DEFAULTS, REPO_ROOT } from './config.js';
import { ThreadlineDbError } from './errors.js';
import { findJava } from './java.js';

export interface EmbeddedOptions {
  /** Neo4j home: store, logs and the generated `password` file. Created if missing, reused if present. */
  dataDir: string;
  /** Bolt port on 127.0.0.1. */
  port: number;
  /** db.transaction.timeout in seconds. Default 60 (the launcher's); a bulk load on a busy machine needs more. */
  txTimeoutSeconds?: number;
  /** JVM -Xmx. Default `2g`. */
  heap?: string;
  /** Neo4j page cache. Default `2g`. */
  pageCache?: string;
  /** Receives the launcher's progress lines (and anything else the JVM prints on stderr). */
  log?: (line: string) => void;
  /** A java executable; default: found by findJava() (JAVA_HOME, then PATH). */
  javaPath?: string;
  /** How long to wait for the READY line. Default 120 s: a cold start with GDS takes 20-40 s on 2 cores. */
  startTimeoutMs?: number;
  /** The launcher project folder. Default `<repo>/neo4j-launcher`. */
  launcherDir?: string;
}

export interface EmbeddedNeo4j {
  uri: string;
  username: string;
  password: string;
  database: 'neo4j';
  dataDir: string;
  port: number;
  pid: number | undefined;
  /** SIGTERM, then waits for a clean shutdown (SIGKILL after 20 s). Safe to call more than once. */
  stop(): Promise<void>;
}

const READY = 'THREADLINE_NEO4J_READY ';
const ERROR = 'THREADLINE_NEO4J_ERROR ';
const STOP_GRACE_MS = 20_000;
const KEEP_STDERR_LINES = 40;

// Neo4j's own launcher passes these: without them the page cache falls back to slower buffer handling
// and Netty logs reflection warnings.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+ExitOnOutOfMemoryError',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
];

export async function startEmbeddedNeo4j(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? (() => {});
  const dataDir = resolve(opts.dataDir);
  const target = join(opts.launcherDir ?? join(REPO_ROOT, 'neo4j-launcher'), 'target');
  assertLauncherBuilt(target);
  const java = opts.javaPath ?? (await findJava()).path;
  await mkdir(dataDir, { recursive: true });

  // The plugin jars go on the classpath as well as in the plugin dir, exactly as Neo4j's own server
  // does (lib/*:plugins/*): APOC and GDS register kernel extensions through ServiceLoader, which only
  // sees the application classpath; the plugin dir alone leaves their procedures uninjectable.
  // plugin-lib holds the plugins' own libraries, kept out of the plugin dir so Neo4j does not scan them.
  const classpath = ['classes', join('lib', '*'), join('plugin-lib', '*'), join('plugins', '*')]
    .map((p) => join(target, p))
    .join(delimiter);
  const heap = opts.heap ?? DB_DEFAULTS.heap;
  const args = [
    // Neo4j warns unless the initial heap is set; equal sizes avoid resizing pauses. Unused heap is only
    // reserved address space, not resident memory.
    `-Xms${heap}`,
    `-Xmx${heap}`,
    ...JVM_FLAGS,
    '-cp',
    classpath,
    'threadline.EmbeddedNeo4j',
    '--data',
    dataDir,
    '--port',
    String(opts.port),
    '--pagecache',
    opts.pageCache ?? DB_DEFAULTS.pageCache,
    '--plugins',
    join(target, 'plugins'),
    ...(opts.txTimeoutSeconds === undefined ? [] : ['--tx-timeout', String(opts.txTimeoutSeconds)]),
  ];

  // stdin stays a pipe we never write to: when this process dies, however it dies, the OS closes it
  // and the launcher shuts Neo4j down on EOF.
  const child = spawn(java, args, { stdio: ['pipe', 'pipe', 'pipe'], cwd: REPO_ROOT, env: process.env });
  child.stdin?.on('error', () => {}); // EPIPE after the child exited is expected, not a crash

  const exited = new Promise<void>((res) => {
    child.once('exit', () => res());
    child.once('error', () => res());
  });
  // 'close' comes after 'exit' once stdout/stderr are drained, so the launcher's last words are read.
  const closed = new Promise<void>((res) => {
    child.once('close', () => res());
    child.once('error', () => res());
  });
  const killOnExit = () => {
    // 'exit' handlers must be synchronous: SIGTERM is all we can do; the JVM's hook does the rest.
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);

  const recent: string[] = [];
  let reported: { code: string; message: string } | undefined;
  if (child.stderr) {
    createInterface({ input: child.stderr }).on('line', (line) => {
      recent.push(line);
      if (recent.length > KEEP_STDERR_LINES) recent.shift();
      if (line.startsWith(ERROR)) {
        const rest = line.slice(ERROR.length);
        const space = rest.indexOf(' ');
        reported = { code: rest.slice(0, space), message: rest.slice(space + 1) };
      }
      log(line.replace(/^\[neo4j-launcher\] /, 'neo4j: '));
    });
  }

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }
      child.stdin?.destroy();
    })();
    return stopping;
  };

  try {
    const uri = await waitForReady(child, closed, opts.startTimeoutMs ?? 120_000, (why) =>
      failure(why, dataDir, opts.port, reported, recent),
    );
    const password = (await readFile(join(dataDir, 'password'), 'utf8')).trim();
    // Nothing of the child should keep this event loop alive: a script that forgets stop() still ends,
    // and the exit handler plus the stdin EOF take the JVM down with it.
    child.unref();
    for (const stream of [child.stdin, child.stdout, child.stderr]) {
      (stream as unknown as { unref?: () => void } | null)?.unref?.();
    }
    return {
      uri,
      username: 'neo4j',
      password,
      database: 'neo4j',
      dataDir,
      port: opts.port,
      pid: child.pid,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

function assertLauncherBuilt(target: string): void {
  if (!existsSync(join(target, 'classes', 'threadline', 'EmbeddedNeo4j.class'))) {
    throw new ThreadlineDbError(
      'JAVA_MISSING',
      `The embedded Neo4j launcher is not built (${target} is missing). Run "node scripts/install-launcher.mjs" ` +
        '(needs Java 17+ and Maven), or set NEO4J_URI to use an existing Neo4j 5 server.',
    );
  }
}

function waitForReady(
  child: ChildProcess,
  closed: Promise<void>,
  timeoutMs: number,
  explain: (why: string) => ThreadlineDbError,
): Promise<string> {
  return new Promise<string>((resolveReady, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(
      () => settle(() => reject(explain(`it did not become ready within ${Math.round(timeoutMs / 1000)} s`))),
      timeoutMs,
    );
    child.once('error', (err) =>
      settle(() =>
        reject(
          new ThreadlineDbError('JAVA_MISSING', `Could not start java: ${err.message}`, {
            cause: err,
          }),
        ),
      ),
    );
    if (child.stdout) {
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (line.startsWith(READY)) settle(() => resolveReady(line.slice(READY.length).trim()));
      });
    }
    void closed.then(() => settle(() => reject(explain('it exited before it was ready'))));
  });
}

/** Turns what the launcher said before dying into one actionable error. */
function failure(
  why: string,
  dataDir: string,
  port: number,
  reported: { code: string; message: string } | undefined,
  recent: readonly string[],
): ThreadlineDbError {
  if (reported?.code === 'STORE_LOCKED') {
    return new ThreadlineDbError(
      'STORE_LOCKED',
      `Another Threadline/Neo4j is using ${dataDir}; stop it or set THREADLINE_DATA_DIR to another folder.`,
    );
  }
  if (reported?.code === 'PORT_IN_USE') {
    return new ThreadlineDbError(
      'PORT_IN_USE',
      `Port ${port} on 127.0.0.1 is already in use; stop what uses it or set NEO4J_BOLT_PORT to a free port.`,
    );
  }
  const tail = recent.filter((l) => l.trim() !== '').slice(-12);
  const detail = reported ? `${reported.code}: ${reported.message}` : why;
  return new ThreadlineDbError(
    'DATABASE_UNAVAILABLE',
    `The embedded Neo4j (data in ${dataDir}) failed to start: ${detail}.` +
      (tail.length ? `\nLast launcher output:\n  ${tail.join('\n  ')}` : '') +
      `\nNeo4j's own log: ${join(dataDir, 'logs', 'debug.log')}`,
  );
}
