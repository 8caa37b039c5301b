#!/usr/bin/env bash
# Runs a command (default: `npm test`) while every core is kept busy by another process, to prove that the
# suite's waits and timeouts have headroom on a loaded CI machine. Usage: bash test/stress/under-load.sh [cmd…]
set -euo pipefail

cores="$(nproc)"
burners=()
stop_burners() { kill "${burners[@]}" 2>/dev/null || true; }
trap stop_burners EXIT
for _ in $(seq "$cores"); do
  # A shell spinning in a loop: one busy core each, no memory, nothing to clean up.
  bash -c 'while :; do :; done' &
  burners+=("$!")
done
echo "under-load: ${cores} busy loops running (pids ${burners[*]}); running: ${*:-npm test}" >&2
start=$(date +%s)
status=0
if [[ $# -gt 0 ]]; then "$@" || status=$?; else npm test || status=$?; fi
echo "under-load: finished in $(( $(date +%s) - start )) s with exit code ${status}" >&2
exit "$status"
