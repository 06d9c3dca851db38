# shellcheck shell=bash
# Sourced by the fault and security suites: a PRIVATE PostgreSQL cluster (initdb) on a free port, so that
# stopping or filling it disturbs no one else. Defines PGBIN, PORT, WORK, SERVER, free_port and
# pgctl/psql_q/private_pg_*. Needs the PostgreSQL server binaries (/usr/lib/postgresql/*/bin, Debian's
# postgresql package; PGBIN overrides) and psql; as root it runs the server as user postgres (runuser).
# The newest installed major version (sort -V puts 15 after 9.6).
# shellcheck disable=SC2012
PGBIN="${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
[ -x "$PGBIN/initdb" ] || { echo "PostgreSQL server binaries not found (set PGBIN)" >&2; exit 2; }
command -v psql >/dev/null || { echo "psql not found (Debian: postgresql-client)" >&2; exit 2; }

# A TCP port nothing listens on now (the kernel's pick), for the cluster and for an api under test.
free_port() { node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })'; }

PORT="$(free_port)"
WORK="$(mktemp -d /tmp/gongkai-suite.XXXXXX)"
# The server runs as postgres when we are root: it must be able to create its data folder and socket here.
chmod 777 "$WORK"
AS_PG=()
if [ "$(id -u)" = "0" ]; then AS_PG=(runuser -u postgres --); fi
SERVER="postgres://postgres@127.0.0.1:$PORT"

pgctl() { "${AS_PG[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/pg.log" -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1" "$@" >/dev/null; }
psql_q() { psql "$SERVER/$1" -tAX -c "$2"; }

private_pg_start() {
  "${AS_PG[@]}" "$PGBIN/initdb" -D "$WORK/data" -A trust -U postgres >/dev/null
  pgctl start -w
}
# Call from the suite's EXIT trap.
private_pg_cleanup() {
  pgctl stop -m immediate 2>/dev/null || true
  rm -rf "$WORK"
}
