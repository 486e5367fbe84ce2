#!/usr/bin/env bash
# Bounded coverage-guided fuzzing of the Jazzer @FuzzTest targets, each from its seed corpus.
#
#   scripts/fuzz.sh [--seconds N] [--jobs J] [--target TEXT]... [--list]
#
#   --seconds N   fuzz each target N seconds, warm-up included (default 25: the default targets
#                 together take under five minutes on an idle 2-core machine, build included)
#   --jobs J      targets fuzzed at the same time (default 2, one per core)
#   --target TEXT fuzz only the targets whose name contains TEXT (repeatable); also reaches the
#                 targets left out of the default run
#   --list        print the targets and exit
#
# The regression run of the same targets (seed corpora, deterministic) is part of `mvn verify`;
# this script is the part that searches. Work goes to <module>/target/fuzz/<target>/: corpus/ (what
# libFuzzer found interesting; kept between local runs, so a longer run starts where the last one
# stopped), seeds/ (the seed corpus, written anew), findings/ (crashing inputs and a Java reproducer
# for each). Exit 0 when no target found anything, 1 when one did (its findings are listed), 2 on
# usage errors, 3 when the build fails. docs/fuzzing.md tells how to fuzz longer and what to do
# with a finding.
set -euo pipefail
cd "$(dirname "$0")/.."

# module | test class | fuzz test method | default (yes: run without --target)
TARGETS=(
  "sdk-core|org.maillage.core.diff.DiffPropertiesTest|diffProperties_holdForFuzzedDatasets|yes"
  "sdk-core|org.maillage.core.testkit.ModelGeneratorTest|generator_givesAValidDataset_forAnyFuzzInput|no"
  "sdk-json|org.maillage.json.DatasetReaderFuzzTest|readJson_readsOrRefusesWithItsPlace|yes"
  "sdk-json|org.maillage.json.DatasetReaderFuzzTest|readNdjson_readsOrRefusesWithItsPlace|yes"
  "sdk-json|org.maillage.json.RoundTripPropertiesTest|roundTrips_holdForFuzzedDatasets|yes"
  "sdk-json|org.maillage.json.IsoDatesTest|parseOrNull_agreesWithLocalDateParse_onAnyText|no"
  "sdk-json|org.maillage.json.diff.DiffRoundTripPropertiesTest|renderedDiffs_applyForFuzzedDatasets|yes"
  "sdk-json|org.maillage.json.diff.PatchFuzzTest|patch_appliesOrFailsWithItsPlace|yes"
  "sdk-validation|org.maillage.validation.ValidatorFuzzTest|validateJson_givesALocatedReport|yes"
  "sdk-validation|org.maillage.validation.ValidatorFuzzTest|validateNdjson_givesALocatedReport|yes"
  "sdk-validation|org.maillage.validation.waiver.WaiversFuzzTest|read_readsOrRefusesWithItsPlace|yes"
  "sdk-validation|org.maillage.validation.certify.CertificateVerifierFuzzTest|verify_givesAVerification|yes"
  "sdk-validation|org.maillage.validation.internal.schema.SchemaFastPathTest|onFuzzedMutations_certainlyValidImpliesNetworkntFindsNoError|yes"
  "sdk-validation|org.maillage.validation.internal.schema.SimplePatternTest|matchesAsNetworkntDoes_onFuzzedText|no"
)

seconds=25
jobs=2
filters=()
list=false
usage() { sed -n '4,11p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) [ $# -ge 2 ] && [[ "$2" =~ ^[1-9][0-9]*$ ]] || usage; seconds=$2; shift 2 ;;
    --jobs) [ $# -ge 2 ] && [[ "$2" =~ ^[1-9][0-9]*$ ]] || usage; jobs=$2; shift 2 ;;
    --target) [ $# -ge 2 ] && [ -n "$2" ] || usage; filters+=("$2"); shift 2 ;;
    --list) list=true; shift ;;
    -h|--help) usage ;;
    *) echo "fuzz.sh: unknown argument: $1" >&2; usage ;;
  esac
done

name_of() { local c=${1#*|}; c=${c%%|*}; local m=${1#*|*|}; m=${m%%|*}; echo "${c##*.}.$m"; }

selected=()
for t in "${TARGETS[@]}"; do
  name=$(name_of "$t")
  if [ ${#filters[@]} -eq 0 ]; then
    [ "${t##*|}" = yes ] && selected+=("$t")
  else
    for f in "${filters[@]}"; do
      if [[ "$name" == *"$f"* ]]; then selected+=("$t"); break; fi
    done
  fi
done
if $list; then
  for t in "${TARGETS[@]}"; do printf '%-75s %s\n' "$(name_of "$t")" "$([ "${t##*|}" = yes ] && echo default || echo on request)"; done
  exit 0
fi
if [ ${#selected[@]} -eq 0 ]; then
  echo "fuzz.sh: no target matches ${filters[*]} (see --list)" >&2
  exit 2
fi

modules=$(for t in "${selected[@]}"; do echo "${t%%|*}"; done | sort -u | paste -sd, -)
start=$(date +%s)
echo "fuzz.sh: building ${modules} (test classes and class path)"
if ! mvn -B -ntp -q -DskipTests -Dmaillage.cog.skip=true -pl "$modules" -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/fuzz-classpath.txt -Dmdep.includeScope=test; then
  echo "fuzz.sh: the build failed" >&2
  exit 3
fi

# The fuzzers run on a copy of the compiled classes (target/fuzz-classes), so that a build during
# a long run cannot change classes under them.
snapshot=target/fuzz-classes
rm -rf "$snapshot"
root=$(pwd)
declare -A classpaths
for module in $(echo "$modules" | tr , ' '); do
  cp="$snapshot/$module/test-classes:$snapshot/$module/classes"
  for entry in "$root/$module/target/test-classes" "$root/$module/target/classes" $(tr ':' ' ' <"$module/target/fuzz-classpath.txt"); do
    case "$entry" in
      "$root"/*/target/classes|"$root"/*/target/test-classes)
        rel=${entry#"$root"/}
        m=${rel%%/*}
        kind=${rel##*/}
        if [ ! -d "$snapshot/$m/$kind" ]; then
          mkdir -p "$snapshot/$m"
          cp -r "$entry" "$snapshot/$m/$kind"
        fi
        case ":$cp:" in *":$snapshot/$m/$kind:"*) ;; *) cp="$cp:$snapshot/$m/$kind" ;; esac ;;
      *) cp="$cp:$entry" ;;
    esac
  done
  classpaths[$module]=$cp
done

run_target() {
  local t=$1 module=${1%%|*} class method name work cp rc
  class=${t#*|}; class=${class%%|*}
  method=${t#*|*|}; method=${method%%|*}
  name=$(name_of "$t")
  work="$module/target/fuzz/$name"
  mkdir -p "$work/corpus" "$work/findings"
  rm -rf "$work/seeds"
  cp=${classpaths[$module]}
  if ! java -cp "$cp" org.maillage.core.testkit.SeedCorpus "$class" "$work/seeds" >"$work/seeds.log" 2>&1; then
    mkdir -p "$work/seeds"   # a target without a seedCorpus() starts from its corpus alone
  fi
  # -rss_limit_mb=0: the JVM's heap limit (-Xmx) is what bounds memory; an OutOfMemoryError is a finding.
  set +e
  mkdir -p "$work/tmp"
  java -Xmx2g -XX:-OmitStackTraceInFastThrow -Djava.io.tmpdir="$work/tmp" -cp "$cp" com.code_intelligence.jazzer.Jazzer \
      --target_class="$class" --target_method="$method" \
      --instrumentation_includes='org.maillage.**' --reproducer_path="$work/findings" \
      -max_total_time="$seconds" -timeout=120 -rss_limit_mb=0 -report_slow_units=120 -max_len=16384 \
      -artifact_prefix="$work/findings/" "$work/corpus" "$work/seeds" >"$work/fuzz.log" 2>&1
  rc=$?
  set -e
  local runs
  runs=$(grep -aoE '^Done [0-9]+ runs in [0-9]+ second' "$work/fuzz.log" | tail -1 || true)
  if [ $rc -eq 0 ]; then
    echo "fuzz.sh: ${name}: no finding (${runs:-no summary}; corpus $(ls "$work/corpus" | wc -l) inputs)"
  else
    echo "fuzz.sh: ${name}: FINDING (exit $rc), log $work/fuzz.log, inputs in $work/findings:"
    ls -1 "$work/findings" | grep -E '^(crash|timeout|oom|leak)-' | sed 's/^/    /'
    grep -aE '^(== Java Exception|Caused by|	at org\.maillage)' "$work/fuzz.log" | head -20 | sed 's/^/    /'
  fi
  return $rc
}

failed=0
running=0
for t in "${selected[@]}"; do
  if [ "$running" -ge "$jobs" ]; then
    wait -n || failed=1
    running=$((running - 1))
  fi
  run_target "$t" &
  running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
  wait -n || failed=1
  running=$((running - 1))
done

echo "fuzz.sh: ${#selected[@]} targets, ${seconds} s each, ${jobs} at a time, $(( $(date +%s) - start )) s in all"
if [ $failed -ne 0 ]; then
  echo "fuzz.sh: findings above; docs/fuzzing.md says how to turn one into a regression test" >&2
  exit 1
fi
