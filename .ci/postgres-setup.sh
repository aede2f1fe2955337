#!/usr/bin/env bash
# Prepares a local PostgreSQL for the event-storage contract tests (PostgresEventStorageContractTest).
#
# Contract: run as root before `mvn test`. Idempotent (a second run only checks). On success it
# prints the line `export ONETRIP_TEST_POSTGRES_URL=...` and writes the same to
# .ci/postgres.env; source that file (or export the variable) so the tests use this server.
# Without the variable the tests still try jdbc:postgresql://127.0.0.1:5432/onetrip_test with user and
# password onetrip_test, and skip with a printed reason when nothing answers there.
# It never fails the build: if apt or the server cannot be had, it prints a SKIP notice and exits 0.
set -u

DB=onetrip_test
ROLE=onetrip_test
PASSWORD=onetrip_test
URL="jdbc:postgresql://127.0.0.1:5432/${DB}"
HERE="$(cd "$(dirname "$0")" && pwd)"

skip() {
    echo "postgres-setup: SKIP: $* (the PostgreSQL contract tests will skip themselves)"
    exit 0
}

if [ "$(id -u)" != "0" ]; then
    skip "not running as root"
fi

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    command -v apt-get >/dev/null 2>&1 || skip "no apt-get to install postgresql"
    echo "postgres-setup: installing postgresql with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; }; then
        skip "apt-get could not install postgresql"
    fi
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "${VERSION} main"; then
    pg_createcluster "${VERSION}" main >/dev/null || skip "could not create cluster ${VERSION}/main"
fi
if ! pg_lsclusters -h | awk -v v="${VERSION}" '$1==v && $2=="main" {print $4}' | grep -qx online; then
    pg_ctlcluster "${VERSION}" main start || skip "could not start PostgreSQL ${VERSION}/main"
fi

for _ in $(seq 1 30); do
    su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 && break
    sleep 1
done
su postgres -c "psql -qtAc 'select 1'" >/dev/null 2>&1 || skip "PostgreSQL ${VERSION} does not answer"

if [ "$(su postgres -c "psql -qtAc \"select 1 from pg_roles where rolname='${ROLE}'\"")" != "1" ]; then
    su postgres -c "psql -qc \"create role ${ROLE} login password '${PASSWORD}'\"" || skip "could not create role ${ROLE}"
fi
if [ "$(su postgres -c "psql -qtAc \"select 1 from pg_database where datname='${DB}'\"")" != "1" ]; then
    su postgres -c "createdb -O ${ROLE} ${DB}" || skip "could not create database ${DB}"
fi

# The server listens on localhost only (Debian's default) and accepts password logins over TCP there.
PGPASSWORD="${PASSWORD}" psql -h 127.0.0.1 -U "${ROLE}" -d "${DB}" -qtAc 'select 1' >/dev/null 2>&1 \
    || skip "cannot log in as ${ROLE} on 127.0.0.1:5432"

echo "ONETRIP_TEST_POSTGRES_URL=${URL}" > "${HERE}/postgres.env"
echo "ONETRIP_TEST_POSTGRES_USER=${ROLE}" >> "${HERE}/postgres.env"
echo "ONETRIP_TEST_POSTGRES_PASSWORD=${PASSWORD}" >> "${HERE}/postgres.env"
echo "postgres-setup: PostgreSQL ${VERSION} ready at ${URL} (user ${ROLE})"
echo "export ONETRIP_TEST_POSTGRES_URL=${URL}"
