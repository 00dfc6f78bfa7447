// The web page's public face: the files the server answers GET / and GET /assets/* with.
// app.ts (+ app.css) is bundled by esbuild in memory on the first call and cached, so the page
// always matches the source and there is no separate build step to forget.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export interface WebAsset {
  type: string;
  body: string | Uint8Array;
}

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

async function bundle(): Promise<Map<string, WebAsset>> {
  const [html, result] = await Promise.all([
    readFile(here('./index.html'), 'utf8'),
    build({
      entryPoints: { app: here('./app.ts'), 'app-style': here('./app.css') },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: ['es2022', 'chrome110', 'firefox110', 'safari16'],
      minify: true,
      legalComments: 'none',
      // outdir names the in-memory files; nothing is written.
      outdir: '/assets',
      logLevel: 'silent',
    }),
  ]);
  const assets = new Map<string, WebAsset>([['/', { type: 'text/html; charset=utf-8', body: html }]]);
  for (const f of result.outputFiles) {
    const name = f.path.slice(f.path.lastIndexOf('/') + 1).replace('app-style.css', 'app.css');
    const ext = name.slice(name.lastIndexOf('.'));
    assets.set(`/assets/${name}`, { type: TYPES[ext] ?? 'application/octet-stream', body: f.text });
  }
  return assets;
}

let cached: Promise<Map<string, WebAsset>> | undefined;

/** '/', '/assets/app.js', '/assets/app.css'. A failed build is not cached, so a fix is picked up. */
export function webAssets(): Promise<Map<string, WebAsset>> {
  cached ??= bundle().catch((err: unknown) => {
    cached = undefined;
    throw err;
  });
  return cached;
}
