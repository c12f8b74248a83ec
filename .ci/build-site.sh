#!/usr/bin/env bash
# Builds the real site from input/ and theme/ into public/.
# Needs only the .NET SDK (see global.json); NuGet packages are restored on the first run.
# Extra arguments go to the build command, e.g. --base-url http://localhost:8000/ or --drafts.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK is required (version 10, see global.json): https://dotnet.microsoft.com/download" >&2
  exit 1
fi

echo "==> Restoring packages and compiling the generator (Release)"
dotnet build src/Generator.Cli -c Release --nologo -v quiet -clp:ErrorsOnly

echo "==> Building the site: input/ + theme/ -> public/"
dotnet run --project src/Generator.Cli -c Release --no-build -- build "$@"

echo "==> Done. To preview while editing (live reload):"
echo "      dotnet run --project src/Generator.Cli -c Release -- serve   # then open http://127.0.0.1:1313/"
echo "    or serve public/ itself with any static server: python3 -m http.server --directory public 8000"
