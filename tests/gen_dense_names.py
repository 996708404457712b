#!/usr/bin/env python3
"""Writes an article of SIZE bytes dense with names (issue 16, memory).

    tests/gen_dense_names.py SIZE > article.txt      (SIZE in bytes: 16000000)

Every sentence is a meeting of two titled people never seen before, in a
place never seen before, on a date: each name is a new entity, each sentence
a new event, so the graph grows as fast as the text can make it (about 35
bytes of N-Triples a byte of article). This is the worst case found for the
memory of one article in work. Deterministic; the names are made up from
syllables, so no real text is copied."""
import sys

SYLLABLES = ["ba", "ko", "ri", "len", "mar", "tov", "shi", "dan",
             "vel", "zo", "nik", "ras", "gor", "mil", "pe", "tu"]


def word(i):
    """A capitalised made-up word, distinct for each i below 16**4."""
    w = ""
    for _ in range(4):
        w += SYLLABLES[i % 16]
        i //= 16
    return w.capitalize()


def sentence(i):
    s = (f"Governor {word(i)} {word(i * 7 + 3)} met Mayor {word(i * 13 + 5)} "
         f"{word(i * 3 + 1)} in {word(i * 11 + 2)} on {i % 28 + 1} March 2024.\n")
    return s + "\n" if i % 8 == 7 else s


def main():
    if len(sys.argv) != 2 or not sys.argv[1].isdigit():
        sys.exit("usage: gen_dense_names.py SIZE")
    size = int(sys.argv[1])
    parts, n, i = [], 0, 0
    while n < size:
        s = sentence(i)
        parts.append(s)
        n += len(s)
        i += 1
    sys.stdout.write("".join(parts)[:size])


if __name__ == "__main__":
    main()
