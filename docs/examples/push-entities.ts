// Integration example: push entities and links to Threadline over plain HTTP (`npx tsx docs/examples/push-entities.ts`).
// THREADLINE_URL defaults to http://localhost:4000; the origin header names this integration in `origins`.

const url = `${process.env.THREADLINE_URL ?? 'http://localhost:4000'}/graphql`;

const UPSERT = `mutation Push($input: UpsertInput!) {
  upsertEntities(input: $input) {
    entities { created updated unchanged }
    relationships { created updated unchanged }
    ids
  }
}`;

// One batch: a source backing every fact, two entities, one link between them by natural key.
const input = {
  source: {
    title: 'Example integration feed, 2024-06-01',
    publisher: 'Example CTI vendor',
    sourceType: 'integration',
    reliability: 'C',
  },
  facilitators: [{ name: 'Example Laptop Host', country: 'US', role: 'laptop farm host' }],
  addresses: [{ full: '100 Example Street, Springfield, IL 62701', city: 'Springfield', country: 'US' }],
  relationships: [
    {
      type: 'RESIDES_AT',
      from: { kind: 'Facilitator', key: { name: 'Example Laptop Host' } },
      to: { kind: 'Address', key: { full: '100 Example Street, Springfield, IL 62701' } },
      properties: { from: '2023-01', confidence: 0.8 },
    },
  ],
};

interface GraphQLResponse {
  data?: { upsertEntities: unknown } | null;
  errors?: { message: string; extensions?: { code?: string; retryable?: boolean; details?: unknown } }[];
}

async function push(attempt = 1): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      'x-threadline-origin': 'example-feed',
    },
    body: JSON.stringify({ query: UPSERT, variables: { input } }),
  });
  const body = (await response.json()) as GraphQLResponse;
  const error = body.errors?.[0];
  if (!error) return body.data?.upsertEntities;
  // Batches are idempotent, so a retryable error (the database restarting) can simply be retried.
  if (error.extensions?.retryable && attempt < 5) {
    await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    return push(attempt + 1);
  }
  throw new Error(
    `${error.extensions?.code}: ${error.message} ${JSON.stringify(error.extensions?.details ?? [])}`,
  );
}

console.log(JSON.stringify(await push(), null, 2));
