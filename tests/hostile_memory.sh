# hostile_memory.sh - section 12 of hostile_test.sh (sourced, not run): the
# memory of one article in work (issue 16: "a 16 MB article dense with names
# takes 1.4 GB with -f ntriples"). Also run alone as ctest hostile_memory.
#
# The article is tests/gen_dense_names.py: every sentence a meeting of new
# people in a new place, the worst case found (about 35 bytes of N-Triples a
# byte of text). Peak resident memory (GNU time) above that of a one-line
# article (the data, about 25 MB) must stay under NG_MEM_FACTOR (25) times
# the article's size; c90f677 took 55 times. Skipped under the sanitizers,
# whose shadow memory and quarantine are no measure of ours.
#
# Uses what hostile_test.sh defines: ng, crash_problems, pass, fail, $S,
# $BIN, $PY, $here.

M="$S/memory"
rm -rf "$M" && mkdir -p "$M"
factor="${NG_MEM_FACTOR:-25}"
size=16000000

# peak_kb ARGS...: runs the command under GNU time; peak RSS in KB in PEAK,
# exit status in RC, standard error in $M/err
peak_kb() {
  /usr/bin/time -f 'peak-rss-kb %M' -o "$M/time" timeout -k 5 600 "$BIN" "$@" >"$M/out" 2>"$M/err"
  RC=$?
  PEAK=$(sed -n 's/^peak-rss-kb \([0-9]*\)$/\1/p' "$M/time")
}

if [ ! -x /usr/bin/time ]; then
  fail "memory of a 16 MB article: GNU time is missing (make deps)"
elif ldd "$BIN" 2>/dev/null | grep -q 'lib[at]san' || grep -qa '__asan_init' "$BIN"; then
  pass "memory of a 16 MB article: skipped (a sanitizer build)"
else
  "$PY" "$here/gen_dense_names.py" "$size" >"$M/dense.txt"
  printf 'Governor Anton Belkin met Mayor Vera Chernova in Gomel on 3 March 2024.\n' >"$M/one.txt"
  peak_kb extract -j 1 -f ntriples "$M/one.txt" -o "$M/one.nt"
  base=$PEAK
  peak_kb extract -j 1 -f ntriples --time-budget 0 "$M/dense.txt" -o "$M/dense.nt"
  p=()
  c=$(crash_problems "$RC" "$M/err"); [ -n "$c" ] && p+=("$c")
  [ "$RC" -eq 0 ] || p+=("exit status $RC: $(tail -c 300 "$M/err")")
  [ -n "$base" ] && [ -n "$PEAK" ] || p+=("no figure from GNU time")
  lines=$(wc -l <"$M/dense.nt" 2>/dev/null || echo 0)
  # each of the ~184,000 sentences is a meeting: the graph must be whole
  [ "$lines" -gt 2000000 ] || p+=("only $lines N-Triples lines")
  if [ -n "$base" ] && [ -n "$PEAK" ]; then
    times=$(awk -v p="$PEAK" -v b="$base" -v s="$size" 'BEGIN { printf "%.1f", (p - b) * 1024 / s }')
    awk -v t="$times" -v f="$factor" 'BEGIN { exit !(t <= f) }' ||
      p+=("peak RSS $((PEAK / 1024)) MB, $((base / 1024)) MB for one line: $times times the article's size, over $factor")
  fi
  if ((${#p[@]})); then fail "a 16 MB article dense with names, -f ntriples: memory within $factor times its size" "${p[@]}"
  else pass "a 16 MB article dense with names, -f ntriples: peak $((PEAK / 1024)) MB ($((base / 1024)) MB for one line): $times times its size, $lines lines"; fi
  rm -f "$M/dense.nt" "$M/dense.txt"
fi
