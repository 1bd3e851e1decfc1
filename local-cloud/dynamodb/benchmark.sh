#!/usr/bin/env bash
# Runs the JMH benchmark of the local DynamoDB through HTTP with the SDK v2 client (not part of
# `mvn verify`). Extra arguments go to JMH, e.g. ./benchmark.sh -t 4 -p httpClient=urlconnection
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q -f ../../pom.xml -pl local-cloud/dynamodb test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.openjdk.jmh.Main LocalDynamoDbBenchmark "$@"
