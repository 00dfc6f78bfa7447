// Argument checks shared by the queries: each failure is an InputError naming the argument,
// which the API turns into a BAD_USER_INPUT error with `extensions.argument`.
import { InputError } from '../../errors.js';
import type { GraphNode } from '../../model/index.js';
import type { GraphStore } from '../../graph/index.js';

/** Hops a dependency query may follow: beyond 6 the paths say little and cost much. */
export const MAX_DEPTH = 6;

export function boundedInt(value: number | null | undefined, argument: string, min: number, max: number, fallback: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InputError(`${argument} must be an integer from ${min} to ${max}; got ${n}`, argument);
  }
  return n;
}

export function depthArg(value: number | null | undefined, argument = 'depth', fallback = 2): number {
  return boundedInt(value, argument, 1, MAX_DEPTH, fallback);
}

export function nonEmpty(value: string, argument: string): string {
  if (value.trim() === '') throw new InputError(`${argument} must not be empty`, argument);
  return value;
}

/** Loads a node an argument names, or fails naming that argument. */
export async function existingNode(store: GraphStore, id: string, argument: string): Promise<GraphNode> {
  const [node] = await store.getNodes([id]);
  if (!node) throw new InputError(`${argument}: no node with id "${id}" (find ids with lookup or search)`, argument);
  return node;
}
