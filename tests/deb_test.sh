#!/usr/bin/env bash
# deb_test.sh: the Debian package builds, installs and works.
#
#   tests/deb_test.sh SOURCE_DIR SCRATCH_DIR
#
# Copies the checkout's files (tracked and new, not ignored ones) to
# SCRATCH_DIR/src, so the checkout stays clean, and there:
#  1. `dpkg-buildpackage -us -uc -b` builds newsgraph_VERSION_ARCH.deb;
#  2. `apt install ./newsgraph_*.deb` installs it (root only: skipped, exit
#     77, otherwise or when the packaging tools are missing);
#  3. `newsgraph --version` and `man newsgraph` work, the installed command
#     extracts examples/corpus (copied away) from / with a clean environment,
#     and pkg-config knows the library;
#  4. the package is removed again, unless it was installed before the test.
set -u
if [ $# -ne 2 ]; then echo "usage: $0 SOURCE_DIR SCRATCH_DIR" >&2; exit 2; fi
SRC="$(cd "$1" && pwd)" || exit 2
mkdir -p "$2" && S="$(cd "$2" && pwd)" || exit 2
. "$SRC/tests/lib.sh"

for tool in dpkg-buildpackage dh fakeroot apt man; do
  command -v "$tool" >/dev/null || { echo "SKIP  $tool is not installed (make deps)"; exit 77; }
done
if [ "$(id -u)" -ne 0 ]; then echo "SKIP  installing a package needs root"; exit 77; fi

rm -rf "$S/pkg" && mkdir -p "$S/pkg/src" || exit 2
if git -C "$SRC" rev-parse --git-dir >/dev/null 2>&1; then
  (cd "$SRC" && git ls-files -co --exclude-standard -z | xargs -0 cp --parents -t "$S/pkg/src") || exit 2
else
  (cd "$SRC" && tar --exclude='./build*' --exclude=./output -cf - .) | (cd "$S/pkg/src" && tar -xf -) || exit 2
fi

# 1. build
if (cd "$S/pkg/src" && DEB_BUILD_OPTIONS="parallel=2" dpkg-buildpackage -us -uc -b) >"$S/pkg/build.log" 2>&1; then
  pass "dpkg-buildpackage -us -uc -b"
else
  fail "dpkg-buildpackage -us -uc -b" "$(tail -20 "$S/pkg/build.log")"
  ng_test_end deb; exit
fi
deb=$(ls "$S/pkg"/newsgraph_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] && pass "built $(basename "$deb")" || { fail "a newsgraph_*.deb was built"; ng_test_end deb; exit; }

# 2. install
was_installed=$(dpkg-query -W -f='${Status}' newsgraph 2>/dev/null | grep -c "install ok installed")
if (cd "$S/pkg" && DEBIAN_FRONTEND=noninteractive apt-get install -y -q -o DPkg::Lock::Timeout=600 \
      "./$(basename "$deb")") >"$S/pkg/apt.log" 2>&1; then
  pass "apt install ./$(basename "$deb")"
else
  fail "apt install ./$(basename "$deb")" "$(tail -20 "$S/pkg/apt.log")"
  ng_test_end deb; exit
fi

# 3. use it
version=$(sed -n 's/^project(newsgraph VERSION \([0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt")
check "newsgraph --version" "newsgraph $version" "$(cd / && env -i PATH=/usr/bin:/bin newsgraph --version)"
page=$(cd / && env -i PATH=/usr/bin:/bin LC_ALL=C.UTF-8 MANPAGER=cat MANWIDTH=80 man newsgraph 2>&1)
printf '%s' "$page" | grep -q "newsgraph - news articles in, an RDF knowledge graph out" \
  && pass "man newsgraph" || fail "man newsgraph" "$page"
(env -i PATH=/usr/bin:/bin man -w newsgraph-rules >/dev/null 2>&1) && pass "man newsgraph-rules" \
  || fail "man newsgraph-rules"
rm -rf "$S/corpus" && cp -r "$SRC/examples/corpus" "$S/corpus"
out=$(cd / && env -i PATH=/usr/bin:/bin newsgraph stats -g <(newsgraph extract -q "$S/corpus") 2>&1 | sed -n 's/^articles //p')
check "the installed command extracts examples/corpus" "$(ls "$S/corpus" | grep -c -E '\.(txt|html)$')" "$out"
check "pkg-config knows newsgraph" "$version" "$(pkg-config --modversion newsgraph 2>&1)"

# 4. leave the machine as it was
if [ "$was_installed" -eq 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get purge -y -q -o DPkg::Lock::Timeout=600 newsgraph >>"$S/pkg/apt.log" 2>&1 \
    && pass "apt purge newsgraph" || fail "apt purge newsgraph" "$(tail -5 "$S/pkg/apt.log")"
fi
ng_test_end deb
