#!/usr/bin/env bash
# Runs the sync benchmark (issue 6, docs/performance.md): not a test, never part of the build.
# Usage, from anywhere:
#   src/test/jmh/run-sync-benchmark.sh [http|memory] [items]
#     http N    ERP sandbox (N items, matrix variants included) -> WooCommerce sandbox over real
#               HTTP (both in a child JVM), real connectors, FlowRunner, PostgreSQL (embedded,
#               Flyway); first run, no-change re-run, no-change full re-read.  Default 100000.
#     memory N  the same mapping and engine on a streaming generated source, an in-memory target
#               and in-memory ports: the engine alone, and its heap at N items.
# The engine's JVM runs with -Xmx512m (BENCH_HEAP to change it); SKIP_BUILD=1 reuses target/.
set -euo pipefail
cd "$(dirname "$0")/../../.."
if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
fi
cp="target/test-classes:target/classes:$(cat target/bench.cp)"
exec java -Xmx"${BENCH_HEAP:-512m}" -XX:+UseG1GC \
  -Dlogback.configurationFile=src/test/jmh/sync-benchmark-logback.xml \
  -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true \
  -cp "$cp" fr.passerelle.sync.SyncBenchmark "${1:-http}" "${2:-100000}"
