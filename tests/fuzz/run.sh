#!/usr/bin/env bash
# Runs the libFuzzer harnesses built in BUILD_DIR (make fuzz).
#
#   tests/fuzz/run.sh BUILD_DIR SECONDS     regressions, then each target for SECONDS
#   tests/fuzz/run.sh BUILD_DIR --regress   only the regression inputs
#
# Regression mode runs every file of tests/fuzz/regressions/ once through
# every harness (./fuzz_x FILE). Fuzzing mode runs each harness for SECONDS
# with the dictionary tests/fuzz/news.dict on a copy of its seed directory
# tests/fuzz/seeds/<target>/ made under $TMPDIR: nothing is written into the
# repository. With NG_FUZZ_LENIENT=1 a broken invariant of a harness (not a
# sanitizer report) is printed once and the run goes on, so that a known bug
# does not hide the next one; regressions are always strict. One line per target tells how many inputs it ran in how many
# seconds; a crash, leak, timeout or out-of-memory prints the file that
# reproduces it (./fuzz_x FILE) and the report, and the exit status is 1.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
usage() { echo "usage: $0 BUILD_DIR SECONDS|--regress" >&2; exit 2; }
[ $# -eq 2 ] || usage
build="$1"
mode="$2"
bindir="$build/tests/fuzz"
[ -d "$bindir" ] || { echo "fuzz: no harnesses in $bindir (configure with CC=clang -DNG_FUZZ=ON)" >&2; exit 2; }
bindir="$(cd "$bindir" && pwd)"
if [ "$mode" != "--regress" ]; then
  [[ "$mode" =~ ^[0-9]+$ ]] && [ "$mode" -gt 0 ] || usage
fi

targets=(reader dates money pipeline inputs)
flags=(-max_len=65536 -timeout=10 -rss_limit_mb=2048)
for t in "${targets[@]}"; do
  [ -x "$bindir/fuzz_$t" ] || { echo "fuzz: $bindir/fuzz_$t is missing" >&2; exit 2; }
done

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

work="$(mktemp -d "${TMPDIR:-/tmp}/newsgraph-fuzz.XXXXXX")"
failed=0

# ---- regressions ----------------------------------------------------------
shopt -s nullglob
regs=("$here"/regressions/*)
regs=($(for f in "${regs[@]}"; do [ -f "$f" ] && [[ "$(basename "$f")" != README* ]] && echo "$f"; done))
if ((${#regs[@]})); then
  rfail=0
  for f in "${regs[@]}"; do
    for t in "${targets[@]}"; do
      log="$work/regress-$t-$(basename "$f").log"
      # always strict: a regression input must pass every check
      if (cd "$work" && env -u NG_FUZZ_LENIENT "$bindir/fuzz_$t" "${flags[@]}" "$f") >"$log" 2>&1; then
        :
      else
        rfail=$((rfail + 1))
        echo "regression FAILED: fuzz_$t $f"
        echo "  reproduce: $bindir/fuzz_$t $f"
        grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz invariant|  |raptor|.*runtime error)' "$log" | head -40 | sed 's/^/    /'
        echo "  full log: $log"
      fi
    done
  done
  echo "regressions: ${#regs[@]} files x ${#targets[@]} harnesses, $rfail failed"
  ((rfail)) && failed=1
else
  echo "regressions: none"
fi
if [ "$mode" = "--regress" ]; then
  exit $failed
fi

# ---- fuzzing --------------------------------------------------------------
seconds="$mode"
for t in "${targets[@]}"; do
  corpus="$work/$t/corpus"
  art="$work/$t/artifacts"
  mkdir -p "$corpus" "$art"
  [ -d "$here/seeds/$t" ] && cp -R "$here/seeds/$t/." "$corpus/"
  nseeds=$(find "$corpus" -type f | wc -l)
  log="$work/$t/fuzz.log"
  start=$(date +%s)
  (cd "$work/$t" && "$bindir/fuzz_$t" "${flags[@]}" -max_total_time="$seconds" -dict="$here/news.dict" \
      -print_final_stats=1 -artifact_prefix="$art/" "$corpus") >"$log" 2>&1
  rc=$?
  took=$(($(date +%s) - start))
  runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -1)
  [ -n "$runs" ] || runs=$(sed -n 's/^#\([0-9]*\).*/\1/p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ncorpus=$(find "$corpus" -type f | wc -l)
  artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
  lenient_broken=$(grep -c 'fuzz invariant broken' "$log")
  if [ $rc -eq 0 ] && [ -z "$artifact" ] && [ "$lenient_broken" -eq 0 ]; then
    printf 'fuzz_%-9s ok      %9s runs in %4ss  (cov %s, corpus %s -> %s)\n' "$t" "${runs:-?}" "$took" \
      "${cov:-?}" "$nseeds" "$ncorpus"
  elif [ $rc -eq 0 ] && [ -z "$artifact" ]; then
    # NG_FUZZ_LENIENT: the run went on past broken invariants; each is printed once
    failed=1
    printf 'fuzz_%-9s BROKEN  %9s runs in %4ss  (cov %s, corpus %s -> %s; %s invariants broken, run not stopped)\n' \
      "$t" "${runs:-?}" "$took" "${cov:-?}" "$nseeds" "$ncorpus" "$lenient_broken"
    grep -A1 'fuzz invariant broken' "$log" | grep -v '^--$' | sed 's/^/    /'
    echo "  full log: $log"
  else
    failed=1
    kind=$(grep -oE 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer|UndefinedBehaviorSanitizer)[^(]*' "$log" | head -1)
    grep -q 'runtime error' "$log" && [ -z "$kind" ] && kind="UndefinedBehaviorSanitizer: runtime error"
    grep -q 'fuzz invariant broken' "$log" && [ -z "$kind" ] && kind="invariant broken"
    printf 'fuzz_%-9s FAILED  %9s runs in %4ss  (%s)\n' "$t" "${runs:-?}" "$took" "${kind:-exit status $rc}"
    echo "  crash file: ${artifact:-none written}"
    [ -n "$artifact" ] && echo "  reproduce:  $bindir/fuzz_$t $artifact"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz invariant|  |raptor|.*runtime error|    #[0-9]+ )' "$log" | head -40 | sed 's/^/    /'
    echo "  full log: $log"
  fi
done
echo "fuzz work directory (corpora, logs, crash files): $work"
exit $failed
