#!/usr/bin/env bash
# Fresh searches against a BePART server that is already running (as bench/run.sh starts it), for comparing two
# builds in one sitting: the same addresses as bench/run.sh measures (BENCH_PASS), and the server's CPU time per
# request (its process's user + system time over the run, garbage collection included).
# usage: bench/search-again.sh [warm-up seconds, 0 for none] [pass] [seconds] [base address]
# BENCH_PID names the server's process when more than one runs (two builds side by side, measured in turns).
set -euo pipefail
cd "$(dirname "$0")/.."
WARM="${1:-60}"; PASS="${2:-1}"; SECONDS_RUN="${3:-30}"; BASE="${4:-http://127.0.0.1:38080}"
export BENCH_DIR="$PWD/bench" BENCH_N=100000
pid="${BENCH_PID:-$(pgrep -f "bench-domains/bepart" | head -n 1)}"
if [ "$WARM" != 0 ]; then
    BENCH_PASS=0 BENCH_SUFFIX="&warmup=1" wrk -t2 -c16 -d"${WARM}s" -s bench/search.lua "$BASE" >/dev/null
fi
before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
out=$(BENCH_PASS="$PASS" wrk -t2 -c16 -d"${SECONDS_RUN}s" --timeout 10s -s bench/search.lua "$BASE")
after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
requests=$(echo "$out" | grep -o "requests=[0-9]*" | cut -d= -f2)
echo "$out" | grep -E "^RESULT|^CACHED" | tr '\n' ' '
echo "cpu_ms_per_request=$(echo "scale=2; ($after - $before) * 1000 / $(getconf CLK_TCK) / $requests" | bc)"
