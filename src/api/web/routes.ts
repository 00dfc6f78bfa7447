// Every view has an address in the URL hash, so a view can be linked, bookmarked and reached by Back.
import type { DependencyQuestion } from './queries.js';

export type Route =
  | { view: 'timeline'; params: URLSearchParams }
  | { view: 'node'; id?: string; params: URLSearchParams }
  | { view: 'briefing'; id: string; params: URLSearchParams }
  | { view: 'dependencies'; id?: string; params: URLSearchParams }
  | { view: 'coverage'; params: URLSearchParams };

export function parseRoute(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(query);
  const [, view = '', rawId] = path.split('/');
  const id = rawId ? decodeURIComponent(rawId) : undefined;
  if (view === 'node') return { view, id, params };
  if (view === 'briefing' && id) return { view, id, params };
  if (view === 'dependencies') return { view, id, params };
  if (view === 'coverage') return { view, params };
  return { view: 'timeline', params };
}

function withParams(path: string, params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

export const href = {
  node: (id: string): string => `#/node/${encodeURIComponent(id)}`,
  briefing: (id: string): string => `#/briefing/${encodeURIComponent(id)}`,
  dependencies: (id?: string, question?: DependencyQuestion | 'connect', more: { depth?: string; to?: string } = {}): string =>
    withParams(id ? `#/dependencies/${encodeURIComponent(id)}` : '#/dependencies', { q: question, ...more }),
  timeline: (p: { about?: string; from?: string; to?: string; labels?: string; asOf?: string } = {}): string =>
    withParams('#/timeline', p),
  coverage: (): string => '#/coverage',
};
