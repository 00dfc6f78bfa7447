// Waits until the Neo4j server that start.sh launched answers `RETURN 1` over Bolt.
// Usage: node neo4j/wait-ready.mjs PORT PID TIMEOUT_SECONDS. Exits 0 when ready; 1 when the server
// process died or the time ran out (start.sh then prints the server's log).
// Polls the TCP port first (cheap, quiet) and only then opens a driver session, so a slow cold
// start on a 2-core machine does not fill the output with driver retry noise.
import net from 'node:net';
import neo4j from 'neo4j-driver';

const [port, pid, timeoutSeconds] = process.argv.slice(2).map(Number);
if (!port || !pid || !timeoutSeconds) {
  console.error('usage: node neo4j/wait-ready.mjs PORT PID TIMEOUT_SECONDS');
  process.exit(2);
}
const deadline = Date.now() + timeoutSeconds * 1000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function alive() {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portOpen() {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(2000);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
    socket.once('error', () => resolve(false));
  });
}

async function answersCypher() {
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, undefined, { connectionTimeout: 5000 });
  try {
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    return records[0]?.get('one').toNumber() === 1;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

let phase = 'port';
while (Date.now() < deadline) {
  if (!alive()) {
    console.error(`neo4j: the server process ${pid} exited before Bolt answered`);
    process.exit(1);
  }
  if (phase === 'port' && (await portOpen())) phase = 'cypher';
  if (phase === 'cypher' && (await answersCypher())) process.exit(0);
  await sleep(500);
}
console.error(`neo4j: Bolt on 127.0.0.1:${port} did not answer RETURN 1 within ${timeoutSeconds} s`);
process.exit(1);
