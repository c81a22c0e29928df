#!/usr/bin/env bash
# Times the analysis of a 2,000-word article once the JVM is warm (no database): sentences,
# dating, dated mentions, quantities, names and candidate events. Target: median under 20 ms.
#
#   bench/analysis.sh [warm-up runs] [measured runs]     (defaults 3000 and 1000)
#
# Builds timeline-service's classes if they are missing; needs only a JDK 17+.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
classes=timeline-service/target/classes
tests=timeline-service/target/test-classes
if [[ ! -f $tests/org/newsroom/timeline/extraction/AnalysisBenchmark.class ]]; then
  ./mvnw -q -pl foundation,timeline-service -am test-compile -DskipTests
fi
java_cmd=java
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  java_cmd=$JAVA_HOME/bin/java
fi
exec "$java_cmd" -cp "$classes:$tests" org.newsroom.timeline.extraction.AnalysisBenchmark "$@"
