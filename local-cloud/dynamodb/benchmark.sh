#!/usr/bin/env bash
# Runs the JMH benchmark of the local DynamoDB through HTTP with the SDK v2 client (not part of
# `mvn verify`). Extra arguments go to JMH, e.g. ./benchmark.sh -t 4 -p httpClient=urlconnection
# `./benchmark.sh split [threads] [seconds]` instead prints where a GetItem's CPU goes (client vs server).
# BENCH=getItem ./benchmark.sh runs only the benchmarks whose name starts so.
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -f ../../pom.xml -pl local-cloud/dynamodb test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
if [ "${1:-}" = split ]; then
    shift
    exec java -Xms1g -Xmx1g -cp "$CP" dev.orderflow.localcloud.dynamodb.CpuSplitHarness "$@"
fi
exec java -cp "$CP" org.openjdk.jmh.Main "LocalDynamoDbBenchmark.${BENCH:-}" "$@"
