// How errors leave the API: an InputError becomes BAD_USER_INPUT naming the argument; errors raised
// on purpose as GraphQLErrors (auth, limits, validation) pass as they are; anything else is masked
// so no internals or stack traces reach a client, and is logged for the operator.
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { InputError } from '../../errors.js';

/**
 * Recognised by shape, not `instanceof`: graphql ships CJS and ESM builds, and a GraphQLError made
 * by one is not an instance of the other's class when both get loaded (as under vitest).
 */
export function isGraphQLError(e: unknown): e is GraphQLError {
  return e instanceof Error && e.name === 'GraphQLError' && 'extensions' in e;
}

export function maskError(log: (err: unknown) => void) {
  return (error: unknown, message: string): Error => {
    const located = isGraphQLError(error) ? error : undefined;
    const original = located ? located.originalError : error;
    if (original instanceof InputError) {
      return createGraphQLError(original.message, {
        nodes: located?.nodes,
        path: located?.path,
        extensions: { code: 'BAD_USER_INPUT', ...(original.field ? { argument: original.field } : {}) },
      });
    }
    if (located && (original === undefined || original === null || isGraphQLError(original))) return located;
    log(error);
    return createGraphQLError(message, { path: located?.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
