#!/usr/bin/env bash
# Starts rollbookd on the demo school: installs what is missing, builds, starts a PostgreSQL 15 of
# its own in build/server (a unix socket there only), creates the schema, loads the demo school
# (the one scripts/run.sh opens, made on first run), adds the operator "admin", makes a CA and a
# certificate for 127.0.0.1, and serves HTTPS on 127.0.0.1:8443 until Ctrl+C.
#   ROLLBOOK_DEMO_USERS     users in the demo school when it is made (default 100000)
#   ROLLBOOK_ADMIN_PASSWORD the admin's password (default: rollbook-demo-admin)
#   ROLLBOOK_LISTEN         address:port (default 127.0.0.1:8443)
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release

here="$PWD/build/server"
data="$here/pg"
bin=/usr/lib/postgresql/15/bin
mkdir -p "$here"
run=()
if [ "$(id -u)" -eq 0 ]; then
    # initdb refuses root: the cluster runs as nobody.
    run=(runuser -u nobody --)
    chmod 0755 "$here"
fi
if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ ${#run[@]} -gt 0 ] && chown nobody "$data"
    "${run[@]}" "$bin/initdb" -D "$data" -U rollbook -A trust -E UTF8 --locale=C >/dev/null
fi
[ ${#run[@]} -gt 0 ] && chown nobody "$here"
if ! "${run[@]}" "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    "${run[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-k $here -c listen_addresses=''" start >/dev/null
fi
url="host=$here port=5432 user=rollbook dbname=postgres"
school="${XDG_DATA_HOME:-$HOME/.local/share}/Rollbook/Rollbook/demo.rollbook"
if [ ! -f "$school" ]; then
    mkdir -p "$(dirname "$school")"
    build/release/app/rollbook-cli seed --users "${ROLLBOOK_DEMO_USERS:-100000}" --out "$school"
fi
rollbookd=build/release/server/rollbookd
"$rollbookd" init --pg "$url"
if [ "$(psql -X -tA "$url" -c 'SELECT count(*) FROM users')" = "0" ]; then
    "$rollbookd" load --pg "$url" --from "$school"
fi
if ! "$rollbookd" operator list --pg "$url" | grep -q "^admin	admin	can sign in"; then
    printf '%s\n' "${ROLLBOOK_ADMIN_PASSWORD:-rollbook-demo-admin}" \
        | "$rollbookd" operator add admin --role admin --password-stdin --pg "$url"
fi
if [ ! -f "$here/server.pem" ]; then
    (cd "$here" \
        && openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 365 \
               -subj "/CN=Rollbook demo CA" 2>/dev/null \
        && openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=127.0.0.1" 2>/dev/null \
        && printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n' > san.ext \
        && openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 365 \
               -extfile san.ext 2>/dev/null)
fi
echo "Clients trust $here/ca.pem; try: curl --cacert $here/ca.pem https://${ROLLBOOK_LISTEN:-127.0.0.1:8443}/health"
exec "$rollbookd" serve --pg "$url" --listen "${ROLLBOOK_LISTEN:-127.0.0.1:8443}" \
    --tls-cert "$here/server.pem" --tls-key "$here/server.key"
