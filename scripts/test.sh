#!/usr/bin/env bash
# Set up everything the tests need on a fresh Debian machine, then run them.
# This is the README's test command; .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."

# System tools some tests drive for real: LibreOffice (annotated .docx must
# reopen; PDF fixtures), Chromium + driver (the dashboard is checked in a real
# browser), poppler (PDF pages to PNG).
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# axe-core (accessibility rules), injected by the browser tests of the
# dashboard and the web page, from the npm registry.
[ -f .axe/node_modules/axe-core/axe.min.js ] || npm install --silent --prefix .axe axe-core@4 >/dev/null

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'
# One worker per core (pytest-xdist); a file's tests stay together, so its fixtures are built once.
.venv/bin/python -m pytest -q -n auto --dist loadfile "$@"
