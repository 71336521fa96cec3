#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the end-to-end tests (Playwright's own browser download
# does not work on our machines). Installs it with apt-get when missing and we may; otherwise says how.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    sudo_cmd=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo_cmd=(sudo)
  else
    echo "Chromium is missing at $browser. Install it with: sudo apt-get install -y chromium" >&2
    exit 1
  fi
  echo "Installing Debian's chromium for the end-to-end tests…"
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
  exit 0
fi
echo "Chromium is missing at $browser and apt-get is not available. Install Chromium and set CHROMIUM_PATH." >&2
exit 1
