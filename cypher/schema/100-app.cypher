// Application nodes that are not entities: investigations (saved canvases). Hand-written, not generated.
// They carry no :Entity label, so search, neighbourhoods and analyses never see them.
CREATE CONSTRAINT investigation_id IF NOT EXISTS FOR (n:Investigation) REQUIRE n.id IS UNIQUE;
CREATE INDEX investigation_updated_at IF NOT EXISTS FOR (n:Investigation) ON (n.updatedAt);
// Merge history: unmerge looks records up by id and by survivor.
CREATE CONSTRAINT merge_record_id IF NOT EXISTS FOR (m:MergeRecord) REQUIRE m.id IS UNIQUE;
CREATE INDEX merge_record_survivor IF NOT EXISTS FOR (m:MergeRecord) ON (m.survivorId);
