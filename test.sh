#!/usr/bin/env bash
# Runs every AgentStudio test, browser tests included, on a fresh Debian machine with the .NET SDK.
# Installs what the tests need first: Debian's Chromium (never a downloaded browser).
set -euo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian's Chromium for the browser tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  else
    echo "The browser tests need Debian's Chromium: sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

status=0
dotnet test --solution AgentStudio.sln -c Release --results-directory "$results" --report-xunit-trx "$@" || status=$?

# One plain totals line, whatever the runner printed above.
trx="$(find "$results" -name '*.trx' | head -n 1)"
if [ -n "$trx" ]; then
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  count() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed="$(count passed)"; failed="$(count failed)"; total="$(count total)"; executed="$(count executed)"
  echo "Tests: ${passed:-0} passed, ${failed:-0} failed, $(( ${total:-0} - ${executed:-0} )) skipped"
else
  echo "Tests: 0 passed, 0 failed (no results were written)"
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
