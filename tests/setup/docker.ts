// Does a Docker engine answer? Asked before Testcontainers is even imported, so runs without Docker stay fast.
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';

const DEFAULT_SOCKET = '/var/run/docker.sock';

/** True when the engine at DOCKER_HOST (or the default socket) answers its /_ping endpoint in time. */
export async function dockerAnswers(
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = 1500,
): Promise<boolean> {
  const host = env.DOCKER_HOST?.trim();
  if (!host) return existsSync(DEFAULT_SOCKET) && ping({ socketPath: DEFAULT_SOCKET }, timeoutMs);
  if (host.startsWith('unix://')) return ping({ socketPath: host.slice('unix://'.length) }, timeoutMs);
  if (host.startsWith('tcp://')) {
    const url = new URL(host.replace(/^tcp:/, 'http:'));
    const port = Number(url.port || (env.DOCKER_TLS_VERIFY ? 2376 : 2375));
    // A TLS engine would need the client certificates to answer /_ping; an open port is evidence enough.
    if (env.DOCKER_TLS_VERIFY) return tcpOpen(url.hostname, port, timeoutMs);
    return ping({ host: url.hostname, port }, timeoutMs);
  }
  return false;
}

function ping(target: { socketPath: string } | { host: string; port: number }, timeoutMs: number) {
  return new Promise<boolean>((resolve) => {
    const req = request({ ...target, path: '/_ping', method: 'GET', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

function tcpOpen(host: string, port: number, timeoutMs: number) {
  return new Promise<boolean>((resolve) => {
    const socket = connect({ host, port, timeout: timeoutMs });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}
