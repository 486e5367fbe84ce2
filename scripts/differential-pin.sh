#!/usr/bin/env bash
# Pins the reports of a reference engine for the differential harness (DifferentialReportsTest):
# exports REF (a commit, default main) into a temporary folder, adds the harness's test sources of
# this checkout to it, runs the harness there with -Dmaillage.differential.update=true, and copies
# the reports it wrote into sdk-validation/src/test/resources/differential/ of this checkout.
#
#   scripts/differential-pin.sh [REF]
#
# Run it when the reference engine's findings change on purpose (a merge of main that changes
# messages or rules), never to make the engine under test agree with itself.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ref="${1:-main}"
commit="$(git -C "$root" rev-parse --verify "$ref^{commit}")"
work="$(mktemp -d "${TMPDIR:-/tmp}/maillage-pin.XXXXXX")"
trap 'rm -rf "$work"' EXIT
echo "reference engine: $ref ($commit), in $work" >&2
git -C "$root" archive "$commit" | tar -x -C "$work"
harness=sdk-validation/src/test/java/org/maillage/validation/differential
mkdir -p "$work/$harness"
cp "$root/$harness"/*.java "$work/$harness/"
(cd "$work" && mvn -B -ntp -q -pl sdk-validation -am verify -Dtest=DifferentialReportsTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dmaillage.cog.skip=true -Dsurefire.excludeJUnit5Engines=jqwik \
  -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dinvoker.skip=true -Dmaillage.differential.update=true)
mkdir -p "$root/sdk-validation/src/test/resources/differential"
cp "$work/sdk-validation/src/test/resources/differential/"*.txt "$root/sdk-validation/src/test/resources/differential/"
echo "pinned the reports of $ref ($commit)" >&2
git -C "$root" status --short sdk-validation/src/test/resources/differential >&2
