#!/usr/bin/env bash
# Builds the host and the inbound pipeline benchmark in Release and runs it: residents' messages (Twilio SMS webhooks and
# Direct Line activities) stored and answered from the knowledge base, against a no-op ASP.NET Core process as floor;
# then the host's memory with 10,000 open conversations and 1,000 agent consoles. Progress on stderr; figures on stdout.
# Exits 1 if a target is missed. Extra arguments are passed on, e.g. bench/inbound.sh --messages 2000 --consoles 100
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bots/City311/City311.csproj -c Release --nologo -v quiet -clp:ErrorsOnly >&2
dotnet build bench/CityCrm.InboundBench/CityCrm.InboundBench.csproj -c Release --nologo -v quiet -clp:ErrorsOnly >&2
echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2 " RAM, " $7 " available"}'), load $(cut -d' ' -f1 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')" >&2
ulimit -n 65536 2>/dev/null || true
exec dotnet bench/CityCrm.InboundBench/bin/Release/net10.0/CityCrm.InboundBench.dll \
  "$PWD/bots/City311/bin/Release/net10.0/City311.dll" "$PWD/bots/City311" "$@"
