// The token guard for mutations, applied once to the whole Mutation resolver map (never scattered
// through resolvers). Tokens are compared as sha256 digests with timingSafeEqual: equal lengths
// always, so neither the token's content nor its length leaks through timing.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { GraphQLResolveInfo } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import type { ApiContext } from '../context.js';

type Resolver = (parent: unknown, args: never, ctx: ApiContext, info: GraphQLResolveInfo) => unknown;

/** Wraps every resolver of the map so that it runs only with `Authorization: Bearer <token>`. */
export function requireToken<T extends Record<string, Resolver>>(resolvers: T, token: string | undefined): T {
  const guarded: Record<string, Resolver> = {};
  for (const [field, resolve] of Object.entries(resolvers)) {
    guarded[field] = (parent, args, ctx, info) => {
      checkAuthorization(ctx.authorization, token, field);
      return resolve(parent, args, ctx, info);
    };
  }
  return guarded as T;
}

export function checkAuthorization(header: string | null, token: string | undefined, field: string): void {
  if (!token) {
    throw createGraphQLError(`${field} is disabled: this server has no token configured; set BRIEFGRAPH_TOKEN and restart it to allow changes`, {
      extensions: { code: 'FORBIDDEN', http: { status: 403 } },
    });
  }
  const given = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '')?.[1];
  if (given === undefined || !sameSecret(given, token)) {
    const reason = given === undefined ? 'requires the header Authorization: Bearer <BRIEFGRAPH_TOKEN>' : 'was refused: the bearer token is wrong';
    throw createGraphQLError(`${field} ${reason}`, {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } } },
    });
  }
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
