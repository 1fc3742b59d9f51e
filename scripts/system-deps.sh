#!/usr/bin/env bash
# Install what pip and npm cannot: PostGIS for the server-mode tests, Chromium for the browser
# tests. Idempotent: does nothing when everything is already there. Needs root (or sudo).
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -d /usr/share/postgresql/15/extension ] && ls /usr/share/postgresql/15/extension/postgis.control >/dev/null 2>&1 \
  || need+=(postgresql-15-postgis-3)
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql-15)
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
command -v pg_dump >/dev/null 2>&1 || need+=(postgresql-client-15)
# ODK Validate (bundled with pyxform, a Java program) checks our XLSForms in the tests.
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)

if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing system packages: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
