#!/usr/bin/env bash
# The pages over the real corpus, as a new user sees them after `./dipkg up`: the query page
# with the meetings query run, the timeline, the network and the page of the person with the
# most meetings, each checked and saved as PNG.
#
#   .ci/screenshot-corpus.sh [OUTPUT_DIR]     default: docs
#
# Converts and loads data/articles and data/practice/articles into a fresh store with
# target/dipkg.jar (built when missing) and serves it on a free port: loading the language
# models and converting take a minute or two each. Then opens each page in headless Chromium;
# --dump-dom must show at least as much as a working page draws from this corpus (a broken page
# or an empty store shows none), or the script exits non-zero:
#   query page   rows of the result table       >= QUERY_MIN_ROWS    (default 20)
#   timeline     meetings listed                >= TIMELINE_MIN      (default 20)
#   network      actors drawn, pairs listed     >= NETWORK_MIN_NODES (default 10), NETWORK_MIN_PAIRS (5)
#   entity page  facts in its activity list     >= ENTITY_MIN_FACTS  (default 5)
# and prints what the served graph holds: meetings, statements, demands, actors.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-docs}
mkdir -p "$out"
out=$(cd "$out" && pwd)

. .ci/chromium.sh

if [ ! -f target/dipkg.jar ]; then
    mvn -B -q -o -DskipTests package || mvn -B -q -DskipTests package
fi

work=$(mktemp -d)
java ${DIPKG_JAVA_OPTS:--Xmx3g} -jar target/dipkg.jar up --db "$work/store" --port 0 >"$work/up.log" 2>&1 &
up=$!
trap 'kill "$up" 2>/dev/null || true; wait "$up" 2>/dev/null || true; rm -rf "$work" "$chromium_profile"' EXIT

endpoint=$(server_url "$work/up.log" "$up" 'SPARQL endpoint http://[^ ]*' 900)
base=${endpoint%dipkg/sparql}
grep -E 'articles converted|language models' "$work/up.log" || true

# sparql QUERY: the first column of the result's rows, as CSV without its header
sparql() {
    curl -sS --fail -H 'Accept: text/csv' --data-urlencode "query=PREFIX dip: <https://w3id.org/dipkg/ontology#> $1" \
        "$endpoint" | tail -n +2 | tr -d '\r'
}
for kind in Meeting Statement Demand Position; do
    echo "graph: $(sparql "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a dip:$kind }") ${kind}s"
done
echo "graph: $(sparql 'SELECT (COUNT(DISTINCT ?x) AS ?n) { VALUES ?k { dip:Person dip:Country dip:Organization
    dip:InternationalOrganization dip:GovernmentBody dip:MediaOrganization } ?x a ?k }') actors"

# count NAME URL WHAT PATTERN MIN: matches of PATTERN (grep -o) in the DOM of URL, at least MIN, else exit 1
count() {
    local dom n
    dom=$(browse --dump-dom "$2" | tr -d '\n')
    n=$(printf '%s' "$dom" | grep -o "$4" | wc -l)
    if [ "$n" -lt "$5" ]; then
        echo "$1: $n $3 on $2, fewer than $5" >&2
        printf '%s\n' "$dom" | tail -c 3000 >&2
        exit 1
    fi
    echo "$1: $n $3"
}

query_url="${base}?query=meetings&run=1"
rows=$(browse --dump-dom "$query_url" | tr -d '\n' \
    | sed -n 's|.*class="yasr_results".*<tbody>\(.*\)</tbody>.*|\1|p' | grep -o '<tr[ >]' | wc -l)
[ "$rows" -ge "${QUERY_MIN_ROWS:-20}" ] || { echo "query page: $rows result rows on $query_url" >&2; exit 1; }
echo "query page: $rows result rows"
count timeline "${base}timeline" "meetings listed" '<li class="meeting' "${TIMELINE_MIN:-20}"
count network "${base}network" "pairs listed" '<tr><td>' "${NETWORK_MIN_PAIRS:-5}"
nodes=$(browse --dump-dom "${base}network" | grep -o 'data-nodes="[0-9]*"' | grep -o '[0-9]\+' || echo 0)
[ "$nodes" -ge "${NETWORK_MIN_NODES:-10}" ] || { echo "network: $nodes actors drawn" >&2; exit 1; }
echo "network: $nodes actors drawn"

person=$(sparql 'SELECT ?p (COUNT(DISTINCT ?m) AS ?n) { ?m a dip:Meeting ; dip:participant ?p . ?p a dip:Person }
    GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 1' | cut -d, -f1)
page="${base}${person#https://w3id.org/dipkg/}"
count entity-page "$page" "facts in the activity list" '<li class="activity-item' "${ENTITY_MIN_FACTS:-5}"

rm -f "$out/query-page.png" "$out/timeline.png" "$out/network.png" "$out/entity-page.png"
browse --screenshot="$out/query-page.png" "$query_url"
browse --screenshot="$out/timeline.png" "${base}timeline"
browse --screenshot="$out/network.png" "${base}network"
browse --screenshot="$out/entity-page.png" "$page"
for f in query-page timeline network entity-page; do
    [ -s "$out/$f.png" ] || { echo "no screenshot $out/$f.png" >&2; exit 1; }
done
echo "screenshots: $out/query-page.png $out/timeline.png $out/network.png $out/entity-page.png"
