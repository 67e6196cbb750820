#!/usr/bin/env bash
# The README's screenshots of `-f html`: the seeds' page in headless Chromium, at a desktop
# size and a phone size, shrunk to 64 colours. Needs the project installed and Debian's
# chromium (plus a CJK font, e.g. fonts-wqy-microhei). Run: bash docs/screenshot.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p build
tiyao summarize seeds/ -f html -o build/seeds.html
python tests/headless.py build/seeds.html docs/seeds-html.png 1280x900
python tests/headless.py build/seeds.html docs/seeds-html-phone.png 390x844
