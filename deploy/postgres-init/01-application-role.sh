#!/usr/bin/env bash
# Run once by the postgres image on a new data volume (docker-entrypoint-initdb.d): the application's role owns the
# database and is no superuser (ADR 24). POSTGRES_USER stays the administrators' superuser.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v app_password="$APP_DB_PASSWORD" <<'SQL'
create role socialekaart_app login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password :'app_password';
alter database socialekaart owner to socialekaart_app;
\connect socialekaart
alter schema public owner to socialekaart_app;
SQL
