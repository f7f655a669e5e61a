#!/usr/bin/env bash
# Load on the built-in Direct Line channel (issue 4): N visitors at once, each opening a chat the way the page
# does (token, conversation, WebSocket) and asking patient questions back to back. Prints messages per second,
# p50/p99 latency from posting a message to its reply arriving on the stream, errors, and the server's RSS.
# Loopback only. Usage: bench/channel-load.sh [--conversations 50] [--seconds 20]
set -euo pipefail
cd "$(dirname "$0")/.."

conversations=50
seconds=20
while [[ $# -gt 0 ]]; do
  case "$1" in
    --conversations) conversations="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    *) echo "usage: $0 [--conversations N] [--seconds S]" >&2; exit 2 ;;
  esac
done

dotnet build src/AllBot -c Release -v q -nologo >/dev/null
dotnet build bench/DirectLineLoad -c Release -v q -nologo >/dev/null

port=$(( 20000 + RANDOM % 20000 ))
url="http://127.0.0.1:${port}"
# The per-visitor rate limits protect a real site from one client; here one client plays every visitor.
ASPNETCORE_ENVIRONMENT=Production Bot__AllowAnonymous=true Logging__LogLevel__Default=Warning \
  DirectLine__MessagesPerMinutePerConversation=10000 DirectLine__RequestsPerMinutePerConversation=10000 \
  DirectLine__RequestsPerMinutePerClient=10000000 WebChat__ConversationsPerMinutePerClient=10000 \
  dotnet src/AllBot/bin/Release/net10.0/AllBot.dll --urls "$url" >/tmp/allbot-channel-load.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT

for _ in $(seq 1 100); do
  curl -fs -o /dev/null "$url/" && break
  sleep 0.1
done
curl -fs -o /dev/null "$url/" || { echo "AllBot did not start:" >&2; cat /tmp/allbot-channel-load.log >&2; exit 1; }

rss() { awk '/VmRSS/ {print $2/1024 " MB"}' "/proc/$server/status"; }
echo "server RSS idle: $(rss)"
dotnet bench/DirectLineLoad/bin/Release/net10.0/DirectLineLoad.dll --url "$url" --conversations "$conversations" --seconds "$seconds"
echo "server RSS after load: $(rss)"
