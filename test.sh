#!/usr/bin/env bash
# Runs every AgentStudio test, browser tests included, on a fresh Debian machine with the .NET SDK.
# Installs what the tests need first: Debian's Chromium (never a downloaded browser) and black, and the npm packages of
# AgentStudio.Tests/Sdk (Node.js itself must be installed).
set -euo pipefail
cd "$(dirname "$0")"

# Debian's packages the tests need: Chromium for the browser tests (never a downloaded browser), and black, which
# checks that the Python export is laid out as black leaves it (PyPI is not reachable; Debian's package is).
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
command -v black >/dev/null || missing+=(black)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian's ${missing[*]} for the tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "The tests need Debian's packages: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# The wire fidelity tests build designs with the OpenAI Agents SDK for JavaScript, pinned by the committed lock file.
# Installed with `npm ci` once per lock file: a stamp in node_modules records the lock file it was installed from.
sdk=AgentStudio.Tests/Sdk
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "The wire fidelity tests need Node.js 20 or later with npm on PATH (https://nodejs.org)." >&2
  exit 1
fi
lock_hash="$(sha256sum "$sdk/package-lock.json" | cut -d ' ' -f 1)"
if [ "$(cat "$sdk/node_modules/.installed-from-lock" 2>/dev/null)" != "$lock_hash" ]; then
  echo "Installing the OpenAI Agents SDK for JavaScript (npm ci in $sdk)..."
  (cd "$sdk" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" > "$sdk/node_modules/.installed-from-lock"
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

status=0
# Built once; then two runs: the functional tests, and the measurements (trait Category=Measurement: timings recorded
# for reports) on their own, so that neither slows the other down. Both always run; either failing fails the script.
# Arguments ("$@", e.g. --filter-class '*DesignerBrowserTests') go to both runs; a run they leave without tests
# (exit code 8) is not a failure.
if dotnet build AgentStudio.sln -c Release; then
  dotnet test --solution AgentStudio.sln -c Release --no-build --results-directory "$results/functional" --report-xunit-trx \
    --filter-not-trait 'Category=Measurement' --ignore-exit-code 8 "$@" || status=$?
  dotnet test --solution AgentStudio.sln -c Release --no-build --results-directory "$results/measurement" --report-xunit-trx \
    --filter-trait 'Category=Measurement' --ignore-exit-code 8 "$@" || status=$?
else
  status=1
fi

# One plain totals line for both runs, whatever the runner printed above.
passed=0; failed=0; skipped=0; reports=0
while IFS= read -r trx; do
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  count() { c="$(echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p")"; echo "${c:-0}"; }
  passed=$(( passed + $(count passed) ))
  failed=$(( failed + $(count failed) ))
  skipped=$(( skipped + $(count total) - $(count executed) ))
  reports=$(( reports + 1 ))
done < <(find "$results" -name '*.trx')

if [ "$reports" -gt 0 ]; then
  echo "Tests: $passed passed, $failed failed, $skipped skipped"
else
  echo "Tests: 0 passed, 0 failed (no results were written)"
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
