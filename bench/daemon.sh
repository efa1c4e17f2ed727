#!/usr/bin/env bash
# ADR 5: two hosts on one database, and one of them killed (kill -9) in the middle of a stream of writes. For each
# way of running the async projections (Wolverine-managed distribution, Marten's HotCold election) and each victim
# (the host running the list projection, or the other one): how long the projection stands still after the kill,
# whether it catches up on the survivor, and whether any event was applied twice or left out. Writes bench/daemon.md.
# Usage: bench/daemon.sh   (WRITES=400 KILL_AT=150 by default)
set -euo pipefail
source "$(dirname "$0")/../scripts/common.sh"
cd "$ROOT"
WRITES="${WRITES:-400}"
KILL_AT="${KILL_AT:-150}"
PORTS=(5095 5096)
KEY="bench-key-0123456789abcdef"
DB=socialekaart_daemon

SOURCE_STATE="\`$(git rev-parse --short HEAD)\`$(git diff --quiet HEAD -- src || echo ' (with uncommitted changes)')"
ensure_postgres
ensure_site_packages # a fresh clone has not run npm ci: the host build needs the packages
start_cluster postgres-bench 25434
trap 'pkill -f "SocialeKaart.Host.dll --urls http://127.0.0.1:509[56]" || true; stop_cluster' EXIT
dotnet build src/Host -c Release -v q -clp:ErrorsOnly -nologo

sql() { PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U socialekaart -d "$DB" -qAt -c "$1"; }
now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc; }
listed() { sql "select count(*) from socialekaart.mt_doc_fichelistitem"; }
progress() { sql "select coalesce(max(last_seq_id), 0) from socialekaart.mt_event_progression where name like 'FicheListItem%'"; }
highest() { sql "select coalesce(max(seq_id), 0) from socialekaart.mt_events"; }

start_host() { # index mode log
  (cd src/Host/bin/Release/net10.0 && exec env ConnectionStrings__SocialeKaart="$(connection_string "$DB")" ASPNETCORE_ENVIRONMENT=Production \
     DataProtection__KeyRingKey="$(secret_key keyring-key)" Projections__Mode="$2" \
     Security__ApiKeys__0__Id=bench Security__ApiKeys__0__Name=bench Security__ApiKeys__0__Role=coordinator Security__ApiKeys__0__Key="$KEY" \
     dotnet SocialeKaart.Host.dll --urls "http://127.0.0.1:${PORTS[$1]}" >"$3" 2>&1) &
  PIDS[$1]=$!
}

register() { # port n -> prints the HTTP status
  curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$1/api/fiches" -H "X-Api-Key: $KEY" -H 'content-type: application/json' \
    -d "{\"name\":\"Meting $2\",\"address\":{\"street\":\"Veldstraat\",\"number\":\"$2\",\"postcode\":\"9000\",\"municipality\":\"Gent\"},\"phone\":\"09 123 45 67\"}" || echo 000
}

# Which host runs the list projection now (0, 1 or ?). Wolverine-managed: the node the agent is assigned to (node 1 is the
# host started first). HotCold: the process holding Marten's advisory lock, found from its connection's client port.
runner() { # mode
  local found=""
  if [ "$1" = Distributed ]; then
    found=$(sql "select n.node_number - 1 from socialekaart.wolverine_node_assignments a join socialekaart.wolverine_nodes n on n.id = a.node_id
                 where a.id like 'event-subscriptions://%fichelistitem%'")
  else
    local ports pid
    ports=$(sql "select distinct a.client_port from pg_locks l join pg_stat_activity a on a.pid = l.pid where l.locktype = 'advisory' and l.granted")
    for port in $ports; do
      pid=$(ss -tnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
      for i in 0 1; do [ "$pid" = "${PIDS[$i]}" ] && found="$found$i"; done
    done
  fi
  case "$found" in 0|1) echo "$found" ;; *) echo "?" ;; esac
}

rows=""
for mode in Distributed HotCold; do
  for victim in runner other; do
    say "$mode, killing the $victim"
    recreate_database "$DB"
    declare -a PIDS LOGS
    LOGS=("$(mktemp)" "$(mktemp)")
    start_host 0 "$mode" "${LOGS[0]}"
    until curl -fs -o /dev/null "http://127.0.0.1:${PORTS[0]}/health/live"; do sleep 0.1; done # the schema, made once
    start_host 1 "$mode" "${LOGS[1]}"
    until curl -fs -o /dev/null "http://127.0.0.1:${PORTS[1]}/health/live"; do sleep 0.1; done
    # The first write, then until some host projects it: the shard is assigned.
    started=$(now); [ "$(register "${PORTS[0]}" 0)" = 201 ]; acknowledged=1
    until [ "$(listed)" -ge 1 ]; do sleep 0.2; [ "$(echo "$(since "$started") > 180" | bc)" = 1 ] && die "no host started the list projection"; done
    assigned=$(since "$started")
    run=$(runner "$mode")
    [ "$run" = "?" ] && die "cannot tell which host runs the list projection ($mode)"
    killed=$([ "$victim" = runner ] && echo "$run" || echo $((1 - run)))
    survivor=$((1 - killed)); failed=0; kill_time=""; at_kill=""; resumed=""
    for n in $(seq 1 "$WRITES"); do
      if [ "$n" = "$KILL_AT" ]; then
        run=$(runner "$mode") # the runner may have moved since the first write
        [ "$run" != "?" ] && killed=$([ "$victim" = runner ] && echo "$run" || echo $((1 - run))) && survivor=$((1 - killed))
        kill -9 "${PIDS[$killed]}"; kill_time=$(now); at_kill=$(progress)
      fi
      port=${PORTS[$survivor]}; [ -z "$kill_time" ] && port=${PORTS[$((n % 2))]}
      if [ "$(register "$port" "$n")" = 201 ]; then acknowledged=$((acknowledged + 1)); else failed=$((failed + 1)); fi
      if [ -n "$kill_time" ] && [ -z "$resumed" ] && [ "$(progress)" -gt "$at_kill" ]; then resumed=$(since "$kill_time"); fi
    done
    last_write=$(now)
    until [ "$(listed)" -ge "$acknowledged" ] && [ "$(progress)" -ge "$(highest)" ]; do
      if [ -z "$resumed" ] && [ "$(progress)" -gt "$at_kill" ]; then resumed=$(since "$kill_time"); fi
      sleep 0.2
      [ "$(echo "$(since "$last_write") > 300" | bc)" = 1 ] && break
    done
    [ -z "$resumed" ] && [ "$(progress)" -gt "$at_kill" ] && resumed=$(since "$kill_time")
    settled=$(since "$last_write")
    listed_now=$(listed); streams=$(sql "select count(*) from socialekaart.mt_events where type = 'organisation_registered'")
    # Twice or left out: a list item per fiche stream, the shard's mark at the last event, and no complaint of
    # a progression moved by someone else (Marten's optimistic check when two nodes run one shard).
    conflicts=$(cat "${LOGS[@]}" | grep -ciE "ProgressionProgressOutOfOrder|out of order|concurrency" || true)
    errors=$(cat "${LOGS[@]}" | grep -cE '"@l":"(Error|Fatal)"' || true)
    pkill -f "SocialeKaart.Host.dll --urls http://127.0.0.1:509[56]" || true; wait 2>/dev/null || true
    row="| $mode | $victim (host $((killed + 1))) | $(printf %.1f "$assigned") | $([ -n "$resumed" ] && printf %.1f "$resumed" || echo never) | $(printf %.1f "$settled") | $acknowledged | $failed | $listed_now / $streams | $(progress) / $(highest) | $conflicts | $errors |"
    rows+="$row"$'\n'; say "$row"
    rm -f "${LOGS[@]}"
  done
done

{
  echo "# Async projections on two hosts, one killed"
  echo
  echo "- commit: $SOURCE_STATE, $(date -u +%Y-%m-%d), one run of \`bench/daemon.sh\`"
  echo "- machine: $(machine_line)"
  echo "- two Release hosts (ASPNETCORE_ENVIRONMENT=Production) on one fresh database; $WRITES registrations one after the other,"
  echo "  alternating between the hosts; \`kill -9\` of one host before write $KILL_AT, the rest sent to the survivor"
  echo "- *assigned*: from the first write until a host projected it; *resumed*: from the kill until the list projection's mark"
  echo "  moved again; *settled*: from the last write until the list held every fiche and the mark stood at the last event"
  echo "- *runner*: the host running the list projection just before the kill (Wolverine's agent assignment; the holder of"
  echo "  Marten's advisory lock for HotCold); *other*: the host that did not run it"
  echo "- *twice or left out*: a list item per registration, the projection's mark at the last event, and no progression"
  echo "  conflict (Marten refuses to move a mark another runner moved) or error in either host's log"
  echo
  echo "| mode | killed | assigned (s) | resumed after kill (s) | settled after last write (s) | acknowledged writes | failed writes | list items / registrations | mark / last event | progression conflicts | error lines |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s' "$rows"
} > bench/daemon.md
cat bench/daemon.md
