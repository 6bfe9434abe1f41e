// The load test's GraphQL client: keep-alive node:http, credentials on every request, and every answer
// classified (ok, or the error code) rather than thrown, so errors are counted, never lost.
import { Agent, request } from 'node:http';

export interface Answer<T = unknown> {
  ok: boolean;
  status: number;
  data?: T;
  /** The first error's code (or NETWORK / HTTP_<status>) when not ok. */
  code?: string;
  message?: string;
}

export interface LoadClient {
  post<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<Answer<T>>;
  close(): void;
}

export function loadClient(baseUrl: string, headers: Record<string, string> = {}): LoadClient {
  const url = new URL('/graphql', baseUrl);
  // 16 investigators + 1 writer each hold at most one request: no call ever queues inside the client.
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const post = <T>(query: string, variables: Record<string, unknown> = {}): Promise<Answer<T>> =>
    new Promise((resolve) => {
      const body = Buffer.from(JSON.stringify({ query, variables }));
      const req = request(
        {
          agent,
          hostname: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json', 'content-length': body.length },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            try {
              const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
                data?: T;
                errors?: { message: string; extensions?: { code?: string } }[];
              };
              const first = parsed.errors?.[0];
              if (first)
                resolve({
                  ok: false,
                  status,
                  code: first.extensions?.code ?? 'NO_CODE',
                  message: first.message,
                });
              else if (status !== 200) resolve({ ok: false, status, code: `HTTP_${status}` });
              else resolve({ ok: true, status, data: parsed.data as T });
            } catch (error) {
              resolve({ ok: false, status, code: `HTTP_${status}`, message: (error as Error).message });
            }
          });
          res.on('error', (error) =>
            resolve({ ok: false, status: 0, code: 'NETWORK', message: error.message }),
          );
        },
      );
      req.on('error', (error) => resolve({ ok: false, status: 0, code: 'NETWORK', message: error.message }));
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}
