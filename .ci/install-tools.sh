#!/usr/bin/env bash
# Installs what the browser and output-checking tests need, each only when missing:
#   - Debian: chromium (driven by Playwright), linkchecker (broken links and anchors), a Java
#     runtime for the Nu HTML Checker (vnu-jar), xmllint (the sitemap against its schema);
#   - npm: the packages pinned in package-lock.json (vnu-jar; the SARIF 2.1.0 schema and ajv to
#     validate check's SARIF output; Pagefind, which indexes the site; Netlify's config, redirect
#     and headers parsers and its redirect engine), installed without their scripts.
# Debian installs are retried, since mirrors sometimes fail for a moment.
set -euo pipefail
cd "$(dirname "$0")/.."

retry() {
  local attempt
  for attempt in 1 2 3 4; do
    if "$@"; then return 0; fi
    echo "   (attempt $attempt failed; retrying in $((attempt * 5)) s)" >&2
    sleep $((attempt * 5))
  done
  "$@"
}

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v linkchecker >/dev/null 2>&1 || missing+=(linkchecker)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> Installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  retry $sudo apt-get update -qq
  retry $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "==> Debian packages present: chromium, linkchecker, java, xmllint"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> Installing npm packages pinned by package-lock.json (scripts disabled)"
  retry npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
else
  echo "==> npm packages present"
fi
