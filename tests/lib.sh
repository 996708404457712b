# tests/lib.sh - what the shell tests share; sourced, not run.
#
#   ng_test_args NAME "$@"            BIN SOURCE_DIR SCRATCH_DIR -> $BIN, $SRC, $S
#                                     and a fresh work directory $W = $S/run
#   pass NAME / fail NAME DETAIL...   one line per check, details indented
#   check NAME EXPECTED ACTUAL        pass when the two strings are equal
#   ng_test_end                       "N passed, M failed"; status 1 on failure

passed=0
failed=0

ng_test_args() {
  local name="$1"
  shift
  if [ $# -ne 3 ]; then
    echo "usage: $name BIN SOURCE_DIR SCRATCH_DIR" >&2
    exit 2
  fi
  BIN="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  [ -x "$BIN" ] || { echo "$name: $1 is not an executable" >&2; exit 2; }
  SRC="$(cd "$2" && pwd)" || exit 2
  mkdir -p "$3" || exit 2
  S="$(cd "$3" && pwd)"
  W="$S/run"
  rm -rf "$W" && mkdir -p "$W" || exit 2
}

pass() { passed=$((passed + 1)); echo "PASS  $1"; }

fail() {
  failed=$((failed + 1))
  echo "FAIL  $1"
  shift
  local line
  for line in "$@"; do
    [ -n "$line" ] && printf '%s\n' "$line" | head -20 | sed 's/^/        /'
  done
  return 0
}

check() {
  if [ "$2" = "$3" ]; then pass "$1"; else fail "$1" "expected: $2" "actual:   $3"; fi
}

ng_test_end() {
  echo
  echo "$passed passed, $failed failed${1:+ ($1)}"
  [ "$failed" -eq 0 ]
}
