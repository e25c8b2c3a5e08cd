# Shared by .ci/soak.sh and .ci/replicas.sh (sourced, not run): a work folder, the build, and `dipkg serve`
# on free ports, all stopped and removed on exit.
served_pids=()
work=$(mktemp -d)
trap 'stop_served; rm -rf "$work"' EXIT

# build_for_serving: the jar, the test classes and their class path (target/classpath.txt)
build_for_serving() {
    local build=(-DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
                 -Dmdep.includeScope=test)
    mvn -q -o "${build[@]}" || mvn -q "${build[@]}"
}

# start_serve LOG COMMAND...: runs a `dipkg serve ... --port 0` command in the background, adds its process to
# served_pids and waits until it reports its address; sets served_pid and served_port. Exits when it does not start.
start_serve() {
    local log=$1
    shift
    "$@" >"$log" 2>&1 &
    served_pid=$!
    served_pids+=("$served_pid")
    served_port=""
    for _ in $(seq 1 120); do
        served_port=$(grep -o -m1 'http://localhost:[0-9]*/' "$log" | head -1 | grep -o '[0-9]*' || true)
        [ -n "$served_port" ] && return 0
        kill -0 "$served_pid" 2>/dev/null || { cat "$log" >&2; echo "dipkg serve did not start" >&2; exit 1; }
        sleep 0.5
    done
    echo "dipkg serve did not report its address" >&2
    exit 1
}

# stop_served: stops every server start_serve started
stop_served() {
    local p
    for p in "${served_pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
}
