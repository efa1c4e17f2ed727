#!/usr/bin/env bash
# The search benchmark (issue 4): loads each data set into a fresh database through the site itself, then runs
# bench/SearchBench against the running site: a full rebuild, every query one at a time, an open loop at
# 50 queries/s, a rate ladder, autocomplete, projection lag and recall@10, with the two references (bare
# Lucene.NET in memory, PostgreSQL ILIKE) on the same data and queries in the same run. Writes bench/search.md.
# Usage: bench/search.sh [sizes...]   (default: 33500 100000)
#        REUSE=1 bench/search.sh ...   keeps a database already loaded by an earlier run (the load is not what is measured)
#        MODE=pages bench/search.sh 33500   the public pages instead (issue 5): writes bench/pages.md
#        MODE=relevance bench/search.sh 33500   search quality on the judged set and typo sets (issue 11): writes bench/relevance.md
set -euo pipefail
source "$(dirname "$0")/../scripts/common.sh"
cd "$ROOT"
read -r -a SIZES <<<"${*:-33500 100000}"
PORT=5095
URL="http://127.0.0.1:$PORT"
COORDINATOR_KEY="bench-coordinator-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
ADMIN_KEY="bench-admin-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

locate_shared_data
ensure_dutch_words
SOURCE_STATE="\`$(git rev-parse --short HEAD)\`$(git diff --quiet HEAD -- src bench || echo ' (with uncommitted changes)')"
ensure_postgres
ensure_site_packages # a fresh clone has not run npm ci: the host build needs the packages
start_cluster postgres-bench 25434
trap 'pkill -f "SocialeKaart.Host.dll --urls $URL" || true; stop_cluster' EXIT
dotnet build src/Host -c Release -v q -clp:ErrorsOnly -nologo
dotnet build bench/SearchBench -c Release -v q -clp:ErrorsOnly -nologo

psql_db() { PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U socialekaart -d "$1" -qAt -c "$2"; }

sections=()
for size in "${SIZES[@]}"; do
  db="socialekaart_searchbench_$size"
  index="$ROOT/.data/searchbench-index-$size"
  if [ "${REUSE:-0}" = 1 ] && [ "$(psql_db postgres "select count(*) from pg_database where datname = '$db'")" = 1 ] \
     && [ "$(psql_db "$db" "select count(*) from socialekaart.mt_doc_search_fiche_entry" 2>/dev/null || echo 0)" -ge "$size" ]; then
    say "Reusing the loaded database $db"
    give_to_app "$db"
  else
    recreate_database "$db"
    rm -rf "$index"
  fi
  log="$ROOT/.data/searchbench-$size.log"
  say "Loading $size fiches"
  # One client drives the whole load from one address: the anonymous API's budget (ADR 24) would be the bottleneck.
  start_loading_host "$db" "$size" "$log" Search__IndexPath="$index" \
    Security__RateLimits__AnonymousApiPerSecond=1000000 Security__RateLimits__AnonymousApiBurst=1000000 \
    Security__ApiKeys__0__Id=bench-coordinator Security__ApiKeys__0__Name="Benchmark" Security__ApiKeys__0__Role=coordinator Security__ApiKeys__0__Key="$COORDINATOR_KEY" \
    Security__ApiKeys__1__Id=bench-admin Security__ApiKeys__1__Name="Benchmark" Security__ApiKeys__1__Role=administrator Security__ApiKeys__1__Key="$ADMIN_KEY"
  pid=$HOST_PID
  until [ "$(psql_db "$db" "select count(*) from socialekaart.mt_doc_search_fiche_entry")" -ge "$size" ]; do sleep 1; done
  host_pid=$(pgrep -f "SocialeKaart.Host.dll --urls $URL" | head -n 1)
  say "Benchmarking $size fiches"
  out="$(mktemp)"
  dotnet bench/SearchBench/bin/Release/net10.0/SearchBench.dll --url "$URL" --db "$(connection_string "$db")" \
    --pid "$host_pid" --size "$size" --out "$out" --coordinator-key "$COORDINATOR_KEY" --admin-key "$ADMIN_KEY" --mode "${MODE:-search}" --judged "$ROOT/bench/relevance/queries.tsv"
  sections+=("$(cat "$out")")
  rm -f "$out"
  kill -TERM $pid; wait $pid 2>/dev/null || true
done

if [ "${MODE:-search}" = relevance ]; then
  {
    echo "# Search relevance benchmark"
    echo
    echo "- commit: $SOURCE_STATE, $(date -u +%Y-%m-%d), one run of \`MODE=relevance bench/search.sh ${SIZES[*]}\`"
    echo "- machine: $(machine_line)"
    echo "- data: the real registers of shared/data (hospitals, OCMW's and associations, OpenStreetMap pharmacies) and generated fiches up to the size, loaded through the site's command path"
    echo "- judged set: bench/relevance/queries.tsv (210 queries as people type them, by class: 110 to tune on, 40 held out whose misses are never listed, 60 "seen" — held out at first, then their misses were looked at on 2026-12-01); typo sets generated from every unique name with a fixed seed (bench/SearchBench/RelevanceBench.cs)"
    echo
    echo "Targets (issue 11): recall@10 ≥ 0.97 for one edit in a word of 5+ letters (first letter included), ≥ 0.90 for two edits in 9+ letters; zero results 0 % where relevant fiches exist; precision@10 ≥ 0.9 on single-word queries; ≥ 90 % of the top 5 located in the place; facets equal to their filtered totals in 100 %; 0 repeats across pages under concurrent writes."
    echo
    for s in "${sections[@]}"; do echo "$s"; echo; done
  } > bench/relevance.md
  cat bench/relevance.md
  exit 0
fi

if [ "${MODE:-search}" = pages ]; then
  {
    echo "# Public pages benchmark"
    echo
    echo "- commit: $SOURCE_STATE, $(date -u +%Y-%m-%d), one run of \`MODE=pages bench/search.sh ${SIZES[*]}\`"
    echo "- machine: $(machine_line)"
    echo "- site: Release build, Production settings; results pages from the search benchmark's queries (exact, common, place, facets, typo), fiche pages of random organisations, alternating; open loop (bench/SearchBench/PagesBench.cs); server time from \`Server-Timing\`"
    echo
    echo "Targets (issue 5): server p95 ≤ 50 ms at 20 requests/s on 33,500 fiches; results page HTML < 50 KB; page weight without map tiles < 300 KB."
    echo
    for s in "${sections[@]}"; do echo "$s"; echo; done
  } > bench/pages.md
  cat bench/pages.md
  exit 0
fi

{
  echo "# Search benchmark"
  echo
  echo "- commit: $SOURCE_STATE, $(date -u +%Y-%m-%d), one run of \`bench/search.sh ${SIZES[*]}\`"
  echo "- machine: $(machine_line)"
  echo "- site: Release build, Production settings, embedded Lucene.NET engine; data loaded through the site's own command path (bench/load.md); the load generator, the site and PostgreSQL share the machine"
  echo "- queries: made from each data set with a fixed seed (bench/SearchBench/QuerySet.cs): 150 per class — exact (a word of a real name), prefix (its first 3–5 letters), typo (one edit in a word of 6+ letters), accent-free (a name word with diacritics, typed without), place (a category word + waar = a municipality), facets (a common word + rubriek + municipality filters), common (the 15 commonest name words), zero-result (nonsense)"
  echo
  echo "Targets (issue 4, server-side): quick search p95 ≤ 10 ms at 50/s on 100,000 fiches and ≤ 100 ms at the highest rate reported; typo ≤ 2× exact; autocomplete p95 ≤ 5 ms; projection lag p95 ≤ 500 ms; full rebuild of 33,500 ≤ 60 s; recall@10 ≥ 0.95."
  echo
  for s in "${sections[@]}"; do echo "$s"; echo; done
} > bench/search.md
cat bench/search.md
