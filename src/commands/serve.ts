// `briefgraph serve [--port]`: the API and web page over the configured store until SIGINT or
// SIGTERM, which close the HTTP server and then the store (so the embedded store's files are whole).
import { createServer } from '../api/index.js';
import { InputError } from '../errors.js';
import { extractionPool } from '../extract/index.js';
import { openStore } from '../graph/index.js';

export async function serveCommand(opts: { port?: string }): Promise<void> {
  const port = portArg(opts.port ?? process.env.PORT ?? '4000', opts.port !== undefined ? '--port' : 'PORT');
  const token = process.env.BRIEFGRAPH_TOKEN || undefined;
  const store = await openStore(process.env);
  // Pasted drafts and ingested texts are extracted in worker threads: a big one stalls no other request.
  const pool = extractionPool();
  const running = await createServer({ store, extract: pool.extract, token })
    .listen(port)
    .catch(async (err: unknown) => {
      await pool.close();
      await store.close();
      throw err;
    });

  process.stdout.write(`briefgraph: serving ${running.url}/ (GraphiQL at ${running.url}/graphql)\n`);
  if (!token) process.stdout.write('briefgraph: mutations are disabled; set BRIEFGRAPH_TOKEN to allow ingestBriefing, deleteBriefing and mergeNodes\n');

  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.stdout.write(`briefgraph: ${signal}, closing\n`);
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  try {
    await running.close();
  } finally {
    await pool.close();
    await store.close();
  }
}

function portArg(value: string, argument: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InputError(`${argument} must be a port number from 0 to 65535; got "${value}"`, argument);
  return port;
}
