#!/usr/bin/env bash
# Measures host start-up with Wolverine's runtime code generation (Dynamic) against pre-generated code
# (Static, what the container image uses), in the same run on the same machine. Writes bench/startup.md.
set -euo pipefail
source "$(dirname "$0")/../scripts/common.sh"
cd "$ROOT"
RUNS="${RUNS:-5}"
PORT=5091
URL="http://127.0.0.1:$PORT"
KEY="bench-key-0123456789abcdef"

# The state of the sources as built, recorded before the build (edits made during a long run must not relabel it).
SOURCE_STATE="\`$(git rev-parse --short HEAD)\`$(git diff --quiet HEAD -- src || echo ' (with uncommitted changes)')"
ensure_postgres
ensure_site_packages # a fresh clone has not run npm ci: the host build needs the packages
start_cluster postgres-bench 25434
trap 'rm -rf src/Host/Internal/Generated; pkill -f "SocialeKaart.Host.dll --urls $URL" || true; stop_cluster' EXIT
recreate_database socialekaart_bench
export ConnectionStrings__SocialeKaart="$(connection_string socialekaart_bench)" \
  Security__ApiKeys__0__Id=bench Security__ApiKeys__0__Name=bench Security__ApiKeys__0__Role=coordinator \
  Security__ApiKeys__0__Key="$KEY" ASPNETCORE_ENVIRONMENT=Production DataProtection__KeyRingKey="$(secret_key keyring-key)"

now() { date +%s.%N; }
measure() { # prints "seconds-to-live seconds-to-first-registration"
  local s l r
  s=$(now)
  (cd src/Host/bin/Release/net10.0 && exec dotnet SocialeKaart.Host.dll --urls "$URL" >/dev/null 2>&1) &
  local pid=$!
  until curl -fs -o /dev/null "$URL/health/live"; do sleep 0.02; done; l=$(now)
  curl -fs -o /dev/null -X POST "$URL/api/fiches" -H "X-Api-Key: $KEY" -H 'content-type: application/json' \
    -d '{"name":"Meting","address":{"street":"Veldstraat","number":"1","postcode":"9000","municipality":"Gent"},"phone":"09 123 45 67"}'
  r=$(now)
  kill -TERM $pid; wait $pid 2>/dev/null || true
  echo "$(echo "$l - $s" | bc) $(echo "$r - $l" | bc)"
}
run_mode() { # mode -> rows
  local mode="$1" i
  export Wolverine__CodeGeneration="$mode"
  measure >/dev/null # warm the OS file cache and the schema once
  for i in $(seq 1 "$RUNS"); do echo "$mode $(measure)"; done
}
median() { sort -n | awk '{a[NR]=$1} END {printf "%.2f", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

rm -rf src/Host/Internal/Generated
dotnet build src/Host -c Release -v q -clp:ErrorsOnly -nologo
rows=$(run_mode Dynamic)
dotnet run --project src/Host -c Release --no-launch-profile -- codegen write >/dev/null 2>&1
dotnet build src/Host -c Release -v q -clp:ErrorsOnly -nologo
rows="$rows"$'\n'"$(run_mode Static)"
rm -rf src/Host/Internal/Generated
dotnet build src/Host -c Release -v q -clp:ErrorsOnly -nologo

{
  echo "# Host start-up: runtime code generation vs. pre-generated code"
  echo
  echo "- commit: $SOURCE_STATE, $(date -u +%Y-%m-%d)"
  echo "- machine: $(machine_line)"
  echo "- runs per mode: $RUNS (after one warm-up run); PostgreSQL on loopback; ASPNETCORE_ENVIRONMENT=Production"
  echo "- *live*: process start until /health/live answers; *first write*: then until the first POST /api/fiches answers"
  echo
  echo "| mode | live, median (s) | first write, median (s) |"
  echo "|---|---|---|"
  for mode in Dynamic Static; do
    echo "| $mode | $(grep "^$mode " <<<"$rows" | awk '{print $2}' | median) | $(grep "^$mode " <<<"$rows" | awk '{print $3}' | median) |"
  done
  echo
  echo "Raw rows (mode, live, first write):"
  echo
  echo '```'
  echo "$rows"
  echo '```'
} > bench/startup.md
cat bench/startup.md
