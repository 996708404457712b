#!/usr/bin/env bash
# install_test.sh: `make install DESTDIR=...` gives a working installation.
#
#   tests/install_test.sh NEWSGRAPH SOURCE_DIR SCRATCH_DIR
#
# Installs the build tree of NEWSGRAPH (cmake --install, what `make install`
# runs) under SCRATCH_DIR/root with the prefix /usr/local and checks that:
#  1. the command, the libraries, the header, newsgraph.pc, the data, the
#     queries, the man pages and the bash completion are where they belong;
#  2. no path of the checkout or the build tree is compiled into the
#     command or the library (strings of stripped copies);
#  3. the installed command, run from / with a clean environment and the
#     corpus copied away from the checkout, finds its data beside itself and
#     extracts examples/corpus exactly as the built command does;
#  4. without that data it fails naming where it looked, and NEWSGRAPH_DATA
#     or --data then point it elsewhere;
#  5. the man pages format without warnings; the completion completes;
#  6. a small C program built with `pkg-config --cflags --libs newsgraph`
#     links against the installed shared library (and, with --static, the
#     static one) and extracts a sentence.
set -u
. "$(dirname "$0")/lib.sh"
ng_test_args install_test "$@"
BUILD="$(dirname "$BIN")"
D="$S/root"
P="$D/usr/local"
rm -rf "$D" "$S/corpus" "$S/data-moved"

# 1. the files
if DESTDIR="$D" cmake --install "$BUILD" --prefix /usr/local >"$W/install.log" 2>&1; then
  pass "cmake --install with DESTDIR"
else
  fail "cmake --install with DESTDIR" "$(cat "$W/install.log")"
  ng_test_end install; exit
fi
libdir=$(cd "$P" && dirname "$(find . -name newsgraph.pc -path '*/pkgconfig/*' | head -1)")
libdir="${libdir%/pkgconfig}"; libdir="${libdir#./}"
missing=""
for f in bin/newsgraph "$libdir/libnewsgraph.a" "$libdir/libnewsgraph.so" "$libdir/libnewsgraph.so.1" \
         "$libdir/pkgconfig/newsgraph.pc" include/newsgraph.h share/newsgraph/ontology/newsgraph.ttl \
         share/newsgraph/ontology/gazetteer/places.ttl share/newsgraph/queries/meetings.rq \
         share/man/man1/newsgraph.1 share/man/man5/newsgraph-rules.5 \
         share/bash-completion/completions/newsgraph; do
  [ -e "$P/$f" ] || missing="$missing $f"
done
check "every file installed" "" "$missing"
[ ! -e "$P/bin/newsgraph-data" ] && pass "the build tree's data link is not installed" \
  || fail "the build tree's data link is not installed"

# 2. no build path compiled in (debug information aside: packages strip it)
for f in bin/newsgraph "$libdir/libnewsgraph.so.1"; do
  strip -o "$W/stripped" "$P/$f"
  hits=$(strings "$W/stripped" | grep -F -e "$SRC" -e "$BUILD" | head -3)
  check "no checkout or build path in $f" "" "$hits"
done

# 3. run from / with a clean environment, the corpus away from the checkout
cp -r "$SRC/examples/corpus" "$S/corpus"
(cd / && env -i PATH=/usr/bin:/bin "$P/bin/newsgraph" extract -q -j 2 "$S/corpus" -o "$W/installed.ttl") \
  2>"$W/err" && pass "installed command extracts from / with a clean environment" \
  || fail "installed command extracts from / with a clean environment" "$(cat "$W/err")"
(cd / && NEWSGRAPH_DATA="$SRC/ontology" "$BIN" extract -q -j 2 "$S/corpus" -o "$W/built.ttl") 2>/dev/null
if cmp -s "$W/installed.ttl" "$W/built.ttl" && [ -s "$W/built.ttl" ]; then
  pass "installed and built commands give the same graph"
else
  fail "installed and built commands give the same graph" "$(diff "$W/installed.ttl" "$W/built.ttl" | head)"
fi
v=$(env -i "$P/bin/newsgraph" --version)
check "installed --version" "newsgraph $(sed -n 's/^project(newsgraph VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")" "$v"

# 4. the lookup order: beside the command, then NEWSGRAPH_DATA, then --data
mv "$P/share/newsgraph" "$S/data-moved"
out=$(cd / && env -i "$P/bin/newsgraph" extract -q "$S/corpus/a01_lukashenko_nikitin.txt" 2>&1 >/dev/null)
rc=$?
if [ $rc -eq 4 ] && printf '%s' "$out" | grep -q "share/newsgraph/ontology"; then
  pass "without its data: exit 4 naming share/newsgraph/ontology"
else
  fail "without its data: exit 4 naming share/newsgraph/ontology" "exit $rc" "$out"
fi
n1=$(cd / && env -i NEWSGRAPH_DATA="$S/data-moved/ontology" "$P/bin/newsgraph" extract -q "$S/corpus" | wc -l)
n2=$(cd / && env -i "$P/bin/newsgraph" extract -q --data "$S/data-moved/ontology" "$S/corpus" | wc -l)
n0=$(wc -l <"$W/installed.ttl")
check "NEWSGRAPH_DATA finds moved data" "$n0" "$n1"
check "--data finds moved data" "$n0" "$n2"
mv "$S/data-moved" "$P/share/newsgraph"

# 5. man pages and completion
for m in man1/newsgraph.1 man5/newsgraph-rules.5; do
  warn=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$P/share/man/$m" 2>&1 >"$W/man.txt")
  if [ -z "$warn" ] && [ -s "$W/man.txt" ]; then pass "man $m formats cleanly"; else fail "man $m formats cleanly" "$warn"; fi
done
for c in extract load query export stats report; do
  grep -q "^  *$c\b\|^ *$c " <(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$P/share/man/man1/newsgraph.1" 2>/dev/null) \
    || fail "newsgraph(1) has a section for $c"
done
pass "newsgraph(1) has a section for each command"
if [ -f /usr/share/bash-completion/bash_completion ]; then
  got=$(bash -c '. /usr/share/bash-completion/bash_completion; . "$1"
    COMP_WORDS=(newsgraph rep); COMP_CWORD=1; COMP_LINE="newsgraph rep"; COMP_POINT=${#COMP_LINE}
    _newsgraph; echo "${COMPREPLY[*]}"
    COMP_WORDS=(newsgraph query --fo); COMP_CWORD=2; COMP_LINE="newsgraph query --fo"; COMP_POINT=${#COMP_LINE}
    _newsgraph; echo "${COMPREPLY[*]}"' _ "$P/share/bash-completion/completions/newsgraph" | tr '\n' ' ')
  check "bash completion completes commands and options" "report --format " "$got"
fi

# 6. a program built with pkg-config, shared then static
# the prefix fix-up: newsgraph.pc says /usr/local, the files are under $D
export PKG_CONFIG_PATH="$P/$libdir/pkgconfig"
pc() { pkg-config --define-variable=prefix="$P" "$@"; }
flags=$(pc --cflags --libs newsgraph)
if cc -Wall -Wextra -Werror -o "$W/libuse" "$SRC/tests/data/install/libuse.c" $flags 2>"$W/cc.log"; then
  pass "a program builds with pkg-config --cflags --libs newsgraph ($flags)"
else
  fail "a program builds with pkg-config --cflags --libs newsgraph" "$(cat "$W/cc.log")"
fi
lib=$(LD_LIBRARY_PATH="$P/$libdir" ldd "$W/libuse" 2>/dev/null | awk '/libnewsgraph/ {print $3}')
check "it links the installed shared library" "$P/$libdir/libnewsgraph.so.1" "$lib"
out=$(cd / && LD_LIBRARY_PATH="$P/$libdir" "$W/libuse" "$P/share/newsgraph/ontology" 2>"$W/err")
if printf '%s\n' "$out" | grep -q '^<https://example.org/id/meeting/.*> <https://w3id.org/newsgraph/ns#participant> <https://example.org/id/person/gleb-nikitin>'; then
  pass "it runs: the meeting it extracts has its participant"
else
  fail "it runs: the meeting it extracts has its participant" "$(cat "$W/err")" "$out"
fi
# static: libnewsgraph.a, and what it needs (Requires.private) as Debian
# ships it, shared
sflags="$(pc --cflags --libs-only-L newsgraph) -l:libnewsgraph.a $(pc --libs $(pc --print-requires-private newsgraph))"
if cc -o "$W/libuse-static" "$SRC/tests/data/install/libuse.c" $sflags 2>"$W/cc.log" \
   && ! ldd "$W/libuse-static" | grep -q libnewsgraph \
   && "$W/libuse-static" "$P/share/newsgraph/ontology" 2>/dev/null | grep -q 'ns#Meeting'; then
  pass "the static library links with pkg-config --static and runs"
else
  fail "the static library links with pkg-config --static and runs" "$(cat "$W/cc.log")"
fi
unset PKG_CONFIG_PATH

ng_test_end install
