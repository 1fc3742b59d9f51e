#!/usr/bin/env bash
# Make sure a PostgreSQL server with PostGIS answers on 127.0.0.1:5432 for the test suite.
# Starts the Debian cluster if it is down; creates one if the machine has none.
set -euo pipefail

URL="${MINEWATCH_TEST_PG_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
ready() { pg_isready -q -h 127.0.0.1 -p 5432; }

if ! ready; then
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    pg_createcluster "$version" main >/dev/null
  fi
  echo "Starting PostgreSQL $version on 127.0.0.1:5432"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start \
    -- -o "-c listen_addresses=127.0.0.1" || pg_ctlcluster "$version" main start
  for _ in $(seq 1 30); do ready && break; sleep 1; done
fi
ready || { echo "PostgreSQL did not come up on 127.0.0.1:5432" >&2; exit 1; }

# Trust auth for local test connections is the machine's setting; check we can get in.
if ! psql "$URL" -qAtc "select 1" >/dev/null 2>&1; then
  echo "Cannot connect to $URL; set MINEWATCH_TEST_PG_URL to a superuser URL" >&2
  exit 1
fi
psql "$URL" -qAtc "select 1 from pg_available_extensions where name = 'postgis'" | grep -q 1 \
  || { echo "PostGIS is not installed on this server (apt: postgresql-15-postgis-3)" >&2; exit 1; }
