#!/usr/bin/env bash
# Builds the host and the console fan-out benchmark in Release and runs it: 1,000 agent consoles (real SignalR
# clients over WebSockets) on one host on Kestrel, a resident's hand-off heard by every one, against a 1-console floor,
# and the host's memory. Progress on stderr; figures on stdout. Exits 1 if the p99 target is missed.
# Extra arguments are passed on, e.g. bench/consoles.sh --consoles 200 --events 10
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bots/City311/City311.csproj -c Release --nologo -v quiet -clp:ErrorsOnly >&2
dotnet build bench/CityCrm.ConsoleBench/CityCrm.ConsoleBench.csproj -c Release --nologo -v quiet -clp:ErrorsOnly >&2
echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2 " RAM, " $7 " available"}'), load $(cut -d' ' -f1 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')" >&2
ulimit -n 65536 2>/dev/null || true
exec dotnet bench/CityCrm.ConsoleBench/bin/Release/net10.0/CityCrm.ConsoleBench.dll \
  "$PWD/bots/City311/bin/Release/net10.0/City311.dll" "$PWD/bots/City311" "$@"
