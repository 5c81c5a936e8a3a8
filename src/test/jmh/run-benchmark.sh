#!/usr/bin/env bash
# Runs the JMH benchmark of the mapping plan against hand-written Java (docs/performance.md).
# Usage, from anywhere:  [BENCH=OrderMappingBenchmark] src/test/jmh/run-benchmark.sh [JMH options, e.g. -f 2 -wi 3 -i 3]
# JDK 23+ runs no annotation processor unless one is named, so the JMH generator is called
# explicitly here instead of through the build.
set -euo pipefail
cd "$(dirname "$0")/../../.."
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
cp="target/test-classes:target/classes:$(cat target/bench.cp)"
rm -rf target/jmh && mkdir -p target/jmh/src target/jmh/classes
javac -proc:only -processor org.openjdk.jmh.generators.BenchmarkProcessor -cp "$cp" \
  -s target/jmh/src -d target/jmh/classes src/test/java/fr/passerelle/bench/*.java
javac -nowarn -cp "$cp" -d target/jmh/classes $(find target/jmh/src -name '*.java')
exec java -cp "target/jmh/classes:$cp" org.openjdk.jmh.Main "${BENCH:-ProductMappingBenchmark}" "$@"
