#!/usr/bin/env bash
# Installs what the browser tests need on Debian: Chromium and its WebDriver (/usr/bin/chromium,
# /usr/bin/chromedriver) and a CJK font (fonts-wqy-zenhei, so the screenshot shows Chinese).
# `mvn verify` runs it before the browser tests, unattended: as root it calls apt-get directly,
# otherwise through `sudo -n` (no password prompt). Idempotent: does nothing when all are there.
# When it cannot install them it says why on one line and exits 1, which fails the build: the
# browser tests are never skipped silently.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
CHROMEDRIVER=/usr/bin/chromedriver
PACKAGES=(chromium chromium-driver fonts-wqy-zenhei)

fail() {
  echo "install-chromium.sh: $*" >&2
  exit 1
}

have_cjk_font() {
  command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh family 2>/dev/null)" ]
}

if [ -x "$CHROMIUM" ] && [ -x "$CHROMEDRIVER" ] && have_cjk_font; then
  exit 0
fi

command -v apt-get >/dev/null 2>&1 \
  || fail "apt-get not found: install Chromium, its chromedriver and a CJK font by hand" \
          "($CHROMIUM, $CHROMEDRIVER) to run the browser tests"

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 \
    || fail "not root and no sudo: run 'apt-get install ${PACKAGES[*]}' as root, then mvn verify again"
  sudo -n true 2>/dev/null \
    || fail "sudo needs a password: run 'sudo apt-get install ${PACKAGES[*]}', then mvn verify again"
  as_root=(sudo -n)
fi

echo "install-chromium.sh: installing ${PACKAGES[*]} with apt-get" >&2
# Wait for another apt/dpkg run (unattended upgrades on a fresh machine) instead of failing.
apt_options=(-o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" -q update \
  || fail "apt-get update failed (see above)"
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_options[@]}" -q -y \
  install "${PACKAGES[@]}" \
  || fail "apt-get install ${PACKAGES[*]} failed (see above)"

for bin in "$CHROMIUM" "$CHROMEDRIVER"; do
  [ -x "$bin" ] || fail "$bin is still missing after apt-get install"
done
"$CHROMEDRIVER" --version >/dev/null 2>&1 || fail "$CHROMEDRIVER does not run"
echo "install-chromium.sh: $("$CHROMEDRIVER" --version | head -n 1)" >&2
