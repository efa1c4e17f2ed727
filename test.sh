#!/usr/bin/env bash
# Runs every test (unit and integration against a real PostgreSQL) and ends with the runner's summary.
# The tests get their own cluster (.data/postgres-test) and a fresh database each run.
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
cd "$ROOT"

ensure_metapackages
ensure_postgres
# fsync off: a throw-away test database does not need crash safety, and it is much faster on slow disks.
PG_FSYNC=off start_cluster postgres-test "${TEST_PG_PORT:-55433}"
trap 'stop_cluster' EXIT
recreate_database socialekaart_test
export SOCIALEKAART_TEST_CONNECTION="$(connection_string socialekaart_test)"

# Normal verbosity prints the reason of every skipped test (the Typesense contract without a server).
dotnet test SocialeKaart.sln -c Release --nologo --logger "console;verbosity=normal" "$@"
