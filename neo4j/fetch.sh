#!/usr/bin/env bash
# Puts Neo4j Community (version from neo4j/pom.xml) and its runtime jars in .neo4j/lib, once.
# A stamp file records the version and the jar count; when it matches, Maven is not run again.
# All output goes to stderr: start.sh's stdout is reserved for its NEO4J_URI line.
set -euo pipefail
exec 1>&2
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
POM="$ROOT/neo4j/pom.xml"
LIB="$ROOT/.neo4j/lib"
STAMP="$LIB/.complete"

VERSION="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$POM")"
[ -n "$VERSION" ] || { echo "neo4j/fetch.sh: no <neo4j.version> in $POM" >&2; exit 1; }

jar_count() { find "$1" -maxdepth 1 -name '*.jar' | wc -l | tr -d ' '; }

if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$VERSION $(jar_count "$LIB")" ]; then
  exit 0
fi

command -v mvn >/dev/null || { echo "neo4j/fetch.sh: mvn (Apache Maven) is not on PATH; it is needed once to fetch Neo4j's jars" >&2; exit 1; }
echo "neo4j: fetching Neo4j $VERSION jars from Maven Central into .neo4j/lib (once)"
# Fetch into a side folder and swap, so an interrupted download never looks complete.
rm -rf "$LIB.partial"
mvn -B -q -Dstyle.color=never -f "$POM" package -Dneo4j.lib.dir="$LIB.partial"
[ -f "$LIB.partial/neo4j-server-$VERSION.jar" ] || { echo "neo4j/fetch.sh: Maven finished but neo4j-server-$VERSION.jar is missing" >&2; exit 1; }
rm -rf "$LIB"
mv "$LIB.partial" "$LIB"
echo "$VERSION $(jar_count "$LIB")" > "$STAMP"
echo "neo4j: $(jar_count "$LIB") jars, $(du -sh "$LIB" | cut -f1)"
