#!/usr/bin/env bash
# The newsgraph benchmark (make bench). Usage: bench/run.sh [BIN]
#
# Builds a corpus of BENCH_MB megabytes (10^6 bytes) in bench/corpus with
# bench/gen_corpus.py (kept when its parameters have not changed), then
# measures, each with GNU time (wall seconds and peak resident memory):
#
#   wc -w                               the ceiling: reading and splitting words
#   extract -f ntriples -j J            for each J in BENCH_JOBS, whole corpus
#   extract -f nquads -j Jmax           the other streaming format
#   extract -f turtle -j J              for each J in BENCH_JOBS, whole corpus
#   extract -f ntriples, -f turtle      on a sample whose graph has at least
#                                       BENCH_TRIPLES (1,000,000) distinct triples,
#   ng_bench_raptor                     raptor's N-Triples serializer alone on the
#                                       triples of that sample (bench/raptor_nt.c)
#   rapper -i ntriples -o turtle        and raptor's Turtle writer on that graph
#   load -s STORE -j Jmax               a sample of BENCH_LOAD_MB megabytes
#   query -s STORE BENCH_QUERY          a canned query on the loaded store
#
# and writes a Markdown report (table, targets met or not, machine, command)
# to bench/work/results.md, also printed at the end.
#
# Environment (defaults in brackets):
#   BENCH_MB [110]          corpus size in MB; use 5 or so while developing
#   BENCH_JOBS ["1 2"]      thread counts for extract
#   BENCH_LOAD_MB [2]       size of the sample loaded into the store
#   BENCH_TRIPLES [1000000] distinct triples of the Turtle-output test graph
#   BENCH_QUERY [queries/meetings.rq]
#   BENCH_REPEAT [1]        runs of each step; the fastest time is reported
#   BENCH_TIMEOUT [3600]    seconds after which a step is stopped
#   BENCH_TURTLE [1]        0 skips the whole-corpus Turtle runs (Turtle is not
#                           streamed: memory grows with the graph, about 0.25 KB
#                           a distinct triple)
#   BENCH_SEED [20240416], BENCH_DEV [../shared/corpus/dev], BENCH_DEV_SHARE [0.02]
#   BENCH_CORPUS [bench/corpus], BENCH_WORK [bench/work]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bin=${1:-$root/build/newsgraph}
[ -x "$bin" ] || { echo "bench: no executable $bin (make build)" >&2; exit 2; }
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
cd "$root"

BENCH_MB=${BENCH_MB:-110}
BENCH_JOBS=${BENCH_JOBS:-"1 2"}
BENCH_LOAD_MB=${BENCH_LOAD_MB:-2}
BENCH_TRIPLES=${BENCH_TRIPLES:-1000000}
BENCH_QUERY=${BENCH_QUERY:-queries/meetings.rq}
BENCH_REPEAT=${BENCH_REPEAT:-1}
BENCH_TIMEOUT=${BENCH_TIMEOUT:-3600}
BENCH_TURTLE=${BENCH_TURTLE:-1}
BENCH_SEED=${BENCH_SEED:-20240416}
BENCH_DEV=${BENCH_DEV-$root/../shared/corpus/dev}
BENCH_DEV_SHARE=${BENCH_DEV_SHARE:-0.02}
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
if [ -n "$BENCH_DEV" ] && [ -d "$BENCH_DEV" ]; then
  dev_sig=$(cd "$BENCH_DEV" && find . -maxdepth 1 -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) \
            -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum | sha256sum | cut -c1-16)
fi
params="mb=$BENCH_MB seed=$BENCH_SEED dev_share=$BENCH_DEV_SHARE dev=$dev_sig gen=$(sha256sum "$here/gen_corpus.py" | cut -c1-16)"
if [ -f "$corpus/.params" ] && [ "$(cat "$corpus/.params")" = "$params" ]; then
  log "corpus $corpus is up to date ($params)"
else
  log "generating $BENCH_MB MB corpus in $corpus"
  python3 "$here/gen_corpus.py" --out "$corpus" --mb "$BENCH_MB" --seed "$BENCH_SEED" \
    --dev "${BENCH_DEV:-}" --dev-share "$BENCH_DEV_SHARE"
  printf '%s\n' "$params" >"$corpus/.params"
fi
manifest() { sed -n "s/^$1=//p" "$corpus/MANIFEST"; }

# The article files of a directory, NUL-separated, in the order newsgraph reads them.
files0() { find "$1" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.htm' \) -print0 | LC_ALL=C sort -z; }

# sample DIR MB: hard links (copies across file systems) to an even sample of
# the corpus (every k-th article) of at least MB megabytes, in DIR.
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
k = max(1, total // max(want, 1))
picked, size = [], 0
for start in range(k):                 # every k-th file, then the ones between
    for p, s in files[start::k]:
        if size >= want:
            break
        picked.append(p)
        size += s
    if size >= want:
        break
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

sample "$work/load" "$BENCH_LOAD_MB"
load_bytes=$(bytes_of "$work/load"); load_articles=$(count_of "$work/load")
rm -f "$work/store.db" "$work"/store.db-*
run load "$bin" load -s "$work/store.db" -j "$jmax" "$work/load"
add load "$load_bytes" "$load_articles"
TR[load]=$(sed -n 's/.*; \([0-9][0-9]*\) triples added.*/\1/p' "$work/load.err" | tail -n 1)
run query "$bin" query -s "$work/store.db" "$BENCH_QUERY" --format csv
query_rows=$(($(wc -l <"$work/query.out") - 1))
if ((query_rows < 0)); then query_rows=0; fi

# ---------------------------------------------------------------- report
f2() { awk -v x="$1" 'BEGIN{printf "%.2f", x}'; }
rate() { awk -v n="$1" -v t="$2" -v d="${3:-1}" 'BEGIN{if (t > 0) printf "%.2f", n / d / t; else print "-"}'; }
mib() { awk -v k="$1" 'BEGIN{printf "%.1f", k / 1024}'; }
wc_t=${T[wc]}

label() {
  case $1 in
    wc) echo "\`wc -w\` (ceiling)" ;;
    nt-j*) echo "extract -f ntriples -j ${1#nt-j}" ;;
    nq-j*) echo "extract -f nquads -j ${1#nq-j}" ;;
    ttl-j*) echo "extract -f turtle -j ${1#ttl-j}" ;;
    t1m-nt) echo "Turtle sample: extract -f ntriples -j $jmax" ;;
    t1m-ttl) echo "Turtle sample: extract -f turtle -j $jmax" ;;
    t1m-rapper) echo "Turtle sample: \`rapper -i ntriples -o turtle\` of its N-Triples" ;;
    t1m-floor) echo "Turtle sample: raptor's N-Triples serializer alone on its triples (\`ng_bench_raptor\`)" ;;
    load) echo "load -s STORE -j $jmax (sample)" ;;
  esac
}
threads() {
  case $1 in
    *-j*) echo "${1##*-j}" ;;
    t1m-nt | t1m-ttl | load) echo "$jmax" ;;
    *) echo 1 ;;
  esac
}

order=(wc)
for j in $BENCH_JOBS; do order+=("nt-j$j"); done
order+=("nq-j$jmax")
if [ "$BENCH_TURTLE" = 1 ]; then for j in $BENCH_JOBS; do order+=("ttl-j$j"); done; fi
order+=(t1m-nt)
if [ -n "${T[t1m-floor]:-}" ]; then order+=(t1m-floor); fi
order+=(t1m-ttl)
if [ -n "${T[t1m-rapper]:-}" ]; then order+=(t1m-rapper); fi
order+=(load)

# The seconds of a step, or why there are none.
status_time() {
  if ((RC[$1] == 124)); then echo "> $BENCH_TIMEOUT (stopped)"
  elif ((RC[$1] > 1)); then echo "${T[$1]} (failed: exit ${RC[$1]})"
  else echo "${T[$1]}"; fi
}
verdict() { if awk "BEGIN{exit !($1)}"; then echo "**met**"; else echo "**not met**"; fi; }

out=$work/results.md
{
  echo "# newsgraph benchmark"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- command: \`BENCH_MB=$BENCH_MB BENCH_JOBS=\"$BENCH_JOBS\" BENCH_LOAD_MB=$BENCH_LOAD_MB BENCH_TRIPLES=$BENCH_TRIPLES BENCH_REPEAT=$BENCH_REPEAT bench/run.sh ${1:-build/newsgraph}\`"
  echo "- newsgraph: $("$bin" --version 2>&1 | head -n 1), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- src 2>/dev/null || echo ' (src modified)')"
  echo "- machine: $(uname -srm); $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1), $(nproc) cores; $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM; load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- libraries: raptor2 $(pkg-config --modversion raptor2 2>/dev/null || echo '?'), rasqal $(pkg-config --modversion rasqal 2>/dev/null || echo '?'), librdf $(pkg-config --modversion redland 2>/dev/null || echo '?')"
  echo "- corpus: $in_articles articles ($(manifest generated_articles) generated, $(manifest dev_articles) copies of $(manifest dev_files) development articles), $(f2 "$(awk -v b="$in_bytes" 'BEGIN{print b / 1e6}')") MB, $words words (\`wc -w\`); seed $BENCH_SEED"
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
  echo "| query \`$BENCH_QUERY\` on the loaded store | | | | $(status_time query) | ${C[query]} | | | | | $(mib "${M[query]}") | |"
  echo
  echo "The load sample's store holds ${TR[load]:-?} triples: load $(rate "${TR[load]:-0}" "${T[load]}") triples/s (wall), $(rate "${TR[load]:-0}" "${C[load]}") triples per CPU-second (extraction included; target 20,000); the query returned $query_rows rows."
  echo "The Turtle sample is $(f2 "$(awk -v b="$t1m_bytes" 'BEGIN{print b / 1e6}')") MB of the corpus (every k-th article) whose graph has $distinct distinct triples (${TR[t1m-nt]:-?} written as N-Triples, duplicates included)."
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
    echo "- Extraction to N-Triples >= 20 MB/s per core: $v MB/s at -j 1 ($(rate "$in_bytes" "${C[nt-j1]}" 1e6) MB per CPU second)$( [ -n "${T[nt-j$jmax]:-}" ] && [ "$jmax" != 1 ] && echo ", $(rate "$in_bytes" "${T[nt-j$jmax]}" "$(awk -v t="$jmax" 'BEGIN{print 1e6 * t}')") MB/s per thread at -j $jmax")$( [ -n "${T[t1m-floor]:-}" ] && echo "; raptor's N-Triples serializer alone runs at $(rate "$t1m_bytes" "${C[t1m-floor]}" 1e6) MB of articles per CPU second on the sample"): $(verdict "$v >= 20")"
    r=$(awk -v t="$nt1" -v w="$wc_t" 'BEGIN{printf "%.1f", (w > 0 ? t / w : 0)}')
    echo "- Within 20x of \`wc -w\` on the same input: extract -f ntriples -j 1 takes ${r}x the time of \`wc -w\`: $(verdict "$r <= 20")"
  fi
  peak=0; which=""
  for s in "${order[@]}"; do
    case $s in nt-j* | nq-j* | t1m-nt) if [ -n "${M[$s]:-}" ] && ((M[$s] > peak)); then peak=${M[$s]}; which=$s; fi ;; esac
  done
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
