#!/usr/bin/env bash
# The benchmark, on demand (never part of the test suite): builds the platform and the benchmark, starts the
# embedded platform from its jar, drives it over HTTP and prints one table.
#   scripts/bench.sh            full run (about 15-25 minutes on 2 cores)
#   scripts/bench.sh --rapido   short run with smaller volumes
# Options: --segundos=N --concorrencias=1,4,16 --eventos-replay=N --crescimento=N,M --heap=768m
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench -DskipTests package
exec java -Xmx1g -jar bench/target/bench.jar "$@"
