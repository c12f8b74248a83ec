#!/usr/bin/env bash
# Installs what the Hugo comparison benchmark (tests/Generator.Benchmarks, --hugo) needs, each
# only when missing:
#   - Debian: hugo (the reference generator it is compared with; Debian's package, 0.111 on
#     bookworm) and GNU time (/usr/bin/time, which reports a child's CPU time and peak memory).
# Debian installs are retried, since mirrors sometimes fail for a moment. Not part of CI: only
# the benchmark uses these.
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
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "==> Installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  retry $sudo apt-get update -qq
  retry $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "==> Debian packages present: hugo, time"
fi
hugo version
