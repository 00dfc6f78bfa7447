#!/usr/bin/env node
// The `briefgraph` command. Sources stay TypeScript: tsx compiles them on load,
// so the command always runs the code in src/ (no stale build to forget).
import { register } from 'tsx/esm/api';
register();
const { main } = await import('../src/cli.ts');
process.exitCode = await main(process.argv.slice(2));
