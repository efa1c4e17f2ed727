#!/usr/bin/env bash
# Measures how fast the generated data set loads through the command path (events + inline projection +
# outbox), and how long the async list projection and the search module's copy take to catch up.
# Sizes run in one go on fresh databases; the smallest is the reference the others are compared with.
# Usage: bench/load.sh [sizes...]   (default: 3000 33500; add 100000 or 300000 for the large sets)
set -euo pipefail
source "$(dirname "$0")/../scripts/common.sh"
cd "$ROOT"
SIZES=("${@:-3000 33500}")
read -r -a SIZES <<<"${SIZES[*]}"
PORT=5094
URL="http://127.0.0.1:$PORT"

# The state of the sources as built, recorded before the build (edits made during a long run must not relabel it).
SOURCE_STATE="\`$(git rev-parse --short HEAD)\`$(git diff --quiet HEAD -- src || echo ' (with uncommitted changes)')"
ensure_postgres
ensure_site_packages # a fresh clone has not run npm ci: the host build needs the packages
start_cluster postgres-bench 25434
trap 'pkill -f "SocialeKaart.Host.dll --urls $URL" || true; stop_cluster' EXIT
dotnet build src/Host -c Release -v q -clp:ErrorsOnly -nologo

psql_db() { PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U socialekaart -d "$1" -qAt -c "$2"; }

rows=""
for size in "${SIZES[@]}"; do
  db="socialekaart_bench_$size"
  recreate_database "$db"
  log="$(mktemp)"
  start=$(date +%s.%N)
  start_loading_host "$db" "$size" "$log"
  pid=$HOST_PID
  loaded=$(date +%s.%N)
  line=$(grep 'Data set loaded' "$log" | head -n 1)
  fiches=$(sed -E 's/.*loaded: \\?"?([0-9]+)"? fiches.*/\1/; s/.*"Fiches":([0-9]+).*/\1/' <<<"$line")
  # Wait until the async list projection and the search module's copy hold every fiche.
  until [ "$(psql_db "$db" "select count(*) from socialekaart.mt_doc_fichelistitem")" -ge "$size" ] \
     && [ "$(psql_db "$db" "select count(*) from socialekaart.mt_doc_search_fiche_entry")" -ge "$size" ]; do
    sleep 1
  done
  settled=$(date +%s.%N)
  events=$(psql_db "$db" "select count(*) from socialekaart.mt_events")
  load_s=$(grep -oE 'in [0-9.]+ s' <<<"$line" | grep -oE '[0-9.]+')
  kill -TERM $pid; wait $pid 2>/dev/null || true
  rows+="$size $events $load_s $(echo "$settled - $loaded" | bc)"$'\n'
  rm -f "$log"
done

{
  echo "# Data set load rate"
  echo
  echo "- commit: $SOURCE_STATE, $(date -u +%Y-%m-%d)"
  echo "- machine: $(machine_line) (fsync on)"
  echo "- path: generated commands → the API's checks and decisions → events appended in batches of 500 fiches, inline Fiche projection and FicheChanged outbox messages in the same transaction"
  echo "- *load*: until the last batch committed; *catch-up*: then until the async list projection and the search module's copy (one handler call per fiche) hold every fiche"
  echo "- reference: the smallest size in the same run; the ratio shows whether throughput holds as the store grows"
  echo
  echo "| fiches | events | load (s) | fiches/s | events/s | rate vs. reference | catch-up after load (s) |"
  echo "|---|---|---|---|---|---|---|"
  ref=""
  while read -r size events load catch; do
    [ -n "$size" ] || continue
    fps=$(echo "$size / $load" | bc -l); eps=$(echo "$events / $load" | bc -l)
    [ -n "$ref" ] || ref=$fps
    printf '| %s | %s | %.1f | %.0f | %.0f | %.2f | %.1f |\n' "$size" "$events" "$load" "$fps" "$eps" "$(echo "$fps / $ref" | bc -l)" "$catch"
  done <<<"$rows"
  echo
  echo "Target (issue 3): the full 33,500 in under 2 minutes on this 2-core machine."
} > bench/load.md
cat bench/load.md
