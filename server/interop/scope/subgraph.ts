// A bounded scope, resolved: which entities and which relationships among them go into the file.

export interface Subgraph {
  nodeIds: string[];
  /** Kept only where both ends are exported nodes, so every file is a consistent graph. */
  relationshipIds: string[];
  /** The source capped what it gave (a cluster beyond its limit, a query beyond its row cap). */
  truncated: boolean;
}
