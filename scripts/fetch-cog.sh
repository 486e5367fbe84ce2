#!/usr/bin/env bash
# Fetches vintages of the npm package @etalab/decoupage-administratif (the INSEE Code officiel
# géographique as JSON) into a cache, for the real-data tests and for `maillage import cog`.
#
#   scripts/fetch-cog.sh VERSION...        e.g. scripts/fetch-cog.sh 6.0.0 5.3.0
#
# Each version ends up unpacked in $MAILLAGE_COG_CACHE/<version>/package/data
# (default cache: $HOME/.cache/maillage/cog). A version already there is not fetched again.
# Needs npm (it runs `npm pack`, which downloads the tarball from the npm registry).
set -euo pipefail

cache="${MAILLAGE_COG_CACHE:-$HOME/.cache/maillage/cog}"
package="@etalab/decoupage-administratif"

if [ "$#" -eq 0 ]; then
  echo "usage: $0 VERSION...   (for example: $0 6.0.0 5.3.0)" >&2
  exit 2
fi

for version in "$@"; do
  if ! [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
    echo "fetch-cog: '$version' is not a version such as 6.0.0" >&2
    exit 2
  fi
done

mkdir -p "$cache"
for version in "$@"; do
  dest="$cache/$version"
  if [ -f "$dest/package/data/communes.json" ]; then
    echo "fetch-cog: $package@$version already in $dest/package/data"
    continue
  fi
  if ! command -v npm >/dev/null 2>&1; then
    echo "fetch-cog: npm is not installed, so $package@$version cannot be fetched into $cache." >&2
    echo "fetch-cog: install Node.js/npm, or build offline with -Dmaillage.cog.skip=true (real-data tests are then skipped)." >&2
    exit 1
  fi
  work="$(mktemp -d "$cache/.fetch-$version.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  echo "fetch-cog: fetching $package@$version with npm pack"
  if ! (cd "$work" && npm pack --silent "$package@$version" >/dev/null); then
    echo "fetch-cog: 'npm pack $package@$version' failed (offline? see the npm message above)." >&2
    echo "fetch-cog: build offline with -Dmaillage.cog.skip=true, or fill $cache by hand." >&2
    exit 1
  fi
  mkdir "$work/unpacked"
  tar -xzf "$work"/*.tgz -C "$work/unpacked"
  if [ ! -f "$work/unpacked/package/data/communes.json" ]; then
    echo "fetch-cog: $package@$version has no package/data/communes.json" >&2
    exit 1
  fi
  mv "$work"/*.tgz "$work/unpacked/"
  # Replace any partial copy, then move the complete one in place in one rename.
  rm -rf "$dest"
  if ! mv -T "$work/unpacked" "$dest" 2>/dev/null && [ ! -f "$dest/package/data/communes.json" ]; then
    echo "fetch-cog: cannot move $package@$version into $dest" >&2
    exit 1
  fi
  rm -rf "$work"
  trap - EXIT
  echo "fetch-cog: $package@$version in $dest/package/data"
done
