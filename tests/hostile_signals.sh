# hostile_signals.sh - section 8 of hostile_test.sh (sourced, not run): a
# signal that ends a long `extract -o` leaves an earlier output as it was
# and no temporary file (issue 16: SIGQUIT, SIGUSR1 and SIGALRM left
# out.tmp-* files on c90f677; SIGINT and SIGTERM were already handled).
# Also run alone with HOSTILE_ONLY=signals (tests/against_old.sh does).
#
# Uses what hostile_test.sh defines: crash_problems, tmp_left, pass, fail,
# $S, $BIN, $data.

mkdir -p "$S/many"
awk -v dir="$S/many" -v art="$data/article.txt" 'BEGIN {
  while ((getline line < art) > 0) text = text line "\n"
  split("January February March April May June July August September October November December", m, " ")
  for (i = 1; i <= 8000; i++) {
    f = sprintf("%s/a%04d.txt", dir, i)
    printf "%s", text > f
    for (k = 0; k < 12; k++)
      printf "Governor Sergei Sobyanin met with Aleksandr Lukashenko in Minsk on %d %s %d; trade reached $%d.%d billion in H1 %d, up %d percent.\n",
        (i + k) % 28 + 1, m[(i + k) % 12 + 1], 2000 + (i + k) % 25, (i * k) % 90 + 1, k % 10, 2000 + k, k > f
    close(f)
  }
}'
signal_check() {
  local sig="$1" fmt="$2" out="$S/sig-out.$2" pid rc k
  printf 'an earlier graph, which must survive\n' >"$out"
  cp "$out" "$S/sig-before"
  rm -f "$out".tmp-*
  set -m  # the run gets its own process group and default signal dispositions
  "$BIN" extract -q -j 1 -f "$fmt" "$S/many" -o "$out" >/dev/null 2>"$S/sig.err" &
  pid=$!
  set +m
  for ((k = 0; k < 300; k++)); do
    tmp_left "$out" && break
    sleep 0.1
  done
  sleep 1
  local running=1
  kill -0 "$pid" 2>/dev/null || running=0
  kill -"$sig" "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  rc=$?
  local p=()
  [ "$running" -eq 1 ] || p+=("the run had ended before the signal: make it longer")
  case "$sig" in INT) want=130 ;; TERM) want=143 ;; QUIT) want=131 ;; USR1) want=138 ;; ALRM) want=142 ;; esac
  [ "$rc" -eq "$want" ] || p+=("exit status $rc, expected $want (killed by SIG$sig)")
  cmp -s "$out" "$S/sig-before" || p+=("$out was changed")
  tmp_left "$out" && p+=("left behind: $(cd "$S" && ls "$(basename "$out")".tmp-* | tr '\n' ' ')")
  c=$(crash_problems 0 "$S/sig.err"); [ -n "$c" ] && p+=("$c")
  if ((${#p[@]})); then fail "SIG$sig during a long extract -f $fmt -o: earlier output intact, no temporary file" "${p[@]}"
  else pass "SIG$sig during a long extract -f $fmt -o (8000 articles, -j 1): exit $rc, earlier output byte-identical, no .tmp-*"; fi
}
signal_check INT turtle
signal_check TERM turtle
signal_check INT ntriples
signal_check TERM ntriples
# issue 16: every signal that ends the process removes the temporary file
signal_check QUIT turtle
signal_check USR1 ntriples
signal_check ALRM turtle
rm -rf "$S/many"

