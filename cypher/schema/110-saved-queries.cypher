// Saved queries (server/queries/stored-queries.ts): one :SavedQuery per name, one :SavedQueryVersion per
// name and version. Hand-written; these nodes are not entities, so the model does not generate them.
CREATE CONSTRAINT saved_query_name IF NOT EXISTS FOR (q:SavedQuery) REQUIRE q.name IS UNIQUE;
CREATE CONSTRAINT saved_query_version IF NOT EXISTS FOR (v:SavedQueryVersion) REQUIRE (v.name, v.version) IS UNIQUE;
