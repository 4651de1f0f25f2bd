#!/usr/bin/env bash
# Installs Debian's Chromium and its WebDriver (/usr/bin/chromium, /usr/bin/chromedriver) for the
# browser tests; `mvn verify` runs it before them. Idempotent: does nothing when both exist.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    as_root=(sudo -n)
  else
    echo "install-chromium.sh: root (or sudo) is needed to apt-get install chromium chromium-driver" >&2
    exit 1
  fi
fi
echo "install-chromium.sh: installing chromium and chromium-driver with apt-get" >&2
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
