#!/usr/bin/env bash
# Stops the server that neo4j/start.sh started (state in .neo4j/run): SIGTERM, which Neo4j answers
# with a clean shutdown, then waits; SIGKILL only if it is still up after NEO4J_STOP_TIMEOUT (60 s).
# Then removes the server's temp folder and the state. Safe to run when nothing is running.
# NEO4J_RUN_DIR: the state folder of the server to stop (default .neo4j/run; see start.sh).
# --keep-data: keep the data folder and state, so `start.sh --restart` brings the same server back.
# --kill: SIGKILL at once, as a crash would (no clean shutdown).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUN="${NEO4J_RUN_DIR:-$ROOT/.neo4j/run}"
TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"
KEEP=0
SIGNAL=TERM
for arg in "$@"; do
  case "$arg" in
    --keep-data) KEEP=1 ;;
    --kill) SIGNAL=KILL ;;
    *) echo "neo4j: unknown option $arg (--keep-data, --kill)" >&2; exit 2 ;;
  esac
done

if [ ! -f "$RUN/pid" ]; then
  echo "neo4j: no server to stop (no $RUN/pid)"
  exit 0
fi
PID="$(cat "$RUN/pid")"
HOME_DIR="$(cat "$RUN/home" 2>/dev/null || true)"

# Only signal the process if it is still our server: a recycled pid must not be killed.
if kill -0 "$PID" 2>/dev/null && tr '\0' ' ' < "/proc/$PID/cmdline" 2>/dev/null | grep -q "org.neo4j.server.CommunityEntryPoint --home-dir=$HOME_DIR"; then
  kill "-$SIGNAL" "$PID"
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

if [ "$KEEP" = 1 ]; then
  rm -f "$RUN/pid"
  exit 0
fi

# Remove only a folder start.sh created (its mktemp name), never a path someone edited in.
case "$(basename "${HOME_DIR:-none}")" in
  briefgraph-neo4j.*) rm -rf "$HOME_DIR" ;;
esac
rm -rf "$RUN"
