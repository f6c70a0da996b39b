#!/usr/bin/env bash
# Builds the knowledge-search benchmark in Release and runs it. Progress goes to stderr; the figures,
# one line each (name  value  floor  ratio  target  ok/MISS), go to stdout. Exits 1 if a target is missed.
# Extra arguments are passed on, e.g. bench/run.sh --sizes 1000,10000 --queries 1000
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/CityCrm.Bench/CityCrm.Bench.csproj -c Release --nologo -v quiet -clp:ErrorsOnly >&2
echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2 " RAM, " $7 " available"}'), $(date -u '+%Y-%m-%d %H:%M UTC')" >&2
exec dotnet bench/CityCrm.Bench/bin/Release/net10.0/CityCrm.Bench.dll "$@"
