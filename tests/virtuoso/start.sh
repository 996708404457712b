#!/usr/bin/env bash
# Starts a private Virtuoso server for tests and the benchmark.
#
#   tests/virtuoso/start.sh DIR [EXTRA_DIR...]
#
# Makes DIR (it must not hold a running server), copies the packaged
# virtuoso.ini there with its own database folder (DIR/db), ports on the
# loopback interface only (free ones, chosen here), the SPARQL limits raised
# (by default Virtuoso stops returning rows at 10,000 and gives partial
# answers to queries that run past 60 s), and EXTRA_DIRs allowed for the
# bulk loader (ld_dir). Writes DIR/odbc.ini with a DSN named "newsgraph",
# starts virtuoso-t in the background, waits until it answers (at most
# VIRTUOSO_WAIT seconds, default 120) and writes:
#
#   DIR/virtuoso.pid  the server's process id (tests/virtuoso/stop.sh DIR)
#   DIR/env           shell lines: ODBCINI, NG_VIRTUOSO_DSN, NG_VIRTUOSO_PORT,
#                     NG_VIRTUOSO_USER, NG_VIRTUOSO_PASSWORD (source it)
#
# Exit status: 0 running; 77 virtuoso-opensource or its ODBC driver is not
# installed (make deps); 1 it did not start (DIR/db/virtuoso.log says why).
set -euo pipefail

dir=${1:?usage: start.sh DIR [EXTRA_DIR...]}
shift
ini_src=${VIRTUOSO_INI:-/etc/virtuoso-opensource-7/virtuoso.ini}
driver=${VIRTUOSO_ODBC_DRIVER:-/usr/lib/x86_64-linux-gnu/odbc/virtodbc_r.so}
for need in virtuoso-t isql-vt; do
  command -v "$need" >/dev/null || { echo "virtuoso: $need is not installed (Debian virtuoso-opensource; make deps)" >&2; exit 77; }
done
for f in "$ini_src" "$driver"; do
  [ -f "$f" ] || { echo "virtuoso: $f is missing (Debian virtuoso-opensource, libvirtodbc0; make deps)" >&2; exit 77; }
done
command -v python3 >/dev/null || { echo "virtuoso: python3 is missing" >&2; exit 77; }

mkdir -p "$dir/db"
dir=$(cd "$dir" && pwd)
if [ -f "$dir/virtuoso.pid" ] && kill -0 "$(cat "$dir/virtuoso.pid")" 2>/dev/null; then
  echo "virtuoso: a server is already running from $dir (pid $(cat "$dir/virtuoso.pid"))" >&2
  exit 1
fi

# Two free TCP ports on the loopback interface (SQL/ODBC and HTTP).
read -r sql_port http_port < <(python3 - <<'PY'
import socket
socks = []
for _ in range(2):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    socks.append(s)
print(*(s.getsockname()[1] for s in socks))
PY
)

allowed=". , /usr/share/virtuoso-opensource-7/vad, $dir"
for d in "$@"; do
  mkdir -p "$d"
  allowed="$allowed, $(cd "$d" && pwd)"
done

# The packaged file, with every path and port replaced (a line-based edit:
# the keys are unique within their section).
python3 - "$ini_src" "$dir/virtuoso.ini" "$dir/db" "$sql_port" "$http_port" "$allowed" <<'PY'
import re, sys
src, dst, db, sql, http, allowed = sys.argv[1:]
set_in = {
    "Database": {"DatabaseFile": f"{db}/virtuoso.db", "ErrorLogFile": f"{db}/virtuoso.log",
                 "LockFile": f"{db}/virtuoso.lck", "TransactionFile": f"{db}/virtuoso.trx",
                 "xa_persistent_file": f"{db}/virtuoso.pxa"},
    "TempDatabase": {"DatabaseFile": f"{db}/virtuoso-temp.db", "TransactionFile": f"{db}/virtuoso-temp.trx"},
    # 100,000 buffers of 8 KB: about 800 MB, enough to hold a few million
    # triples in memory (the packaged 10,000 makes a 1M-triple load swap
    # pages); ThreadsPerQuery 2 on a 2-core machine
    "Parameters": {"ServerPort": f"127.0.0.1:{sql}", "DirsAllowed": allowed,
                   "NumberOfBuffers": "100000", "MaxDirtyBuffers": "75000", "ThreadsPerQuery": "2",
                   "CheckpointInterval": "0"},
    "HTTPServer": {"ServerPort": f"127.0.0.1:{http}"},
    "URIQA": {"DefaultHost": f"localhost:{http}"},
    "SPARQL": {"ResultSetMaxRows": "100000000", "MaxQueryExecutionTime": "0",
               "MaxQueryCostEstimationTime": "0"},
}
out, section, seen = [], None, set()
def flush():
    for k, v in set_in.get(section, {}).items():
        if (section, k) not in seen:
            out.append(f"{k} = {v}\n")
for line in open(src, encoding="utf-8"):
    m = re.match(r"\s*\[([^\]]+)\]", line)
    if m:
        flush()
        section = m.group(1).strip()
    else:
        m = re.match(r"\s*([A-Za-z_0-9]+)\s*=", line)
        if m and m.group(1) in set_in.get(section, {}):
            k = m.group(1)
            if (section, k) in seen:
                continue          # the packaged file repeats some keys
            seen.add((section, k))
            line = f"{k} = {set_in[section][k]}\n"
    out.append(line)
flush()
open(dst, "w", encoding="utf-8").write("".join(out))
PY

cat >"$dir/odbc.ini" <<INI
[newsgraph]
Driver = $driver
Description = newsgraph test server
Address = localhost:$sql_port
INI

rm -f "$dir/db/virtuoso.lck"
# +foreground: the pid recorded is the server's own, and stop.sh ends it
(cd "$dir/db" && exec virtuoso-t +foreground +configfile "$dir/virtuoso.ini" >"$dir/server.out" 2>&1) &
pid=$!
echo "$pid" >"$dir/virtuoso.pid"

wait_s=${VIRTUOSO_WAIT:-120}
for ((i = 0; i < wait_s * 2; i++)); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "virtuoso: the server stopped while starting; $dir/db/virtuoso.log:" >&2
    tail -n 20 "$dir/db/virtuoso.log" >&2 2>/dev/null || cat "$dir/server.out" >&2
    rm -f "$dir/virtuoso.pid"
    exit 1
  fi
  if grep -q "Server online at" "$dir/db/virtuoso.log" 2>/dev/null &&
     isql-vt "$sql_port" dba dba exec="select 1;" >/dev/null 2>&1; then
    cat >"$dir/env" <<ENV
export ODBCINI=$dir/odbc.ini
export NG_VIRTUOSO_DSN=newsgraph
export NG_VIRTUOSO_PORT=$sql_port
export NG_VIRTUOSO_HTTP_PORT=$http_port
export NG_VIRTUOSO_USER=dba
export NG_VIRTUOSO_PASSWORD=dba
ENV
    echo "virtuoso: online at 127.0.0.1:$sql_port (pid $pid, $((i / 2)) s); source $dir/env" >&2
    exit 0
  fi
  sleep 0.5
done
echo "virtuoso: not online after $wait_s s; stopping it" >&2
"$(dirname "$0")/stop.sh" "$dir" || true
exit 1
