#!/bin/sh
# Creates the API's own database login (APP_DB_USER, default walikota_app) with the password in
# APP_DB_PASSWORD: not a superuser, owner of nothing. The postgres image runs this once, on an
# empty data volume (/docker-entrypoint-initdb.d). It is idempotent: on an existing volume run it
# by hand (it creates the role if missing, and sets its password):
#   docker compose exec postgres sh /docker-entrypoint-initdb.d/10-app-role.sh
# What the role may do is granted by the migrate job after each migration
# (`cli.js db:grant-app-role`): no UPDATE, DELETE or TRUNCATE on the audit log.
set -eu
: "${APP_DB_PASSWORD:?APP_DB_PASSWORD must be set}"
APP_DB_USER="${APP_DB_USER:-walikota_app}"

psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
  -v role="$APP_DB_USER" -v password="$APP_DB_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN', :'role')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'role') \gexec
SELECT format('ALTER ROLE %I WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L', :'role', :'password') \gexec
SQL
echo "Database role $APP_DB_USER is ready; the migrate job grants its privileges."
