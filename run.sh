#!/usr/bin/env bash
# Starts SocialeKaart with demo data. Without ConnectionStrings__SocialeKaart in the environment it runs
# on a private PostgreSQL cluster in .data/ (created on first run, reused afterwards, stopped on exit).
#   ./run.sh              3,000 generated fiches (database socialekaart), loaded in a few seconds
#   ./run.sh --full       the full 33,500-fiche data set (database socialekaart_full), about a minute
#   ./run.sh --fiches N   N fiches (database socialekaart_N), e.g. 100000 or 300000 for benchmarks
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
cd "$ROOT"

FICHES=3000
DATABASE=socialekaart
while [ $# -gt 0 ]; do
  case "$1" in
    --full) FICHES=33500; DATABASE=socialekaart_full ;;
    --fiches) [ $# -ge 2 ] || die "--fiches needs a number"; FICHES="$2"; DATABASE="socialekaart_$2"; shift ;;
    *) die "unknown option $1 (use --full or --fiches N)" ;;
  esac
  shift
done
[[ "$FICHES" =~ ^[0-9]+$ ]] || die "--fiches needs a number, not '$FICHES'"

PORT="${PORT:-5080}"
URL="http://127.0.0.1:$PORT"

ensure_site_packages
locate_shared_data
ensure_dutch_words
if [ -z "${ConnectionStrings__SocialeKaart:-}" ]; then
  ensure_postgres
  start_cluster postgres "${PG_PORT:-25432}"
  trap 'stop_cluster' EXIT
  trap 'exit 130' INT TERM  # a signal also goes through the exit trap, even during the build
  ensure_database "$DATABASE"
  export ConnectionStrings__SocialeKaart="$(connection_string "$DATABASE")"
else
  say "Using the database from ConnectionStrings__SocialeKaart"
fi

# A back-office API key for this machine, made once and kept out of git (.data is ignored).
keyfile="$ROOT/.data/backoffice-api-key"
if [ ! -s "$keyfile" ]; then mkdir -p "$ROOT/.data"; (umask 077; head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$keyfile"); fi
export Security__ApiKeys__0__Id="local-coordinator" Security__ApiKeys__0__Name="Lokale coördinator" \
       Security__ApiKeys__0__Role="coordinator" Security__ApiKeys__0__Key="$(cat "$keyfile")"

# The demo accounts' password, made once too (coordinator@demo.example, eigenaar@demo.example).
demofile="$ROOT/.data/demo-password"
if [ ! -s "$demofile" ]; then (umask 077; head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$demofile"); fi
export Accounts__DemoPassword="$(cat "$demofile")"
# The master key that wraps each professional's key for private notes (ADR 19); losing it makes the notes unreadable.
masterfile="$ROOT/.data/workspace-master-key"
if [ ! -s "$masterfile" ]; then (umask 077; head -c 32 /dev/urandom | base64 > "$masterfile"); fi
export Workspace__MasterKey="$(cat "$masterfile")"
# The key that seals the Data Protection key ring in the database (ADR 24): reading the database is not enough to
# forge a session cookie. Losing it signs everyone out and voids mailed links, nothing more.
export DataProtection__KeyRingKey="$(secret_key keyring-key)"

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" DataSet__LoadOnStartup=true DataSet__Fiches="$FICHES" \
  Search__IndexPath="$ROOT/.data/search-index/$DATABASE" Mail__PickupDirectory="${Mail__PickupDirectory:-$ROOT/.data/mail}"

say "Building"
dotnet build src/Host/SocialeKaart.Host.csproj -c Release --nologo -v quiet -clp:ErrorsOnly
# The built host is started directly (not through `dotnet run`) so that SIGTERM reaches it and it shuts down cleanly.
(cd src/Host/bin/Release/net10.0 && exec dotnet SocialeKaart.Host.dll --urls "$URL") &
site=$!
# Under set -e a failing command inside the trap would end it early: every step here must not fail.
trap 'kill -TERM $site 2>/dev/null || true; wait $site 2>/dev/null || true; stop_cluster' EXIT
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
    gegevens:    $FICHES gegenereerde fiches in database $DATABASE (het laden loopt op de achtergrond)
    back office: header X-Api-Key: $(cat "$keyfile")
    aanmelden:   $URL/account/aanmelden  coordinator@demo.example of eigenaar@demo.example, wachtwoord $(cat "$demofile")
  Stoppen: Ctrl+C

MSG
wait $site
