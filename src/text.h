/*
 * text.h - UTF-8 validation and normalization.
 *
 * Articles arrive as bytes from the web. Before anything reads them they are
 * checked to be UTF-8 and rewritten into one canonical form: typographic
 * quotes become ASCII quotes, dashes become '-', exotic spaces become ' ',
 * invisible characters disappear and line ends become '\n'. Every later
 * stage, and every offset in the output, refers to this normalized text.
 */
#ifndef NG_TEXT_H
#define NG_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Decodes one code point at s[0..n); returns its length in bytes, or 0 when
 * the sequence is invalid (overlong, surrogate, out of range, truncated). */
size_t ng_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);

/* The lower-case ASCII letters a Latin letter with diacritics is written
 * with in English ("Ş" -> "s", "ễ" -> "e", "Đ" -> "d", "ß" -> "ss",
 * Azerbaijani "ə" -> "a"), or NULL for any other code point. */
const char *ng_latin_base(uint32_t cp);

/* True for a Latin letter outside ASCII: Latin-1, Latin Extended-A and -B,
 * Latin Extended Additional (Vietnamese) and the schwa of Azerbaijani. */
int ng_is_latin_letter(uint32_t cp);

/* Returns the byte offset of the first invalid sequence, or (size_t)-1 when
 * the whole buffer is valid UTF-8. */
size_t ng_utf8_invalid_at(const unsigned char *s, size_t n);

/* A copy of s[0..n) with each byte that starts no valid sequence replaced
 * by U+FFFD, or NULL when s is valid UTF-8. *first_bad gets the byte
 * offset of the first invalid byte ((size_t)-1 when none), *nbad how many
 * were replaced. The caller frees. */
char *ng_utf8_repair(const unsigned char *s, size_t n, size_t *outlen, size_t *first_bad, size_t *nbad);

/* True when s is valid UTF-8 without noncharacters. */
int ng_utf8_is_clean(const char *s);
/* A copy of s with invalid bytes and noncharacters replaced by U+FFFD:
 * for names, URLs and titles that reach the RDF writer unnormalized. */
char *ng_utf8_scrub(const char *s);

/* A copy of s with the bytes of invalid sequences and noncharacters
 * percent-encoded, as RFC 3987 maps an IRI to a URI: for URLs. */
char *ng_utf8_percent_bad(const char *s);

/* A copy of s for a message: control bytes and bytes of invalid sequences
 * as \xNN. */
char *ng_utf8_printable(const char *s);

/* In JSON text s[0..n): each \uD800..\uDFFF escape that is not half of
 * a pair becomes \uFFFD (the same length; JSON parsers refuse them).
 * Returns how many were replaced. */
size_t ng_json_fix_lone_surrogates(char *s, size_t n);

/* True for U+FFFE, U+FFFF (in every plane), U+FDD0..U+FDEF and surrogates. */
int ng_utf8_is_noncharacter(uint32_t cp);

/* Number of code points in s[0..n) (s valid UTF-8). */
size_t ng_utf8_count(const char *s, size_t n);

/* Normalized copy of valid UTF-8 s[0..n): the folds above (noncharacters
 * become U+FFFD), then NFC (utf8proc). Normalizing it again changes
 * nothing. The caller frees. *outlen gets its length. */
char *ng_text_normalize(const char *s, size_t n, size_t *outlen);

/* True when the bytes look like a binary file rather than text (NUL bytes
 * or many control characters). */
int ng_text_is_binary(const unsigned char *s, size_t n);

#endif
