#!/usr/bin/env bash
# The import of initiatives (issue 15, item 4) measured: a CSV of ROWS (10,000) generated initiatives uploaded through
# /admin/import as an administrator does it, the dry run, then the import as validated initiatives followed until it
# is done and the catalogue finds them (target: the import within 2 minutes). A system-test server on PostgreSQL
# (server.sh test-start, demo data) on ports 35000+ and the database DB (bepart_bench_imp, wiped). Run after
# `./mvnw -DskipTests package` (an EAR and Payara in ear/target); output on stdout, recorded in bench/import.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${ROWS:-10000}"
DB="${DB:-bepart_bench_imp}"
PORTBASE=35000
if ! PGPASSWORD=bepart psql -h 127.0.0.1 -U bepart -d "$DB" -qtAX -c 'SELECT 1' >/dev/null 2>&1; then
    su postgres -c "psql -qtAX -c 'CREATE DATABASE $DB OWNER bepart'"
fi
server() {
    PAYARA_HOME="$PWD/ear/target/payara6" DOMAINS_DIR="$PWD/bench/target/import-domains" PORTBASE=$PORTBASE \
    EAR="$PWD/ear/target/bepart.ear" SMTP_PORT=$((PORTBASE + 25)) IT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    IT_DB_USER=bepart IT_DB_PASSWORD=bepart HEAP="${HEAP:-1g}" bash ear/src/main/payara/server.sh "$@"
}
trap 'server test-stop >/dev/null 2>&1 || true' EXIT
echo "== $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s)
server test-start >/dev/null
echo "server up in $(( $(date +%s) - start )) s"
python3 bench/import.py "http://127.0.0.1:$((PORTBASE + 80))" admin@bepart.test Sys-Test-Pass-2026-Kq "$ROWS"
echo "load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
