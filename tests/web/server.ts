// The server the page is tested against: the real API (createServer) over the embedded store in a
// temp directory, holding the three fixture briefings ingested through real extraction.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer } from '../../src/api/index.js';
import { extractText } from '../../src/extract/index.js';
import { openStore } from '../../src/graph/index.js';

const FIXTURES = new URL('../../fixtures/briefings/', import.meta.url);

export interface FixtureServer {
  url: string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefgraph-web-'));
  const store = await openStore({ BRIEFGRAPH_DATA: dir });
  for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()) {
    await store.writeBriefing(await extractText(readFileSync(new URL(name, FIXTURES), 'utf8'), { name }));
  }
  const running = await createServer({ store, extract: extractText, logError: () => {} }).listen(0, '127.0.0.1');
  return {
    url: running.url,
    async close() {
      await running.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
