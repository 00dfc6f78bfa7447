// Abuse limits, each a plugin: query shape (graphql-armor: depth, aliases, cost, tokens), request
// body size (413 before any parsing), and a per-request execution timeout. Defaults are documented
// in docs/api.md; introspection stays allowed (GraphiQL needs it).
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { ExecutionResult } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface Limits {
  /** Largest request body in bytes; larger gets HTTP 413. */
  maxBodyBytes: number;
  /** Longest a request may execute, in milliseconds. */
  timeoutMs: number;
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
  maxTokens: number;
}

export const DEFAULT_LIMITS: Limits = {
  // Room for the largest accepted text (2 MB, see MAX_TEXT_BYTES) even when JSON-escaped.
  maxBodyBytes: 5 * 1024 * 1024,
  timeoutMs: 15_000,
  maxDepth: 12,
  maxAliases: 30,
  maxCost: 5_000,
  maxTokens: 2_000,
};

export function armorPlugin(limits: Limits): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxTokens: { n: limits.maxTokens },
    // Field suggestions stay: they help people writing queries, and the schema is public anyway.
    blockFieldSuggestion: { enabled: false },
  });
}

export function bodyLimitPlugin(maxBytes: number): Plugin {
  const tooLarge = (fetchAPI: { Response: typeof Response }, size?: number) =>
    new fetchAPI.Response(
      JSON.stringify({
        errors: [
          {
            message: `Request body too large${size === undefined ? '' : ` (${size} bytes)`}: the limit is ${maxBytes} bytes`,
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      }),
      // Connection: close, since the unread rest of the body leaves the socket unusable: a client that
      // reused it would see its next request reset.
      { status: 413, headers: { 'content-type': 'application/json; charset=utf-8', connection: 'close' } },
    );

  return {
    // Cheap refusal when the client declares the size.
    onRequest({ request, fetchAPI, endResponse }) {
      const declared = Number(request.headers.get('content-length') ?? NaN);
      if (declared > maxBytes) endResponse(tooLarge(fetchAPI, declared));
    },
    // Counted refusal for bodies sent without a length (chunked): read at most maxBytes.
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (!requestParser || request.method !== 'POST' || !request.body) return;
      setRequestParser(async (req) => {
        const body = await readAtMost(req, maxBytes);
        if (body === undefined) return tooLarge(fetchAPI);
        return requestParser(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body }));
      });
    },
  };
}

async function readAtMost(req: Request, maxBytes: number): Promise<string | undefined> {
  if (!req.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export function timeoutPlugin(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        let timer: NodeJS.Timeout | undefined;
        const timedOut = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                data: null,
                errors: [
                  createGraphQLError(`The request took longer than ${ms} ms and was stopped; ask for less (a smaller depth, range or limit)`, {
                    extensions: { code: 'TIMEOUT', http: { status: 503 } },
                  }),
                ],
              }),
            ms,
          );
        });
        return Promise.race([Promise.resolve(executeFn(args)), timedOut]).finally(() => clearTimeout(timer));
      });
    },
  };
}
