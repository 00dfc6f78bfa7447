#!/usr/bin/env bash
# Starts a throwaway Neo4j 5.26 Community server for tests: loopback only, auth off, Bolt on a free
# port, data in a fresh temp folder, running in the background. Its LAST stdout line is
#   NEO4J_URI=bolt://127.0.0.1:PORT
# so `export "$(npm run -s neo4j:start | tail -n 1)"` works. Stop it with `npm run neo4j:stop`.
# Environment: NEO4J_JAVA (java 17 binary), NEO4J_HEAP (512m), NEO4J_START_TIMEOUT (seconds, 180),
# NEO4J_RUN_DIR (where the server's state is kept, default .neo4j/run: another folder runs a second,
# separate server, as the outage test does).
# --restart: start again the server that `stop.sh --keep-data` stopped, on the same data folder and
# port (its state in NEO4J_RUN_DIR), for tests of an outage and recovery.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
HERE="$ROOT/neo4j"
LIB="$ROOT/.neo4j/lib"
RUN="${NEO4J_RUN_DIR:-$ROOT/.neo4j/run}"
RESTART=0
[ "${1:-}" = "--restart" ] && RESTART=1
JAVA="${NEO4J_JAVA:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}"
HEAP="${NEO4J_HEAP:-512m}"
TIMEOUT="${NEO4J_START_TIMEOUT:-180}"

fail() { echo "neo4j: $*" >&2; exit 1; }

# One server per work tree: its state lives in .neo4j/run.
if [ -f "$RUN/pid" ] && kill -0 "$(cat "$RUN/pid")" 2>/dev/null; then
  fail "a server is already running (pid $(cat "$RUN/pid"), $(cat "$RUN/uri" 2>/dev/null)); run 'npm run neo4j:stop' first"
fi
# A server that died leaves its state and temp folder behind: clear them (not when restarting it).
if [ "$RESTART" = 1 ]; then
  [ -f "$RUN/home" ] && [ -f "$RUN/port" ] || fail "--restart: no stopped server's state in $RUN (stop it with 'stop.sh --keep-data')"
  rm -f "$RUN/pid"
elif [ -f "$RUN/pid" ]; then
  "$HERE/stop.sh" >&2
fi

[ -x "$JAVA" ] || fail "no java at $JAVA; install JDK 17 or set NEO4J_JAVA to a Java 17 (or 21) binary"
JAVA_MAJOR="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
case "$JAVA_MAJOR" in
  17|21) ;;
  *) fail "$JAVA is Java ${JAVA_MAJOR:-?}; Neo4j 5.26 runs on Java 17 or 21 only (set NEO4J_JAVA)" ;;
esac

"$HERE/fetch.sh"

if [ "$RESTART" = 1 ]; then
  PORT="$(cat "$RUN/port")"
  HOME_DIR="$(cat "$RUN/home")"
else
  PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
  HOME_DIR="$(mktemp -d "${TMPDIR:-/tmp}/briefgraph-neo4j.XXXXXX")"
fi
mkdir -p "$HOME_DIR"/{conf,data,logs,run,plugins,import}
sed -e "s:@HOME@:$HOME_DIR:g" -e "s:@PORT@:$PORT:g" "$HERE/neo4j.conf" > "$HOME_DIR/conf/neo4j.conf"
mapfile -t JVM_OPTS < <(grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' "$HERE/jvm.options")
CONSOLE_LOG="$HOME_DIR/logs/console.log"

# setsid + nohup: the server outlives this script and the npm process that ran it, and a Ctrl-C in
# the terminal that started it does not reach it. The backgrounded child is not a process-group
# leader, so setsid execs java in place and $! is the server JVM's own pid.
setsid nohup "$JAVA" "-Xms$HEAP" "-Xmx$HEAP" "${JVM_OPTS[@]}" \
  -cp "$LIB/*" org.neo4j.server.CommunityEntryPoint \
  --home-dir="$HOME_DIR" --config-dir="$HOME_DIR/conf" --console-mode \
  > "$CONSOLE_LOG" 2>&1 < /dev/null &
PID=$!

mkdir -p "$RUN"
echo "$PID" > "$RUN/pid"
echo "$PORT" > "$RUN/port"
echo "$HOME_DIR" > "$RUN/home"
echo "bolt://127.0.0.1:$PORT" > "$RUN/uri"

started=$(date +%s)
if ! node "$HERE/wait-ready.mjs" "$PORT" "$PID" "$TIMEOUT"; then
  {
    echo "neo4j: the server did not become ready; its log ($CONSOLE_LOG):"
    cat "$CONSOLE_LOG"
    if [ -f "$HOME_DIR/logs/debug.log" ]; then
      echo "neo4j: last 80 lines of $HOME_DIR/logs/debug.log:"
      tail -n 80 "$HOME_DIR/logs/debug.log"
    fi
  } >&2
  "$HERE/stop.sh" >&2 || true
  exit 1
fi
echo "neo4j: Neo4j $(ls "$LIB" | sed -n 's/^neo4j-server-\(.*\)\.jar$/\1/p') ready in $(( $(date +%s) - started )) s (pid $PID, home $HOME_DIR)" >&2
echo "NEO4J_URI=bolt://127.0.0.1:$PORT"
