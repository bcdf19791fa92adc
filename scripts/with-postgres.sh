#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL 15 cluster:
#   scripts/with-postgres.sh npm test
# Starts a private cluster in a temp dir on 127.0.0.1 and a free port (trust auth, unix socket in
# the temp dir, durability off for speed), exports TEST_DATABASE_URL, runs the command, then stops
# and deletes the cluster and exits with the command's status.
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
if [[ ! -x "$PG_BIN/initdb" ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "with-postgres: installing PostgreSQL (no $PG_BIN)" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 >/dev/null 2>&1 \
      || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  if [[ ! -x "$PG_BIN/initdb" ]]; then
    # Another major version is better than none (the SQL must run on 15 and 18 alike); say so.
    newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    [[ -n "$newest" && -x "$newest/initdb" ]] || { echo "with-postgres: $PG_BIN/initdb not found; install PostgreSQL 15 or set PG_BIN" >&2; exit 1; }
    echo "with-postgres: no $PG_BIN, using $newest" >&2
    PG_BIN=$newest
  fi
fi
[[ $# -gt 0 ]] || { echo "usage: $0 command [args...]" >&2; exit 2; }

# As root, the server runs as the postgres user (it refuses to run as root); otherwise as ourselves.
if [[ $(id -u) -eq 0 ]]; then as_pg=(runuser -u postgres --); else as_pg=(); fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/vtp-pg.XXXXXX")
chmod 755 "$dir"
[[ $(id -u) -eq 0 ]] && chown postgres: "$dir"

stop_cluster() {
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}
trap stop_cluster EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"
}

"${as_pg[@]}" "$PG_BIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync --no-instructions >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }

# A port can be taken between probing and binding; try a few.
started=""
for _ in 1 2 3 4 5; do
  port=$(free_port)
  opts="-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir -c max_connections=300"
  opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=128MB"
  if "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$opts" -w -t 30 start >/dev/null 2>&1; then
    started=yes
    break
  fi
done
[[ -n "$started" ]] || { echo "with-postgres: the server did not start" >&2; cat "$dir/server.log" >&2 || true; exit 1; }

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') at $TEST_DATABASE_URL" >&2

set +e
"$@"
status=$?
set -e
exit "$status"
