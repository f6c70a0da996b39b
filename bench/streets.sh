#!/usr/bin/env bash
# Builds the street resolver benchmark in Release and runs it: N typed places (addresses, intersections, misspellings,
# unknown streets) resolved with the demo gazetteer, against a floor of a dictionary lookup of the same strings.
# Progress on stderr; figures on stdout. Exits 1 if resolving takes 20 times the floor or more. E.g. bench/streets.sh --addresses 20000
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/CityCrm.StreetsBench/CityCrm.StreetsBench.csproj -c Release --nologo -v quiet -clp:ErrorsOnly >&2
echo "machine: $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')" >&2
exec dotnet bench/CityCrm.StreetsBench/bin/Release/net10.0/CityCrm.StreetsBench.dll "$@"
