// Field selections shared by operations, so every query asks for nodes and edges the same way.
// GraphQL fragments that graphql-codegen reads (codegen.ts): operations name them (`...NodeFields`).
import { graphql } from './__generated__/gql.js';

export const NodeFields = graphql(`
  fragment NodeFields on Node {
    id
    kind
    caption
    grade
    flags
  }
`);

export const EdgeFields = graphql(`
  fragment EdgeFields on Edge {
    id
    type
    source
    target
    caption
    date
    amount
    currency
    confidence
    grade
    flags
  }
`);

export const SummaryFields = graphql(`
  fragment SummaryFields on ClusterSummary {
    id
    label
    anchor {
      ...NodeFields
    }
    counts {
      kind
      count
    }
    keyMembers {
      ...NodeFields
    }
    memberCount
    totalFlowUsd
  }
`);

export const ClusterFields = graphql(`
  fragment ClusterFields on Cluster {
    summary {
      ...SummaryFields
    }
    nodes {
      ...NodeFields
    }
    edges {
      ...EdgeFields
    }
    truncated
  }
`);

export const ResultFields = graphql(`
  fragment ResultFields on QueryResult {
    columns
    rows
    graph {
      nodes {
        ...NodeFields
      }
      edges {
        ...EdgeFields
      }
    }
    truncated
    elapsedMs
  }
`);
