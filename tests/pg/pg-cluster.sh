#!/usr/bin/env bash
# pg-cluster.sh start|stop DIR
# A throwaway PostgreSQL cluster for the tests: initdb in DIR as an unprivileged user, TLS on,
# password authentication (scram-sha-256), listening on a free loopback port. `start` writes
# DIR/url (the superuser's postgresql:// URL, sslmode=require) and DIR/pgpass (libpq password
# file). Fails loudly when it cannot start one: the PostgreSQL tests must not be skipped.
set -euo pipefail
action=${1:?usage: pg-cluster.sh start|stop DIR}
dir=${2:?usage: pg-cluster.sh start|stop DIR}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
[ -x "$bindir/initdb" ] || { echo "pg-cluster: PostgreSQL server binaries not found (apt-get install postgresql)" >&2; exit 1; }

# initdb refuses to run as root: run the server as nobody when we are root.
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  as_owner=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
fi

stop() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "$action" in
stop)
  stop
  ;;
start)
  stop
  mkdir -p "$dir"
  chmod 755 "$dir"
  password=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
  printf '%s\n' "$password" > "$dir/pw"
  if [ ${#as_owner[@]} -gt 0 ]; then chown -R nobody:nogroup "$dir"; fi
  "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U postgres --auth=scram-sha-256 \
    --pwfile="$dir/pw" --no-sync -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  rm -f "$dir/pw"
  "${as_owner[@]}" openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
    -subj /CN=127.0.0.1 -keyout "$dir/data/server.key" -out "$dir/data/server.crt" >/dev/null 2>&1
  chmod 600 "$dir/data/server.key"

  port=""
  for candidate in $(seq 55432 55631); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
  [ -n "$port" ] || { echo "pg-cluster: no free port in 55432-55631" >&2; exit 1; }
  mkdir -p "$dir/sock"
  if [ ${#as_owner[@]} -gt 0 ]; then chown nobody:nogroup "$dir/sock"; fi
  cat >>"$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir/sock'
ssl = on
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgresql://postgres@127.0.0.1:$port/postgres?sslmode=require" > "$dir/url"
  printf '127.0.0.1:%s:*:postgres:%s\n' "$port" "$password" > "$dir/pgpass"
  chmod 600 "$dir/pgpass"
  echo "pg-cluster: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (TLS, scram-sha-256)"
  ;;
*)
  echo "usage: pg-cluster.sh start|stop DIR" >&2
  exit 2
  ;;
esac
