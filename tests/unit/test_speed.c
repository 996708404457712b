/*
 * test_speed.c - the shortcuts that make extraction fast give the answers
 * of the long way: SHA-256 (the SHA extensions when the processor has
 * them, the plain rounds otherwise) against the FIPS 180-4 test vectors
 * and lengths around the block size; the memo of dates and amounts
 * (src/memo.c) against a scan of the same span, for every max asked.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "memo.h"
#include "sha256.h"
#include "text.h"

/* Field by field: an amount has padding that memcmp would read. */
static int same_money(const ng_money *a, const ng_money *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (a[i].tok_start != b[i].tok_start || a[i].tok_end != b[i].tok_end ||
            a[i].mantissa != b[i].mantissa || a[i].decimals != b[i].decimals || a[i].unit != b[i].unit)
            return 0;
    return 1;
}

static void test_sha256(void)
{
    char hex[65];
    ng_sha256_hex("", 0, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "sha256: empty");
    const char *two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    ng_sha256_hex(two, strlen(two), hex);
    CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
              "sha256: 56 bytes, the padding in a second block");
    const char *four = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
                       "klmnopqrlmnopqrsmnopqrstnopqrstu";
    ng_sha256_hex(four, strlen(four), hex);
    CHECK_STR(hex, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1", "sha256: 112 bytes");
    char *a = malloc(1000000);
    memset(a, 'a', 1000000);
    ng_sha256_hex(a, 1000000, hex);
    CHECK_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
              "sha256: a million times 'a' (15,625 blocks)");
    free(a);
}

/* The same sentence through the memo and through plain scans: the same
 * amounts and dates for each max, asked in an order that fills the memo
 * with a small max first. */
static void test_memo(const ng_kb *kb)
{
    const char *s = "On 3 March 2024 trade reached $1.2 billion, up from 900 million dollars in 2023, "
                    "and in January-May 2025 it was 45 million euros; by 2030 Br 2 billion.";
    ng_tokens plain, memo;
    ng_tokens_init(&plain, s, strlen(s));
    ng_tokens_init(&memo, s, strlen(s));
    memo.memo = ng_memo_new();
    ng_date ref = {2025, 6, 1};
    size_t maxes[] = {1, 2, 64, 3, 1};
    for (size_t k = 0; k < sizeof maxes / sizeof *maxes; k++) {
        ng_money a[64], b[64];
        size_t na = ng_money_scan(kb, &plain, 0, plain.ntok, a, maxes[k]);
        size_t nb = ng_money_find(kb, &memo, 0, memo.ntok, b, maxes[k]);
        char what[80];
        snprintf(what, sizeof what, "memo: amounts with max %zu, as a scan", maxes[k]);
        CHECK(na == nb && same_money(a, b, na), what);
        ng_timex x[64], y[64];
        na = ng_timex_scan(kb, &plain, 0, plain.ntok, ref, x, maxes[k]);
        nb = ng_timex_find(kb, &memo, 0, memo.ntok, ref, y, maxes[k]);
        snprintf(what, sizeof what, "memo: dates with max %zu, as a scan", maxes[k]);
        CHECK(na == nb && memcmp(x, y, na * sizeof *x) == 0, what);
    }
    CHECK(ng_money_find(kb, &memo, 0, memo.ntok, (ng_money[64]){0}, 64) >= 3, "memo: the sentence has three amounts");
    /* another span and another reference date are other entries */
    ng_timex x[16], y[16];
    ng_date ref2 = {2019, 1, 1};
    size_t na = ng_timex_scan(kb, &plain, 5, plain.ntok, ref2, x, 16);
    size_t nb = ng_timex_find(kb, &memo, 5, memo.ntok, ref2, y, 16);
    CHECK(na == nb && memcmp(x, y, na * sizeof *x) == 0, "memo: a later start and another reference date");
    ng_tokens_free(&plain);
    ng_tokens_free(&memo);
}

/* NFC is skipped for text whose every character it would leave alone;
 * a character it changes or a mark it composes anywhere in the text still
 * sends the whole text through it. */
static void check_nfc(const char *in, const char *want, const char *what)
{
    size_t n;
    char *out = ng_text_normalize(in, strlen(in), &n);
    CHECK(n == strlen(want) && strcmp(out, want) == 0, what);
    free(out);
}

static void test_nfc(void)
{
    check_nfc("\xd0\x9c\xd0\xb8\xd0\xbd\xd1\x81\xd0\xba \xe2\x82\xac 5 \xc3\xa9t\xc3\xa9",
              "\xd0\x9c\xd0\xb8\xd0\xbd\xd1\x81\xd0\xba \xe2\x82\xac 5 \xc3\xa9t\xc3\xa9",
              "nfc: Cyrillic, the euro sign and precomposed letters stay as they are");
    check_nfc("\xd0\x81\xd0\xbb\xd0\xba\xd0\xb0 \xd0\x95\xcc\x88\xd0\xbb\xd0\xba\xd0\xb0",
              "\xd0\x81\xd0\xbb\xd0\xba\xd0\xb0 \xd0\x81\xd0\xbb\xd0\xba\xd0\xb0",
              "nfc: a combining diaeresis after Cyrillic E composes, whatever came before");
    check_nfc("10 \xe2\x84\xab and \xe2\x84\xa6", "10 \xc3\x85 and \xce\xa9",
              "nfc: the angstrom and ohm signs become their letters");
    check_nfc("\xe1\x84\x80\xe1\x85\xa1", "\xea\xb0\x80", "nfc: Hangul jamo compose into a syllable");
}

/* The lower-cased copy is made eight bytes at a time: every byte as the
 * byte-wise rule would make it, whatever stands around it. */
static void test_lower(void)
{
    char text[300];
    size_t n = 0;
    for (int c = 1; c < 256 && n < sizeof text - 1; c++)
        text[n++] = (char)c; /* every byte value but NUL, at every alignment below */
    text[n] = '\0';
    int same = 1;
    for (size_t off = 0; off < 8; off++) {
        ng_tokens t;
        ng_tokens_init(&t, text + off, n - off);
        for (size_t i = 0; i < n - off; i++) {
            unsigned char c = (unsigned char)text[off + i];
            if ((unsigned char)t.lower[i] != (c >= 'A' && c <= 'Z' ? c + 32 : c))
                same = 0;
        }
        ng_tokens_free(&t);
    }
    CHECK(same, "tokens: the lower-cased copy, byte by byte, at every alignment");
    ng_tokens t;
    const char *s = "THE Minsk Tractor Works, MTZ and St. Petersburg";
    ng_tokens_init(&t, s, strlen(s));
    CHECK((t.toks[0].flags & NG_TF_ALLCAPS) && (t.toks[1].flags & NG_TF_UPPER) && !(t.toks[1].flags & NG_TF_ALLCAPS),
          "tokens: case flags of THE and Minsk");
    CHECK(t.toks[5].flags & NG_TF_ALLCAPS, "tokens: MTZ is all capitals");
    ng_tokens_free(&t);
}

/* Code points and control characters are counted eight bytes at a time. */
static void test_counts(void)
{
    const char *s = "Minsk \xd0\x9c\xd0\xb8\xd0\xbd\xd1\x81\xd0\xba \xe2\x82\xac\xf0\x9f\x98\x80 end of it all";
    int same = 1;
    for (size_t off = 0; off < 8; off++) {
        size_t naive = 0;
        for (const char *p = s + off; *p; p++)
            naive += ((unsigned char)*p & 0xC0) != 0x80;
        same &= ng_utf8_count(s + off, strlen(s + off)) == naive;
    }
    CHECK(same, "utf8: code points counted at every alignment");
    unsigned char bin[64];
    memset(bin, 'a', sizeof bin);
    for (int i = 0; i < 64; i += 9)
        bin[i] = 0x01; /* 8 controls in 64 bytes: more than one in twenty */
    CHECK(ng_text_is_binary(bin, sizeof bin), "binary: one byte in eight a control character");
    for (int i = 0; i < 64; i += 9)
        bin[i] = '\n';
    bin[30] = 0x01;
    CHECK(!ng_text_is_binary(bin, sizeof bin), "binary: line breaks and one control character are text");
}

int main(void)
{
    ng_kb *kb = check_kb();
    test_sha256();
    test_nfc();
    test_lower();
    test_counts();
    test_memo(kb);
    ng_kb_close(kb);
    CHECK_DONE();
}
