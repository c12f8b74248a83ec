#!/usr/bin/env bash
# Builds the real site from input/ and theme/ into public/.
# Needs the .NET SDK (see global.json); NuGet packages are restored on the first run. With Node.js,
# the npm packages pinned by package-lock.json are installed too: Pagefind indexes the site for
# its search pages (without Node the site builds all the same, and says search is unavailable).
# Extra arguments go to the build command, e.g. --base-url http://localhost:8000/ or --drafts.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK is required (version 10, see global.json): https://dotnet.microsoft.com/download" >&2
  exit 1
fi

if command -v npm >/dev/null 2>&1; then
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "==> Installing the npm packages pinned by package-lock.json (Pagefind, for search)"
    for attempt in 1 2 3; do
      npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && break
      [ "$attempt" -eq 3 ] && exit 1
      echo "   (attempt $attempt failed; retrying)" >&2; sleep $((attempt * 5))
    done
  fi
else
  echo "==> Node.js not found: the site is built without its search index"
fi

# Published ReadyToRun (precompiled for this machine), so the build starts without waiting for the JIT.
generator=src/Generator.Cli/bin/publish/Generator.Cli
echo "==> Restoring packages and publishing the generator (Release, ReadyToRun) into ${generator%/*}/"
dotnet publish src/Generator.Cli -c Release --use-current-runtime --self-contained false \
  -o "${generator%/*}" --nologo -v quiet -clp:ErrorsOnly

echo "==> Building the site: input/ + theme/ -> public/"
"$generator" build "$@"

echo "==> Done. To preview while editing (live reload):"
echo "      $generator serve   # then open http://127.0.0.1:1313/"
echo "    or serve public/ itself with any static server: python3 -m http.server --directory public 8000"
