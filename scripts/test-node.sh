#!/usr/bin/env bash
# Runs the test suite (build, then every vitest test but the browser ones, which drive
# Chromium and do not depend on the Node version) on another Node.js major version:
#
#   scripts/test-node.sh 22     # or 24
#
# Node builds come from the npm registry (the `node` package, which ships the headers
# too, so better-sqlite3 compiles against that version). The tree is copied to a
# temporary folder with its own node_modules; this checkout is left as it is.
set -euo pipefail
major=${1:?usage: scripts/test-node.sh MAJOR}
top=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/partnerfolio-node$major.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== Node $major: installing the runtime"
npm install --silent --no-save --prefix "$work/runtime" "node@$major" >/dev/null
bin="$work/runtime/node_modules/.bin"
home="$work/runtime/node_modules/node/node_modules/node-linux-$(uname -m | sed 's/x86_64/x64/;s/aarch64/arm64/')"
[ -f "$home/include/node/node.h" ] || { echo "no headers in $home" >&2; exit 1; }
export PATH="$bin:$PATH" npm_config_nodedir="$home"
echo "== Node $(node --version): copying the tree"
mkdir "$work/repo"
(cd "$top" && git ls-files -co --exclude-standard -z | tar --null -cf - -T - 2>/dev/null) | tar -xf - -C "$work/repo"
cd "$work/repo"
npm ci --no-audit --no-fund --loglevel=error
if [ "$major" -ge 24 ]; then
  # better-sqlite3 12 (the lock file's, the last that runs on Node 20) aborts Node ≥ 24.19
  # when a statement is collected (Node's ObjectWrap change; upstream closed it for 13,
  # which needs Node ≥ 22): Node 24 installs take 13, which has the same API.
  npm install --no-save --no-audit --no-fund --loglevel=error -w @partnerfolio/server better-sqlite3@13
  (cd packages/server && node -p '"better-sqlite3 " + require("better-sqlite3/package.json").version')
fi
npm run build --silent
# The summary line names the version, so that it is never taken for the main suite's.
NO_COLOR=1 TZ=UTC npx vitest run --project unit --reporter=dot --silent
