// Clusters: a front company's network and detected communities, both drawn as compound nodes.
import { graphql } from './__generated__/gql.js';
import { gql } from './client.js';
import type { Cluster, ClusterSummary } from './types.js';

const FrontCompanyNetworkQuery = graphql(`
  query FrontCompanyNetwork($id: ID!, $limit: Int) {
    frontCompanyNetwork(id: $id, limit: $limit) {
      ...ClusterFields
    }
  }
`);

const CommunitiesQuery = graphql(`
  query Communities($minSize: Int, $limit: Int) {
    communities(minSize: $minSize, limit: $limit) {
      ...SummaryFields
    }
  }
`);

const CommunityQuery = graphql(`
  query Community($id: ID!, $limit: Int) {
    community(id: $id, limit: $limit) {
      ...ClusterFields
    }
  }
`);

export async function frontCompanyNetwork(id: string, limit = 2000): Promise<Cluster> {
  return (await gql(FrontCompanyNetworkQuery, { id, limit })).frontCompanyNetwork;
}

export async function communities(minSize = 3, limit = 20): Promise<ClusterSummary[]> {
  return (await gql(CommunitiesQuery, { minSize, limit })).communities;
}

export async function community(id: string, limit = 2000): Promise<Cluster | null> {
  return (await gql(CommunityQuery, { id, limit })).community ?? null;
}
