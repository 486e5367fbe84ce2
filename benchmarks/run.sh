#!/usr/bin/env bash
# The whole benchmark comparison in one command: builds what it needs, generates the datasets into
# benchmarks/work/ (git-ignored), runs every workload in its own JVM, prints a table of ratios and
# writes it with the machine description to benchmarks/RESULTS.md.
#
#   benchmarks/run.sh           full run (France, France over ten years: long, several GB of disk)
#   benchmarks/run.sh --quick   smoke run (one département, one run each, no verdict; the cold part
#                               compares with ajv-cli only when a full run has installed it)
#
# Extra arguments go to the runner: --seed N, --work DIR, --results FILE, --only PARTS (a comma-separated
# list of cold, throughput, diff, memory, jmh: a partial run).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
quick=""
args=()
for a in "$@"; do
  if [ "$a" = "--quick" ]; then quick="--quick"; else args+=("$a"); fi
done
echo "building the benchmarks..." >&2
mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl benchmarks,sdk-cli -am package >&2
jar="$root/benchmarks/target/benchmarks.jar"
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$quick" ]; then
  # Quick results go to the work folder: RESULTS.md keeps the full run.
  java -Xmx1g -cp "$jar" org.maillage.benchmarks.Compare --quick --commit "$commit" \
    --results benchmarks/work/RESULTS-quick.md ${args[@]+"${args[@]}"}
else
  java -Xmx2g -cp "$jar" org.maillage.benchmarks.Compare --commit "$commit" ${args[@]+"${args[@]}"}
fi
