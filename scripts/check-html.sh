#!/usr/bin/env bash
# Opens a gainsay HTML report in headless Chromium, takes a screenshot, and checks the DOM the
# browser built from it: one highlighted element per unit the page announces (data-units), every
# in-page link has its target, and no <script>, <img> or <iframe> element exists.
#
# Usage: scripts/check-html.sh [REPORT.html [SCREENSHOT.png]]
#   REPORT.html     defaults to tests/data/report/small.html
#   SCREENSHOT.png  defaults to $TMPDIR/gainsay-check-html.png
# Needs /usr/bin/chromium (Debian: apt-get update && apt-get install -y chromium), or $CHROMIUM.
# Exits 0 when the page passes, 1 when a check fails, 2 when it cannot run.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
page=${1:-$root/tests/data/report/small.html}
shot=${2:-${TMPDIR:-/tmp}/gainsay-check-html.png}
chromium=${CHROMIUM:-/usr/bin/chromium}

if [[ ! -x $chromium ]]; then
    echo "check-html: $chromium not found; apt-get install -y chromium" >&2
    exit 2
fi
if [[ ! -f $page ]]; then
    echo "check-html: no such file: $page" >&2
    exit 2
fi

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
url="file://$(realpath "$page")"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
    --disable-background-networking --disable-component-update --disable-sync
    --user-data-dir="$profile" --window-size=1200,1600)

rm -f "$shot"
timeout 60 "$chromium" "${flags[@]}" --screenshot="$shot" "$url" >/dev/null 2>&1 || true
dom=$(timeout 60 "$chromium" "${flags[@]}" --dump-dom "$url" 2>/dev/null) || {
    echo "check-html: chromium could not load $page" >&2
    exit 2
}

fail=0
check() { # check NAME OK
    if [[ $2 == 1 ]]; then
        echo "ok    $1"
    else
        echo "FAIL  $1"
        fail=1
    fi
}

[[ $dom == *"<html"* && $dom == *"</html>"* && $dom == *"<h1>"* ]] && ok=1 || ok=0
check "page has html and h1" $ok

expected=$(grep -o 'data-units="[0-9]*"' <<<"$dom" | grep -o '[0-9][0-9]*' | awk '{s += $1} END {print s + 0}' || true)
units=$(grep -o 'class="unit [a-z]*"' <<<"$dom" | wc -l || true)
marks=$(grep -o '<mark class="unit [a-z]*"' <<<"$dom" | wc -l || true)
[[ $units -eq $expected ]] && ok=1 || ok=0
check "highlighted units: $units of $expected ($marks claims)" $ok

bad=$(grep -Eio '<(script|img|iframe|object|embed)[ >]' <<<"$dom" | wc -l || true)
[[ $bad -eq 0 ]] && ok=1 || ok=0
check "no script/img/iframe/object/embed elements ($bad)" $ok

missing=0
while read -r target; do
    [[ -z $target ]] && continue
    if ! grep -qF "id=\"$target\"" <<<"$dom"; then
        echo "      link to #$target has no target"
        missing=$((missing + 1))
    fi
done < <(grep -o 'href="#[^"]*"' <<<"$dom" | sed 's/^href="#//; s/"$//' | sort -u || true)
[[ $missing -eq 0 ]] && ok=1 || ok=0
check "every in-page link has a target" $ok

[[ -s $shot ]] && ok=1 || ok=0
check "screenshot written to $shot" $ok

exit $fail
