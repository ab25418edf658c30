#!/usr/bin/env bash
# The engine beside libtorch through DJL (issue #3's figures): installs the engine, then runs
# benchmarks/engine-vs-libtorch (its own Maven project; the first run downloads libtorch's native
# jar, ~200 MB, from Maven Central).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export PATH="$JAVA_HOME/bin:$PATH"
mvn -B -q -f "$ROOT/pom.xml" install -pl engine -DskipTests
mvn -B -q -f "$ROOT/benchmarks/engine-vs-libtorch/pom.xml" compile exec:java
