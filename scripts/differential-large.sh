#!/usr/bin/env bash
# The differential harness on large inputs: the reference engine (REF, default main) and this
# checkout's engine validate the same files as whole processes (`maillage validate --format json`),
# and their reports must be the same bytes. Inputs: generated datasets (JSON and NDJSON) with and
# without faults (one entity in 997 changed by the harness's Faults), and the real COG vintages
# imported from ~/.cache/maillage/cog (those present). France over ten years is validated by this
# checkout's engine twice, with a large heap and with -Xmx512m, and both reports are compared with
# the reference's.
#
#   scripts/differential-large.sh [--ref REF] [--sizes region,france,france-10y] [--work DIR]
#
# Needs several GB of disk in the work folder (default benchmarks/work/differential) and, for
# France over ten years, about 12 GB of heap for the reference engine. Prints one line per input
# and exits 1 when any report differs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ref="main"
sizes="region"
work="$root/benchmarks/work/differential"
while [ "$#" -gt 0 ]; do
  case "$1" in
    --ref) ref="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "usage: $0 [--ref REF] [--sizes region,france,france-10y] [--work DIR]" >&2; exit 2 ;;
  esac
done
mkdir -p "$work"
commit="$(git -C "$root" rev-parse --verify "$ref^{commit}")"
refjar="$work/ref-$commit.jar"
if [ ! -f "$refjar" ]; then
  src="$work/ref-src"
  rm -rf "$src" && mkdir -p "$src"
  git -C "$root" archive "$commit" | tar -x -C "$src"
  echo "building the reference engine ($ref, $commit)..." >&2
  (cd "$src" && mvn -B -ntp -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -pl sdk-cli -am package) >&2
  cp "$src/sdk-cli/target/maillage.jar" "$refjar"
  rm -rf "$src"
fi
echo "building this checkout's engine and the harness..." >&2
(cd "$root" && mvn -B -ntp -q -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dmaillage.cog.skip=true \
  -pl sdk-cli,sdk-validation -am package) >&2
newjar="$root/sdk-cli/target/maillage.jar"
faults() { java -cp "$root/sdk-validation/target/test-classes:$newjar" org.maillage.validation.differential.Faults "$@" >/dev/null; }

inputs=()
for size in ${sizes//,/ }; do
  for ext in json ndjson; do
    f="$work/$size-s1.$ext"
    [ -f "$f" ] || java -jar "$newjar" generate --size "$size" --seed 1 -o "$f" >/dev/null
    inputs+=("$f")
    g="$work/$size-s1-faults997.$ext"
    [ -f "$g" ] || faults "$f" "$g" 997 997
    inputs+=("$g")
  done
done
cache="${MAILLAGE_COG_CACHE:-$HOME/.cache/maillage/cog}"
for dir in "$cache"/*/package/data; do
  [ -d "$dir" ] || continue
  version="$(basename "$(dirname "$(dirname "$dir")")")"
  f="$work/cog-$version.json"
  [ -f "$f" ] || java -jar "$newjar" import cog "$dir" -o "$f" >/dev/null
  inputs+=("$f")
done

status=0
printf '%-34s %10s %10s %s\n' input findings "MB" verdict
for f in "${inputs[@]}"; do
  name="$(basename "$f")"
  heap="-Xmx4g"
  case "$name" in france-10y*) heap="-Xmx12g" ;; esac
  java "$heap" -jar "$refjar" validate --format json -o "$work/$name.ref.report" "$f" 2>/dev/null || true
  java "$heap" -jar "$newjar" validate --format json -o "$work/$name.new.report" "$f" 2>/dev/null || true
  verdict="same"
  cmp -s "$work/$name.ref.report" "$work/$name.new.report" || { verdict="DIFFERENT"; status=1; }
  case "$name" in
    france-10y*)
      JAVA_OPTS=-Xmx512m java -Xmx512m -jar "$newjar" validate --format json -o "$work/$name.512m.report" "$f" 2>/dev/null || true
      cmp -s "$work/$name.ref.report" "$work/$name.512m.report" || { verdict="$verdict, DIFFERENT at -Xmx512m"; status=1; }
      ;;
  esac
  count="$(grep -c '"ruleId"' "$work/$name.ref.report" || true)"
  printf '%-34s %10s %10s %s\n' "$name" "$count" "$(( $(stat -c %s "$f") / 1000000 ))" "$verdict"
done
exit "$status"
