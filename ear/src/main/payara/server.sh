#!/usr/bin/env bash
# Starts and stops Payara Server with the BePART EAR, for the demo run (./run) and for the system tests (Maven).
#
#   server.sh run         demo: embedded H2 in ./data, demo data, http://localhost:8080/, foreground until Ctrl-C
#   server.sh test-start  system tests and benchmarks: PostgreSQL (IT_DB_*), fresh schema unless KEEP_SCHEMA=1,
#                         demo data, in the background
#   server.sh test-stop   stops the system-test server and keeps its log in target/
#
# Environment: PAYARA_HOME (unpacked Payara Server 6), DOMAINS_DIR, PORTBASE (HTTP = PORTBASE + 80,
# administration = PORTBASE + 48), EAR (the archive to deploy), HEAP (maximum heap of a new domain, default 512m),
# SMTP_PORT (the mail server on 127.0.0.1 behind the mail session mail/bepart; run: 2525, test-start: 28025).
set -euo pipefail

DOMAIN=bepart
ASADMIN="$PAYARA_HOME/bin/asadmin"
ADMIN_PORT=$((PORTBASE + 48))
HTTP_PORT=$((PORTBASE + 80))

asadmin() {
    "$ASADMIN" --port "$ADMIN_PORT" --interactive=false "$@"
}

# A domain of our own, created once, listening on 127.0.0.1 only.
prepare_domain() {
    if [ ! -f "$DOMAINS_DIR/$DOMAIN/config/domain.xml" ]; then
        mkdir -p "$DOMAINS_DIR"
        "$ASADMIN" create-domain --nopassword --portbase "$PORTBASE" --domaindir "$DOMAINS_DIR" "$DOMAIN" >/dev/null
        sed -i -e 's/address="0\.0\.0\.0"/address="127.0.0.1"/g' \
               -e 's/<network-listener port=/<network-listener address="127.0.0.1" port=/g' \
               "$DOMAINS_DIR/$DOMAIN/config/domain.xml"
        if [ -n "${HEAP:-}" ]; then
            sed -i "s/-Xmx512m/-Xmx$HEAP/g" "$DOMAINS_DIR/$DOMAIN/config/domain.xml"
        fi
    fi
}

# In a session of its own, so that Ctrl-C reaches only this script, which then stops the server through asadmin.
start_domain() {
    setsid -w "$ASADMIN" start-domain --domaindir "$DOMAINS_DIR" "$DOMAIN" >/dev/null
}

stop_domain() {
    "$ASADMIN" stop-domain --domaindir "$DOMAINS_DIR" "$DOMAIN" >/dev/null 2>&1 || true
}

# The mail session mail/bepart (JNDI), to an SMTP server on 127.0.0.1:$SMTP_PORT; replaced at every start.
create_mail_session() {
    asadmin delete-javamail-resource mail/bepart >/dev/null 2>&1 || true
    asadmin create-javamail-resource --mailhost 127.0.0.1 --mailuser bepart \
        --fromaddress "${BEPART_MAIL_FROM:-noreply@bepart.localhost}" \
        --property "mail.smtp.port=$SMTP_PORT:mail.smtp.connectiontimeout=10000:mail.smtp.timeout=10000" \
        mail/bepart >/dev/null
}

deploy() {
    asadmin deploy --force=true --name bepart --contextroot / "$EAR" >/dev/null
}

wait_for_http() {
    for _ in $(seq 1 120); do
        if curl -fsS -o /dev/null "http://127.0.0.1:$HTTP_PORT/"; then
            return 0
        fi
        sleep 1
    done
    echo "BePART did not answer on port $HTTP_PORT" >&2
    return 1
}

case "${1:-}" in
    run)
        DATA_DIR="${DATA_DIR:-$PWD/data}"
        mkdir -p "$DATA_DIR/h2"
        export BEPART_DB_URL="jdbc:h2:file:$DATA_DIR/h2/bepart;DB_CLOSE_ON_EXIT=FALSE"
        export BEPART_DEMO_DATA=true
        # Nothing listens on this port in the demo: mails stay in the outbox and are written to the server log.
        SMTP_PORT="${SMTP_PORT:-2525}"
        export BEPART_MAIL_LOG=true
        # The first administrator: from the environment, or a password generated once for this data directory.
        if [ -z "${BEPART_ADMIN_EMAIL:-}" ]; then
            export BEPART_ADMIN_EMAIL=admin@bepart.localhost
            if [ ! -f "$DATA_DIR/admin-password" ]; then
                (umask 077; head -c 18 /dev/urandom | base64 | tr '+/' '-_' > "$DATA_DIR/admin-password")
            fi
            export BEPART_ADMIN_PASSWORD="$(cat "$DATA_DIR/admin-password")"
            admin_note="Administrator: $BEPART_ADMIN_EMAIL, password in $DATA_DIR/admin-password"
        else
            admin_note="Administrator: $BEPART_ADMIN_EMAIL (password from BEPART_ADMIN_PASSWORD)"
        fi
        prepare_domain
        stop_domain
        log_pid=
        # Whatever ends this script (Ctrl-C, an error) stops the server too.
        # The application is undeployed on the way out, so that the next start deploys the new build afresh.
        trap 'echo; echo "Stopping BePART…"; [ -n "$log_pid" ] && kill "$log_pid" 2>/dev/null
              asadmin undeploy bepart >/dev/null 2>&1; stop_domain' EXIT
        trap 'exit 0' INT TERM
        start_domain
        if asadmin list-applications 2>/dev/null | grep -q '^bepart'; then
            # Left by a server that was killed: let the start-up load it, then remove it.
            wait_for_http || true
            asadmin undeploy bepart >/dev/null
        fi
        create_mail_session
        echo "Deploying BePART…"
        deploy
        wait_for_http
        echo "BePART runs at http://localhost:$HTTP_PORT/  (server log: $DOMAINS_DIR/$DOMAIN/logs/server.log; Ctrl-C stops it)"
        echo "$admin_note"
        echo "Mails (e.g. the links that confirm new accounts) are written to the server log."
        tail -n 0 -F "$DOMAINS_DIR/$DOMAIN/logs/server.log" &
        log_pid=$!
        wait "$log_pid"
        ;;
    test-start)
        # A fresh schema for every run, so the migrations and the demo load are tested from scratch
        # (KEEP_SCHEMA=1 keeps the data, for benchmarks).
        if [ -z "${KEEP_SCHEMA:-}" ]; then
            db="${IT_DB_URL#jdbc:postgresql://}"
            PGOPTIONS='-c client_min_messages=warning' PGPASSWORD="$IT_DB_PASSWORD" psql -q -v ON_ERROR_STOP=1 \
                "postgresql://$IT_DB_USER@${db}" -c 'DROP SCHEMA IF EXISTS public CASCADE' -c 'CREATE SCHEMA public' \
                >/dev/null
        fi
        export BEPART_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource
        export BEPART_DB_URL="$IT_DB_URL"
        export BEPART_DB_USER="$IT_DB_USER"
        export BEPART_DB_PASSWORD="$IT_DB_PASSWORD"
        export BEPART_DEMO_DATA=true
        export BEPART_DIAGNOSTICS="${BEPART_DIAGNOSTICS:-true}"
        # The system tests sign in as this administrator (ear/src/test: Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD).
        export BEPART_ADMIN_EMAIL="${BEPART_ADMIN_EMAIL:-admin@bepart.test}"
        export BEPART_ADMIN_PASSWORD="${BEPART_ADMIN_PASSWORD:-Sys-Test-Pass-2026-Kq}"
        SMTP_PORT="${SMTP_PORT:-28025}"
        rm -rf "${DOMAINS_DIR:?}/$DOMAIN"
        prepare_domain
        start_domain
        if ! create_mail_session || ! deploy || ! wait_for_http; then
            tail -n 200 "$DOMAINS_DIR/$DOMAIN/logs/server.log" >&2
            stop_domain
            exit 1
        fi
        echo "System-test server up on http://127.0.0.1:$HTTP_PORT/"
        ;;
    test-stop)
        stop_domain
        ;;
    *)
        echo "usage: $0 run | test-start | test-stop" >&2
        exit 2
        ;;
esac
