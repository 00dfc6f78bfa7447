// A running API over a store, spoken to through real HTTP on an ephemeral port.
import type { GraphStore } from '../../../src/graph/index.js';
import { createServer, type Extract, type Limits, type RunningServer } from '../../../src/api/index.js';

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; argument?: string };
}

export interface GraphQLResult<D> {
  data?: D | null;
  errors?: GraphQLError[];
}

export interface Api {
  url: string;
  /** POSTs a query to /graphql; `token` goes in `Authorization: Bearer`. */
  gql<D = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, opts?: { token?: string; authorization?: string }): Promise<GraphQLResult<D> & { status: number }>;
  /** Like gql, but fails the test on any GraphQL error. */
  data<D = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, opts?: { token?: string }): Promise<D>;
  close(): Promise<void>;
}

export async function startApi(
  store: GraphStore,
  opts: { extract: Extract; token?: string; limits?: Partial<Limits>; logError?: (err: unknown) => void },
): Promise<Api> {
  const running: RunningServer = await createServer({ store, logError: () => {}, ...opts }).listen(0, '127.0.0.1');
  const gql: Api['gql'] = async (query, variables, o = {}) => {
    const authorization = o.authorization ?? (o.token ? `Bearer ${o.token}` : undefined);
    const res = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as GraphQLResult<never>) };
  };
  return {
    url: running.url,
    gql,
    async data(query, variables, o) {
      const r = await gql(query, variables, o);
      if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
      return r.data as never;
    },
    close: () => running.close(),
  };
}
