#!/usr/bin/env bash
# Installs what the tests need on a fresh machine (Debian Chromium, WordNet, Dovecot and Redis, the npm clients), builds the
# solution and runs every test project; ends with the line "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
config=${CONFIGURATION:-Release}
results="$root/TestResults"
started=$(date +%s)

log() { printf '==> %s\n' "$*"; }

if [ ! -x /usr/bin/chromium ]; then
  log "installing Debian chromium (browser tests)"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
if [ ! -f /usr/share/wordnet/index.noun ]; then
  log "installing Debian wordnet-base (English synonyms for knowledge search)"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq wordnet-base >/dev/null
fi
if [ ! -x /usr/sbin/dovecot ]; then
  log "installing Debian dovecot-imapd (the email tests read a real IMAP server)"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq dovecot-imapd >/dev/null
fi
if [ ! -x /usr/bin/redis-server ]; then
  log "installing Debian redis-server (the scale-out tests run two nodes over a real Redis)"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq redis-server >/dev/null
fi
command -v node >/dev/null || { echo "node is required (the Direct Line client tests run the official npm client)" >&2; exit 1; }

if [ -f tests/node/package-lock.json ]; then
  log "installing the npm test clients"
  npm ci --prefix tests/node --no-audit --no-fund --loglevel=error
fi

log "building ($config)"
dotnet build CityCrm.sln -c "$config" -nologo -v quiet -clp:ErrorsOnly

rm -rf "$results"
log "running tests"
set +e
dotnet test CityCrm.sln -c "$config" --no-build -nologo \
  --logger "trx" --results-directory "$results" 2>&1 | tee "$results.log"
status=${PIPESTATUS[0]}
set -e

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed)))
  skipped=$((skipped + $(get notExecuted)))
done
projects=$(find tests -name '*.Tests.csproj' | wc -l)
trxs=$(ls "$results"/*.trx 2>/dev/null | wc -l)
if [ "$trxs" -lt "$projects" ]; then
  echo "only $trxs of $projects test projects reported results (see $results.log)" >&2
  failed=$((failed + projects - trxs))
fi
echo "test time: $(( $(date +%s) - started )) s"
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then exit 1; fi
