// A real server on 127.0.0.1 with an ephemeral port, and a client that speaks raw HTTP to it.
import { createServer, type Limits, type RunningServer } from '../../../src/api/index.js';
import { extractText } from '../../../src/extract/index.js';
import type { GraphStore } from '../../../src/graph/index.js';

export interface Reply {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string; argument?: string } }[];
}

export interface Served {
  url: string;
  /** POSTs a GraphQL request; `authorization` is sent as the header, verbatim. */
  post(query: string, variables?: Record<string, unknown>, authorization?: string): Promise<Reply>;
  /** POSTs a raw body. */
  raw(body: BodyInit, headers?: Record<string, string>): Promise<Reply>;
  close(): Promise<void>;
}

export async function serve(store: GraphStore, opts: { token?: string; limits?: Partial<Limits> } = {}): Promise<Served> {
  const running: RunningServer = await createServer({ store, extract: extractText, logError: () => {}, ...opts }).listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${running.port}/graphql`;
  const raw: Served['raw'] = async (body, headers = {}) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
      body,
      // Streams need half duplex in Node's fetch.
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
    const text = await res.text();
    let parsed: Omit<Reply, 'status'> = {};
    try {
      parsed = JSON.parse(text) as Omit<Reply, 'status'>;
    } catch {
      parsed = { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
    }
    return { status: res.status, ...parsed };
  };
  return {
    url,
    raw,
    post: (query, variables, authorization) => raw(JSON.stringify({ query, variables }), authorization === undefined ? {} : { authorization }),
    close: () => running.close(),
  };
}
