// The shapes analysis returns: clusters (a front company's network, a community) and centrality scores.
import type { Edge, KindCount, Node } from '../graphql/__generated__/resolvers-types.js';

export interface ClusterSummaryView {
  /** Stable for a given graph: the anchor's id for a network, `com:…` for a community (community-id.ts). */
  id: string;
  label: string;
  anchor: Node | null;
  /** Members by kind, largest first. */
  counts: KindCount[];
  /** The best-connected members, most connected first. */
  keyMembers: Node[];
  memberCount: number;
  /** Money (in USD) flowing into the cluster's wallets and accounts from outside it (flows.ts). */
  totalFlowUsd: number;
}

export interface ClusterView {
  summary: ClusterSummaryView;
  nodes: Node[];
  edges: Edge[];
  truncated: boolean;
}

export interface CentralityScoreView {
  node: Node;
  score: number;
}
