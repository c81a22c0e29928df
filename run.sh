#!/usr/bin/env bash
# Builds what changed and runs both services on this machine, each with its own embedded
# PostgreSQL, until Ctrl-C. Needs only a JDK 17 or newer.
#
#   ./run.sh              build if needed, start, wait until ready, run until Ctrl-C
#   ./run.sh --rebuild    build even if nothing changed
#
# Data lives in .data/db/ (kept across runs; delete it to start afresh), logs in .data/logs/.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
root=$PWD
logs=.data/logs
ready_timeout=${RUN_READY_TIMEOUT:-120} # seconds the services may take to become ready
stop_timeout=20   # seconds each service may take to stop before it is killed

usage() {
  cat <<'EOF'
usage: ./run.sh [--rebuild] [--help]

Builds the services when their sources changed (or --rebuild), then starts
  timeline-service   on http://localhost:8081
  factcheck-service  on http://localhost:8082
with the local profile: seed data, Swagger UI, open CORS, ./dev-token tokens trusted.
Each service keeps its embedded PostgreSQL data in .data/db/<name>/; logs go to .data/logs/.
Ctrl-C stops both.

Environment: RUN_READY_TIMEOUT  seconds to wait for the services to be ready (default 120)
EOF
}

rebuild=false
for arg in "$@"; do
  case "$arg" in
    --rebuild) rebuild=true ;;
    -h | --help) usage; exit 0 ;;
    *) echo "run.sh: unknown option '$arg'" >&2; usage >&2; exit 2 ;;
  esac
done

say() { printf '%s\n' "$*"; }
fail() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

[[ "$ready_timeout" =~ ^[0-9]+$ ]] || fail "RUN_READY_TIMEOUT must be a number of seconds"

# --- Java ---------------------------------------------------------------------------------
# The same java the Maven wrapper uses: $JAVA_HOME/bin/java when JAVA_HOME is set.
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  java_cmd=$JAVA_HOME/bin/java
elif command -v java >/dev/null 2>&1; then
  java_cmd=java
else
  fail "Java not found. Install a JDK 17 or newer (e.g. 'apt-get install openjdk-17-jdk' or
  https://adoptium.net) and make sure 'java' is on PATH or JAVA_HOME points at it."
fi
java_version=$("$java_cmd" -XshowSettings:properties -version 2>&1 |
  sed -n 's/^ *java\.specification\.version = *//p')
java_major=${java_version#1.} # 1.8 -> 8
java_major=${java_major%%.*}
if [[ ! "$java_major" =~ ^[0-9]+$ ]] || ((java_major < 17)); then
  fail "Java 17 or newer is needed; $java_cmd is version '${java_version:-unknown}'.
  Install a JDK 17+ and put it first on PATH (or set JAVA_HOME to it)."
fi

# --- Ports --------------------------------------------------------------------------------
port_taken() {
  if command -v ss >/dev/null 2>&1; then
    [[ -n "$(ss -Hltn "sport = :$1" 2>/dev/null)" ]]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

port_holder() {
  if command -v ss >/dev/null 2>&1; then
    ss -Hltnp "sport = :$1" 2>/dev/null
  elif command -v lsof >/dev/null 2>&1; then
    lsof -nP -iTCP:"$1" -sTCP:LISTEN 2>/dev/null
  fi
}

for port in 8081 8082; do
  if port_taken "$port"; then
    {
      say "run.sh: port $port is already in use; the services need 8081 and 8082."
      holder=$(port_holder "$port" || true)
      if [[ -n "$holder" ]]; then
        say "Probably held by:"
        say "$holder"
      fi
      say "Stop that process (an earlier ./run.sh?) and try again."
    } >&2
    exit 1
  fi
done

# --- Build --------------------------------------------------------------------------------
services=(timeline-service factcheck-service)

# Prints the reason a build is needed; prints nothing when both services are up to date.
build_reason() {
  local service jar newer
  for service in "${services[@]}"; do
    jar=$service/target/quarkus-app/quarkus-run.jar
    if [[ ! -f "$jar" ]]; then
      say "$jar is missing"
      return
    fi
    newer=$(find pom.xml ./*/pom.xml ./*/src seeds dev-jwt -newer "$jar" -print 2>/dev/null |
      head -n 1)
    if [[ -n "$newer" ]]; then
      say "${newer#./} changed"
      return
    fi
  done
}

mkdir -p "$logs"
reason=$(build_reason)
if [[ "$rebuild" == true ]]; then
  reason="--rebuild"
fi
if [[ -n "$reason" ]]; then
  say "Building ($reason); a first build also downloads dependencies and takes a few minutes."
  say "  log: $root/$logs/build.log"
  # Only the services (and what they need): the generated clients are not needed to run them.
  if ! ./mvnw -B -q -pl timeline-service,factcheck-service -am -DskipTests package \
    >"$logs/build.log" 2>&1; then
    {
      say "Build failed. Last lines of the log:"
      say "--------"
      tail -n 40 "$logs/build.log"
      say "--------"
      say "Full log: $root/$logs/build.log"
    } >&2
    exit 1
  fi
  say "Build done."
else
  say "Build is up to date (./run.sh --rebuild forces one)."
fi

# --- Run ----------------------------------------------------------------------------------
names=()
pids=()
ports=()

start_service() { # service port database [NAME=VALUE ...]
  local service=$1 port=$2 database=$3
  shift 3
  say "Starting $service on port $port (log: $logs/$service.log)"
  # Variables that would point both services at one port or one database are dropped: each
  # service gets its port and its own embedded database here.
  env -u QUARKUS_HTTP_PORT -u QUARKUS_PROFILE -u QUARKUS_DATASOURCE_JDBC_URL \
    -u QUARKUS_DATASOURCE_USERNAME -u QUARKUS_DATASOURCE_PASSWORD \
    NEWSROOM_DB_DIR="$root/.data/db/$database" "$@" \
    "$java_cmd" -Dquarkus.profile=local -Dquarkus.http.port="$port" \
    -jar "$service/target/quarkus-app/quarkus-run.jar" >"$logs/$service.log" 2>&1 &
  names+=("$service")
  pids+=("$!")
  ports+=("$port")
}

alive() { kill -0 "$1" 2>/dev/null; }

# A short sleep that a trapped signal interrupts at once.
pause() {
  sleep "$1" &
  wait $! || true
}

show_log() { # service
  {
    say "Last lines of $logs/$1.log:"
    say "--------"
    tail -n 40 "$logs/$1.log"
    say "--------"
  } >&2
}

stopped=false
stop_services() {
  [[ "$stopped" == false && ${#pids[@]} -gt 0 ]] || return 0
  stopped=true
  trap '' INT TERM # a second Ctrl-C must not cut the stop short
  local i deadline running=()
  for i in "${!pids[@]}"; do
    if alive "${pids[i]}"; then
      running+=("${names[i]}")
      kill -TERM "${pids[i]}" 2>/dev/null || true
    fi
  done
  say ""
  if ((${#running[@]} > 0)); then
    say "Stopping ${running[*]} ..."
  fi
  deadline=$((SECONDS + stop_timeout))
  for i in "${!pids[@]}"; do
    while alive "${pids[i]}" && ((SECONDS < deadline)); do sleep 0.2; done
    if alive "${pids[i]}"; then
      say "${names[i]} did not stop within ${stop_timeout}s; killing it"
      kill -KILL "${pids[i]}" 2>/dev/null || true
    fi
    wait "${pids[i]}" 2>/dev/null || true
  done
  say "stopped"
}

# Ctrl-C and kill stop both services; so does any exit of this script after they started.
trap stop_services EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

http_ok() { # port path: whether http://localhost:PORT/PATH answers 200
  local port=$1 path=$2
  if command -v curl >/dev/null 2>&1; then
    [[ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://localhost:$port$path")" == 200 ]]
  else
    (
      exec 3<>"/dev/tcp/127.0.0.1/$port" || exit 1
      printf 'GET %s HTTP/1.0\r\nHost: localhost:%s\r\nConnection: close\r\n\r\n' "$path" "$port" >&3
      IFS= read -r -t 3 status_line <&3 || exit 1
      [[ "$status_line" =~ ^HTTP/1\.[01]\ 200 ]]
    ) 2>/dev/null
  fi
}

# Waits until every service answers /q/health/ready with 200; fails as soon as one exits.
wait_until_ready() {
  local deadline=$((SECONDS + ready_timeout)) i waiting
  local ready=()
  for i in "${!pids[@]}"; do ready[i]=false; done
  while :; do
    waiting=0
    for i in "${!pids[@]}"; do
      [[ "${ready[i]}" == false ]] || continue
      if http_ok "${ports[i]}" /q/health/ready; then
        ready[i]=true
        say "${names[i]} is ready."
        continue
      fi
      if ! alive "${pids[i]}"; then
        say "run.sh: ${names[i]} exited before it was ready." >&2
        show_log "${names[i]}"
        return 1
      fi
      waiting=$((waiting + 1))
    done
    ((waiting > 0)) || return 0
    if ((SECONDS >= deadline)); then
      for i in "${!pids[@]}"; do
        if [[ "${ready[i]}" == false ]]; then
          say "run.sh: ${names[i]} was not ready after ${ready_timeout}s." >&2
          show_log "${names[i]}"
        fi
      done
      return 1
    fi
    pause 1
  done
}

start_service timeline-service 8081 timeline TIMELINE_FACTCHECK_URL=http://localhost:8082
start_service factcheck-service 8082 factcheck FACTCHECK_TIMELINE_URL=http://localhost:8081
say "Waiting for both to be ready (up to ${ready_timeout}s) ..."
wait_until_ready || exit 1

cat <<'EOF'

Newsroom is running (profile local).

  timeline-service   API        http://localhost:8081/api/v1  (sources, events, timeline)
                     Swagger UI http://localhost:8081/q/swagger-ui
                     OpenAPI    http://localhost:8081/q/openapi
  factcheck-service  API        http://localhost:8082/api/v1
                     Swagger UI http://localhost:8082/q/swagger-ui
                     OpenAPI    http://localhost:8082/q/openapi

  Data  .data/db/    (kept across runs; delete it to start afresh)
  Logs  .data/logs/

  Reads are open; writes need a token:
    TOKEN=$(./dev-token journalist)      # or: ./dev-token editor
    curl -H "Authorization: Bearer $TOKEN" ...
  Try:
    curl -s localhost:8081/api/v1/timeline

Ctrl-C stops both.
EOF

# Run until Ctrl-C, or until one service dies on its own.
while :; do
  for i in "${!pids[@]}"; do
    if ! alive "${pids[i]}"; then
      code=0
      wait "${pids[i]}" || code=$?
      say "run.sh: ${names[i]} stopped unexpectedly (exit code $code)." >&2
      show_log "${names[i]}"
      exit 1
    fi
  done
  pause 2
done
