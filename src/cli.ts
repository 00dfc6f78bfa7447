// The `briefgraph` command: one subcommand per job. Each lives in src/commands/ and is loaded
// only when run, so `briefgraph extract` never pays for the server's imports.
import { Command, CommanderError } from 'commander';
import { InputError } from './errors.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command('briefgraph')
    .description('Knowledge graph of entities and events from policy and industry briefings')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('extract')
    .description('extract one briefing into nodes and evidenced edges (nothing is stored)')
    .argument('<file>', 'briefing text file (UTF-8)')
    .option('--json', 'print the extraction contract (docs/extraction-format.md)')
    .option('--date <YYYY-MM-DD>', 'the briefing date, when the text has no dateline')
    .action(async (file: string, opts: { json?: boolean; date?: string }) => {
      const { extractCommand } = await import('./commands/extract.js');
      await extractCommand(file, opts);
    });

  program
    .command('ingest')
    .description('extract and store briefings (files or directories) in the configured store')
    .argument('<paths...>', 'briefing files or directories of .txt/.md files')
    .option('--date <YYYY-MM-DD>', 'the briefing date, for a single file without a dateline')
    .option('--batch <n>', 'briefings written per store call (each still its own transaction; default 32)')
    .action(async (paths: string[], opts: { date?: string; batch?: string }) => {
      const { ingestCommand } = await import('./commands/ingest.js');
      await ingestCommand(paths, opts);
    });

  program
    .command('serve')
    .description('serve the GraphQL API (/graphql) and the web page (/)')
    .option('--port <n>', 'port to listen on (default $PORT or 4000)')
    .action(async (opts: { port?: string }) => {
      const { serveCommand } = await import('./commands/serve.js');
      await serveCommand(opts);
    });

  program
    .command('query')
    .description('run one GraphQL query against the configured store and print the JSON result')
    .argument('<graphql>', 'the query document')
    .option('--variables <json>', 'variables as a JSON object')
    .action(async (doc: string, opts: { variables?: string }) => {
      const { queryCommand } = await import('./commands/query.js');
      await queryCommand(doc, opts);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : 2;
    if (err instanceof InputError) {
      process.stderr.write(`briefgraph: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`briefgraph: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.BRIEFGRAPH_DEBUG) console.error(err);
    return 1;
  }
}
