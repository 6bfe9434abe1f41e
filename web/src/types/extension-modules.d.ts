// Ambient modules for the Cytoscape extensions that ship without types: each exports its registration.
declare module 'cytoscape-fcose' {
  const ext: import('cytoscape').Ext;
  export default ext;
}
declare module 'cytoscape-cola' {
  const ext: import('cytoscape').Ext;
  export default ext;
}
declare module 'cytoscape-expand-collapse' {
  const ext: import('cytoscape').Ext;
  export default ext;
}
declare module 'cytoscape-cxtmenu' {
  const ext: import('cytoscape').Ext;
  export default ext;
}
declare module 'cytoscape-svg' {
  const ext: import('cytoscape').Ext;
  export default ext;
}

// Its own typings are not reachable through its package "exports"; this is the part we use.
declare module '@neo4j-cypher/react-codemirror' {
  import type { ComponentType } from 'react';
  export const CypherEditor: ComponentType<{
    value?: string;
    onValueChanged?: (value: string) => void;
    lineNumbers?: boolean;
    theme?: 'light' | 'dark';
    className?: string;
    autofocus?: boolean;
  }>;
}
