#!/usr/bin/env bash
# The generator as users get it: packs it as a .NET tool (dotnet pack), installs the package into a
# temporary folder (dotnet tool install, from the local package folder: no network needed), then,
# outside the repository, writes a new site with `init`, builds it and checks it with --strict
# using the theme the tool carries, and prints the tool's version. Fails on any error.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

property() { dotnet msbuild src/Generator.Cli -nologo -getProperty:"$1"; }
package="$(property PackageId)"
version="$(property Version)"
name="$(property ToolCommandName)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
tool="$work/tool/$name"

echo "   dotnet pack: $package $version"
dotnet pack src/Generator.Cli -c Release -o "$work/nupkg" --nologo -v quiet -clp:ErrorsOnly
echo "   dotnet tool install: $name"
dotnet tool install --tool-path "$work/tool" --add-source "$work/nupkg" "$package" --version "$version" >/dev/null

"$tool" init "$work/site" >/dev/null
cd "$work/site"
"$tool" build
"$tool" check --strict
test -f public/en/index.html && test -f public/fr/index.html && test -f public/nl/index.html

printed="$("$tool" --version)"
echo "   $printed"
if [ "$printed" != "$name $version" ]; then
  echo "--version printed '$printed', not '$name $version'" >&2
  exit 1
fi
