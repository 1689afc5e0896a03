#!/usr/bin/env bash
# The ledger's benchmarks (issue 3; results in docs/benchmarks.md): sustained appends with 32 writers beside pgbench,
# inclusion proofs through the API at 1,000,000 entries (a Java client and wrk), and verifying the 1,000,000-entry log
# beside sha256sum over the same bytes. Needs pgbench, wrk and sha256sum. Takes about ten minutes and ~2 GB of disk.
#   bench/ledger.sh [ENTRIES] [APPEND_SECONDS]        (defaults: 1000000 and 20)
#   BENCH_JAVA_OPTS="-XX:+UseZGC" bench/ledger.sh     (JVM options of the benchmark, which is also the server)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
. scripts/jdk.sh
for tool in pgbench wrk sha256sum; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install -y postgresql-client wrk)" >&2; exit 1; }
done
entries="${1:-1000000}"
seconds="${2:-20}"
data="${TRUCE_BENCH_DATA:-${TMPDIR:-/tmp}/truce-bench}"
rm -rf "$data" && mkdir -p "$data"

# The application as the tests build it, the benchmark compiled beside it: nothing of this touches the normal build.
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >&2
classpath="target/classes:$(cat target/bench.classpath)"
rm -rf target/bench-classes
javac -d target/bench-classes -cp "$classpath" $(find bench/src -name '*.java')

# Two cores shared with other builds: wait (up to 20 minutes) for the machine to be quiet, and say how quiet it was.
for _ in $(seq 240); do
  awk '{ exit !($1 < 0.5) }' /proc/loadavg && break
  sleep 5
done
echo "# Ledger benchmarks — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
echo
echo "JVM options: ${BENCH_JAVA_OPTS:-(defaults)}; load average when the run started: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
exec java -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "target/bench-classes:$classpath" org.truce.bench.LedgerBench "$data" "$entries" 18080 "$seconds"
