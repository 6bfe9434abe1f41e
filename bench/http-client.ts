// A lean GraphQL-over-HTTP client: keep-alive sockets and node:http, so the client costs little of the 2 cores.
import { Agent, request } from 'node:http';

export interface GraphQLClient {
  /** Posts one operation; throws on HTTP errors and GraphQL `errors`. */
  post<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): void;
}

/** `headers` go with every request (e.g. `authorization: Bearer <api key>`). */
export function graphqlClient(endpoint: string, headers: Record<string, string> = {}): GraphQLClient {
  const url = new URL(endpoint);
  // Enough sockets for the widest workload (c=16) and more, so no call queues inside the client.
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const post = <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> =>
    new Promise((resolve, reject) => {
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
            try {
              const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
                data?: T;
                errors?: { message: string }[];
              };
              if (parsed.errors?.length) reject(new Error(parsed.errors.map((e) => e.message).join('; ')));
              else if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}`));
              else resolve(parsed.data as T);
            } catch (error) {
              reject(new Error(`HTTP ${res.statusCode}: ${(error as Error).message}`));
            }
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}
