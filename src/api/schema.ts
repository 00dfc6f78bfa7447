// The executable schema: the contract (schema.graphql at the repository root) joined to the
// resolvers. The contract file is read at start so it stays the single source of truth.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { GraphStore } from '../graph/index.js';
import type { Extract } from './queries/index.js';
import { mutationResolvers } from './resolvers/mutation.js';
import { queryResolvers } from './resolvers/query.js';
import { typeResolvers } from './resolvers/types.js';
import { requireToken } from './plugins/auth.js';

export const SCHEMA_PATH = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

export function buildSchema(deps: { store: GraphStore; extract: Extract; token?: string }): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers: {
      Query: queryResolvers(deps.store, deps.extract),
      Mutation: requireToken(mutationResolvers(deps.store, deps.extract), deps.token),
      ...typeResolvers(deps.store),
    },
  });
}
