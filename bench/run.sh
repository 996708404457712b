#!/usr/bin/env bash
# The newsgraph benchmark (make bench). Usage: bench/run.sh [BIN]
#
# Builds a corpus of BENCH_MB megabytes (10^6 bytes) in bench/corpus with
# bench/gen_corpus.py (kept when its parameters have not changed), then
# measures, each with GNU time (wall seconds and peak resident memory):
#
#   wc -w                               the ceiling: reading and splitting words
#   extract -f ntriples -j J            for each J in BENCH_JOBS, whole corpus
#   extract -f ntriples -j 1            the real pages alone (the corpus's dev/), when there
#   extract -f nquads -j Jmax           the other streaming format
#   extract -f turtle -j J              for each J in BENCH_JOBS, whole corpus
#   extract -f ntriples, -f turtle      on a sample whose graph has at least
#                                       BENCH_TRIPLES (1,000,000) distinct triples,
#   ng_bench_raptor                     raptor's N-Triples serializer alone on the
#                                       triples of that sample (bench/raptor_nt.c)
#   rapper -i ntriples -o turtle        and raptor's Turtle writer on that graph
#   load -s STORE -j Jmax               the articles of that sample (a store of
#                                       about BENCH_TRIPLES triples), or a sample
#                                       of BENCH_LOAD_MB megabytes when set
#   query -s STORE Q                    each canned query Q (BENCH_QUERIES) on that
#                                       store, through rasqal
#   Virtuoso                            a private server (tests/virtuoso/start.sh)
#                                       bulk-loads the store's export
#                                       (ld_dir + rdf_loader_run) and answers
#                                       each canned query; its rows are compared
#                                       with rasqal's (skipped with a note when
#                                       Virtuoso is not installed)
#   Oxigraph                            the same export in an in-memory Oxigraph
#                                       store (npm oxigraph): each canned query's
#                                       own time and rows, compared with rasqal's
#
# and writes a Markdown report (table, targets met or not, machine, command)
# to bench/work/results.md, also printed at the end.
#
# Environment (defaults in brackets):
#   BENCH_MB [110]          corpus size in MB; use 5 or so while developing
#   BENCH_JOBS ["1 2"]      thread counts for extract
#   BENCH_QUICK [0]         1: a small run (a few minutes): BENCH_MB 12,
#                           BENCH_TRIPLES 100000, BENCH_TURTLE 0 unless set
#   BENCH_LOAD_MB []        size of the sample loaded into the store; empty: the
#                           BENCH_TRIPLES sample
#   BENCH_TRIPLES [1000000] distinct triples of the Turtle-output test graph
#   BENCH_QUERIES [queries/*.rq]  the canned queries timed on the store
#   BENCH_QUERY_TIMEOUT [20] seconds after which a query is stopped
#   BENCH_VIRTUOSO [1]      0 leaves Virtuoso out
#   BENCH_OXIGRAPH [1]      0 leaves Oxigraph out
#   BENCH_REPEAT [1]        runs of each step; the fastest time is reported
#   BENCH_TIMEOUT [3600]    seconds after which a step is stopped
#   BENCH_TURTLE [1]        0 skips the whole-corpus Turtle runs (Turtle is not
#                           streamed: memory grows with the graph, about 0.25 KB
#                           a distinct triple)
#   BENCH_SEED [20240416], BENCH_DEV_SHARE [0.75] (share of real pages),
#   BENCH_DEV ["../shared/corpus/dev ../shared/corpus/devtest"] (their .txt
#   pages, read from there at bench time, never copied into the repository)
#   BENCH_CORPUS [bench/corpus], BENCH_WORK [bench/work]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bin=${1:-$root/build/newsgraph}
[ -x "$bin" ] || { echo "bench: no executable $bin (make build)" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
cd "$root"

BENCH_QUICK=${BENCH_QUICK:-0}
if [ "$BENCH_QUICK" = 1 ]; then
  BENCH_MB=${BENCH_MB:-12}
  BENCH_TRIPLES=${BENCH_TRIPLES:-100000}
  BENCH_TURTLE=${BENCH_TURTLE:-0}
fi
BENCH_MB=${BENCH_MB:-110}
BENCH_JOBS=${BENCH_JOBS:-"1 2"}
BENCH_LOAD_MB=${BENCH_LOAD_MB:-}
BENCH_TRIPLES=${BENCH_TRIPLES:-1000000}
BENCH_QUERIES=${BENCH_QUERIES:-$(cd "$root" && ls queries/*.rq | tr '\n' ' ')}
BENCH_QUERY_TIMEOUT=${BENCH_QUERY_TIMEOUT:-20}
BENCH_VIRTUOSO=${BENCH_VIRTUOSO:-1}
BENCH_OXIGRAPH=${BENCH_OXIGRAPH:-1}
BENCH_REPEAT=${BENCH_REPEAT:-1}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-3600}
BENCH_TURTLE=${BENCH_TURTLE:-1}
BENCH_SEED=${BENCH_SEED:-20240416}
BENCH_DEV=${BENCH_DEV-$root/../shared/corpus/dev $root/../shared/corpus/devtest}
BENCH_DEV_SHARE=${BENCH_DEV_SHARE:-0.75}
corpus=${BENCH_CORPUS:-$here/corpus}
work=${BENCH_WORK:-$here/work}

jmax=1
for j in $BENCH_JOBS; do if ((j > jmax)); then jmax=$j; fi; done

# ---------------------------------------------------------------- tools
if ! /usr/bin/time -f '%e %M' true >/dev/null 2>&1; then
  echo "bench: GNU time (/usr/bin/time, Debian package 'time') is missing: run 'make deps'" >&2
  exit 2
fi
for t in python3 timeout wc sort; do
  command -v "$t" >/dev/null || { echo "bench: $t is missing: run 'make deps'" >&2; exit 2; }
done
have_rapper=0
command -v rapper >/dev/null && have_rapper=1
floor_bin=$(dirname "$bin")/ng_bench_raptor # built beside newsgraph (bench/raptor_nt.c)

mkdir -p "$work"
log() { printf 'bench: %s\n' "$*" >&2; }

# ---------------------------------------------------------------- corpus
dev_sig=none
dev_args=()
for d in $BENCH_DEV; do
  dev_args+=(--dev "$d")
  if [ -d "$d" ]; then
    dev_sig="$dev_sig+$(cd "$d" && find . -maxdepth 1 -type f -name '*.txt' \
              -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum | sha256sum | cut -c1-16)"
  fi
done
((${#dev_args[@]})) || dev_args=(--dev "")
params="mb=$BENCH_MB seed=$BENCH_SEED dev_share=$BENCH_DEV_SHARE dev=$dev_sig gen=$(sha256sum "$here/gen_corpus.py" | cut -c1-16)"
if [ -f "$corpus/.params" ] && [ "$(cat "$corpus/.params")" = "$params" ]; then
  log "corpus $corpus is up to date ($params)"
else
  log "generating $BENCH_MB MB corpus in $corpus"
  python3 "$here/gen_corpus.py" --out "$corpus" --mb "$BENCH_MB" --seed "$BENCH_SEED" \
    "${dev_args[@]}" --dev-share "$BENCH_DEV_SHARE"
  printf '%s\n' "$params" >"$corpus/.params"
fi
manifest() { sed -n "s/^$1=//p" "$corpus/MANIFEST"; }

# The article files of a directory, NUL-separated, in the order newsgraph reads them.
files0() { find "$1" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) -print0 | LC_ALL=C sort -z; }

# sample DIR MB: hard links (copies across file systems) to an even sample of
# the corpus of about MB megabytes, in DIR.
sample() {
  rm -rf "$1"
  python3 - "$corpus" "$1" "$2" <<'EOF'
import os, shutil, sys
src, dst, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
files = []
for d, dirs, names in os.walk(src):
    dirs.sort()
    for n in sorted(names):
        if n.endswith((".txt", ".html", ".htm")):
            p = os.path.join(d, n)
            files.append((p, os.path.getsize(p)))
files.sort()
total = sum(s for _, s in files)
want = int(mb * 1e6)
# Spread the picks over the whole list by bytes (a file is taken when the
# bytes taken so far fall short of the wanted share of the bytes seen), so
# that every part of the corpus (real pages, generated articles) is in the
# sample in its share, whatever the order of the files.
share = min(1.0, want / max(total, 1))
picked, size, seen = [], 0, 0
for p, s in files:
    seen += s
    if size < share * seen:
        picked.append(p)
        size += s
for p in picked:
    q = os.path.join(dst, os.path.relpath(p, src))
    os.makedirs(os.path.dirname(q), exist_ok=True)
    try:
        os.link(p, q)
    except OSError:
        shutil.copyfile(p, q)
EOF
}
bytes_of() { files0 "$1" | xargs -0 -r stat -c %s | awk '{s += $1} END {print s + 0}'; }
count_of() { files0 "$1" | tr -cd '\0' | wc -c; }

# ---------------------------------------------------------------- measuring
# run NAME CMD...: runs CMD BENCH_REPEAT times under GNU time and timeout;
# sets T[NAME] (fastest wall seconds), C[NAME] (its user + system CPU
# seconds), M[NAME] (largest peak RSS, KB),
# RC[NAME]; stdout goes to $work/NAME.out, stderr to $work/NAME.err.
declare -A T C M RC
run() {
  local name=$1; shift
  local i t m c rc best="" cpu="" peak=0
  for ((i = 0; i < BENCH_REPEAT; i++)); do
    rc=0
    /usr/bin/time -f '%e %M %U %S' -o "$work/$name.time" timeout "$BENCH_TIMEOUT" "$@" \
      >"$work/$name.out" 2>"$work/$name.err" || rc=$?
    # the last line: GNU time writes "Command exited with non-zero status N" before it
    t=$(tail -n 1 "$work/$name.time" | cut -d' ' -f1)
    m=$(tail -n 1 "$work/$name.time" | cut -d' ' -f2)
    c=$(tail -n 1 "$work/$name.time" | awk '{printf "%.2f", $3 + $4}')
    if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN{exit !(t < b)}'; then best=$t; cpu=$c; fi
    if ((m > peak)); then peak=$m; fi
    if ((rc == 124)); then break; fi
  done
  T[$name]=$best; C[$name]=$cpu; M[$name]=$peak; RC[$name]=$rc
  if ((rc == 124)); then
    log "$name: stopped after ${BENCH_TIMEOUT}s"
  elif ((rc > 1)); then
    log "$name: exit status $rc"
    head -n 5 "$work/$name.err" | sed 's/^/  /' >&2
  else
    log "$(printf '%-10s %8.2f s wall %8.2f s CPU %8d KB' "$name" "$best" "$cpu" "$peak")"
  fi
}
# The triple count of newsgraph's summary line ("...; N triples").
triples_of() { sed -n 's/.*; \([0-9][0-9]*\) triples.*/\1/p' "$work/$1.err" | tail -n 1; }

# ---------------------------------------------------------------- steps
in_bytes=$(manifest bytes)
in_articles=$(manifest articles)
files0 "$corpus" >"$work/corpus.files0"
log "corpus: $in_articles articles, $in_bytes bytes"
xargs -0 cat <"$work/corpus.files0" >/dev/null # warm the page cache

declare -A IN_B IN_A TR NOTE
add() { IN_B[$1]=$2; IN_A[$1]=$3; }  # add NAME BYTES ARTICLES

# wc is fast enough for the 10 ms resolution of GNU time to matter: best of 3 at least
BENCH_REPEAT=$((BENCH_REPEAT > 3 ? BENCH_REPEAT : 3)) run wc wc -w --files0-from="$work/corpus.files0"
add wc "$in_bytes" "$in_articles"
words=$(tail -n 1 "$work/wc.out" | awk '{print $1}')

for j in $BENCH_JOBS; do
  run "nt-j$j" "$bin" extract -f ntriples -j "$j" -o "$work/corpus.nt" "$corpus"
  add "nt-j$j" "$in_bytes" "$in_articles"; TR[nt-j$j]=$(triples_of "nt-j$j")
  rm -f "$work/corpus.nt"
done
# The real pages alone (the corpus's dev/ copies of ../shared's pages): the
# issue's target is stated for them, and the generated articles are denser
# in claims than the genre.
if [ -d "$corpus/dev" ]; then
  run nt-real "$bin" extract -f ntriples -j 1 -o "$work/real.nt" "$corpus/dev"
  add nt-real "$(bytes_of "$corpus/dev")" "$(count_of "$corpus/dev")"; TR[nt-real]=$(triples_of nt-real)
  rm -f "$work/real.nt"
fi
run "nq-j$jmax" "$bin" extract -f nquads -j "$jmax" -o "$work/corpus.nq" "$corpus"
add "nq-j$jmax" "$in_bytes" "$in_articles"; TR[nq-j$jmax]=$(triples_of "nq-j$jmax")
rm -f "$work/corpus.nq"

if [ "$BENCH_TURTLE" = 1 ]; then
  for j in $BENCH_JOBS; do
    run "ttl-j$j" "$bin" extract -f turtle -j "$j" -o "$work/corpus.ttl" "$corpus"
    add "ttl-j$j" "$in_bytes" "$in_articles"; TR[ttl-j$j]=$(triples_of "ttl-j$j")
    rm -f "$work/corpus.ttl"
  done
fi

# A sample whose graph has BENCH_TRIPLES distinct triples: guess its size
# from the whole-corpus rate, grow it until the graph is large enough.
per_mb=$(awk -v t="${TR[nt-j$jmax]:-0}" -v b="$in_bytes" 'BEGIN{print (t > 0 ? t / (b / 1e6) : 50000)}')
mb=$(awk -v n="$BENCH_TRIPLES" -v r="$per_mb" -v c="$in_bytes" \
     'BEGIN{m = n / (r * 0.85); if (m > c / 1e6) m = c / 1e6; printf "%.2f", m}')
distinct=0
for attempt in 1 2 3 4 5; do
  sample "$work/t1m" "$mb"
  run "t1m-nt" "$bin" extract -f ntriples -j "$jmax" -o "$work/t1m.nt" "$work/t1m"
  if ((RC[t1m-nt] > 1)); then distinct=0; break; fi
  if [ -x "$floor_bin" ]; then
    # raptor's serializer alone on every triple the run wrote: it reports its own time
    run "t1m-floor" "$floor_bin" "$work/t1m.nt"
    if ((RC[t1m-floor] == 0)); then
      read -r _ _ T[t1m-floor] C[t1m-floor] <"$work/t1m-floor.out"
    else
      unset "T[t1m-floor]"
    fi
  fi
  LC_ALL=C sort -u -S 25% "$work/t1m.nt" -o "$work/t1m.nt"
  distinct=$(wc -l <"$work/t1m.nt")
  full=$(awk -v m="$mb" -v c="$in_bytes" 'BEGIN{print (m >= c / 1e6) ? 1 : 0}')
  if ((distinct >= BENCH_TRIPLES)) || ((full)); then break; fi
  mb=$(awk -v m="$mb" -v d="$distinct" -v n="$BENCH_TRIPLES" -v c="$in_bytes" \
       'BEGIN{m = m * n / d * 1.05; if (m > c / 1e6) m = c / 1e6; printf "%.2f", m}')
  log "sample graph has $distinct distinct triples; trying $mb MB"
done
t1m_bytes=$(bytes_of "$work/t1m"); t1m_articles=$(count_of "$work/t1m")
add t1m-nt "$t1m_bytes" "$t1m_articles"; TR[t1m-nt]=$(triples_of t1m-nt)
if [ -n "${T[t1m-floor]:-}" ]; then
  add t1m-floor "$t1m_bytes" "$t1m_articles"; TR[t1m-floor]=$(cut -d' ' -f1 "$work/t1m-floor.out")
fi
run "t1m-ttl" "$bin" extract -f turtle -j "$jmax" -o "$work/t1m.ttl" "$work/t1m"
add t1m-ttl "$t1m_bytes" "$t1m_articles"; TR[t1m-ttl]=$(triples_of t1m-ttl)
if ((have_rapper)) && [ -s "$work/t1m.nt" ]; then
  run "t1m-rapper" rapper -q -i ntriples -o turtle "$work/t1m.nt"
  add t1m-rapper "$(stat -c %s "$work/t1m.nt")" "$t1m_articles"; TR[t1m-rapper]=$distinct
  NOTE[t1m-rapper]="input: the sample's N-Triples (distinct lines)"
  rm -f "$work/t1m-rapper.out"
fi
rm -f "$work/t1m.ttl" "$work/t1m.nt"

if [ -n "$BENCH_LOAD_MB" ]; then
  sample "$work/load" "$BENCH_LOAD_MB"
  load_dir=$work/load
else
  load_dir=$work/t1m      # the sample whose graph has BENCH_TRIPLES triples
fi
load_bytes=$(bytes_of "$load_dir"); load_articles=$(count_of "$load_dir")
rm -f "$work/store.db" "$work"/store.db-*
run load "$bin" load -s "$work/store.db" -j "$jmax" "$load_dir"
add load "$load_bytes" "$load_articles"
TR[load]=$(sed -n 's/.*; \([0-9][0-9]*\) triples added.*/\1/p' "$work/load.err" | tail -n 1)
store_triples=$(sed -n 's/.* \([0-9][0-9]*\) triples in .*/\1/p' "$work/load.err" | tail -n 1)

# Each canned query on the store, through rasqal (the store read into
# memory, as `query -s` does by default): time, rows, normalized answer.
xe=$root/tests/cross_engine.py
declare -A QROWS VCPU
qnames=()
norm() { python3 "$xe" --normalize "$1" >"$2" 2>/dev/null || : >"$2"; }
nrows() { if [ -s "$1" ]; then echo $(($(wc -l <"$1") - 1)); else echo 0; fi; }
# the floor under every rasqal query: reading the store into memory (an ASK
# that matches nothing at once)
printf 'ASK { <urn:x-bench:none> <urn:x-bench:none> <urn:x-bench:none> }\n' >"$work/baseline.rq"
qbase=baseline
for q in "$work/baseline.rq" $BENCH_QUERIES; do
  n=$(basename "$q" .rq)
  qnames+=("$n")
  BENCH_TIMEOUT=$BENCH_QUERY_TIMEOUT run "qr-$n" "$bin" query -s "$work/store.db" --format json "$q"
  norm "$work/qr-$n.out" "$work/qr-$n.norm"
  QROWS[qr-$n]=$(nrows "$work/qr-$n.norm")
done

# Oxigraph (npm oxigraph, tests/js): the store's export read once into an
# in-memory Oxigraph store, then every canned query against it
# (tests/js/cross-engine.mjs --out-dir: DIR/NAME.ms is the time of each
# query alone, without reading the graph); its rows are compared with
# rasqal's. The export is also what Virtuoso loads.
declare -A OXMS
ox_note=""
mkdir -p "$work/vload"
run export "$bin" export -s "$work/store.db" -f ntriples -o "$work/vload/store.nt"
add export "$load_bytes" "$load_articles"; TR[export]=$store_triples
if [ "$BENCH_OXIGRAPH" != 1 ]; then
  ox_note="left out (BENCH_OXIGRAPH=$BENCH_OXIGRAPH)"
elif ! command -v node >/dev/null || [ ! -d "$root/tests/js/node_modules/oxigraph" ]; then
  ox_note="not measured: node or the npm package oxigraph is missing (make deps)"
else
  rm -rf "$work/ox"; mkdir -p "$work/ox"
  BENCH_TIMEOUT=$((BENCH_QUERY_TIMEOUT * 20)) run oxigraph node "$root/tests/js/cross-engine.mjs" \
    --out-dir "$work/ox" "$work/vload/store.nt" $BENCH_QUERIES
  add oxigraph "$load_bytes" "$load_articles"; TR[oxigraph]=$store_triples
  for q in $BENCH_QUERIES; do
    n=$(basename "$q" .rq)
    [ -f "$work/ox/$n.ms" ] && OXMS[$n]=$(awk '{printf "%.2f", $1 / 1000}' "$work/ox/$n.ms")
  done
fi

# Virtuoso: a private server, bulk-loaded with the store's own graph (the
# export of the SQLite store, so that both engines answer over the same
# triples), then the same queries through `query -s virtuoso:DSN`.
virt_note=""
vdir=$work/virtuoso
stop_virtuoso() { "$root/tests/virtuoso/stop.sh" "$vdir" 2>/dev/null || true; }
if [ "$BENCH_VIRTUOSO" != 1 ]; then
  virt_note="left out (BENCH_VIRTUOSO=$BENCH_VIRTUOSO)"
elif ! ls /usr/lib/*/redland/librdf_storage_virtuoso.so >/dev/null 2>&1; then
  virt_note="not measured: librdf-storage-virtuoso is not installed (make deps)"
else
  stop_virtuoso
  rm -rf "$vdir"
  vst=0
  "$root/tests/virtuoso/start.sh" "$vdir" "$work/vload" 2>"$work/virtuoso-start.err" || vst=$?
  if ((vst == 77)); then
    virt_note="not measured: the Virtuoso server is not installed (virtuoso-opensource; make deps)"
  elif ((vst != 0)); then
    virt_note="not measured: the Virtuoso server did not start ($(tail -n 1 "$work/virtuoso-start.err"))"
  fi
fi
if [ -z "$virt_note" ]; then
  trap stop_virtuoso EXIT
  # shellcheck disable=SC1091
  . "$vdir/env"
  export NEWSGRAPH_VIRTUOSO_USER=$NG_VIRTUOSO_USER NEWSGRAPH_VIRTUOSO_PASSWORD=$NG_VIRTUOSO_PASSWORD
  vgraph=https://w3id.org/newsgraph/graph
  vpid=$(cat "$vdir/virtuoso.pid")
  # the server's CPU seconds so far (user + system): the work of a Virtuoso
  # step is the server's, not that of the client that GNU time measures
  vcpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$vpid/stat"; }
  c0=$(vcpu)
  run vload isql-vt "$NG_VIRTUOSO_PORT" dba dba \
    exec="ld_dir('$work/vload', 'store.nt', '$vgraph'); rdf_loader_run(); checkpoint;"
  C[vload]=$(awk -v a="$c0" -v b="$(vcpu)" -v c="${C[vload]}" 'BEGIN{printf "%.2f", b - a + c}')
  add vload "$load_bytes" "$load_articles"
  TR[vload]=$("$bin" query -s "virtuoso:$NG_VIRTUOSO_DSN" --format csv \
              -e 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' 2>/dev/null | tail -n 1 | tr -d '\r')
  if isql-vt "$NG_VIRTUOSO_PORT" dba dba exec="SELECT ll_error FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL;" \
       2>/dev/null | grep -q '^[0-9A-Z]'; then
    NOTE[vload]="the bulk loader reported errors: see DB.DBA.LOAD_LIST"
  fi
  for q in "$work/baseline.rq" $BENCH_QUERIES; do
    n=$(basename "$q" .rq)
    c0=$(vcpu)
    BENCH_TIMEOUT=$BENCH_QUERY_TIMEOUT run "qv-$n" "$bin" query -s "virtuoso:$NG_VIRTUOSO_DSN" --format json "$q"
    VCPU[qv-$n]=$(awk -v a="$c0" -v b="$(vcpu)" 'BEGIN{printf "%.2f", b - a}')
    norm "$work/qv-$n.out" "$work/qv-$n.norm"
    QROWS[qv-$n]=$(nrows "$work/qv-$n.norm")
  done
  stop_virtuoso
  trap - EXIT
fi

rm -f "$work/vload/store.nt"   # the export, read by Oxigraph and Virtuoso

# ---------------------------------------------------------------- report
f2() { awk -v x="$1" 'BEGIN{printf "%.2f", x}'; }
rate() { awk -v n="$1" -v t="$2" -v d="${3:-1}" 'BEGIN{if (t > 0) printf "%.2f", n / d / t; else print "-"}'; }
mib() { awk -v k="$1" 'BEGIN{printf "%.1f", k / 1024}'; }
wc_t=${T[wc]}

label() {
  case $1 in
    wc) echo "\`wc -w\` (ceiling)" ;;
    nt-j*) echo "extract -f ntriples -j ${1#nt-j}" ;;
    nt-real) echo "extract -f ntriples -j 1, the real pages alone (\`dev/\`)" ;;
    nq-j*) echo "extract -f nquads -j ${1#nq-j}" ;;
    ttl-j*) echo "extract -f turtle -j ${1#ttl-j}" ;;
    t1m-nt) echo "Turtle sample: extract -f ntriples -j $jmax" ;;
    t1m-ttl) echo "Turtle sample: extract -f turtle -j $jmax" ;;
    t1m-rapper) echo "Turtle sample: \`rapper -i ntriples -o turtle\` of its N-Triples" ;;
    t1m-floor) echo "Turtle sample: raptor's N-Triples serializer alone on its triples (\`ng_bench_raptor\`)" ;;
    load) echo "load -s STORE -j $jmax (SQLite store$([ -z "$BENCH_LOAD_MB" ] && echo ", the Turtle sample's articles"))" ;;
    export) echo "export -s STORE -f ntriples (the store, for Virtuoso)" ;;
    vload) echo "Virtuoso bulk load (ld_dir, rdf_loader_run, checkpoint) of that export" ;;
    oxigraph) echo "Oxigraph: that export read into memory and every canned query answered" ;;
  esac
}
threads() {
  case $1 in
    *-j*) echo "${1##*-j}" ;;
    t1m-nt | t1m-ttl | load) echo "$jmax" ;;
    export | vload | oxigraph) echo 1 ;;
    *) echo 1 ;;
  esac
}

order=(wc)
for j in $BENCH_JOBS; do order+=("nt-j$j"); done
if [ -n "${T[nt-real]:-}" ]; then order+=(nt-real); fi
order+=("nq-j$jmax")
if [ "$BENCH_TURTLE" = 1 ]; then for j in $BENCH_JOBS; do order+=("ttl-j$j"); done; fi
order+=(t1m-nt)
if [ -n "${T[t1m-floor]:-}" ]; then order+=(t1m-floor); fi
order+=(t1m-ttl)
if [ -n "${T[t1m-rapper]:-}" ]; then order+=(t1m-rapper); fi
order+=(load)
order+=(export)
if [ -n "${T[oxigraph]:-}" ]; then order+=(oxigraph); fi
if [ -n "${T[vload]:-}" ]; then order+=(vload); fi

# The seconds of a step, or why there are none.
status_time() {
  local limit=$BENCH_TIMEOUT
  case $1 in qr-* | qv-*) limit=$BENCH_QUERY_TIMEOUT ;; esac
  if ((RC[$1] == 124)); then echo "> $limit (stopped)"
  elif ((RC[$1] > 1)); then echo "${T[$1]} (failed: exit ${RC[$1]})"
  else echo "${T[$1]}"; fi
}
verdict() { if awk "BEGIN{exit !($1)}"; then echo "**met**"; else echo "**not met**"; fi; }

out=$work/results.md
{
  echo "# newsgraph benchmark"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- command: \`BENCH_MB=$BENCH_MB BENCH_JOBS=\"$BENCH_JOBS\" BENCH_LOAD_MB=$BENCH_LOAD_MB BENCH_TRIPLES=$BENCH_TRIPLES BENCH_REPEAT=$BENCH_REPEAT BENCH_QUERY_TIMEOUT=$BENCH_QUERY_TIMEOUT BENCH_QUICK=$BENCH_QUICK bench/run.sh ${1:-build/newsgraph}\`"
  echo "- newsgraph: $("$bin" --version 2>&1 | head -n 1), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src 2>/dev/null || echo ' (src modified)')"
  echo "- machine: $(uname -srm); $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(nproc) cores; $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- libraries: raptor2 $(pkg-config --modversion raptor2 2>/dev/null || echo '?'), rasqal $(pkg-config --modversion rasqal 2>/dev/null || echo '?'), librdf $(pkg-config --modversion redland 2>/dev/null || echo '?')"
  echo "- corpus: $in_articles articles ($(manifest generated_articles) generated, $(manifest dev_articles) copies of $(manifest dev_files) real pages of ../shared/corpus: $(f2 "$(awk -v b="$(manifest generated_bytes)" -v B="$in_bytes" 'BEGIN{print 100 * (B - b) / B}')")% of the bytes), $(f2 "$(awk -v b="$in_bytes" 'BEGIN{print b / 1e6}')") MB, $words words (\`wc -w\`); seed $BENCH_SEED"
  echo "- each step run $BENCH_REPEAT time(s) (\`wc -w\` at least 3), fastest wall time shown; MB = 10^6 bytes of input; peak RSS from GNU time (MiB)"
  echo
  echo "| step | input MB | articles | triples | seconds | CPU seconds | MB/s | MB/s per thread | MB per CPU second | articles/s | peak RSS MiB | time / \`wc -w\` |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for s in "${order[@]}"; do
    [ -n "${T[$s]:-}" ] || continue
    b=${IN_B[$s]}; a=${IN_A[$s]}; t=${T[$s]}; th=$(threads "$s")
    ts=$(status_time "$s")
    ratio="-"
    if [ "$s" != wc ] && [ "$s" != t1m-rapper ] && [ "$s" != t1m-floor ]; then ratio=$(awk -v t="$t" -v w="$wc_t" -v b="$b" -v B="$in_bytes" \
      'BEGIN{ if (w > 0) printf "%.1f", (t / (b / B)) / w; else print "-" }'); fi
    if ((RC[$s] > 1)); then
      # a stopped or failed step has no speed
      echo "| $(label "$s") | $(f2 "$(awk -v b="$b" 'BEGIN{print b / 1e6}')") | $a | - | $ts | ${C[$s]} | - | - | - | - | $(mib "${M[$s]}") | - |"
      continue
    fi
    echo "| $(label "$s") | $(f2 "$(awk -v b="$b" 'BEGIN{print b / 1e6}')") | $a | ${TR[$s]:--} | $ts | ${C[$s]} | $(rate "$b" "$t" 1e6) | $(rate "$b" "$t" "$(awk -v t="$th" 'BEGIN{print 1e6 * t}')") | $(rate "$b" "${C[$s]}" 1e6) | $(rate "$a" "$t") | $(mib "${M[$s]}") | $ratio |"
  done
  echo
  echo "The store holds ${store_triples:-?} triples (${TR[load]:-?} added by \`load\`: $(rate "${TR[load]:-0}" "${T[load]}") triples/s over the wall time of the whole command, $(rate "${TR[load]:-0}" "${C[load]:-0}") triples per CPU-second; extraction included; target 20,000)."
  if [ -n "${T[vload]:-}" ]; then echo "Virtuoso's bulk loader read the store's ${store_triples:-?} triples as N-Triples and its graph then held ${TR[vload]:-?} ($(rate "${TR[vload]:-0}" "${T[vload]}") triples/s). ${NOTE[vload]:-}"; fi
  echo
  echo "### Canned queries on that store"
  echo
  echo "Each query of \`queries/\` by \`newsgraph query -s STORE --format json\`: rasqal on the SQLite store (read into memory first, the default), and Virtuoso's own SPARQL engine on the same triples (\`-s virtuoso:DSN\`). Wall seconds of the whole command (for Virtuoso: connecting, the server's work and reading the results; its CPU seconds are the server process's); a query is stopped after $BENCH_QUERY_TIMEOUT s. Rows are compared as multisets (\`tests/cross_engine.py --normalize\`). Oxigraph: the seconds of each query alone in an in-memory store that has read the store's export once (\`node tests/js/cross-engine.mjs --out-dir DIR store.nt QUERY...\`; reading took ${T[oxigraph]:-?} s wall for all the queries together), and whether its rows are rasqal's."
  echo
  echo "| query | rasqal seconds | rasqal CPU seconds | rasqal peak RSS MiB | rows | Virtuoso seconds | Virtuoso server CPU seconds | Virtuoso rows | same rows | Oxigraph seconds | Oxigraph rows | same rows as rasqal |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|"
  for n in "${qnames[@]}"; do
    vt="-"; vr="-"; same="-"; vc="-"; ot="-"; orows="-"; osame="-"
    if [ -n "${OXMS[$n]:-}" ]; then
      ot=${OXMS[$n]}
      if [ -f "$work/ox/$n" ]; then
        orows=$(nrows "$work/ox/$n")
        if ((RC[qr-$n] > 1)); then osame="not compared"
        elif python3 "$xe" --same "$work/ox/$n" "$work/qr-$n.norm" >/dev/null 2>&1; then osame="yes"
        else osame="**no**"; fi
      else
        ot="$ot (failed)"
      fi
    fi
    if [ -n "${T[qv-$n]:-}" ]; then
      vt=$(status_time "qv-$n"); vr=${QROWS[qv-$n]}; vc=${VCPU[qv-$n]}
      ((RC[qv-$n] > 1)) && vr="-"
      if ((RC[qr-$n] > 1 || RC[qv-$n] > 1)); then same="not compared"
      elif python3 "$xe" --same "$work/qv-$n.norm" "$work/qr-$n.norm" >/dev/null 2>&1; then same="yes"
      else same="**no**"; fi
    fi
    rr=${QROWS[qr-$n]}; ((RC[qr-$n] > 1)) && rr="-"
    label=\`$n\`
    [ "$n" = "$qbase" ] && label="(an ASK that matches nothing: opening the store)"
    echo "| $label | $(status_time "qr-$n") | ${C[qr-$n]} | $(mib "${M[qr-$n]}") | $rr | $vt | $vc | $vr | $same | $ot | $orows | $osame |"
  done
  [ -z "$virt_note" ] || { echo; echo "Virtuoso: $virt_note."; }
  [ -z "$ox_note" ] || { echo; echo "Oxigraph: $ox_note."; }
  echo
  echo "The Turtle sample is $(f2 "$(awk -v b="$t1m_bytes" 'BEGIN{print b / 1e6}')") MB of the corpus (an even sample of its articles) whose graph has $distinct distinct triples (${TR[t1m-nt]:-?} written as N-Triples, duplicates included)."
  if [ -n "${T[t1m-floor]:-}" ]; then echo "\`ng_bench_raptor\` reads the N-Triples that the sample's extraction wrote ($(f2 "$(awk '{print $2 / 1e6}' "$work/t1m-floor.out")") MB, duplicates included) and times only raptor's N-Triples serializer writing them, as newsgraph does; its MB/s (of articles) bounds any extraction that writes through raptor."; fi
  if [ -n "${T[t1m-rapper]:-}" ]; then echo "\`rapper\` reads the sample's N-Triples ($(f2 "$(awk -v b="${IN_B[t1m-rapper]}" 'BEGIN{print b / 1e6}')") MB) and writes them with raptor's Turtle serializer: a bound on Turtle writing alone."; fi
  echo "The last column scales each time to the whole corpus (time / input share) and divides it by the time of \`wc -w\`."
  echo "CPU seconds are user + system time of all threads; on a machine shared with other work, MB per CPU second is the steadier measure of speed per core."
  echo
  echo "## Targets"
  echo
  nt1=${T[nt-j1]:-}
  if [ -n "$nt1" ]; then
    v=$(rate "$in_bytes" "$nt1" 1e6)
    echo "- Extraction to N-Triples >= 20 MB/s per core: $v MB/s at -j 1 ($(rate "$in_bytes" "${C[nt-j1]}" 1e6) MB per CPU second)$( [ -n "${T[nt-j$jmax]:-}" ] && [ "$jmax" != 1 ] && echo ", $(rate "$in_bytes" "${T[nt-j$jmax]}" "$(awk -v t="$jmax" 'BEGIN{print 1e6 * t}')") MB/s per thread at -j $jmax")$( [ -n "${T[nt-real]:-}" ] && echo "; on the real pages alone $(rate "${IN_B[nt-real]}" "${C[nt-real]}" 1e6) MB per CPU second")$( [ -n "${T[t1m-floor]:-}" ] && echo "; raptor's N-Triples serializer alone runs at $(rate "$t1m_bytes" "${C[t1m-floor]}" 1e6) MB of articles per CPU second on the sample"): $(verdict "$v >= 20")"
    r=$(awk -v t="$nt1" -v w="$wc_t" 'BEGIN{printf "%.1f", (w > 0 ? t / w : 0)}')
    echo "- Within 20x of \`wc -w\` on the same input: extract -f ntriples -j 1 takes ${r}x the time of \`wc -w\`: $(verdict "$r <= 20")"
  fi
  peak=0; which=""
  for s in "${order[@]}"; do
    case $s in nt-j* | nq-j* | t1m-nt) if [ -n "${M[$s]:-}" ] && ((M[$s] > peak)); then peak=${M[$s]}; which=$s; fi ;; esac
  done
  lt=$(awk -v n="${TR[load]:-0}" -v t="${T[load]}" 'BEGIN{printf "%.0f", (t > 0 ? n / t : 0)}')
  echo "- SQLite load >= 20,000 triples/s: $lt triples/s (${TR[load]:-?} triples in ${T[load]} s): $(verdict "$lt >= 20000 && ${RC[load]} <= 1")"
  slow=""; vslow=""; differ=""; compared=0
  for n in "${qnames[@]}"; do
    [ "$n" = "$qbase" ] && continue
    if ((RC[qr-$n] > 1)) || awk -v t="${T[qr-$n]}" 'BEGIN{exit !(t >= 5)}'; then slow="$slow $n"; fi
    if [ -n "${T[qv-$n]:-}" ]; then
      if ((RC[qv-$n] > 1)) || awk -v t="${T[qv-$n]}" 'BEGIN{exit !(t >= 1)}'; then vslow="$vslow $n"; fi
      if ((RC[qv-$n] <= 1 && RC[qr-$n] <= 1)); then
        compared=$((compared + 1))
        python3 "$xe" --same "$work/qv-$n.norm" "$work/qr-$n.norm" >/dev/null 2>&1 || differ="$differ $n"
      fi
    fi
  done
  echo "- Every canned query under 5 s through rasqal on the ${store_triples:-?}-triple SQLite store: $( [ -n "$slow" ] && echo "over 5 s or stopped:$slow" || echo "all under 5 s"): $(verdict "\"$slow\" == \"\"")$( ((store_triples < 1000000)) && echo " (on fewer than 1,000,000 triples)")"
  if [ -z "$virt_note" ]; then
    echo "- Every canned query under 1 s through Virtuoso, with the same rows: $( [ -n "$vslow" ] && echo "1 s or more:$vslow" || echo "all under 1 s"); $( [ -n "$differ" ] && echo "rows differ:$differ" || echo "the same rows in the $compared queries both engines finished"): $(verdict "\"$vslow$differ\" == \"\"")"
  else
    echo "- Every canned query under 1 s through Virtuoso: **not measured** ($virt_note)"
  fi
  echo "- Peak memory under 64 MB in streaming modes (N-Triples, N-Quads): largest $(mib "$peak") MiB ($(label "$which")); the same N-Triples run takes $(mib "${M[t1m-nt]}") MiB on $(f2 "$(awk -v b="$t1m_bytes" 'BEGIN{print b / 1e6}')") MB and $(mib "${M[nt-j$jmax]:-0}") MiB on $(f2 "$(awk -v b="$in_bytes" 'BEGIN{print b / 1e6}')") MB: $(verdict "$peak < 65536")"
  tt=${T[t1m-ttl]}
  echo -n "- Turtle output of a 1,000,000-triple graph in under 15 s: extract -f turtle -j $jmax (articles to a Turtle file) of a $distinct-triple graph took $tt s"
  if ((RC[t1m-ttl] == 124)); then echo -n " (stopped)"; fi
  echo -n " (extraction alone, as N-Triples: ${T[t1m-nt]} s"
  if [ -n "${T[t1m-rapper]:-}" ]; then echo -n "; raptor's Turtle writer alone via rapper: ${T[t1m-rapper]} s"; fi
  echo -n ")"
  if ((RC[t1m-nt] > 1 || RC[t1m-ttl] > 1)); then
    echo ": **not measured** (a run on the sample failed or was stopped)"
  elif ((distinct < BENCH_TRIPLES)); then
    echo ": **not measured** (the corpus yields only $distinct distinct triples; raise BENCH_MB)"
  elif ((BENCH_TRIPLES < 1000000)); then
    echo ": **not measured at 1,000,000** (BENCH_TRIPLES=$BENCH_TRIPLES; under 15 s so far: $(verdict "$tt < 15"))"
  else
    echo ": $(verdict "$tt < 15 && ${RC[t1m-ttl]} != 124")"
  fi
} >"$out"

cat "$out"
log "report in $out"
