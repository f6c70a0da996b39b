#!/usr/bin/env bash
# Builds the outreach benchmark in Release and runs it: a broadcast planned for 100,000 contacts (segment resolved,
# deduplicated, queued) against a floor of a plain bulk insert of as many rows. Progress on stderr; figures on stdout.
# Exits 1 if the 30 s target is missed. Extra arguments are passed on, e.g. bench/outreach.sh --contacts 10000
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/CityCrm.OutreachBench/CityCrm.OutreachBench.csproj -c Release --nologo -v quiet -clp:ErrorsOnly >&2
echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2 " RAM, " $7 " available"}'), $(date -u '+%Y-%m-%d %H:%M UTC')" >&2
exec dotnet bench/CityCrm.OutreachBench/bin/Release/net10.0/CityCrm.OutreachBench.dll "$@"
