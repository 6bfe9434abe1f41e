// Public surface of server/db: provisioning Neo4j and opening a verified driver.
export { DB_DEFAULTS, type DbConfig, embeddedStoreDir, readDbConfig } from './config.js';
export { type ConnectOptions, connectDriver, toDbError } from './driver.js';
export { type EmbeddedNeo4j, type EmbeddedOptions, startEmbeddedNeo4j } from './embedded.js';
export { type DbErrorCode, isThreadlineDbError, ThreadlineDbError } from './errors.js';
export { findJava, type JavaRuntime } from './java.js';
export { freePort, isPortFree } from './ports.js';
export { type Neo4jConnection, type Neo4jKind, type ProvisionOptions, provisionNeo4j } from './provision.js';
