// The API server: graphql-yoga over the schema, with GraphiQL at /graphql, the web page at /,
// and the cross-cutting concerns (limits, error masking, the web page) as plugins.
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { GraphStore } from '../graph/index.js';
import { createLoaders, type ApiContext } from './context.js';
import { maskError } from './plugins/errors.js';
import { armorPlugin, bodyLimitPlugin, DEFAULT_LIMITS, timeoutPlugin, type Limits } from './plugins/limits.js';
import { webPlugin } from './plugins/web.js';
import type { Extract } from './queries/index.js';
import { buildSchema } from './schema.js';

export interface ServerOptions {
  store: GraphStore;
  /** Extraction (src/extract's extractText): used by ingestBriefing and checkDraft. */
  extract: Extract;
  /** Mutations need `Authorization: Bearer <token>`; without a token they are refused. */
  token?: string;
  limits?: Partial<Limits>;
  /** Where unexpected (masked) errors are reported; console.error by default. */
  logError?: (err: unknown) => void;
}

export type ApiYoga = YogaServerInstance<Record<string, never>, ApiContext>;

export interface ApiServer {
  yoga: ApiYoga;
  /** Serves the API over node:http; port 0 picks a free one. */
  listen(port?: number, host?: string): Promise<RunningServer>;
}

export interface RunningServer {
  server: Server;
  port: number;
  /** e.g. http://localhost:4000 */
  url: string;
  close(): Promise<void>;
}

export function createServer(opts: ServerOptions): ApiServer {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const logError = opts.logError ?? ((err: unknown) => console.error('briefgraph api: unexpected error', err));
  const yoga: ApiYoga = createYoga<Record<string, never>, ApiContext>({
    schema: buildSchema(opts),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'briefgraph GraphiQL' },
    landingPage: false,
    maskedErrors: { maskError: maskError(logError) },
    logging: false,
    context: ({ request }) => ({ loaders: createLoaders(opts.store), authorization: request.headers.get('authorization') }),
    plugins: [bodyLimitPlugin(limits.maxBodyBytes), webPlugin(), armorPlugin(limits), timeoutPlugin(limits.timeoutMs)],
  });
  return { yoga, listen: (port = 0, host) => listen(yoga, port, host) };
}

async function listen(yoga: ApiYoga, port: number, host?: string): Promise<RunningServer> {
  const server = createHttpServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    server,
    port: actual,
    url: `http://${host && host !== '0.0.0.0' && host !== '::' ? host : 'localhost'}:${actual}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
