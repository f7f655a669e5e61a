#!/usr/bin/env bash
# Load test: the echo bot (the Bot Framework floor) and AllBot, started in turn with the same settings and driven
# with the same wrk load (bench/load.lua), alternated ROUNDS times. For each run it prints the cold figures (the
# first COLD seconds of load, started the moment the bot is ready, as a load balancer would start sending) beside
# the warm ones (after a WARMUP of load): requests/s and p99, then p50, errors, CPU per request, start-up time
# (process start to ready) and RSS (idle after start-up, and right after the load). At the end: the throughput
# ratio AllBot / echo and cold / warm. See bench/README.md.
#
# Settings (environment): DURATION=20s COLD=8s WARMUP=30s CONNECTIONS=32 THREADS=1 ROUNDS=2 BOTS="echo allbot"
#                         QUESTIONS=bench/patient-questions.tsv; NO_BUILD=1 skips the Release builds;
#                         ALLBOT_PUBLISHED=folder runs that published build of AllBot; KNOWLEDGE_BASE=folder.
set -euo pipefail

DURATION=${DURATION:-20s}
COLD=${COLD:-8s}
WARMUP=${WARMUP:-30s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
ROUNDS=${ROUNDS:-2}
BOTS=${BOTS:-echo allbot}
QUESTIONS=${QUESTIONS:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/patient-questions.tsv}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
ECHO_DLL="$BENCH/EchoBot/bin/Release/net10.0/EchoBot.dll"
# AllBot runs as it is deployed: the output of `dotnet publish` (README, Deploy). ALLBOT_PUBLISHED=folder (with
# NO_BUILD=1) runs another published build instead, for instance an older commit's, to compare two builds in one window.
ALLBOT_PUBLISHED=${ALLBOT_PUBLISHED:-$ROOT/artifacts/bench/allbot}
# The knowledge base both bots are started with (an older build may need its own commit's).
KNOWLEDGE_BASE=${KNOWLEDGE_BASE:-$ROOT/knowledge-base}
ALLBOT_DLL="$ALLBOT_PUBLISHED/AllBot.dll"
LOGS=$(mktemp -d "${TMPDIR:-/tmp}/allbot-load.XXXXXX")
PROBE='{"type":"message","id":"probe","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","from":{"id":"probe"},"recipient":{"id":"bot"},"conversation":{"id":"probe"},"text":"hello","deliveryMode":"expectReplies"}'
SERVER_PID=""

stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
trap stop_server EXIT

ensure_wrk() {
  command -v wrk >/dev/null && return
  echo "installing wrk (Debian package)..." >&2
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get install -y wrk >/dev/null 2>&1 || { $sudo apt-get update >/dev/null && $sudo apt-get install -y wrk >/dev/null; }
}

# A free loopback port: bind-tested by trying to connect (nothing answers on a free port).
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port found" >&2
  return 1
}

rss_mb() { awk '/^VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

# CPU time (user + system) the process has used, in milliseconds.
cpu_ms() { awk -v tck="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) * 1000 / tck }' "/proc/$1/stat"; }

# start_server NAME: starts the bot on a free port and waits until it is ready: GET /readyz answers 200 (AllBot), or,
# for a bot without that endpoint (404: the echo bot), the first POST /api/messages is answered with 200. Sets
# SERVER_PID, URL, STARTUP_MS.
start_server() {
  local name=$1 dll port started now code
  case $name in
    echo) dll=$ECHO_DLL ;;
    allbot) dll=$ALLBOT_DLL ;;
  esac
  port=$(free_port)
  URL="http://127.0.0.1:$port"
  started=$(date +%s%N)
  # One load client plays every caller, so the per-address limit of anonymous mode is lifted.
  ASPNETCORE_ENVIRONMENT=Production Bot__AllowAnonymous=true Logging__LogLevel__Default=Warning \
    Bot__MessagesPerMinutePerClient=100000000 \
    ASPNETCORE_URLS="$URL" KnowledgeBase__Path="$KNOWLEDGE_BASE" \
    dotnet "$dll" >"$LOGS/$name.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 3000); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "$URL/readyz" || true)
    if [[ $code == 404 ]]; then
      code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -d "$PROBE" "$URL/api/messages" || true)
    fi
    if [[ $code == 200 ]]; then
      now=$(date +%s%N)
      STARTUP_MS=$(( (now - started) / 1000000 ))
      return
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "$name exited; log:" >&2; cat "$LOGS/$name.log" >&2; return 1; }
    sleep 0.01
  done
  echo "$name was not ready within 60 s (last status $code); log: $LOGS/$name.log" >&2
  return 1
}

# run_wrk DURATION: prints wrk's RESULT line.
run_wrk() {
  (cd "$BENCH" && QUESTIONS="$QUESTIONS" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" --timeout 5s -s load.lua "$URL/api/messages") | grep '^RESULT'
}

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

ensure_wrk
if [[ -z ${NO_BUILD:-} ]]; then
  echo "building Release..." >&2
  dotnet build "$BENCH/EchoBot" -c Release -v q -nologo >/dev/null
  dotnet publish "$ROOT/src/AllBot" -c Release -v q -nologo -o "$ALLBOT_PUBLISHED" >/dev/null
fi

echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
echo "commit: $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet || echo ' (uncommitted changes)')  date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "load: wrk -t$THREADS -c$CONNECTIONS; cold: the first $COLD from ready; warm: $DURATION after a $WARMUP warm-up; $ROUNDS rounds; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '%-5s %-7s %10s %10s %10s %10s %10s %10s %10s %9s %9s %10s %7s %s\n' round bot start_ms rss_idle rss_after cold_req/s cold_p99 cold_cpu/req warm_req/s p50_ms p99_ms cpu_ms/req errors "errors (non2xx/unanswered/socket; cold+warm)"
declare -A RPS_SUM=() CPU_SUM=() COLD_SUM=() COLD_P99_MAX=()
for round in $(seq 1 "$ROUNDS"); do
  for bot in $BOTS; do
    start_server "$bot"
    # Cold: load from the moment the bot is ready, before anything else has warmed it.
    cold_cpu_before=$(cpu_ms "$SERVER_PID")
    cold=$(run_wrk "$COLD")
    cold_cpu_per_request=$(awk -v c=$(( $(cpu_ms "$SERVER_PID") - cold_cpu_before )) -v n="$(field requests "$cold")" 'BEGIN { printf "%.3f", c / n }')
    idle=$(rss_mb "$SERVER_PID")
    run_wrk "$WARMUP" >/dev/null
    cpu_before=$(cpu_ms "$SERVER_PID")
    result=$(run_wrk "$DURATION")
    after=$(rss_mb "$SERVER_PID")
    cpu_per_request=$(awk -v c=$(( $(cpu_ms "$SERVER_PID") - cpu_before )) -v n="$(field requests "$result")" 'BEGIN { printf "%.3f", c / n }')
    stop_server
    non2xx=$(( $(field non2xx "$result") + $(field non2xx "$cold") ))
    unanswered=$(( $(field unanswered "$result") + $(field unanswered "$cold") ))
    socket=0
    for run in "$cold" "$result"; do
      socket=$(( socket + $(field connect "$run") + $(field read "$run") + $(field write "$run") + $(field timeout "$run") ))
    done
    errors=$(( non2xx + unanswered + socket ))
    rps=$(field rps "$result")
    cold_rps=$(field rps "$cold")
    cold_p99=$(field p99_ms "$cold")
    COLD_SUM[$bot]=$(awk -v a="${COLD_SUM[$bot]:-0}" -v b="$cold_rps" 'BEGIN { print a + b }')
    COLD_P99_MAX[$bot]=$(awk -v a="${COLD_P99_MAX[$bot]:-0}" -v b="$cold_p99" 'BEGIN { print (b > a ? b : a) }')
    RPS_SUM[$bot]=$(awk -v a="${RPS_SUM[$bot]:-0}" -v b="$rps" 'BEGIN { print a + b }')
    CPU_SUM[$bot]=$(awk -v a="${CPU_SUM[$bot]:-0}" -v b="$cpu_per_request" 'BEGIN { print a + b }')
    printf '%-5s %-7s %10s %7s MB %7s MB %10s %10s %10s %10s %9s %9s %10s %7s %s\n' "$round" "$bot" "$STARTUP_MS" "$idle" "$after" \
      "$cold_rps" "$cold_p99" "$cold_cpu_per_request" "$rps" "$(field p50_ms "$result")" "$(field p99_ms "$result")" "$cpu_per_request" "$errors" \
      "$non2xx/$unanswered/$socket"
    [[ $bot == allbot && -n ${RPS_SUM[echo]:-} ]] && ROUND_RATIO+=" $(awk -v a="$rps" -v e="$LAST_ECHO_RPS" 'BEGIN { printf "%.2f", a / e }')"
    [[ $bot == echo ]] && LAST_ECHO_RPS=$rps
  done
done
echo
if [[ -n ${RPS_SUM[echo]:-} && -n ${RPS_SUM[allbot]:-} ]]; then
  echo "throughput ratio AllBot / echo: per round${ROUND_RATIO:-}; overall $(awk -v a="${RPS_SUM[allbot]}" -v e="${RPS_SUM[echo]}" 'BEGIN { printf "%.2f", a / e }')"
  # CPU per request barely depends on what else the machine runs, so this ratio is the steadier estimate of the
  # throughput ratio on a shared machine (the two agree when the server is CPU-bound on a quiet machine).
  echo "CPU per request ratio echo / AllBot: $(awk -v a="${CPU_SUM[allbot]}" -v e="${CPU_SUM[echo]}" 'BEGIN { printf "%.2f", e / a }')"
fi
for bot in $BOTS; do
  echo "$bot cold / warm throughput: $(awk -v c="${COLD_SUM[$bot]}" -v w="${RPS_SUM[$bot]}" 'BEGIN { printf "%.2f", c / w }'); worst cold p99: ${COLD_P99_MAX[$bot]} ms"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg); server logs: $LOGS"
