// `briefgraph query 'GRAPHQL' [--variables JSON]`: one request to the API in-process (no port),
// printed as JSON. BRIEFGRAPH_TOKEN, when set, is sent along so mutations work from the shell.
// Exit code: 0 answered, 2 a bad argument or query, 1 anything else.
import { createServer } from '../api/index.js';
import { InputError } from '../errors.js';
import { extractText } from '../extract/index.js';
import { openStore } from '../graph/index.js';

interface GraphQLResponse {
  errors?: { extensions?: { code?: string } }[];
}

export async function queryCommand(doc: string, opts: { variables?: string }): Promise<void> {
  const variables = variablesArg(opts.variables);
  const token = process.env.BRIEFGRAPH_TOKEN || undefined;
  const store = await openStore(process.env);
  try {
    const { yoga } = createServer({ store, extract: extractText, token });
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query: doc, variables }),
    });
    const result = (await response.json()) as GraphQLResponse;
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    if (result.errors?.length) {
      const userError = result.errors.every((e) => e.extensions?.code !== 'INTERNAL_SERVER_ERROR');
      process.exitCode = userError ? 2 : 1;
    }
  } finally {
    await store.close();
  }
}

function variablesArg(json: string | undefined): Record<string, unknown> | undefined {
  if (json === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (err) {
    throw new InputError(`--variables is not valid JSON: ${err instanceof Error ? err.message : String(err)}`, '--variables');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError('--variables must be a JSON object, e.g. {"id": "busan-truce"}', '--variables');
  }
  return parsed as Record<string, unknown>;
}
