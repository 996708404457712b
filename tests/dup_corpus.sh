#!/usr/bin/env bash
# dup_corpus.sh SOURCE_DIR OUT MB - a generated corpus with the copies news
# corpora have, for the format and SHACL tests:
#
#   OUT/gen/...           bench/gen_corpus.py, MB megabytes, without the dev corpus
#   OUT/conflict/         tests/data/formats: two reports of one forum and one
#                         meeting that disagree on the date and the place
#   OUT/copies/           byte-identical copies of a fixture and of every
#                         100th generated article (one ng:Article, several ng:file)
#   OUT/syndicated/       the same articles in other site chrome (menu lines
#                         above, share buttons and other headlines below):
#                         other bytes, the same body text (one ng:Story);
#                         and the fixture wrapped at 40 columns
#   OUT/near/             the same articles again with an update stamp above
#                         and a line below that the reader keeps as body
#                         text: other body text, nearly the same (linked by
#                         ng:sameStoryAs to the original and its copies)
set -eu
SRC=$1 OUT=$2 MB=$3
rm -rf "$OUT"
python3 "$SRC/bench/gen_corpus.py" --out "$OUT" --mb "$MB" --seed 13 --dev "" >/dev/null 2>&1
rm -f "$OUT/MANIFEST"
mkdir -p "$OUT/conflict" "$OUT/copies" "$OUT/syndicated" "$OUT/near"
cp "$SRC"/tests/data/formats/*.txt "$OUT/conflict/"
originals=("$OUT/conflict/a-forum-vitebsk.txt")
while IFS= read -r f; do originals+=("$f"); done < <(find "$OUT/gen" -name '*.txt' | LC_ALL=C sort | awk 'NR % 100 == 1')
i=0
for f in "${originals[@]}"; do
  i=$((i + 1))
  cp "$f" "$OUT/copies/copy-$i.txt"
  { printf 'All news\nBusiness\n'; cat "$f"; printf '\nShare\nRecent news\nA trade fair opens in Minsk\n'; } \
    >"$OUT/syndicated/syndicated-$i.txt"
  { printf 'Updated: the figures in this story were checked again by our editors\n\n'; cat "$f"
    printf '\nReaders may send their questions about this story to the newsroom, which answers every letter within a week.\n'; } \
    >"$OUT/near/near-$i.txt"
done
# the fixture again, wrapped at 40 columns: the same words, other lines
fold -s -w 40 "$OUT/conflict/a-forum-vitebsk.txt" >"$OUT/syndicated/wrapped.txt"
