// The web page: GET / and GET /assets/* are answered from webAssets() (src/api/web), everything
// else goes on to GraphQL. Assets are built once, on first request.
import type { Plugin } from 'graphql-yoga';
import { webAssets } from '../web/index.js';

type Assets = Awaited<ReturnType<typeof webAssets>>;

export function webPlugin(): Plugin {
  let assets: Promise<Assets> | undefined;
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      const isPage = url.pathname === '/' || url.pathname.startsWith('/assets/');
      if (!isPage || (request.method !== 'GET' && request.method !== 'HEAD')) return;
      assets ??= webAssets();
      const asset = (await assets).get(url.pathname);
      endResponse(
        asset
          ? new fetchAPI.Response(request.method === 'HEAD' ? null : bodyOf(asset.body), {
              headers: { 'content-type': asset.type, 'cache-control': 'no-cache' },
            })
          : new fetchAPI.Response(`No such asset: ${url.pathname}`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }),
      );
    },
  };
}

/** Bytes are copied into a plain ArrayBuffer-backed view, which every fetch implementation accepts. */
function bodyOf(body: string | Uint8Array): string | Uint8Array<ArrayBuffer> {
  return typeof body === 'string' ? body : new Uint8Array(body);
}
