#!/usr/bin/env bash
# Stops the server that neo4j/start.sh started (state in .neo4j/run): SIGTERM, which Neo4j answers
# with a clean shutdown, then waits; SIGKILL only if it is still up after NEO4J_STOP_TIMEOUT (60 s).
# Then removes the server's temp folder and the state. Safe to run when nothing is running.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUN="$ROOT/.neo4j/run"
TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"

if [ ! -f "$RUN/pid" ]; then
  echo "neo4j: no server to stop (no $RUN/pid)"
  exit 0
fi
PID="$(cat "$RUN/pid")"
HOME_DIR="$(cat "$RUN/home" 2>/dev/null || true)"

# Only signal the process if it is still our server: a recycled pid must not be killed.
if kill -0 "$PID" 2>/dev/null && tr '\0' ' ' < "/proc/$PID/cmdline" 2>/dev/null | grep -q "org.neo4j.server.CommunityEntryPoint --home-dir=$HOME_DIR"; then
  kill -TERM "$PID"
  for _ in $(seq 1 $(( TIMEOUT * 5 ))); do
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 "$PID" 2>/dev/null; then
    echo "neo4j: server $PID still up after ${TIMEOUT} s; sending SIGKILL" >&2
    kill -KILL "$PID" || true
  fi
  echo "neo4j: stopped server $PID"
else
  echo "neo4j: server $PID was not running"
fi

# Remove only a folder start.sh created (its mktemp name), never a path someone edited in.
case "$(basename "${HOME_DIR:-none}")" in
  briefgraph-neo4j.*) rm -rf "$HOME_DIR" ;;
esac
rm -rf "$RUN"
