// Finding a Java 17+ runtime for the embedded Neo4j, with an error that says what to install instead.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ThreadlineDbError } from './errors.js';

const execFileAsync = promisify(execFile);

export const MIN_JAVA_MAJOR = 17;

export interface JavaRuntime {
  /** The java executable to spawn. */
  path: string;
  /** As printed by `java -version`, e.g. `17.0.15`. */
  version: string;
  major: number;
}

const HOW_TO_FIX =
  `Install a Java ${MIN_JAVA_MAJOR}+ runtime (Debian/Ubuntu: apt-get install openjdk-17-jre-headless; ` +
  'macOS: brew install openjdk@17) and set JAVA_HOME or put java on PATH, ' +
  'or set NEO4J_URI (with NEO4J_USERNAME/NEO4J_PASSWORD) to use an existing Neo4j 5 server instead.';

/** JAVA_HOME/bin/java when JAVA_HOME is set (it is the user's explicit choice), else `java` from PATH. */
export async function findJava(env: NodeJS.ProcessEnv = process.env): Promise<JavaRuntime> {
  const javaHome = env.JAVA_HOME?.trim();
  const path = javaHome ? join(javaHome, 'bin', 'java') : 'java';
  const where = javaHome ? `JAVA_HOME (${javaHome})` : 'PATH';
  let output: string;
  try {
    // `java -version` writes to stderr on every JDK vendor.
    const { stdout, stderr } = await execFileAsync(path, ['-version'], { timeout: 15_000 });
    output = `${stderr}${stdout}`;
  } catch (err) {
    throw new ThreadlineDbError('JAVA_MISSING', `Java was not found in ${where}. ${HOW_TO_FIX}`, {
      cause: err,
    });
  }
  const version = /version "([^"]+)"/.exec(output)?.[1] ?? 'unknown';
  const major = parseJavaMajor(version);
  if (major < MIN_JAVA_MAJOR) {
    throw new ThreadlineDbError(
      'JAVA_MISSING',
      `Java ${version} (from ${where}) is too old: Neo4j 5 needs Java ${MIN_JAVA_MAJOR} or newer. ${HOW_TO_FIX}`,
    );
  }
  return { path, version, major };
}

/** "1.8.0_392" -> 8, "17.0.15" -> 17, "21" -> 21, anything unparseable -> 0. */
export function parseJavaMajor(version: string): number {
  const parts = version.split(/[.+_-]/).map((p) => Number.parseInt(p, 10));
  const first = parts[0] ?? Number.NaN;
  if (first === 1) return parts[1] ?? 0;
  return Number.isFinite(first) ? first : 0;
}
