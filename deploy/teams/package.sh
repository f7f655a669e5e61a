#!/usr/bin/env bash
# Builds the AllBot Teams app package (manifest.json, color.png, outline.png at the zip root).
# Needs bash and Node.js only (no npm install, no zip tool).
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: deploy/teams/package.sh --bot-id GUID --out FILE.zip [options]

  --bot-id GUID          Client id of the bot's Entra app registration or user-assigned managed
                         identity (the Azure Bot's "Microsoft App ID"). Required.
  --out FILE.zip         Where to write the package. Required.
  --app-id GUID          Teams app id (default: the fixed id in deploy/teams/manifest.json). Give each
                         copy installed side by side in one tenant (e.g. test and production) its own id.
  --version X.Y.Z        App version (default: the one in manifest.json). Raise it for every update.
  --developer-name NAME  Publisher name shown in Teams (default: AllBot).
  --website-url URL      https URL of the site (placeholder default: https://www.example.org/allbot).
  --privacy-url URL      https URL of the privacy notice (placeholder default: https://www.example.org/allbot/privacy).
  --terms-url URL        https URL of the terms of use (placeholder default: https://www.example.org/allbot/terms).
  -h, --help             Show this help.

The example.org defaults are placeholders: replace them with your organisation's pages before publishing.
EOF
}

fail() { echo "package.sh: $1" >&2; exit 2; }

guid='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
bot_id="" out="" app_id="" version=""
developer_name="AllBot"
website_url="https://www.example.org/allbot"
privacy_url="https://www.example.org/allbot/privacy"
terms_url="https://www.example.org/allbot/terms"

while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --bot-id|--out|--app-id|--version|--developer-name|--website-url|--privacy-url|--terms-url)
      [[ $# -ge 2 ]] || fail "$1 needs a value"
      case "$1" in
        --bot-id) bot_id="$2" ;;
        --out) out="$2" ;;
        --app-id) app_id="$2" ;;
        --version) version="$2" ;;
        --developer-name) developer_name="$2" ;;
        --website-url) website_url="$2" ;;
        --privacy-url) privacy_url="$2" ;;
        --terms-url) terms_url="$2" ;;
      esac
      shift 2 ;;
    *) usage >&2; fail "unknown argument: $1" ;;
  esac
done

[[ -n "$bot_id" ]] || { usage >&2; fail "--bot-id is required"; }
[[ -n "$out" ]] || { usage >&2; fail "--out is required"; }
[[ "$bot_id" =~ $guid ]] || fail "--bot-id must be a GUID like 00000000-0000-0000-0000-000000000000, got: $bot_id"
[[ "$bot_id" != "00000000-0000-0000-0000-000000000000" ]] || fail "--bot-id must be the bot's real client id, not all zeros"
[[ -z "$app_id" || "$app_id" =~ $guid ]] || fail "--app-id must be a GUID, got: $app_id"
[[ -z "$version" || "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || fail "--version must look like 1.2.3, got: $version"
[[ -n "$developer_name" && ${#developer_name} -le 32 ]] || fail "--developer-name must be 1 to 32 characters"
for url in "$website_url" "$privacy_url" "$terms_url"; do
  [[ "$url" =~ ^https://[^[:space:]]+$ ]] || fail "URLs must start with https:// and have no spaces, got: $url"
done
[[ "$out" == *.zip ]] || fail "--out must end in .zip, got: $out"
command -v node >/dev/null || fail "Node.js (node) is needed to write the zip"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
mkdir -p "$(dirname "$out")"
PKG_OUT="$out" PKG_BOT_ID="$bot_id" PKG_APP_ID="$app_id" PKG_VERSION="$version" \
  PKG_DEVELOPER_NAME="$developer_name" PKG_WEBSITE_URL="$website_url" PKG_PRIVACY_URL="$privacy_url" \
  PKG_TERMS_URL="$terms_url" node "$here/tools/pack.mjs"
echo "Wrote $out (bot id $bot_id)"
