# Shared by run.sh and test.sh: install what is missing, and manage a
# private PostgreSQL cluster on loopback. Sourced, not run.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

pg_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

ensure_postgres() {
  if [ -z "$(pg_bin_dir)" ]; then
    say "PostgreSQL server not found: installing postgresql and postgresql-contrib with apt"
    [ "$(id -u)" = 0 ] || die "PostgreSQL is missing and installing it needs root (apt-get install postgresql postgresql-contrib)."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
  fi
  PG_BIN="$(pg_bin_dir)" || die "PostgreSQL binaries still missing after installation."
}

# The machine a benchmark ran on, for its report: cores, CPU, memory, kernel, .NET, and PostgreSQL when started.
machine_line() {
  local line
  line="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), .NET $(dotnet --version)"
  if [ -n "${PG_BIN:-}" ]; then line+=", PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on loopback"; fi
  echo "$line"
}

# The browser tests drive Debian's Chromium (never a downloaded browser); installing it needs root.
ensure_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then return; fi
  if ! command -v chromium >/dev/null 2>&1; then
    say "Chromium not found: installing Debian's chromium with apt (for the browser tests)"
    [ "$(id -u)" = 0 ] || die "Chromium is missing and installing it needs root (apt-get install chromium), or set CHROMIUM_PATH."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || die "could not install chromium"
  fi
  export CHROMIUM_PATH="$(command -v chromium)"
}

# The site's front-end packages (Leaflet; axe-core for the browser tests) come from npm with the lockfile.
ensure_site_packages() {
  local dir="$ROOT/src/Modules/Site"
  if ! command -v npm >/dev/null 2>&1; then
    say "npm not found: installing Debian's nodejs and npm with apt (the site's front-end packages)"
    [ "$(id -u)" = 0 ] || die "npm is missing and installing it needs root (apt-get install nodejs npm)."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null || die "could not install nodejs and npm"
  fi
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "Installing the site's front-end packages (npm ci)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || die "npm ci failed in src/Modules/Site"
  fi
}

# A real SMTP server on loopback for the tests: Debian's aiosmtpd, storing every mail it receives in a Maildir.
ensure_smtp_sink() {
  if [ ! -x /usr/bin/aiosmtpd ]; then
    say "aiosmtpd not found: installing python3-aiosmtpd with apt (the tests' SMTP server)"
    [ "$(id -u)" = 0 ] || die "aiosmtpd is missing and installing it needs root (apt-get install python3-aiosmtpd)."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd >/dev/null || die "could not install python3-aiosmtpd"
  fi
}

# start_smtp_sink PORT DIR: sets SMTP_PORT, SMTP_MAILDIR and SMTP_PID; stop_smtp_sink stops it.
start_smtp_sink() {
  SMTP_PORT="$(free_port "$1")"
  SMTP_MAILDIR="$2"
  rm -rf "$SMTP_MAILDIR" && mkdir -p "$SMTP_MAILDIR"/{tmp,new,cur}
  setsid /usr/bin/aiosmtpd -n -l "127.0.0.1:$SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$SMTP_MAILDIR" >"$SMTP_MAILDIR.log" 2>&1 &
  SMTP_PID=$!
  for _ in $(seq 1 50); do port_in_use "$SMTP_PORT" && return; sleep 0.1; done
  die "the SMTP server did not start (log: $SMTP_MAILDIR.log)"
}

stop_smtp_sink() {
  if [ -n "${SMTP_PID:-}" ]; then kill "$SMTP_PID" 2>/dev/null || true; SMTP_PID=""; fi
}

# Runs a PostgreSQL tool as the user that owns the cluster: the server refuses to run as root.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Chooses the data folder: .data/<name> in the repository, unless the postgres user cannot reach it
# (a clone under /root, say); then a folder of our own under /var/tmp.
cluster_dir() {
  local name="$1" dir="$ROOT/.data/$1"
  mkdir -p "$ROOT/.data"
  chmod 755 "$ROOT/.data"
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$ROOT/.data"; then
    dir="/var/tmp/socialekaart-$(printf '%s' "$ROOT" | md5sum | cut -c1-8)/$name"
  fi
  echo "$dir"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The preferred port, or the next free one after it: another program (or another checkout's cluster) may hold it.
free_port() {
  local port="$1"
  while port_in_use "$port"; do
    port=$((port + 1))
    [ "$port" -lt $(( $1 + 50 )) ] || die "no free port between $1 and $port"
  done
  echo "$port"
}

# start_cluster NAME PORT: initialises the cluster on first use (a folder NAME/ holding data/, server.log and a
# generated scram password), starts it on 127.0.0.1:PORT, sets CLUSTER_DIR, PGDATA_DIR, PG_PORT, PG_PASSWORD.
start_cluster() {
  local name="$1" port="$2"
  CLUSTER_DIR="$(cluster_dir "$name")"
  PGDATA_DIR="$CLUSTER_DIR/data"
  PG_PORT="$port"
  local pwfile="$CLUSTER_DIR/password"
  if [ ! -s "$PGDATA_DIR/PG_VERSION" ]; then
    say "Initialising a private PostgreSQL cluster in $PGDATA_DIR"
    rm -rf "$CLUSTER_DIR"
    mkdir -p "$PGDATA_DIR"
    (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$pwfile")
    if [ "$(id -u)" = 0 ]; then chown -R postgres: "$CLUSTER_DIR"; fi
    as_pg "$PG_BIN/initdb" -D "$PGDATA_DIR" -U socialekaart --pwfile="$pwfile" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >/dev/null || die "initdb failed"
  fi
  PG_PASSWORD="$(cat "$pwfile")"
  if as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
    PG_PORT="$(sed -n 4p "$PGDATA_DIR/postmaster.pid")"
    say "PostgreSQL already running in $PGDATA_DIR on port $PG_PORT"
    PG_STARTED_HERE=0
  else
    # A port with no listener may still be held by another socket (an outgoing connection's local port): then the
    # bind fails, and the next port is tried.
    local attempt
    for attempt in 1 2 3 4 5 6; do
      PG_PORT="$(free_port "$PG_PORT")"
      say "Starting PostgreSQL on 127.0.0.1:$PG_PORT"
      # setsid: Ctrl+C in the terminal goes to the site, and we stop the database ourselves afterwards.
      if as_pg setsid "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$CLUSTER_DIR/server.log" -w -t 30 start \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories='' -c fsync=${PG_FSYNC:-on}" >/dev/null; then
        PG_STARTED_HERE=1
        break
      fi
      if tail -n 5 "$CLUSTER_DIR/server.log" | grep -q "could not bind\|Address already in use" && [ "$attempt" -lt 6 ]; then
        say "Port $PG_PORT is held by another socket: trying the next one"
        PG_PORT=$((PG_PORT + 1))
        continue
      fi
      tail -n 20 "$CLUSTER_DIR/server.log" >&2
      die "PostgreSQL did not start (log: $CLUSTER_DIR/server.log)"
    done
  fi
  ensure_app_role
}

# The application connects as socialekaart_app: it owns its databases and their schemas, and is no superuser
# (ADR 24). The cluster's own superuser (socialekaart, made by initdb) is for these scripts only.
APP_ROLE=socialekaart_app
ensure_app_role() {
  local pwfile="$CLUSTER_DIR/app-password"
  if [ ! -s "$pwfile" ]; then (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$pwfile"); fi
  APP_PASSWORD="$(cat "$pwfile")"
  pg_sql "do \$\$ begin if not exists (select 1 from pg_roles where rolname = '$APP_ROLE') then create role $APP_ROLE; end if; end \$\$"
  pg_sql "alter role $APP_ROLE with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '$APP_PASSWORD'"
}

stop_cluster() {
  if [ "${PG_STARTED_HERE:-0}" = 1 ] && [ -n "${PGDATA_DIR:-}" ]; then
    say "Stopping PostgreSQL"
    as_pg "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null 2>&1 || true
    PG_STARTED_HERE=0
  fi
}

pg_sql() {
  PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U socialekaart -d postgres -v ON_ERROR_STOP=1 -qAt -c "$1"
}

ensure_database() {
  local db="$1"
  if [ "$(pg_sql "select 1 from pg_database where datname = '$db'")" != 1 ]; then
    say "Creating database $db"
    pg_sql "create database \"$db\" owner $APP_ROLE"
  else
    give_to_app "$db"
  fi
}

recreate_database() {
  pg_sql "drop database if exists \"$1\" with (force)"
  pg_sql "create database \"$1\" owner $APP_ROLE"
}

# give_to_app DB: a database made before the application role existed becomes the role's, with everything in it.
give_to_app() {
  local db="$1"
  [ "$(pg_sql "select pg_get_userbyid(datdba) from pg_database where datname = '$db'")" = "$APP_ROLE" ] && return
  say "Handing database $db to the application role $APP_ROLE"
  pg_sql "alter database \"$db\" owner to $APP_ROLE"
  PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U socialekaart -d "$db" -v ON_ERROR_STOP=1 -qAt <<SQL >/dev/null
do \$\$ declare r record; begin
  for r in select nspname from pg_namespace where nspname not like 'pg\_%' and nspname <> 'information_schema' loop
    execute format('alter schema %I owner to $APP_ROLE', r.nspname);
  end loop;
  for r in select c.oid::regclass as name, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where n.nspname not like 'pg\_%' and n.nspname <> 'information_schema' and c.relkind in ('r', 'p', 'v', 'm')
  loop
    execute format('alter %s %s owner to $APP_ROLE', case r.relkind when 'v' then 'view' when 'm' then 'materialized view' else 'table' end, r.name);
  end loop;
  -- sequences that belong to no table (those that do moved with it)
  for r in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where c.relkind = 'S' and n.nspname not like 'pg\_%' and n.nspname <> 'information_schema'
             and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i'))
  loop
    execute format('alter sequence %s owner to $APP_ROLE', r.name);
  end loop;
  for r in select p.oid::regprocedure as name, p.prokind from pg_proc p join pg_namespace n on n.oid = p.pronamespace
           where n.nspname not like 'pg\_%' and n.nspname <> 'information_schema'
  loop
    execute format('alter %s %s owner to $APP_ROLE', case r.prokind when 'p' then 'procedure' else 'function' end, r.name);
  end loop;
  for r in select t.oid::regtype as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
           where n.nspname not like 'pg\_%' and n.nspname <> 'information_schema' and t.typtype in ('c', 'e', 'd')
             and (t.typrelid = 0 or (select relkind from pg_class where oid = t.typrelid) = 'c')
  loop
    execute format('alter type %s owner to $APP_ROLE', r.name);
  end loop;
end \$\$;
SQL
}

connection_string() {
  echo "Host=127.0.0.1;Port=$PG_PORT;Database=$1;Username=$APP_ROLE;Password=$APP_PASSWORD"
}

# start_loading_host DB SIZE LOG [NAME=VALUE...]: starts the built Release host on $URL (Production settings) loading SIZE
# generated fiches into DB, with the extra settings given, and returns once the load is done (or had been done before).
# Sets HOST_PID. Used by the benchmarks.
start_loading_host() {
  local db=$1 size=$2 log=$3; shift 3
  : > "$log" # a line from an earlier run must not count as this run's
  (cd "$ROOT/src/Host/bin/Release/net10.0" && exec env ConnectionStrings__SocialeKaart="$(connection_string "$db")" ASPNETCORE_ENVIRONMENT=Production \
     DataProtection__KeyRingKey="$(secret_key keyring-key)" \
     DataSet__LoadOnStartup=true DataSet__Fiches="$size" "$@" dotnet SocialeKaart.Host.dll --urls "$URL" >"$log" 2>&1) &
  HOST_PID=$!
  until grep -qE 'Data set loaded|already loaded' "$log" 2>/dev/null; do
    kill -0 "$HOST_PID" 2>/dev/null || { tail -n 30 "$log"; die "the host stopped while loading $size fiches"; }
    sleep 0.5
  done
}

# secret_key NAME: a 32-byte random key (base64) kept in .data/NAME, made on first use; .data is not in git.
secret_key() {
  local file="$ROOT/.data/$1"
  if [ ! -s "$file" ]; then mkdir -p "$ROOT/.data"; (umask 077; head -c 32 /dev/urandom | base64 > "$file"); fi
  cat "$file"
}

# The real registers (organisations, hospitals, pharmacies) are read at run time from ../shared/data, never copied
# into the repository; without the folder the data set is generated alone, and we say so.
locate_shared_data() {
  local dir="${DataSet__SharedDataPath:-$ROOT/../shared/data}"
  if [ -d "$dir/organisations" ]; then
    export DataSet__SharedDataPath="$(cd "$dir" && pwd)"
  else
    say "No shared data folder at $dir: real organisations are left out, the data set is generated only"
    unset DataSet__SharedDataPath
  fi
}

# Debian's Dutch word list (hunspell-nl): the search index splits compound words with it (ADR 20). Without it search
# works, but "poetsdienst" no longer meets "poetshulp" and "dienst"; so both commands install it.
ensure_dutch_words() {
  if [ -f /usr/share/hunspell/nl.dic ]; then return; fi
  if [ "$(id -u)" != 0 ]; then say "Debian's hunspell-nl is missing (compound words will not be split); apt-get install hunspell-nl adds it"; return; fi
  say "Installing Debian's Dutch word list (hunspell-nl) for splitting compound words in search"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hunspell-nl >/dev/null || say "could not install hunspell-nl: compound words will not be split"
}
