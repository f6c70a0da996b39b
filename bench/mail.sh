#!/usr/bin/env bash
# Builds the email benchmark in Release and runs it: 1,000 emails in a real Dovecot mailbox read by the host's
# mailbox reader, against a fetch-and-parse floor. Progress on stderr; figures on stdout. Exits 1 if the target is missed.
# Extra arguments are passed on, e.g. bench/mail.sh --count 200
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/CityCrm.MailBench/CityCrm.MailBench.csproj -c Release --nologo -v quiet -clp:ErrorsOnly >&2
echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2 " RAM, " $7 " available"}'), $(date -u '+%Y-%m-%d %H:%M UTC')" >&2
cd bench/CityCrm.MailBench
exec dotnet bin/Release/net10.0/CityCrm.MailBench.dll "$@"
