#!/usr/bin/env bash
# Sourced by the screenshot scripts: headless Chromium.
#
#   . .ci/chromium.sh       (from the project's root)
#
# Installs Debian's chromium with apt-get when /usr/bin/chromium is missing, makes a
# throw-away profile, $chromium_profile (the sourcing script removes it when it exits), and
# defines the functions
#   browse OPTION URL     chromium with the flags below and OPTION (--dump-dom, --screenshot=FILE); a run
#                         that hangs (a page that keeps animating can) is stopped after CHROMIUM_TIMEOUT
#                         seconds (default 120) and tried again, three times in all
#   server_url LOG PID PATTERN SECONDS
#                         waits until the log of the server process PID shows a URL (grep -o PATTERN,
#                         its last word) and prints it; exits 1 with the log when the server stops first
#                         or no URL comes within SECONDS

if [ ! -x /usr/bin/chromium ]; then
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi

chromium_profile=$(mktemp -d)

browse() {
    local try
    for try in 1 2 3; do
        timeout "${CHROMIUM_TIMEOUT:-120}" chromium --headless --no-sandbox --disable-gpu --disable-quic \
            --no-first-run --disable-background-networking --disable-component-update --disable-sync \
            --user-data-dir="$chromium_profile" --window-size=1280,900 --virtual-time-budget=5000 "$1" "$2" \
            2>/dev/null && return 0
        echo "chromium did not finish $1 $2 within ${CHROMIUM_TIMEOUT:-120} s (try $try of 3)" >&2
    done
    return 1
}

server_url() {
    local url="" i
    for ((i = 0; i < $4 * 2; i++)); do
        url=$(grep -o -m1 "$3" "$1" | awk '{print $NF}' || true)
        [ -n "$url" ] && { echo "$url"; return 0; }
        if ! kill -0 "$2" 2>/dev/null; then
            cat "$1" >&2
            echo "the server stopped before it served" >&2
            exit 1
        fi
        sleep 0.5
    done
    tail -20 "$1" >&2
    echo "the server did not give its address within $4 s" >&2
    exit 1
}
