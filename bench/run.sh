#!/usr/bin/env bash
# BePART benchmark: fills PostgreSQL with N generated initiatives (default 100000), runs BePART on Payara Server on
# 127.0.0.1, and measures with wrk at 16 connections:
#   - catalogue: eight popular searches with words and three facets, over and over (the page cache serves them), and
#     the same page served by nginx from a saved copy, for the ratio;
#   - search: searches with words and three facets that nobody asked for before in the run (each one searched and
#     rendered);
#   - detail: initiative pages that nobody asked for before in the run (each one rendered);
#   - the CSV export of every public initiative: its time, then the live heap (what a full collection leaves)
#     sampled every second while it streams again.
# Prints the results and writes them to docs/benchmarks-N.txt. Needs: a built EAR (./mvnw -DskipTests package),
# PostgreSQL with the user bepart (as .ci/run prepares), wrk, nginx, curl, jcmd. Run as root from the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-100000}"
DURATION="${BENCH_DURATION:-30s}"
CONNECTIONS=16
PORTBASE=38000
BASE="http://127.0.0.1:$((PORTBASE + 80))"
NGINX_PORT=38999
DB=bepart_bench
OUT="docs/benchmarks-$N.txt"
export BENCH_DIR="$PWD/bench" BENCH_N="$N"

command -v wrk >/dev/null && command -v nginx >/dev/null || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null; }

psql_admin() { su postgres -c "psql -qtAX $*"; }
psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname='$DB'\"" | grep -q 1 && psql_admin "-c 'DROP DATABASE $DB'"
psql_admin "-c 'CREATE DATABASE $DB OWNER bepart'"

server() {
    PAYARA_HOME="$PWD/ear/target/payara6" DOMAINS_DIR="$PWD/ear/target/bench-domains" PORTBASE=$PORTBASE \
    EAR="$PWD/ear/target/bepart.ear" IT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" IT_DB_USER=bepart \
    IT_DB_PASSWORD=bepart BEPART_DIAGNOSTICS=false KEEP_SCHEMA="${KEEP_SCHEMA:-}" HEAP="${HEAP:-2g}" \
        bash ear/src/main/payara/server.sh "$@"
}

echo "== schema and demo data"
server test-stop
server test-start >/dev/null
server test-stop
echo "== generating $N initiatives"
start=$(date +%s)
PGPASSWORD=bepart psql -q -h 127.0.0.1 -U bepart -d $DB -v n="$N" -f bench/generate.sql >/dev/null
echo "generated in $(( $(date +%s) - start )) s"

echo "== starting BePART (the search index is rebuilt from the database)"
start=$(date +%s)
KEEP_SCHEMA=1 server test-start >/dev/null
startup=$(( $(date +%s) - start ))
pid=$(pgrep -f "bench-domains/bepart" | head -n 1)
echo "== waiting for the related initiatives, worked out in the background after start-up"
log=ear/target/bench-domains/bepart/logs/server.log
until grep -q "Related initiatives worked out" "$log"; do sleep 2; done
related=$(grep -o "Related initiatives worked out for [0-9]* initiatives in [0-9]* ms" "$log" | tail -n 1)
public=$(PGPASSWORD=bepart psql -qtAX -h 127.0.0.1 -U bepart -d $DB \
    -c "SELECT count(*) FROM initiative WHERE status IN ('SUBMITTED','UNDER_REVIEW','VALIDATED')")

load() { # name script url
    wrk -t2 -c$CONNECTIONS -d"$DURATION" --timeout 10s -s "bench/$2" "$3" | grep '^RESULT' | sed "s/^RESULT/$1/"
}

# Two minutes of rendering before measuring: the JIT compiler is still at work after one (measured: initiative pages
# at 457, 631 and 666 req/s in three consecutive 30 s runs after a 60 s warm-up). Search and detail warm up on
# addresses of their own, never asked for again.
echo "== warming up"
wrk -t2 -c$CONNECTIONS -d20s -s bench/catalogue.lua "$BASE" >/dev/null
BENCH_PASS=0 BENCH_SUFFIX="&warmup=1" wrk -t2 -c$CONNECTIONS -d60s -s bench/search.lua "$BASE" >/dev/null
BENCH_PASS=0 BENCH_SUFFIX="&warmup=1" wrk -t2 -c$CONNECTIONS -d60s -s bench/detail.lua "$BASE" >/dev/null

echo "== measuring"
catalogue=$(load catalogue catalogue.lua "$BASE")
search=$(BENCH_PASS=1 load search search.lua "$BASE")
detail=$(BENCH_PASS=1 load detail detail.lua "$BASE")

mkdir -p ear/target/bench-static/initiatives
curl -s -o ear/target/bench-static/initiatives/index.html \
    "$BASE/initiatives?q=budget&country=AM&stage=decision&theme=budget-finance&lang=en"
cat > ear/target/bench-nginx.conf <<NGINX
worker_processes 2;
pid $PWD/ear/target/bench-nginx.pid;
error_log /dev/null;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    server { listen 127.0.0.1:$NGINX_PORT; root $PWD/ear/target/bench-static; }
}
NGINX
nginx -c "$PWD/ear/target/bench-nginx.conf"
static=$(load nginx static.lua "http://127.0.0.1:$NGINX_PORT/initiatives/")
nginx -c "$PWD/ear/target/bench-nginx.conf" -s stop

echo "== heap after start-up and load, once collected"
heap() { jcmd "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap|PSYoungGen|def new generation/ {print; exit}' \
    | grep -oE 'used [0-9]+K' | grep -oE '[0-9]+'; }
jcmd "$pid" GC.run >/dev/null 2>&1 || true
settled=$(heap)

echo "== CSV export of every public initiative"
start=$(date +%s%N)
curl -s -o ear/target/bench-export.csv "$BASE/api/v1/initiatives/export.csv"
export_ms=$(( ($(date +%s%N) - start) / 1000000 ))
rows=$(($(python3 -c "import csv,sys;csv.field_size_limit(10**9);print(sum(1 for _ in csv.reader(open('ear/target/bench-export.csv',encoding='utf-8-sig'))))") - 1))
csv_kib=$(( $(stat -c %s ear/target/bench-export.csv) / 1024 ))
echo "== the same export again, the live heap sampled every second"
# What a full collection leaves, counted at that very safepoint (GC.run then GC.heap_info would also count what the
# export allocated in between).
live() { jmap -histo:live "$pid" | awk '/^Total/ {print int($3 / 1024)}'; }
before=$(live)
samples=""
curl -s -o /dev/null "$BASE/api/v1/initiatives/export.csv" &
curl_pid=$!
while kill -0 $curl_pid 2>/dev/null; do
    used=$(live); [ -n "$used" ] && samples="$samples $used"
    sleep 1
done
after=$(live)
max=$(echo $samples | tr ' ' '\n' | sort -n | tail -n 1)
server test-stop

rps() { echo "$1" | grep -oE 'rps=[0-9.]+' | cut -d= -f2; }
ratio=$(python3 -c "print(f'{$(rps "$catalogue") / $(rps "$static"):.3f}')")
{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
    echo "java: $(java -version 2>&1 | head -n 1); Payara Server $(basename "$(ls -d ear/target/payara6)") 6.2025.9; PostgreSQL $(psql --version | awk '{print $3}')"
    echo "initiatives: $N generated + demo; public: $public; startup with index rebuild: ${startup} s"
    echo "server heap: -Xmx${HEAP:-2g}; used after start-up and load, once collected: ${settled} KiB"
    echo "load: wrk, 2 threads, $CONNECTIONS connections, $DURATION per measure, after warm-up"
    echo "related initiatives: $related"
    echo "$catalogue"
    echo "$search"
    echo "$detail"
    echo "$static"
    echo "catalogue/nginx throughput ratio: $ratio"
    echo "export: $rows rows, ${csv_kib} KiB of CSV, in ${export_ms} ms"
    echo "export live heap (KiB, what a full collection leaves): before $before; while streaming:$samples; after $after; at most $max"
} | tee "$OUT"
