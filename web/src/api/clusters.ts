// Clusters: a front company's network and detected communities, both drawn as compound nodes.
import { gql } from './client.js';
import { GRAPH_FIELDS, SUMMARY_FIELDS } from './fragments.js';
import type { Cluster, ClusterSummary } from './types.js';

export async function frontCompanyNetwork(id: string, limit = 2000): Promise<Cluster> {
  const data = await gql<{ frontCompanyNetwork: Cluster }>(
    `query FrontCompanyNetwork($id: ID!, $limit: Int) { frontCompanyNetwork(id: $id, limit: $limit) {
      summary { ${SUMMARY_FIELDS} } ${GRAPH_FIELDS} truncated } }`,
    { id, limit },
  );
  return data.frontCompanyNetwork;
}

export async function communities(minSize = 3, limit = 20): Promise<ClusterSummary[]> {
  const data = await gql<{ communities: ClusterSummary[] }>(
    `query Communities($minSize: Int, $limit: Int) { communities(minSize: $minSize, limit: $limit) { ${SUMMARY_FIELDS} } }`,
    { minSize, limit },
  );
  return data.communities;
}

export async function community(id: string, limit = 2000): Promise<Cluster | null> {
  const data = await gql<{ community: Cluster | null }>(
    `query Community($id: ID!, $limit: Int) { community(id: $id, limit: $limit) {
      summary { ${SUMMARY_FIELDS} } ${GRAPH_FIELDS} truncated } }`,
    { id, limit },
  );
  return data.community;
}
