#!/usr/bin/env bash
# Install what the tests need and run them: the package with its test extras, then Debian's
# Chromium and an Arabic font for the browser tests (Playwright's own browser download is not
# used), then pytest. Arguments are passed on to pytest. Works from any directory.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

pip install -e '.[test]'

# The browser tests drive /usr/bin/chromium; fonts-noto-core has the Arabic fonts (Noto Naskh
# Arabic, Noto Sans Arabic) the stylesheet asks for, so Arabic does not render as boxes.
if [ ! -x /usr/bin/chromium ] || ! dpkg-query -W -f='${Status}' fonts-noto-core 2>/dev/null | grep -q 'ok installed'; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium fonts-noto-core
fi

# The browser tests fail rather than skip if Chromium is still missing after all this.
export SEARCHAPP_TEST_REQUIRE_BROWSER=1
python -m pytest -q "$@"
