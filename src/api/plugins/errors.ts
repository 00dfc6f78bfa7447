// How errors leave the API: an InputError becomes BAD_USER_INPUT naming the argument; errors raised
// on purpose as GraphQLErrors (auth, limits, validation) pass as they are; anything else is masked
// so no internals or stack traces reach a client, and is logged for the operator.
import { GraphQLError } from 'graphql';
import { InputError } from '../../errors.js';

export function maskError(log: (err: unknown) => void) {
  return (error: unknown, message: string): Error => {
    const original = error instanceof GraphQLError ? error.originalError : error;
    if (original instanceof InputError) {
      return new GraphQLError(original.message, {
        nodes: error instanceof GraphQLError ? error.nodes : undefined,
        path: error instanceof GraphQLError ? error.path : undefined,
        extensions: { code: 'BAD_USER_INPUT', ...(original.field ? { argument: original.field } : {}) },
      });
    }
    if (error instanceof GraphQLError && (original === undefined || original instanceof GraphQLError)) return error;
    log(error);
    return new GraphQLError(message, {
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  };
}
