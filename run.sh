#!/usr/bin/env bash
# Starts SocialeKaart with demo data. Without ConnectionStrings__SocialeKaart in the environment it runs
# on a private PostgreSQL cluster in .data/ (created on first run, reused afterwards, stopped on exit).
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
cd "$ROOT"

PORT="${PORT:-5080}"
URL="http://127.0.0.1:$PORT"

ensure_metapackages
if [ -z "${ConnectionStrings__SocialeKaart:-}" ]; then
  ensure_postgres
  start_cluster postgres "${PG_PORT:-55432}"
  trap 'stop_cluster' EXIT
  ensure_database socialekaart
  export ConnectionStrings__SocialeKaart="$(connection_string socialekaart)"
else
  say "Using the database from ConnectionStrings__SocialeKaart"
fi

# A back-office API key for this machine, made once and kept out of git (.data is ignored).
keyfile="$ROOT/.data/backoffice-api-key"
if [ ! -s "$keyfile" ]; then mkdir -p "$ROOT/.data"; (umask 077; head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$keyfile"); fi
export Security__ApiKeys__0__Id="local-coordinator" Security__ApiKeys__0__Name="Lokale coördinator" \
       Security__ApiKeys__0__Role="coordinator" Security__ApiKeys__0__Key="$(cat "$keyfile")"

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" Demo__SeedOnStartup=true

say "Building"
dotnet build src/Host/SocialeKaart.Host.csproj -c Release --nologo -v quiet -clp:ErrorsOnly
# The built host is started directly (not through `dotnet run`) so that SIGTERM reaches it and it shuts down cleanly.
(cd src/Host/bin/Release/net10.0 && exec dotnet SocialeKaart.Host.dll --urls "$URL") &
site=$!
trap 'kill -TERM $site 2>/dev/null; wait $site 2>/dev/null; stop_cluster' EXIT
trap 'exit 130' INT TERM

for _ in $(seq 1 120); do
  if curl -fsS "$URL/health/live" >/dev/null 2>&1; then break; fi
  kill -0 $site 2>/dev/null || die "the site stopped during start-up (see the log above)"
  sleep 0.5
done
cat >&2 <<MSG

  SocialeKaart draait op $URL
    gezondheid:  $URL/health/ready
    API:         $URL/api/fiches   (OpenAPI: $URL/openapi/v1.json)
    back office: header X-Api-Key: $(cat "$keyfile")
  Stoppen: Ctrl+C

MSG
wait $site
