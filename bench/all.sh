#!/usr/bin/env bash
# Every benchmark, one after another, each figure beside the floor measured in the same run:
#   knowledge search (1k/10k/50k articles), the inbound pipeline and memory, agent console fan-out, email,
#   broadcast planning, the street resolver, the retention schedule.
# Progress goes to stderr; stdout gets a heading per benchmark and its "name value floor ratio target ok/MISS" lines,
# then one line per benchmark with its exit status. Exits 1 if any target was missed or a benchmark failed.
# Takes about 15 minutes on a 2-core machine; keep the machine otherwise quiet while it runs.
set -uo pipefail
cd "$(dirname "$0")"
echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/ {print $2 " RAM"}'), load $(cut -d' ' -f1 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
failed=0
summary=()
for bench in run inbound consoles mail outreach streets retention; do
  echo
  echo "== bench/$bench.sh"
  bash "./$bench.sh"
  status=$?
  summary+=("bench/$bench.sh: $([ "$status" -eq 0 ] && echo 'targets met' || echo "exit $status (a target missed or the run failed)")")
  [ "$status" -eq 0 ] || failed=1
done
echo
printf '%s\n' "${summary[@]}"
exit "$failed"
