#!/usr/bin/env bash
# Times detection over the five seed articles, end to end: a seedless timeline-service and a
# factcheck-service from their jars (each with its own embedded PostgreSQL), the five seed files
# posted as printed, then POST /api/v1/detections (dry run, so every run does the full work:
# read the story from timeline-service, run the rules, classify what it would record).
# Target: median under 1 s.
#
#   bench/detection.sh [warm-up runs] [measured runs]     (defaults 20 and 50)
#
# Builds the jars if they are missing; needs a JDK 17+, curl and python3.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
warmup=${1:-20}
runs=${2:-50}
tl_port=${BENCH_TIMELINE_PORT:-18181}
fc_port=${BENCH_FACTCHECK_PORT:-18182}
logs=target/bench
mkdir -p "$logs"
if [[ ! -f timeline-service/target/quarkus-app/quarkus-run.jar || ! -f factcheck-service/target/quarkus-app/quarkus-run.jar ]]; then
  ./mvnw -q -B -pl timeline-service,factcheck-service -am package -DskipTests
fi
java_cmd=java
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  java_cmd=$JAVA_HOME/bin/java
fi
pids=()
stop() { for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap stop EXIT
env -u QUARKUS_DATASOURCE_JDBC_URL "$java_cmd" -Dquarkus.profile=local -Dtimeline.seeds.enabled=false \
  -Dquarkus.http.port="$tl_port" -jar timeline-service/target/quarkus-app/quarkus-run.jar \
  >"$logs/timeline.log" 2>&1 &
pids+=($!)
env -u QUARKUS_DATASOURCE_JDBC_URL "$java_cmd" -Dquarkus.profile=local -Dfactcheck.seeds.enabled=false \
  -Dfactcheck.detection.follow=false -Dfactcheck.timeline.url="http://localhost:$tl_port" \
  -Dquarkus.http.port="$fc_port" -jar factcheck-service/target/quarkus-app/quarkus-run.jar \
  >"$logs/factcheck.log" 2>&1 &
pids+=($!)
for port in "$tl_port" "$fc_port"; do
  for _ in $(seq 1 240); do
    curl -fs "http://localhost:$port/q/health/ready" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -fs "http://localhost:$port/q/health/ready" >/dev/null || { echo "service on $port not ready; see $logs" >&2; exit 1; }
done
token=$(./dev-token journalist bench)
TL="http://localhost:$tl_port" FC="http://localhost:$fc_port" TOKEN="$token" WARMUP="$warmup" RUNS="$runs" \
python3 - <<'PY'
import json, os, statistics, time, urllib.request
tl, fc, token = os.environ["TL"], os.environ["FC"], os.environ["TOKEN"]
def post(url, body):
    req = urllib.request.Request(url, json.dumps(body).encode(), method="POST",
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req))
seeds = [("The Sun", "000_49b9e2db92e32251.txt", "Published: [#item_custom_pubDate]"),
         ("News aggregator", "001_697425ad9d472758.txt", "Published February 19, 2023"),
         ("Financial Times (spun copy)", "002_956f4a7255e706f6.txt", None),
         ("Sky News", "003_3d9e9ff6164c2b3f.txt", "Tuesday 18 February 2025 16:43, UK"),
         ("Sky News", "004_6b3ec5b09c9cb09d.txt", "Tuesday 18 February 2025 13:47, UK")]
ids = []
for outlet, name, printed in seeds:
    body = {"outlet": outlet, "language": "en",
            "text": open("seeds/" + name, encoding="utf-8", newline="").read()}
    if printed:
        body["printedDate"] = printed
    ids.append(post(tl + "/api/v1/sources", body)["id"])
run = {"sourceIds": ids, "dryRun": True}
for _ in range(int(os.environ["WARMUP"])):
    post(fc + "/api/v1/detections", run)
times = []
for _ in range(int(os.environ["RUNS"])):
    t = time.perf_counter()
    report = post(fc + "/api/v1/detections", run)
    times.append((time.perf_counter() - t) * 1000)
times.sort()
print("detection over the seed set (%d sources compared, %d discrepancies):" % (
    len(report["sources"]), len(report["recorded"])))
print("  median %.1f ms, p95 %.1f ms, max %.1f ms over %d runs (target: median under 1000 ms)" % (
    statistics.median(times), times[int(len(times) * 0.95) - 1], times[-1], len(times)))
PY
