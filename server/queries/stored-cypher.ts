// The Cypher of stored queries (labels SavedQuery, SavedQueryVersion; constraints in cypher/schema/110).

// The write lock first (ON MATCH SET), so two saves of one name are serialised and versions never repeat.
export const LOCK = `
MERGE (q:SavedQuery {name: $name})
ON CREATE SET q.version = 0, q.createdAt = $now, q.createdBy = $author
ON MATCH SET q.__lock = true
REMOVE q.__lock
RETURN q.version AS version`;

export const WRITE = `
MATCH (q:SavedQuery {name: $name})
SET q += $fields, q.version = q.version + 1, q.author = $author, q.updatedAt = $now
CREATE (v:SavedQueryVersion {name: $name, version: q.version})
SET v += $fields, v.author = $author, v.savedAt = $now
CREATE (v)-[:VERSION_OF]->(q)
RETURN q {.*} AS q`;

export const LIST = 'MATCH (q:SavedQuery) RETURN q {.*} AS q ORDER BY q.name';
export const ONE = 'MATCH (q:SavedQuery {name: $name}) RETURN q {.*} AS q';
export const HISTORY = `
MATCH (v:SavedQueryVersion {name: $name})
RETURN v {.*} AS q ORDER BY v.version DESC LIMIT $limit`;
