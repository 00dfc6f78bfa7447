// The page's only way to data: POST /graphql. Failures become an ApiError whose message a reader can
// act on (the API's own message for bad input, the HTTP status when the server failed).

export class ApiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[] }[];
}

export const API_URL = '/graphql';

export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(API_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('Could not reach the API at /graphql. Is `briefgraph serve` running?');
  }
  let body: GraphQLResponse<T> | undefined;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch {
    body = undefined;
  }
  if (body?.errors?.length) {
    const msgs = [...new Set(body.errors.map((e) => e.message))];
    throw new ApiError(`The API returned an error: ${msgs.join('; ')}`);
  }
  if (!res.ok || !body?.data) {
    throw new ApiError(`The API failed (HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}).`);
  }
  return body.data;
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return `Something went wrong in the page: ${err instanceof Error ? err.message : String(err)}`;
}
