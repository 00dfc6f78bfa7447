// The API stage's public face: build the server over a GraphStore, and the ingestion step the
// `ingest` command shares with the ingestBriefing mutation.
export { createServer } from './server.js';
export type { ApiServer, ApiYoga, RunningServer, ServerOptions } from './server.js';
export { DEFAULT_LIMITS } from './plugins/limits.js';
export type { Limits } from './plugins/limits.js';
export { dateArg, textArg, MAX_TEXT_BYTES } from './queries/index.js';
export type { Extract } from './queries/index.js';
