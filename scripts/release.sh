#!/usr/bin/env bash
# Moves the major tag vX to a published release vX.Y.Z, after checking that
# the release commit's dist/ is exactly what its source builds to.
#
#   scripts/release.sh vX.Y.Z
#
# Run from a checkout of the release tag (the release workflow does this).
# Environment:
#   RELEASE_BUILD_COMMAND  how dist/ is built (default: npm ci, then npm run build)
#   RELEASE_REMOTE         where the major tag is pushed (default: origin; "" = do not push)
#
# Exit status: 0 the major tag was moved (or is left on a newer release, said
# so), 1 dist/ does not match or the checkout is not the tag, 2 bad tag name.
set -euo pipefail

tag="${1:-}"
build_command="${RELEASE_BUILD_COMMAND:-npm ci --no-audit --no-fund && npm run build}"
remote="${RELEASE_REMOTE-origin}"

# Semantic Versioning 2.0.0 core version, no pre-release or build part:
# a major tag only ever points at a final release.
semver='^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$'
if [[ ! "$tag" =~ $semver ]]; then
  echo "Tag \"$tag\" is not a release version: use vMAJOR.MINOR.PATCH, e.g. v1.2.3 (pre-releases do not move the major tag). Nothing was changed." >&2
  exit 2
fi
major="v${BASH_REMATCH[1]}"

if ! release_commit="$(git rev-parse --verify --quiet "refs/tags/$tag^{commit}")"; then
  echo "Tag $tag does not exist in this repository: fetch the tags (actions/checkout with fetch-depth: 0) and run again. Nothing was changed." >&2
  exit 1
fi
if [ "$(git rev-parse HEAD)" != "$release_commit" ]; then
  echo "The checkout is at $(git rev-parse --short HEAD), not at $tag ($(git rev-parse --short "$release_commit")): check out the tag and run again. Nothing was changed." >&2
  exit 1
fi
if [ -n "$(git status --porcelain --untracked-files=all)" ]; then
  echo "The checkout of $tag has local changes: start from a clean checkout. Nothing was changed." >&2
  git status --short >&2
  exit 1
fi

echo "Building dist/ from the source of $tag: $build_command"
bash -c "$build_command"

stale=0
if ! git diff --quiet --text -- dist/; then
  echo "::error title=dist/ does not match $tag::The dist/ committed in $tag differs from what its source builds to. Rebuild dist/, commit it and release a new patch version; $major was not moved." >&2
  git diff --stat --text -- dist/ >&2
  stale=1
fi
if [ -n "$(git status --porcelain --untracked-files=all -- dist/)" ] && git diff --quiet --text -- dist/; then
  echo "::error title=dist/ is incomplete in $tag::Building $tag creates files in dist/ that the tag does not hold; $major was not moved." >&2
  git status --porcelain --untracked-files=all -- dist/ >&2
  stale=1
fi
if [ "$stale" -ne 0 ]; then
  exit 1
fi
echo "dist/ of $tag matches its source."

# A patch to an older line (v1.2.1 after v1.3.0) must not pull the major tag back.
newest="$(git tag --list "$major.*.*" | grep -E "$semver" | sort -V | tail -n 1)"
if [ "$newest" != "$tag" ]; then
  echo "$major stays where it is: $tag is not the newest $major release ($newest is)."
  exit 0
fi

git tag --force --annotate "$major" --message "$major -> $tag" "$release_commit" >/dev/null
echo "$major -> $tag ($release_commit)"
if [ -n "$remote" ]; then
  git push --force "$remote" "refs/tags/$major"
  echo "Pushed $major to $remote."
fi
