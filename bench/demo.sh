#!/usr/bin/env bash
# The one-command run measured: how long a second start takes and where the time goes, what SIGKILL loses with H2's
# default write delay and with the demo's WRITE_DELAY=0, and what each costs in acknowledged writes per second.
# Run after `./mvnw -DskipTests package`; output on stdout (recorded in docs/demo-run.txt, discussed in
# docs/durability.md and docs/benchmarks.md). Uses its own data directory and ports 27000+ on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
export PAYARA_HOME="$PWD/ear/target/payara6" PORTBASE=27000 EAR="$PWD/ear/target/bepart.ear" \
    MAILBOX_JAR="$PWD/ear/target/greenmail/greenmail-standalone.jar" CLASSES="$PWD/domain/target/classes:$PWD/web/target/classes"
export DATA_DIR="$PWD/bench/target/demo" DOMAINS_DIR="$PWD/bench/target/demo/payara"
BASE=http://127.0.0.1:27080
H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort | tail -n 1)
server() { bash ear/src/main/payara/server.sh "$@" >/dev/null; }
rm -rf "$DATA_DIR"
trap 'server demo-stop' EXIT

echo "== First start (domain created, BePART deployed, demo data loaded)"
start=$(date +%s.%N); server demo-start; echo "serving after $(echo "$(date +%s.%N) - $start" | bc | cut -c1-5) s"
for i in 1 2; do
    server demo-stop
    start=$(date +%s.%N); server demo-start
    echo "== Second start #$i: serving after $(echo "$(date +%s.%N) - $start" | bc | cut -c1-5) s"
    log="$DOMAINS_DIR/bepart/logs/server.log"
    python3 - "$log" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding='utf-8', errors='replace').read().split('\n')
start = max(i for i, l in enumerate(lines) if 'Running Payara Version' in l)
def at(marker):
    for i in range(start - 1, len(lines)):
        if marker in lines[i]:
            for j in range(i, start - 3, -1):
                m = re.match(r'\[(\d{4}-\d\d-\d\dT[\d:.]+)', lines[j])
                if m: return m.group(1)[11:]
    return '?'
for label, marker in [('JVM up, Payara starts', 'Running Payara Version'),
                      ('data grid (Hazelcast) up', 'JSR107 Default Cache Manager'),
                      ('Payara started; BePART loads (classes scanned, entities woven)', 'startup time'),
                      ('BePART loaded; EJBs start', 'Loading application bepart done'),
                      ('schema checked (Flyway), then demo data and search index checked', 'Database schema at version'),
                      ('web module starts (CDI, Faces, PrimeFaces)', 'Initializing Mojarra'),
                      ('BePART started', 'Loading application [bepart#bepart-web.war]')]:
    print(f'   {at(marker)}  {label}')
PY
done

rate() {
    python3 - "$BASE" "$1" <<'PY'
import threading, time, urllib.request, urllib.parse, sys
base, secs = sys.argv[1], float(sys.argv[2]); count = [0]; lock = threading.Lock(); stop = time.time() + secs
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None
opener = urllib.request.build_opener(NoRedirect)
def worker(n):
    i = 0
    while time.time() < stop:
        data = urllib.parse.urlencode({"email": f"rate-{n}-{i}-{time.time_ns()}@example.org", "language": "en"}).encode(); i += 1
        try: opener.open(urllib.request.Request(base + "/newsletter/subscribe", data=data), timeout=10)
        except urllib.error.HTTPError as e:
            if e.code == 303:
                with lock: count[0] += 1
ts = [threading.Thread(target=worker, args=(n,)) for n in range(4)]; [t.start() for t in ts]; [t.join() for t in ts]
print(f"   {count[0] / secs:.0f} acknowledged subscriptions/s (4 clients, {secs:.0f} s)")
PY
}

kill_test() {
    python3 - "$BASE" "$DOMAINS_DIR/bepart/config/pid" <<'PY' > "$DATA_DIR/acked.txt"
import threading, time, urllib.request, urllib.parse, sys, os
base, pidfile = sys.argv[1], sys.argv[2]; acked = []; lock = threading.Lock(); running = [True]
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None
opener = urllib.request.build_opener(NoRedirect)
def worker(n):
    i = 0
    while running[0]:
        email = f"kill-{n}-{i}-{time.time_ns()}@example.org"; i += 1
        try: opener.open(urllib.request.Request(base + "/newsletter/subscribe", data=urllib.parse.urlencode({"email": email, "language": "en"}).encode()), timeout=10)
        except urllib.error.HTTPError as e:
            if e.code == 303:
                with lock: acked.append(email)
        except Exception: pass
ts = [threading.Thread(target=worker, args=(n,)) for n in range(4)]; [t.start() for t in ts]
time.sleep(4); os.kill(int(open(pidfile).read().strip()), 9); running[0] = False; [t.join() for t in ts]
print("\n".join(acked))
PY
    local acked found
    acked=$(wc -l < "$DATA_DIR/acked.txt")
    python3 -c "
import sys; e=[l.strip() for l in open('$DATA_DIR/acked.txt') if l.strip()]
open('$DATA_DIR/q.sql','w').write('SELECT COUNT(*) FROM newsletter_subscriber WHERE email IN (' + ','.join(\"'\"+x+\"'\" for x in e) + ');')"
    found=$(java -cp "$H2_JAR" org.h2.tools.RunScript -url "jdbc:h2:file:$DATA_DIR/h2/bepart" -user bepart \
        -password bepart -script "$DATA_DIR/q.sql" -showResults | sed -n 's/^--> //p' | head -n 1)
    echo "   SIGKILL after 4 s: $acked acknowledged, $found in the database afterwards, $((acked - found)) lost"
}

for setting in "default" "WRITE_DELAY=0"; do
    for run in 1 2; do
        echo "== H2 $setting, run $run"
        if [ "$setting" = default ]; then export H2_DURABILITY=""; else unset H2_DURABILITY; fi
        server demo-start
        rate 5 >/dev/null
        rate 15
        kill_test
        server demo-stop
    done
done
