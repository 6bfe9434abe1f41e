// The benchmarks' and load test's GraphQL-over-HTTP client: keep-alive sockets and node:http, so the client costs
// little of the 2 cores. Every answer is classified (ok, or the error code); `graphqlClient` throws instead.
import { Agent, request } from 'node:http';

export interface Answer<T = unknown> {
  ok: boolean;
  status: number;
  data?: T;
  /** The first error's code (or NETWORK / HTTP_<status>) when not ok. */
  code?: string;
  message?: string;
}

export interface AnsweringClient {
  /** Posts one operation; never throws: failures come back as answers that are not ok. */
  post<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<Answer<T>>;
  close(): void;
}

export interface GraphQLClient {
  /** Posts one operation; throws on HTTP errors and GraphQL `errors`. */
  post<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): void;
}

/** `headers` go with every request (e.g. `authorization: Bearer <api key>`). */
export function answeringClient(endpoint: string, headers: Record<string, string> = {}): AnsweringClient {
  const url = new URL(endpoint);
  // Enough sockets for the widest workload (c=16, or 16 investigators + 1 writer) and more: no call queues here.
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

/** The same client, throwing on any answer that is not ok (the error's message, else its code). */
export function graphqlClient(endpoint: string, headers: Record<string, string> = {}): GraphQLClient {
  const client = answeringClient(endpoint, headers);
  const post = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    const answer = await client.post<T>(query, variables);
    if (!answer.ok) throw new Error(answer.message ?? `${answer.code}`);
    return answer.data as T;
  };
  return { post, close: client.close };
}
