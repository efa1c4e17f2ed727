#!/usr/bin/env bash
# Runs every test (unit, integration against a real PostgreSQL, and the pages in Debian's Chromium) and ends
# with the runner's summary. Installs what is missing: PostgreSQL and Chromium (apt), the site's npm packages.
# The tests get their own cluster (.data/postgres-test) and a fresh database each run.
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
cd "$ROOT"

ensure_postgres
ensure_chromium
ensure_site_packages
ensure_smtp_sink
locate_shared_data
ensure_dutch_words
# fsync off: a throw-away test database does not need crash safety, and it is much faster on slow disks.
PG_FSYNC=off start_cluster postgres-test "${TEST_PG_PORT:-25433}"
trap 'stop_smtp_sink; stop_cluster' EXIT
start_smtp_sink "${TEST_SMTP_PORT:-2526}" "$ROOT/.data/test-mail"
export SOCIALEKAART_TEST_SMTP_PORT="$SMTP_PORT" SOCIALEKAART_TEST_MAILDIR="$SMTP_MAILDIR"
recreate_database socialekaart_test
export SOCIALEKAART_TEST_CONNECTION="$(connection_string socialekaart_test)"
# The browser tests run the host on Kestrel beside the integration tests' host: a database of their own.
recreate_database socialekaart_browser
export SOCIALEKAART_BROWSER_CONNECTION="$(connection_string socialekaart_browser)"

# Normal verbosity prints the reason of every skipped test (the Typesense contract without a server).
dotnet test SocialeKaart.sln -c Release --nologo --logger "console;verbosity=normal" "$@"
# Last, every mail the run sent, now that all of them are in: none may show escapes, English dates or code names.
dotnet test tests/SocialeKaart.IntegrationTests -c Release --no-build --nologo --logger "console;verbosity=normal" \
  --filter "FullyQualifiedName~EveryMailReadsWellTests"
# And no package we ship with a known high or critical vulnerability (NuGet, transitive ones too; npm for the browser).
scripts/check-dependencies.sh
