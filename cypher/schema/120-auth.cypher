// Authentication (server/auth): local users, sessions and API keys. Hand-written; not entities, so search,
// analyses and entity exports never see them. Secrets are never stored: only argon2id (passwords) or SHA-256
// (random session tokens and key secrets) hashes.
CREATE CONSTRAINT auth_user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE;
CREATE CONSTRAINT auth_user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE;
CREATE CONSTRAINT auth_session_token_hash IF NOT EXISTS FOR (s:Session) REQUIRE s.tokenHash IS UNIQUE;
CREATE INDEX auth_session_expires_at IF NOT EXISTS FOR (s:Session) ON (s.expiresAt);
CREATE CONSTRAINT auth_api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT auth_api_key_name IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.name IS UNIQUE;
