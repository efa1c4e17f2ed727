#!/usr/bin/env bash
# The replay check on the generated data set (issue 6): every read model folded from streams is rebuilt from the
# events and compared with the live documents. Reference in the same run: PostgreSQL reading every event's JSON
# once (a floor for any replay). Three runs each. Writes bench/replay.md.
# Usage: bench/replay.sh [size]   (default 33500; reuses a database loaded by bench/search.sh or an earlier run)
set -euo pipefail
source "$(dirname "$0")/../scripts/common.sh"
cd "$ROOT"
SIZE="${1:-33500}"
PORT=5096
URL="http://127.0.0.1:$PORT"
AUDITOR_KEY="bench-auditor-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

SOURCE_STATE="\`$(git rev-parse --short HEAD)\`$(git diff --quiet HEAD -- src bench || echo ' (with uncommitted changes)')"
ensure_postgres
ensure_site_packages # a fresh clone has not run npm ci: the host build needs the packages
start_cluster postgres-bench 25434
trap 'pkill -f "SocialeKaart.Host.dll --urls $URL" || true; stop_cluster' EXIT
dotnet build src/Host -c Release -v q -clp:ErrorsOnly -nologo

psql_db() { PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U socialekaart -d "$1" -qAt -c "$2"; }

db="socialekaart_searchbench_$SIZE"
if [ "$(psql_db postgres "select count(*) from pg_database where datname = '$db'")" != 1 ] \
   || [ "$(psql_db "$db" "select count(*) from socialekaart.mt_streams where type = 'fiche'" 2>/dev/null || echo 0)" -lt "$SIZE" ]; then
  db="socialekaart_replaybench_$SIZE"
  recreate_database "$db"
fi
start_loading_host "$db" "$SIZE" "$ROOT/.data/replaybench-$SIZE.log" Search__IndexPath="$ROOT/.data/replaybench-index-$SIZE" \
  Security__ApiKeys__0__Id=bench-auditor Security__ApiKeys__0__Name="Benchmark" Security__ApiKeys__0__Role=auditor Security__ApiKeys__0__Key="$AUDITOR_KEY"
pid=$HOST_PID
until curl -fsS "$URL/health/live" >/dev/null 2>&1; do sleep 0.5; done
# The async list projection must have caught up, or the check (rightly) reports it behind.
until [ "$(psql_db "$db" "select count(*) from socialekaart.mt_doc_fichelistitem")" -ge "$SIZE" ]; do sleep 1; done
sleep 2

events=$(psql_db "$db" "select count(*) from socialekaart.mt_events")
streams=$(psql_db "$db" "select count(*) from socialekaart.mt_streams")
rows=""
for run in 1 2 3; do
  t0=$(date +%s.%N)
  psql_db "$db" "select count(*), sum(octet_length(data::text)) from socialekaart.mt_events" >/dev/null
  t1=$(date +%s.%N)
  report=$(curl -fsS -X POST "$URL/api/operations/replay-check" -H "X-Api-Key: $AUDITOR_KEY")
  t2=$(date +%s.%N)
  read_s=$(echo "$t1 - $t0" | bc -l); replay_s=$(echo "$t2 - $t1" | bc -l)
  equal=$(echo "$report" | python3 -c 'import json,sys; r=json.load(sys.stdin); print("yes" if r["allEqual"] else "NO: " + ", ".join(m["readModel"] for m in r["readModels"] if not m["equal"]))')
  rows+="| $run | $(printf '%.2f' "$read_s") | $(printf '%.1f' "$replay_s") | $(printf '%.0f' "$(echo "$replay_s / $read_s" | bc -l)")× | $equal |"$'\n'
done
models=$(echo "$report" | python3 -c '
import json, sys
r = json.load(sys.stdin)
for m in r["readModels"]:
    state = "equal" if m["equal"] else "DIFFERENT"
    print("| %s | %d | %d | `%s` | %s |" % (m["readModel"], m["live"], m["rebuilt"], m["liveChecksum"][:16], state))
')
kill -TERM $pid; wait $pid 2>/dev/null || true

{
  echo "# Replay check benchmark"
  echo
  echo "- commit: $SOURCE_STATE, $(date -u +%Y-%m-%d), \`bench/replay.sh $SIZE\`"
  echo "- machine: $(machine_line)"
  echo "- data: $SIZE generated fiches plus the reference rubrieken and thesaurus: $streams streams, $events events (database \`$db\`)"
  echo "- what: \`POST /api/operations/replay-check\` (Release build, Production settings): every read model rebuilt in memory from its streams"
  echo "  (fiches and list items: the projection's Evolve over events read 1,000 streams per query; the rest: Marten's aggregation per stream;"
  echo "  4 sessions in parallel) and compared with the live documents by SHA-256."
  echo "  Reference in the same run: PostgreSQL reading every event's JSON once (\`sum(octet_length(data::text))\`), the floor for any replay."
  echo
  echo "| run | read every event (s) | replay check (s) | ratio | all equal |"
  echo "|---|---|---|---|---|"
  printf '%s' "$rows"
  echo
  echo "Last run, per read model:"
  echo
  echo "| read model | live | rebuilt | checksum (first 16) | |"
  echo "|---|---|---|---|---|"
  echo "$models"
} > bench/replay.md
cat bench/replay.md
