#!/usr/bin/env bash
# Runs every test: the unit and fixture tests, the real site's build test, and a small run of
# the build benchmark so it keeps working. Needs only the .NET SDK (see global.json).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK is required (version 10, see global.json): https://dotnet.microsoft.com/download" >&2
  exit 1
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

echo "==> Restoring packages and compiling the solution (Release)"
dotnet build Generator.sln -c Release --nologo -v quiet -clp:ErrorsOnly

echo "==> Running the test suite (tests/Generator.Tests)"
status=0
dotnet test Generator.sln -c Release --no-build --nologo \
  --logger "trx;LogFileName=results.trx" --results-directory "$results" || status=$?

echo "==> Smoke-running the build benchmark (200 translation groups, 1 run)"
dotnet run --project tests/Generator.Benchmarks -c Release --no-build -- --groups 200 --runs 1 | tail -n 1 || status=$?

# One plain summary line from the test results.
counters="$(grep -o '<Counters [^>]*>' "$results"/*.trx 2>/dev/null | head -n 1 || true)"
passed="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
failed="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
echo "${passed:-0} passed, ${failed:-0} failed"
if [ -z "$passed" ] || [ "$passed" = "0" ]; then
  echo "no test ran" >&2
  status=1
fi
exit "$status"
