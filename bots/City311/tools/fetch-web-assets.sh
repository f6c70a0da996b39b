#!/usr/bin/env bash
# Fetches the browser libraries the resident page and the agent console load from our own server
# (no CDN): Bot Framework Web Chat and the SignalR client, taken from their npm package tarballs
# rather than a full `npm install`, which would pull hundreds of megabytes of dependencies.
# Idempotent: does nothing when both files are present. Prints only on failure.
set -euo pipefail

WEBCHAT_VERSION="4.18.1"
SIGNALR_VERSION="9.0.6"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lib="${1:-$here/../wwwroot/lib}"
mkdir -p "$lib"
lib="$(cd "$lib" && pwd)"

if [[ -s "$lib/webchat.js" && -s "$lib/signalr.min.js" ]]; then
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
log="$work/npm.log"

fetch() {
  local spec="$1" member="$2" target="$3"
  local tarball
  if ! tarball="$(cd "$work" && npm pack "$spec" --loglevel=error 2>>"$log" | tail -n 1)" || [[ -z "$tarball" || ! -f "$work/$tarball" ]]; then
    echo "fetch-web-assets: npm pack $spec failed:" >&2
    cat "$log" >&2
    exit 1
  fi
  tar -xzf "$work/$tarball" -C "$work" "package/$member"
  # Copy then rename, so a concurrent build never serves a half-written file.
  cp "$work/package/$member" "$lib/.$target.tmp.$$"
  mv -f "$lib/.$target.tmp.$$" "$lib/$target"
  rm -rf "$work/package"
}

fetch "botframework-webchat@$WEBCHAT_VERSION" "dist/webchat.js" "webchat.js"
fetch "@microsoft/signalr@$SIGNALR_VERSION" "dist/browser/signalr.min.js" "signalr.min.js"
