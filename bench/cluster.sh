#!/usr/bin/env bash
# BePART as a cluster under load: server.sh cluster-start (a DAS, two instances, nginx round robin on 127.0.0.1) on
# PostgreSQL with the demo data, then wrk with mixed public traffic (bench/mixed.lua) through nginx, 64 connections,
# DURATION (60s) each:
#   0. nginx serving a saved copy of the same pages (the ratio's base);
#   1. two instances;
#   2. one instance (bepart-2 stopped);
#   3. two instances while bepart-2 is stopped after a quarter of the run and started again at half of it: the only
#      errors allowed are requests in flight on the stopped instance.
# Prints the results and writes them to docs/cluster-results.txt (discussed in docs/cluster.md). Needs a built EAR
# (./mvnw -DskipTests package), PostgreSQL with the user bepart (as .ci/run prepares), wrk, nginx. Run as root.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${BENCH_DURATION:-60s}"
SECONDS_RUN="${DURATION%s}"
CONNECTIONS=64
PORTBASE=36000
DB=bepart_bench_cl
OUT=docs/cluster-results.txt
export BENCH_DIR="$PWD/bench"

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

psql_admin() { su postgres -c "psql -qtAX $*"; }
psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname='$DB'\"" | grep -q 1 \
    || psql_admin "-c 'CREATE DATABASE $DB OWNER bepart'"

cluster() {
    PAYARA_HOME="$PWD/ear/target/payara6" DOMAINS_DIR="$PWD/ear/target/bench-cluster" PORTBASE=$PORTBASE \
    EAR="$PWD/ear/target/bepart.ear" IT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" IT_DB_USER=bepart \
    IT_DB_PASSWORD=bepart BEPART_DEMO_DATA=true BEPART_RATE_LIMIT_EXEMPT=127.0.0.1 \
        bash ear/src/main/payara/server.sh "$@"
}
trap 'cluster cluster-stop >/dev/null 2>&1 || true' EXIT

load() { # title
    echo "== $1"
    wrk -t2 -c$CONNECTIONS -d"$DURATION" --timeout 10s -s bench/mixed.lua "http://127.0.0.1:$((PORTBASE + 80))" \
        | tee -a /dev/stderr | grep '^RESULT' | sed "s/^RESULT/$1:/"
}

echo "== starting the cluster"
start=$(date +%s)
cluster cluster-start >/dev/null
echo "cluster up in $(( $(date +%s) - start )) s"
# The mix: the pages of bench/mixed-paths.txt and the page of every public initiative (others answer 404).
export MIXED_PATHS="$PWD/ear/target/bench-cluster-paths.txt"
{ cat bench/mixed-paths.txt
  PGPASSWORD=bepart psql -h 127.0.0.1 -U bepart -qtAX -d "$DB" \
      -c "SELECT '/initiatives/' || id FROM initiative WHERE status = 'VALIDATED' AND held_at IS NULL ORDER BY id"
} > "$MIXED_PATHS"
BENCH_DURATION=10s wrk -t2 -c$CONNECTIONS -d10s -s bench/mixed.lua "http://127.0.0.1:$((PORTBASE + 80))" >/dev/null

# nginx serving a saved copy of each page of the mix (English), for the ratio: the same bytes, in the same run.
STATIC="$PWD/ear/target/bench-cluster-static"
rm -rf "$STATIC" && mkdir -p "$STATIC"
n=0
while read -r path; do
    n=$((n + 1))
    curl -s -L -H 'Accept-Language: en' -o "$STATIC/p$n.html" "http://127.0.0.1:$((PORTBASE + 80))$path"
done < "$MIXED_PATHS"
cat > "$STATIC.conf" <<NGINX
worker_processes 2;
pid $STATIC.pid;
error_log /dev/null;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    server { listen 127.0.0.1:$((PORTBASE + 95)); root $STATIC; }
}
NGINX
nginx -c "$STATIC.conf"
echo "== nginx, the same bytes"
static=$(MIXED_STATIC=1 wrk -t2 -c$CONNECTIONS -d"$DURATION" --timeout 10s -s bench/mixed.lua \
    "http://127.0.0.1:$((PORTBASE + 95))" | tee -a /dev/stderr | grep '^RESULT' | sed "s/^RESULT/nginx, the same bytes:/")
nginx -c "$STATIC.conf" -s stop

two=$(load "two instances")
cluster cluster-instance stop 2
one=$(load "one instance")
cluster cluster-instance start 2 >/dev/null
(
    sleep $((SECONDS_RUN / 4)); cluster cluster-instance stop 2
    sleep $((SECONDS_RUN / 4)); cluster cluster-instance start 2 >/dev/null
) &
restart=$(load "two instances, one stopped and started again")
wait

{
    echo "BePART cluster benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, wrk $CONNECTIONS connections, $DURATION each,"
    echo "mixed public traffic (bench/mixed.lua) through nginx round robin; demo data on PostgreSQL."
    echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "$static"
    echo "$two"
    echo "$one"
    echo "$restart"
    rps() { grep -oE 'rps=[0-9.]+' <<<"$1" | cut -d= -f2; }
    echo "throughput as a share of nginx on the same bytes: two instances $(awk "BEGIN {printf \"%.1f %%\", \
        100 * $(rps "$two") / $(rps "$static")}"), one instance $(awk "BEGIN {printf \"%.1f %%\", \
        100 * $(rps "$one") / $(rps "$static")}")"
} | tee "$OUT"
