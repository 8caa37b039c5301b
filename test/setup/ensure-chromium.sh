#!/usr/bin/env bash
# Makes sure the browser tests, and the build's diagram drawing, have a Chromium: $CHROMIUM_PATH, Debian's
# /usr/bin/chromium, or Playwright's own download. On a Debian machine without any (and as root), installs Debian's.
# With --optional (used by `npm start`), a machine where none can be installed is not an error: the build then
# leaves the lessons' diagrams to be drawn in the browser, and says so.
set -euo pipefail
optional=false
[[ "${1:-}" == "--optional" ]] && optional=true

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  [[ -x "$CHROMIUM_PATH" ]] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2; exit 1; }
  exit 0
fi
[[ -x /usr/bin/chromium ]] && exit 0
if compgen -G "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}/chromium*" >/dev/null; then exit 0; fi

if command -v apt-get >/dev/null && [[ "$(id -u)" == 0 ]]; then
  echo "No Chromium found: installing Debian's chromium package (about a minute)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No Chromium found. Install one (Debian: 'sudo apt-get install chromium') or set CHROMIUM_PATH." >&2
if [[ "$optional" == true ]]; then
  echo "Going on without it: lessons will draw their diagrams in the browser instead of carrying pictures." >&2
  exit 0
fi
exit 1
