#!/usr/bin/env bash
# Screenshot a page at desktop and phone widths with headless Chromium.
# Usage: bench/screenshot.sh URL NAME   (writes test-artifacts/screens/NAME-{desktop,phone}.png)
set -eu
url=$1; name=$2; out=test-artifacts/screens; mkdir -p "$out"
flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars --no-first-run"
chromium $flags --user-data-dir="$(mktemp -d)" --window-size=1366,2000 --screenshot="$out/$name-desktop.png" "$url" 2>/dev/null
chromium $flags --user-data-dir="$(mktemp -d)" --window-size=375,1800 --screenshot="$out/$name-phone.png" "$url" 2>/dev/null
echo "$out/$name-desktop.png $out/$name-phone.png"
