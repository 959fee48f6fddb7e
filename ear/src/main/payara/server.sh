#!/usr/bin/env bash
# Starts and stops Payara Server with the BePART EAR, for the demo run (./run) and for the system tests (Maven).
#
#   server.sh run         demo: embedded H2 in $DATA_DIR, demo data, a demo mailbox, http://localhost:8080/, in the
#                         foreground until Ctrl-C
#   server.sh demo-start  the same in the background, returning once BePART serves pages (system tests)
#   server.sh demo-stop   stops what demo-start started
#   server.sh demo-kill   kills the demo's server JVM with SIGKILL, as a power cut or the OOM killer would
#   server.sh test-start  system tests and benchmarks: PostgreSQL (IT_DB_*), fresh schema unless KEEP_SCHEMA=1,
#                         demo data, in the background
#   server.sh test-stop   stops the system-test server and keeps its log in target/
#   server.sh cluster-start   a cluster on this machine: a DAS, the deployment group bepart-group with the instances
#                         bepart-1 and bepart-2 (ports PORTBASE + 100·N + …), PostgreSQL (BEPART_DB_* or IT_DB_*),
#                         nginx in front on PORTBASE + 80 (round robin); returns once both instances are ready
#   server.sh cluster-stop    stops nginx, the instances and the DAS
#   server.sh cluster-instance stop|start|kill N   stops, starts or kills (SIGKILL) the instance bepart-N
#
# Environment: PAYARA_HOME (unpacked Payara Server 6), DOMAINS_DIR, PORTBASE (HTTP = PORTBASE + 80,
# administration = PORTBASE + 48, an internal HTTP listener for start-up checks = PORTBASE + 82), EAR (the archive to
# deploy), HEAP (maximum heap of a new domain, default 512m), SMTP_PORT (the mail server on 127.0.0.1 behind the mail
# session mail/bepart; demo: PORTBASE + 25, test-start: 28025), and for the demo DATA_DIR (default ./data),
# MAILBOX_JAR (GreenMail standalone) and CLASSES (class path of the built domain and web classes, for the start-up
# page). Everything listens on 127.0.0.1 only, Payara's data grid included.
set -euo pipefail

DOMAIN=bepart
ASADMIN="$PAYARA_HOME/bin/asadmin"
ADMIN_PORT=$((PORTBASE + 48))
HTTP_PORT=$((PORTBASE + 80))
PROBE_PORT=$((PORTBASE + 82))
HERE="$(cd "$(dirname "$0")" && pwd)"
LISTENER=configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1

asadmin() {
    "$ASADMIN" --port "$ADMIN_PORT" --interactive=false "$@"
}

# A domain of our own, created once: every listener on 127.0.0.1, the data grid bound to 127.0.0.1 (joining without
# waiting for other members, never phoning home), no JMS broker (BePART sends no JMS), and an internal listener on
# which the scripts see whether BePART is ready. With "all", every config gets the data grid's JVM options (the
# instances of a cluster are made from default-config), not only the server's own.
prepare_domain() {
    local xml="$DOMAINS_DIR/$DOMAIN/config/domain.xml"
    if [ ! -f "$xml" ]; then
        mkdir -p "$DOMAINS_DIR"
        "$ASADMIN" create-domain --nopassword --checkports=false --portbase "$PORTBASE" --domaindir "$DOMAINS_DIR" \
            "$DOMAIN" >/dev/null
        local options='<jvm-options>-Dhazelcast.socket.bind.any=false</jvm-options>'
        options+='<jvm-options>-Dhazelcast.wait.seconds.before.join=0</jvm-options>'
        options+='<jvm-options>-Dhazelcast.phone.home.enabled=false</jvm-options>'
        # The first config (server-config) is the one the server runs with.
        sed -i -e 's/address="0\.0\.0\.0"/address="127.0.0.1"/g' \
               -e 's/<network-listener port=/<network-listener address="127.0.0.1" port=/g' \
               -e 's/<hazelcast-runtime-configuration /<hazelcast-runtime-configuration das-bind-address="127.0.0.1" interface="127.0.0.1" /' \
               "$xml"
        if [ "${1:-}" = all ]; then
            sed -i "s|</java-config>|$options</java-config>|" "$xml"
        else
            sed -i "0,/<\/java-config>/s|</java-config>|$options</java-config>|" "$xml"
        fi
    fi
    tune_domain
}

# The settings that matter for throughput, the same for the demo, the system tests, the benchmarks and a cluster's
# instances (README, "Running it on your own Payara Server", gives them to deployers): a heap of $HEAP (1g; the
# benchmark at 100,000 initiatives takes 2g) with G1, twice as many HTTP workers as cores, up to 1,000 requests on one
# kept-alive connection (Payara closes it after 250 by default), no access log, no monitoring of requests.
# Idempotent; the domain must be stopped.
tune_domain() {
    local xml="$DOMAINS_DIR/$DOMAIN/config/domain.xml"
    # Twice the cores (at least 4): a cached page costs CPU only, and more runnable workers than that only lengthen the
    # slowest answers (docs/benchmarks.md, "HTTP workers"); raise it where pages wait on a slow database.
    local workers=$(( $(nproc) * 2 ))
    [ "$workers" -ge 4 ] || workers=4
    sed -i -E -e "s/<jvm-options>-Xmx[0-9]+[mMgG]<\/jvm-options>/<jvm-options>-Xmx${HEAP:-1g}<\/jvm-options>/g" \
           -e 's/<thread-pool name="http-thread-pool"[^>]*\/>/<thread-pool name="http-thread-pool" min-thread-pool-size="'"${HTTP_THREADS_MIN:-$workers}"'" max-thread-pool-size="'"${HTTP_THREADS_MAX:-$workers}"'" \/>/g' \
           -e 's/<thread-pool name="http-thread-pool"[^>]*[^/]>/<thread-pool name="http-thread-pool" min-thread-pool-size="'"${HTTP_THREADS_MIN:-$workers}"'" max-thread-pool-size="'"${HTTP_THREADS_MAX:-$workers}"'">/g' \
           -e '/<protocol name="http-listener-1"/{n;s/ max-connections="[0-9-]*"//;s/ compress[a-z-]*="[^"]*"//g;s/<http /<http max-connections="1000" compression="on" compressable-mime-type="text\/css,text\/javascript,application\/javascript,image\/svg+xml" compression-min-size-bytes="1024" /}' \
           -e 's/access-logging-enabled="true"/access-logging-enabled="false"/g' \
           "$xml"
    # No message broker: BePART sends no JMS, and the embedded one listens on every interface (JMS_PROVIDER_PORT).
    # Here rather than at creation, so that domains made before this are closed too.
    sed -i -e 's/<jms-service \(.*\)type="EMBEDDED"/<jms-service \1type="DISABLED"/' "$xml"
}

# No product or version in answers: Payara's Server and X-Powered-By headers off on every listener; nor Payara's own
# X-Frame-Options (SAMEORIGIN on answers without one): BePART sets it per page, and its widgets must be framable (the
# domain must be stopped; README, "Security headers and the session cookie", has the asadmin commands for a running
# server).
hide_server_version() {
    sed -i -e '/<http [^>]*server-header=/!s/<http /<http server-header="false" /' \
           -e '/<http [^>]*xpowered-by=/!s/<http /<http xpowered-by="false" /' \
           -e '/<http [^>]*xframe-options=/!s/<http /<http xframe-options="false" /' \
           "$DOMAINS_DIR/$DOMAIN/config/domain.xml"
}

# The internal listener (PROBE_PORT) on a running domain, unless it exists.
add_probe_listener() {
    if ! grep -q 'name="probe-listener"' "$DOMAINS_DIR/$DOMAIN/config/domain.xml"; then
        asadmin create-http-listener --listeneraddress 127.0.0.1 --listenerport "$PROBE_PORT" --defaultvs server \
            --securityenabled=false probe-listener >/dev/null
    fi
}

# Whether the public HTTP listener opens when the domain starts (the domain must be stopped).
public_listener() {
    sed -i -e '/name="http-listener-1"/s/ enabled="[a-z]*"//' \
           -e "/<network-listener /s/name=\"http-listener-1\"/name=\"http-listener-1\" enabled=\"$1\"/" \
           "$DOMAINS_DIR/$DOMAIN/config/domain.xml"
}

# In a session of its own, so that Ctrl-C reaches only this script, which then stops the server through asadmin.
start_domain() {
    setsid -w "$ASADMIN" start-domain --domaindir "$DOMAINS_DIR" "$DOMAIN" >/dev/null
}

stop_domain() {
    "$ASADMIN" stop-domain --domaindir "$DOMAINS_DIR" "$DOMAIN" >/dev/null 2>&1 || true
}

# The mail session mail/bepart (JNDI), to an SMTP server on 127.0.0.1:$SMTP_PORT; replaced when its port changed.
create_mail_session() {
    if grep -q "<property name=\"mail.smtp.port\" value=\"$SMTP_PORT\">" "$DOMAINS_DIR/$DOMAIN/config/domain.xml"; then
        return 0
    fi
    asadmin delete-javamail-resource mail/bepart >/dev/null 2>&1 || true
    asadmin create-javamail-resource --mailhost 127.0.0.1 --mailuser bepart \
        --fromaddress "${BEPART_MAIL_FROM:-noreply@bepart.localhost}" \
        --property "mail.smtp.port=$SMTP_PORT:mail.smtp.connectiontimeout=10000:mail.smtp.timeout=10000" \
        mail/bepart >/dev/null
}

deploy() {
    asadmin deploy --force=true --name bepart --contextroot / "$EAR" >/dev/null
}

# Waits until $1 answers 200 (at most $2 seconds).
wait_for() {
    for _ in $(seq 1 "$2"); do
        if curl -fs -o /dev/null --max-time 10 "$1"; then
            return 0
        fi
        sleep 1
    done
    echo "No answer from $1" >&2
    return 1
}

wait_for_http() {
    wait_for "http://127.0.0.1:$HTTP_PORT/" 120
}

# --- the demo ------------------------------------------------------------------------------------------------------

demo_environment() {
    DATA_DIR="${DATA_DIR:-$PWD/data}"
    RUN_DIR="$DATA_DIR/run"
    mkdir -p "$DATA_DIR/h2" "$RUN_DIR"
    SMTP_PORT="${SMTP_PORT:-$((PORTBASE + 25))}"
    MAILBOX_PORT="$((PORTBASE + 26))"
    # Every commit is written to the file before it is acknowledged: a killed server loses nothing (docs/durability.md).
    export BEPART_DB_URL="jdbc:h2:file:$DATA_DIR/h2/bepart;DB_CLOSE_ON_EXIT=FALSE${H2_DURABILITY-;WRITE_DELAY=0}"
    export BEPART_DEMO_DATA=true
    export BEPART_DEMO_MAILBOX_URL="http://127.0.0.1:$MAILBOX_PORT"
    export BEPART_PUBLIC_URL="${BEPART_PUBLIC_URL:-http://localhost:$HTTP_PORT}"
    # The first administrator: from the environment, or a password generated once for this data directory.
    if [ -z "${BEPART_ADMIN_EMAIL:-}" ]; then
        export BEPART_ADMIN_EMAIL=admin@bepart.localhost
        if [ ! -f "$DATA_DIR/admin-password" ]; then
            (umask 077; head -c 18 /dev/urandom | base64 | tr '+/' '-_' > "$DATA_DIR/admin-password")
        fi
        export BEPART_ADMIN_PASSWORD="$(cat "$DATA_DIR/admin-password")"
        ADMIN_NOTE="Administrator: $BEPART_ADMIN_EMAIL, password in $DATA_DIR/admin-password"
    else
        ADMIN_NOTE="Administrator: $BEPART_ADMIN_EMAIL (password from BEPART_ADMIN_PASSWORD)"
    fi
}

# Runs "$@" in the background with its pid in $RUN_DIR/$name.pid, unless it runs already.
start_helper() {
    local name=$1
    shift
    if [ -f "$RUN_DIR/$name.pid" ] && kill -0 "$(cat "$RUN_DIR/$name.pid")" 2>/dev/null; then
        return 0
    fi
    setsid "$@" >"$RUN_DIR/$name.log" 2>&1 < /dev/null &
    echo $! > "$RUN_DIR/$name.pid"
}

# Stops a helper and waits until it is gone (and has let go of its ports).
stop_helper() {
    if [ -f "$RUN_DIR/$1.pid" ]; then
        local pid
        pid=$(cat "$RUN_DIR/$1.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.05
        done
        rm -f "$RUN_DIR/$1.pid"
    fi
}

# Brings the demo up: the mailbox (GreenMail: SMTP for mail/bepart, and the API the back office reads), the start-up
# page on the public port, Payara with its public listener closed; BePART deployed when the archive changed; once
# BePART answers on the internal listener, the start-up page gives the public port to Payara.
demo_up() {
    start_helper mailbox java -Xmx96m -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
        -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$MAILBOX_PORT" -Dgreenmail.auth.disabled \
        -jar "$MAILBOX_JAR"
    start_helper starting java -Xmx32m -cp "$CLASSES" "$HERE/StartingPage.java" "$HTTP_PORT" \
        "${BEPART_DEFAULT_LANGUAGE:-hy}"
    stop_domain
    prepare_domain
    hide_server_version
    public_listener false
    start_domain
    add_probe_listener
    create_mail_session
    local sum
    sum=$(sha256sum "$EAR" | cut -d' ' -f1)
    if ! grep -q '<application [^>]*name="bepart"' "$DOMAINS_DIR/$DOMAIN/config/domain.xml" \
            || [ "$(cat "$DATA_DIR/deployed.sha256" 2>/dev/null)" != "$sum" ]; then
        echo "Deploying BePART…"
        deploy
        echo "$sum" > "$DATA_DIR/deployed.sha256"
    fi
    wait_for "http://127.0.0.1:$PROBE_PORT/health/ready" 300
    wait_for "http://127.0.0.1:$PROBE_PORT/" 60
    stop_helper starting
    # The start-up page has let go of the port: Payara opens it (its REST interface answers faster than asadmin).
    for _ in $(seq 1 50); do
        curl -fsS -o /dev/null -X POST -H 'X-Requested-By: bepart' -H 'Accept: application/json' \
            -d enabled=true "http://127.0.0.1:$ADMIN_PORT/management/domain/${LISTENER//./\/}" && break
        sleep 0.1
    done
    wait_for_http
}

demo_down() {
    stop_helper starting
    stop_domain
    stop_helper mailbox
}


# Empties the PostgreSQL database $1 (JDBC URL) of user $2 with password $3.
fresh_schema() {
    local db="${1#jdbc:postgresql://}"
    PGOPTIONS='-c client_min_messages=warning' PGPASSWORD="$3" psql -q -v ON_ERROR_STOP=1 \
        "postgresql://$2@${db}" -c 'DROP SCHEMA IF EXISTS public CASCADE' -c 'CREATE SCHEMA public' >/dev/null
}

# --- a cluster on one machine --------------------------------------------------------------------------------------
# The DAS (administration on PORTBASE + 48; its own HTTP listener closed: nginx takes PORTBASE + 80), the deployment
# group bepart-group of the instances bepart-1 … bepart-$INSTANCES (instance N: ports PORTBASE + 100·N + the usual
# offsets, HTTP on PORTBASE + 100·N + 80, data grid on PORTBASE + 100·N + 90), and nginx on PORTBASE + 80 sending
# requests round robin to the instances. The data grid (Hazelcast) binds to 127.0.0.1 and finds its members by TCP/IP
# on 127.0.0.1 only, under a cluster name of its own. The instances read BePART's settings from the environment of
# the process that starts them (this script), as the README describes; their search indexes are their own.

CLUSTER_DOMAIN=bepart-cluster
GROUP=bepart-group
INSTANCES="${INSTANCES:-2}"

cluster_environment() {
    DOMAIN=$CLUSTER_DOMAIN
    NODES_DIR="$DOMAINS_DIR/nodes"
    NODE=bepart-node
    RUN_DIR="$DOMAINS_DIR/run"
    mkdir -p "$RUN_DIR"
    SMTP_PORT="${SMTP_PORT:-$((PORTBASE + 25))}"
}

# BePART's settings for the instances: the database (IT_DB_* of the system tests, else BEPART_DB_*) and the proxy.
cluster_settings() {
    export BEPART_DB_DATASOURCE_CLASS="${BEPART_DB_DATASOURCE_CLASS:-org.postgresql.ds.PGSimpleDataSource}"
    export BEPART_DB_URL="${IT_DB_URL:-${BEPART_DB_URL:?set BEPART_DB_URL (PostgreSQL) for the cluster}}"
    export BEPART_DB_USER="${IT_DB_USER:-${BEPART_DB_USER:-bepart}}"
    export BEPART_DB_PASSWORD="${IT_DB_PASSWORD:-${BEPART_DB_PASSWORD:-bepart}}"
    # nginx in front: X-Forwarded-For is believed from it only.
    export BEPART_TRUSTED_PROXIES="${BEPART_TRUSTED_PROXIES:-127.0.0.1}"
    export BEPART_PUBLIC_URL="${BEPART_PUBLIC_URL:-http://127.0.0.1:$HTTP_PORT}"
}

instance_port() {
    echo $((PORTBASE + 100 * $1 + $2))
}

# Creates the DAS, the group and its instances afresh, with the data grid on 127.0.0.1 and the mail session.
cluster_create() {
    rm -rf "${DOMAINS_DIR:?}/$CLUSTER_DOMAIN" "$NODES_DIR"
    prepare_domain all
    # The DAS serves no pages (nginx takes PORTBASE + 80); its instances' listeners, made from default-config, do.
    sed -i '0,/<network-listener [^>]*name="http-listener-1"/{/<network-listener /s/name="http-listener-1"/name="http-listener-1" enabled="false"/}' \
        "$DOMAINS_DIR/$DOMAIN/config/domain.xml"
    start_domain || return 1
    local members="127.0.0.1:$((PORTBASE + 90))"
    for n in $(seq 1 "$INSTANCES"); do
        members+=",127.0.0.1:$(instance_port "$n" 90)"
    done
    asadmin set-hazelcast-configuration --clustermode tcpip --tcpipmembers "$members" --interfaces 127.0.0.1 \
        --dasbindaddress 127.0.0.1 --daspublicaddress 127.0.0.1 --dasport $((PORTBASE + 90)) \
        --startport $((PORTBASE + 90)) --clustername "bepart-$PORTBASE" --autoIncrementport false >/dev/null || return 1
    asadmin create-deployment-group "$GROUP" >/dev/null || return 1
    asadmin create-node-config --nodehost 127.0.0.1 --installdir "$PAYARA_HOME" --nodedir "$NODES_DIR" "$NODE" \
        >/dev/null || return 1
    for n in $(seq 1 "$INSTANCES"); do
        asadmin create-local-instance --node "$NODE" --nodedir "$NODES_DIR" --portbase "$(instance_port "$n" 0)" \
            --checkports=false --dataGridStartPort "$(instance_port "$n" 90)" "bepart-$n" >/dev/null || return 1
        asadmin add-instance-to-deployment-group --instance "bepart-$n" --deploymentgroup "$GROUP" >/dev/null || return 1
        # Sessions are kept in the data grid, so another instance carries on a session of one that stopped.
        asadmin set "configs.config.bepart-$n-config.availability-service.web-container-availability.persistence-type=hazelcast" \
            >/dev/null || return 1
    done
    asadmin create-javamail-resource --target "$GROUP" --mailhost 127.0.0.1 --mailuser bepart \
        --fromaddress "${BEPART_MAIL_FROM:-noreply@bepart.localhost}" \
        --property "mail.smtp.port=$SMTP_PORT:mail.smtp.connectiontimeout=10000:mail.smtp.timeout=10000" \
        mail/bepart >/dev/null || return 1
    asadmin deploy --target "$GROUP" --availabilityenabled=true --force=true --name bepart --contextroot / \
        "$EAR" >/dev/null || return 1
}

instance_start() {
    "$ASADMIN" --port "$ADMIN_PORT" start-local-instance --node "$NODE" --nodedir "$NODES_DIR" --sync normal \
        "bepart-$1" >/dev/null
}

instance_stop() {
    "$ASADMIN" --port "$ADMIN_PORT" stop-local-instance --node "$NODE" --nodedir "$NODES_DIR" "bepart-$1" \
        >/dev/null 2>&1 || true
}

instance_kill() {
    local pid
    pid=$(cat "$NODES_DIR/$NODE/bepart-$1/config/pid")
    kill -9 "$pid"
    while kill -0 "$pid" 2>/dev/null; do
        sleep 0.1
    done
}

instance_wait() {
    wait_for "http://127.0.0.1:$(instance_port "$1" 80)/health/ready" "${2:-300}"
}

# nginx with a prefix and configuration of its own (never the system's), round robin over the instances; a request
# an instance cannot take (refused, cut before any answer, or answered by Payara itself while BePART is not deployed
# there yet: 404, 503) goes to the next one when that is safe (not a POST).
nginx_start() {
    local dir="$DOMAINS_DIR/nginx"
    mkdir -p "$dir/logs" "$dir/temp"
    {
        echo "worker_processes 1;"
        echo "pid $dir/nginx.pid;"
        echo "error_log $dir/logs/error.log warn;"
        echo "events { worker_connections 1024; }"
        echo "http {"
        echo "    access_log off;"
        echo "    client_body_temp_path $dir/temp/body; proxy_temp_path $dir/temp/proxy;"
        echo "    fastcgi_temp_path $dir/temp/fastcgi; uwsgi_temp_path $dir/temp/uwsgi; scgi_temp_path $dir/temp/scgi;"
        echo "    client_max_body_size 70m;"
        echo "    upstream bepart {"
        for n in $(seq 1 "$INSTANCES"); do
            echo "        server 127.0.0.1:$(instance_port "$n" 80) max_fails=1 fail_timeout=5s;"
        done
        echo "        keepalive 32;"
        echo "    }"
        echo "    server {"
        echo "        listen 127.0.0.1:$HTTP_PORT;"
        echo "        location / {"
        echo "            proxy_pass http://bepart;"
        echo "            proxy_http_version 1.1;"
        echo "            proxy_set_header Connection \"\";"
        echo "            proxy_set_header Host \$http_host;"
        echo "            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;"
        echo "            proxy_set_header X-Forwarded-Proto \$scheme;"
        echo "            proxy_connect_timeout 2s;"
        echo "            proxy_next_upstream error timeout http_502 http_503 http_504 http_404;"
        echo "        }"
        echo "    }"
        echo "}"
    } > "$dir/nginx.conf"
    "${NGINX:-/usr/sbin/nginx}" -p "$dir" -c "$dir/nginx.conf" -e "$dir/logs/error.log"
}

nginx_stop() {
    local pidfile="$DOMAINS_DIR/nginx/nginx.pid"
    if [ -f "$pidfile" ]; then
        local pid
        pid=$(cat "$pidfile")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        rm -f "$pidfile"
    fi
}

cluster_stop() {
    nginx_stop
    if [ -d "$NODES_DIR" ]; then
        for n in $(seq 1 "$INSTANCES"); do
            instance_stop "$n" &
        done
        wait
    fi
    stop_domain
}

case "${1:-}" in
    run)
        demo_environment
        # Whatever ends this script (Ctrl-C, an error) stops the server too; BePART stays deployed for the next run.
        log_pid=
        trap 'echo; echo "Stopping BePART…"; [ -n "$log_pid" ] && kill "$log_pid" 2>/dev/null; demo_down' EXIT
        trap 'exit 0' INT TERM
        started=$(date +%s)
        demo_up
        echo "BePART runs at http://localhost:$HTTP_PORT/ (ready after $(( $(date +%s) - started )) s; server log:" \
            "$DOMAINS_DIR/$DOMAIN/logs/server.log; Ctrl-C stops it)"
        echo "$ADMIN_NOTE"
        echo "Mails (e.g. the links that confirm new accounts) are caught by the demo mailbox:" \
            "http://localhost:$HTTP_PORT/admin/mailbox (signed in as the administrator)."
        tail -n 0 -F "$DOMAINS_DIR/$DOMAIN/logs/server.log" &
        log_pid=$!
        wait "$log_pid"
        ;;
    demo-start)
        demo_environment
        demo_up
        echo "Demo server up on http://127.0.0.1:$HTTP_PORT/"
        ;;
    demo-stop)
        demo_environment
        demo_down
        ;;
    demo-kill)
        pid=$(cat "$DOMAINS_DIR/$DOMAIN/config/pid")
        kill -9 "$pid"
        while kill -0 "$pid" 2>/dev/null; do
            sleep 0.1
        done
        ;;
    test-start)
        # A fresh schema for every run, so the migrations and the demo load are tested from scratch
        # (KEEP_SCHEMA=1 keeps the data, for benchmarks).
        if [ -z "${KEEP_SCHEMA:-}" ]; then
            fresh_schema "$IT_DB_URL" "$IT_DB_USER" "$IT_DB_PASSWORD"
        fi
        export BEPART_DB_DATASOURCE_CLASS=org.postgresql.ds.PGSimpleDataSource
        export BEPART_DB_URL="$IT_DB_URL"
        export BEPART_DB_USER="$IT_DB_USER"
        export BEPART_DB_PASSWORD="$IT_DB_PASSWORD"
        export BEPART_DEMO_DATA=true
        export BEPART_DIAGNOSTICS="${BEPART_DIAGNOSTICS:-true}"
        # The tests' own requests (127.0.0.1) are not rate-limited; the rate-limit tests come through 127.0.0.1 as a
        # trusted proxy, with X-Forwarded-For addresses of their own.
        export BEPART_TRUSTED_PROXIES="${BEPART_TRUSTED_PROXIES:-127.0.0.1}"
        export BEPART_RATE_LIMIT_EXEMPT="${BEPART_RATE_LIMIT_EXEMPT:-127.0.0.1}"
        # follow digests that are due go out within seconds (FollowJourneyIT makes one due)
        export BEPART_FOLLOW_CHECK_SECONDS="${BEPART_FOLLOW_CHECK_SECONDS:-5}"
        # The system tests sign in as this administrator (ear/src/test: Site.ADMIN_EMAIL, Site.ADMIN_PASSWORD).
        export BEPART_ADMIN_EMAIL="${BEPART_ADMIN_EMAIL:-admin@bepart.test}"
        export BEPART_ADMIN_PASSWORD="${BEPART_ADMIN_PASSWORD:-Sys-Test-Pass-2026-Kq}"
        SMTP_PORT="${SMTP_PORT:-28025}"
        rm -rf "${DOMAINS_DIR:?}/$DOMAIN"
        prepare_domain
        hide_server_version
        public_listener true
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
    cluster-start)
        cluster_environment
        cluster_settings
        cluster_stop
        if [ -n "${IT_DB_URL:-}" ] && [ -z "${KEEP_SCHEMA:-}" ]; then
            fresh_schema "$BEPART_DB_URL" "$BEPART_DB_USER" "$BEPART_DB_PASSWORD"
        fi
        if ! cluster_create; then
            tail -n 100 "$DOMAINS_DIR/$DOMAIN/logs/server.log" >&2
            cluster_stop
            exit 1
        fi
        # Every instance at once, as after a power cut: migrations, the first administrator and demo data run once.
        for n in $(seq 1 "$INSTANCES"); do
            instance_start "$n" &
        done
        wait
        for n in $(seq 1 "$INSTANCES"); do
            if ! instance_wait "$n"; then
                tail -n 200 "$NODES_DIR/$NODE/bepart-$n/logs/server.log" >&2
                cluster_stop
                exit 1
            fi
        done
        nginx_start
        wait_for_http
        echo "Cluster up: http://127.0.0.1:$HTTP_PORT/ (nginx) over $INSTANCES instances;"             "logs in $NODES_DIR/$NODE/bepart-N/logs/server.log"
        ;;
    cluster-stop)
        cluster_environment
        cluster_stop
        ;;
    cluster-instance)
        cluster_environment
        cluster_settings
        case "${2:-}" in
            stop) instance_stop "${3:?instance number}" ;;
            start) instance_start "${3:?instance number}"; instance_wait "$3" ;;
            kill) instance_kill "${3:?instance number}" ;;
            *) echo "usage: $0 cluster-instance stop|start|kill N" >&2; exit 2 ;;
        esac
        ;;
    *)
        echo "usage: $0 run | demo-start | demo-stop | demo-kill | test-start | test-stop | cluster-start |" \
            "cluster-stop | cluster-instance stop|start|kill N" >&2
        exit 2
        ;;
esac
