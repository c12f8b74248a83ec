#!/usr/bin/env bash
# Runs every test: the unit and fixture tests, the real site in Chromium (accessibility,
# language switcher, small screens, screenshots in tests/artifacts/), the Nu HTML Checker and
# linkchecker on the whole output, the generator packed and installed as a .NET tool building a
# site it made with init, and a small run of the build benchmark so it keeps working.
# Needs the .NET SDK (see global.json); installs Chromium, linkchecker and the npm tools it uses.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET SDK is required (version 10, see global.json): https://dotnet.microsoft.com/download" >&2
  exit 1
fi

bash .ci/install-tools.sh

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

echo "==> Restoring packages and compiling the solution (Release)"
dotnet build Generator.sln -c Release --nologo -v quiet -clp:ErrorsOnly

echo "==> Running the tests (tests/Generator.Tests, tests/Generator.BrowserTests)"
status=0
dotnet test Generator.sln -c Release --no-build --nologo \
  --logger trx --results-directory "$results" || status=$?

echo "==> Packing the generator as a .NET tool, installing it, and building a new site with it (.ci/test-tool.sh)"
bash .ci/test-tool.sh || status=$?

echo "==> Smoke-running the build benchmark (200 translation groups, 1 run)"
dotnet run --project tests/Generator.Benchmarks -c Release --no-build -- --groups 200 --runs 1 | tail -n 1 || status=$?

# One plain summary line from the test results.
passed=0
failed=0
for counters in $(grep -ho '<Counters [^>]*>' "$results"/*.trx 2>/dev/null | tr ' ' '_'); do
  p="$(sed -n 's/.*_passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.*_failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done
echo "${passed:-0} passed, ${failed:-0} failed"
if [ -z "$passed" ] || [ "$passed" = "0" ]; then
  echo "no test ran" >&2
  status=1
fi
exit "$status"
