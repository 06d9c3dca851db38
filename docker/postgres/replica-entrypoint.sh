#!/bin/sh
# Streaming replica: on an empty data directory, clone the primary (pg_basebackup -R writes standby.signal and
# primary_conninfo), then run as a hot standby. Later starts reuse the clone and resume streaming from the slot.
set -eu
: "${PGDATA:=/var/lib/postgresql/data}"
mkdir -p "$PGDATA"
chown -R postgres:postgres "$PGDATA"
chmod 700 "$PGDATA"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready -h "$PRIMARY_HOST" -U replicator -d postgres; do echo "waiting for $PRIMARY_HOST"; sleep 2; done
  export PGPASSWORD="$REPLICATION_PASSWORD"
  gosu postgres pg_basebackup -h "$PRIMARY_HOST" -U replicator -D "$PGDATA" -R -X stream -S replica1 -P
fi
exec gosu postgres postgres -c hot_standby=on -c max_standby_streaming_delay=30s
