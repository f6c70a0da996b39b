#!/usr/bin/env bash
# Builds the retention benchmark in Release and runs it: the retention schedule removing 10,000 resolved conversations
# and their contacts (batches of 200, one durable commit each), against a floor of one bulk UPDATE of the same rows.
# Progress on stderr; figures on stdout. Exits 1 if the 120 s target is missed. Extra arguments are passed on,
# e.g. bench/retention.sh --conversations 2000
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/CityCrm.RetentionBench/CityCrm.RetentionBench.csproj -c Release --nologo -v quiet -clp:ErrorsOnly >&2
echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2 " RAM, " $7 " available"}'), load $(cut -d' ' -f1 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')" >&2
exec dotnet bench/CityCrm.RetentionBench/bin/Release/net10.0/CityCrm.RetentionBench.dll "$@"
