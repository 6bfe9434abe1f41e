// postinstall: builds the embedded Neo4j launcher (neo4j-launcher/) with Maven, once per source change.
//
// Never fails the install: people who point NEO4J_URI at their own server need neither Java nor Maven,
// so a missing toolchain or a failed build is reported loudly and the script still exits 0. The server
// says the same thing again, with the fix, if it later needs the launcher and it is not there.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const launcherDir = join(root, 'neo4j-launcher');
const targetDir = join(launcherDir, 'target');
const stampFile = join(targetDir, '.build-stamp');
const say = (line) => console.log(`[threadline] ${line}`);

const ALTERNATIVE =
  'Threadline can still use an existing Neo4j 5 server: set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.';

function main() {
  if (process.env.THREADLINE_SKIP_LAUNCHER === '1') {
    say('THREADLINE_SKIP_LAUNCHER=1: not building the embedded Neo4j launcher.');
    return;
  }
  if (!existsSync(join(launcherDir, 'pom.xml'))) {
    say('neo4j-launcher/pom.xml not found: nothing to build.');
    return;
  }

  const hash = sourceHash();
  if (isUpToDate(hash)) {
    say('embedded Neo4j launcher is up to date (neo4j-launcher/target).');
    return;
  }

  const java = checkJava();
  if (!java.ok) {
    warn(java.message);
    return;
  }
  const mvn = run('mvn', ['-v']);
  if (mvn.error || mvn.status !== 0) {
    warn(
      'Maven (mvn) was not found, so the embedded Neo4j launcher was not built.\n' +
        'Install Maven 3.8+ (Debian/Ubuntu: apt-get install maven; macOS: brew install maven), then run\n' +
        '  node scripts/install-launcher.mjs',
    );
    return;
  }

  // Jars from an older pom would otherwise sit on the launcher classpath next to the new ones.
  rmSync(join(targetDir, 'lib'), { recursive: true, force: true });
  rmSync(join(targetDir, 'plugins'), { recursive: true, force: true });
  rmSync(join(targetDir, 'plugin-lib'), { recursive: true, force: true });
  rmSync(stampFile, { force: true });

  say(`building the embedded Neo4j launcher with Java ${java.version} and Maven`);
  say('(the first build downloads about 150 MB of jars from Maven Central; later builds are offline)');
  const started = Date.now();
  const build = spawnSync(
    'mvn',
    ['-q', '-B', '-Dstyle.color=never', '-f', join(launcherDir, 'pom.xml'), 'package'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  // Maven 3.8 prints bare ANSI resets even with -B -q; only real messages are worth relaying.
  const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
  const output = `${build.stdout ?? ''}${build.stderr ?? ''}`.replace(ansi, '').trim();
  if (output) console.log(output);
  if (build.error || build.status !== 0) {
    warn(
      `the Maven build of neo4j-launcher failed (exit ${build.status ?? build.error?.message}); see the output above.\n` +
        'Retry with: node scripts/install-launcher.mjs',
    );
    return;
  }
  writeFileSync(stampFile, `${hash}\n`);
  const libs = countJars(join(targetDir, 'lib'));
  const plugins = countJars(join(targetDir, 'plugins')) + countJars(join(targetDir, 'plugin-lib'));
  say(
    `built neo4j-launcher in ${Math.round((Date.now() - started) / 1000)} s: ${libs} Neo4j jars, ${plugins} plugin jars (APOC, GDS).`,
  );
}

/** Hash of everything that changes the build output: the pom and the Java sources. */
function sourceHash() {
  const h = createHash('sha256');
  h.update(readFileSync(join(launcherDir, 'pom.xml')));
  for (const file of listFiles(join(launcherDir, 'src'))) {
    h.update(file.slice(launcherDir.length));
    h.update(readFileSync(file));
  }
  return h.digest('hex');
}

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else out.push(full);
  }
  return out.sort();
}

function isUpToDate(hash) {
  if (!existsSync(stampFile)) return false;
  if (readFileSync(stampFile, 'utf8').trim() !== hash) return false;
  // A stamp without its outputs (e.g. target/lib deleted by hand) must not stop a rebuild.
  return (
    existsSync(join(targetDir, 'classes', 'threadline', 'EmbeddedNeo4j.class')) &&
    countJars(join(targetDir, 'lib')) > 0
  );
}

function countJars(dir) {
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.jar')).length : 0;
}

function checkJava() {
  const javaHome = process.env.JAVA_HOME;
  const javaBin = javaHome ? join(javaHome, 'bin', 'java') : 'java';
  const res = run(javaBin, ['-version']);
  const where = javaHome ? `JAVA_HOME (${javaHome})` : 'PATH';
  if (res.error || res.status !== 0) {
    return {
      ok: false,
      message:
        `Java was not found in ${where}, so the embedded Neo4j launcher was not built.\n` +
        'Install a JDK 17 or newer (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven), then run\n' +
        '  node scripts/install-launcher.mjs',
    };
  }
  const text = `${res.stderr}${res.stdout}`;
  const match = /version "([^"]+)"/.exec(text);
  const version = match?.[1] ?? 'unknown';
  const major = parseJavaMajor(version);
  if (major < 17) {
    return {
      ok: false,
      message:
        `Java ${version} found in ${where}, but Neo4j 5 needs Java 17 or newer.\n` +
        'Install a JDK 17+ and point JAVA_HOME at it, then run\n  node scripts/install-launcher.mjs',
    };
  }
  return { ok: true, version };
}

/** "1.8.0_392" -> 8, "17.0.15" -> 17, "21" -> 21. */
function parseJavaMajor(version) {
  const parts = version.split(/[.+_-]/).map((p) => Number.parseInt(p, 10));
  const first = parts[0] ?? Number.NaN;
  if (first === 1) return parts[1] ?? 0;
  return Number.isFinite(first) ? first : 0;
}

function run(cmd, args) {
  return spawnSync(cmd, args, { encoding: 'utf8', cwd: root });
}

function warn(message) {
  console.warn('');
  console.warn('[threadline] WARNING: the embedded Neo4j launcher is not available.');
  for (const line of message.split('\n')) console.warn(`[threadline]   ${line}`);
  console.warn(`[threadline]   ${ALTERNATIVE}`);
  console.warn('');
}

main();
