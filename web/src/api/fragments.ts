// Field selections shared by operations, so every query asks for nodes and edges the same way.
export const NODE_FIELDS = 'id kind caption grade flags';
export const EDGE_FIELDS = 'id type source target caption date amount currency confidence grade flags';
export const GRAPH_FIELDS = `nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} }`;
export const SUMMARY_FIELDS = `id label anchor { ${NODE_FIELDS} } counts { kind count } keyMembers { ${NODE_FIELDS} } memberCount totalFlowUsd`;
