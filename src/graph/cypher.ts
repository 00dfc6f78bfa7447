// Every Cypher statement the Neo4j store runs lives in cypher/*.cypher, one statement per file
// (schema.cypher: several, each ending with `;` at a line end). They run unchanged in Neo4j Browser.

import { readFileSync } from 'node:fs';

const DIR = new URL('../../cypher/', import.meta.url);
const cache = new Map<string, string>();

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`${name}.cypher`, DIR), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** The statements of a multi-statement file, split at `;` ending a line; comment-only parts dropped. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;[ \t]*(?:\r?\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.split('\n').some((line) => line.trim() && !line.trim().startsWith('//')));
}
