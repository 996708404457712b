/*
 * test_text.c - the text stage: UTF-8 validation and normalization
 * (text.h), the lexer and lookup keys (tokens.h), sentence splitting
 * (sentences.h), the document reader with its publication date, headline
 * and HTML handling (reader.h), and IRI slugs (resolve.h).
 *
 * Every later stage reads only what these produce, so the checks pin down
 * offsets and boundaries exactly: an off-by-one here moves every piece of
 * evidence in the output graph.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "reader.h"
#include "resolve.h"
#include "sentences.h"
#include "text.h"
#include "tokens.h"

#define NOT_FOUND ((size_t)-1)

/* ---- helpers ---------------------------------------------------------- */

static size_t decode(const char *s, size_t n, uint32_t *cp)
{
    *cp = 0xFFFFFFFFu;
    return ng_utf8_decode((const unsigned char *)s, n, cp);
}

static size_t invalid_at(const char *s, size_t n)
{
    return ng_utf8_invalid_at((const unsigned char *)s, n);
}

/* Normalizes a NUL-terminated string; the caller frees. */
static char *normalize(const char *s)
{
    size_t n = 0;
    char *out = ng_text_normalize(s, strlen(s), &n);
    if (out && strlen(out) != n) {
        free(out);
        return ng_xstrdup("(length mismatch)");
    }
    return out;
}

static int read_doc(ng_doc *doc, const ng_kb *kb, const char *text, size_t len, int format, char *err,
                    size_t errlen)
{
    err[0] = '\0';
    return ng_doc_read(doc, kb, "t.txt", (const unsigned char *)text, len, format, NULL, err, errlen);
}

/* The text a token range covers, from the first token's start to the last
 * token's end; the caller frees. */
static char *span_text(const ng_doc *doc, size_t a, size_t b)
{
    if (a >= b)
        return ng_xstrdup("");
    size_t s = doc->toks.toks[a].start, e = doc->toks.toks[b - 1].end;
    return ng_xstrndup(doc->text + s, e - s);
}

static int tok_text_is(const ng_tokens *t, size_t i, const char *want)
{
    size_t n = strlen(want);
    return i < t->ntok && t->toks[i].end - t->toks[i].start == n &&
           memcmp(t->text + t->toks[i].start, want, n) == 0;
}

static int contains(const char *hay, const char *needle)
{
    return hay && strstr(hay, needle) != NULL;
}

static void check_slug(const char *name, const char *want, const char *what)
{
    char *s = ng_slug(name, strlen(name));
    CHECK_STR(s, want, what);
    free(s);
}

/* Slugs become IRI path segments: only [a-z0-9-], no leading, trailing
 * or doubled hyphen. */
static int slug_shape_ok(const char *s)
{
    if (!*s || *s == '-' || s[strlen(s) - 1] == '-' || strstr(s, "--"))
        return 0;
    for (const char *p = s; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
            return 0;
    return 1;
}

/* ---- UTF-8 ------------------------------------------------------------ */

static void test_utf8_valid(void)
{
    uint32_t cp;
    CHECK_INT(decode("A", 1, &cp), 1, "utf8: ASCII is one byte");
    CHECK_INT(cp, 0x41, "utf8: ASCII code point");
    CHECK_INT(decode("\xc3\xa9", 2, &cp), 2, "utf8: two-byte sequence");
    CHECK_INT(cp, 0xE9, "utf8: e-acute is U+00E9");
    CHECK_INT(decode("\xd0\x9c", 2, &cp), 2, "utf8: Cyrillic capital Em is two bytes");
    CHECK_INT(cp, 0x041C, "utf8: Cyrillic capital Em is U+041C");
    CHECK_INT(decode("\xe2\x82\xac", 3, &cp), 3, "utf8: three-byte sequence");
    CHECK_INT(cp, 0x20AC, "utf8: euro sign is U+20AC");
    CHECK_INT(decode("\xf0\x9f\x98\x80", 4, &cp), 4, "utf8: four-byte sequence");
    CHECK_INT(cp, 0x1F600, "utf8: emoji is U+1F600");
    CHECK_INT(decode("\xf4\x8f\xbf\xbf", 4, &cp), 4, "utf8: U+10FFFF is the last valid code point");
    CHECK_INT(cp, 0x10FFFF, "utf8: U+10FFFF decoded");
    /* a longer buffer: only the first sequence is consumed */
    CHECK_INT(decode("\xc3\xa9xyz", 5, &cp), 2, "utf8: decodes one code point of a longer buffer");
}

static void test_utf8_invalid(void)
{
    uint32_t cp;
    CHECK_INT(decode("\xc0\xaf", 2, &cp), 0, "utf8: overlong two-byte '/' is invalid");
    CHECK_INT(decode("\xc1\xbf", 2, &cp), 0, "utf8: overlong C1 lead is invalid");
    CHECK_INT(decode("\xe0\x80\xaf", 3, &cp), 0, "utf8: overlong three-byte '/' is invalid");
    CHECK_INT(decode("\xf0\x80\x80\xaf", 4, &cp), 0, "utf8: overlong four-byte '/' is invalid");
    CHECK_INT(decode("\xed\xa0\x80", 3, &cp), 0, "utf8: high surrogate U+D800 is invalid");
    CHECK_INT(decode("\xed\xbf\xbf", 3, &cp), 0, "utf8: low surrogate U+DFFF is invalid");
    CHECK_INT(decode("\xf4\x90\x80\x80", 4, &cp), 0, "utf8: U+110000 is beyond Unicode");
    CHECK_INT(decode("\xf5\x80\x80\x80", 4, &cp), 0, "utf8: F5 lead byte is invalid");
    CHECK_INT(decode("\xff", 1, &cp), 0, "utf8: FF is never valid");
    CHECK_INT(decode("\x80", 1, &cp), 0, "utf8: a lone continuation byte is invalid");
    CHECK_INT(decode("\xc3\x28", 2, &cp), 0, "utf8: a lead byte without continuation is invalid");
    CHECK_INT(decode("\xe2\x82", 2, &cp), 0, "utf8: truncated three-byte sequence is invalid");
    CHECK_INT(decode("\xf0\x9f\x98", 3, &cp), 0, "utf8: truncated four-byte sequence is invalid");
    /* the length limit is respected even when the bytes would complete it */
    CHECK_INT(decode("\xc3\xa9", 1, &cp), 0, "utf8: a sequence cut by n is invalid");
    CHECK_INT(decode("", 0, &cp), 0, "utf8: nothing to decode");
}

static void test_utf8_offsets(void)
{
    CHECK(invalid_at("Minsk", 5) == NOT_FOUND, "utf8: ASCII text is valid");
    CHECK(invalid_at("", 0) == NOT_FOUND, "utf8: empty text is valid");
    const char *mixed = "\xd0\x9c\xd0\xb8\xd0\xbd\xd1\x81\xd0\xba \xe2\x82\xac \xf0\x9f\x98\x80";
    CHECK(invalid_at(mixed, strlen(mixed)) == NOT_FOUND, "utf8: Cyrillic, euro and emoji are valid");
    CHECK_INT(invalid_at("ab\xc0\xaf" "cd", 6), 2, "utf8: offset of an overlong sequence");
    CHECK_INT(invalid_at("h\xc3\xa9llo\xed\xa0\x80", 9), 6, "utf8: offset of a surrogate after multibyte text");
    CHECK_INT(invalid_at("abc\xe2\x82", 5), 3, "utf8: offset of a sequence truncated at the end");
    CHECK_INT(invalid_at("\xf4\x90\x80\x80xyz", 7), 0, "utf8: out-of-range code point at offset 0");
    CHECK_INT(ng_utf8_count("h\xc3\xa9\xe2\x82\xac", 6), 3, "utf8: code points, not bytes, are counted");
}

/* ---- normalization ---------------------------------------------------- */

static void check_norm(const char *in, const char *want, const char *what)
{
    char *out = normalize(in);
    CHECK_STR(out, want, what);
    free(out);
}

static void test_normalize(void)
{
    check_norm("\xe2\x80\x9cTrade\xe2\x80\x9d", "\"Trade\"", "normalize: curly double quotes become '\"'");
    check_norm("\xc2\xabTrade\xc2\xbb", "\"Trade\"", "normalize: guillemets become '\"'");
    check_norm("\xe2\x80\x9eTrade\xe2\x80\x9c", "\"Trade\"", "normalize: low-9 quote becomes '\"'");
    check_norm("Belarus\xe2\x80\x99 exports", "Belarus' exports", "normalize: right single quote becomes '''");
    check_norm("\xe2\x80\x98x\xe2\x80\x99", "'x'", "normalize: curly single quotes become '''");
    check_norm("2022\xe2\x80\x93" "2024", "2022-2024", "normalize: en dash becomes '-'");
    check_norm("Minsk \xe2\x80\x94 Moscow", "Minsk - Moscow", "normalize: em dash becomes '-'");
    check_norm("\xe2\x88\x92" "3%", "-3%", "normalize: minus sign becomes '-'");
    check_norm("$2.5\xc2\xa0" "billion", "$2.5 billion", "normalize: no-break space becomes ' '");
    check_norm("10\xe2\x80\xaf" "000", "10 000", "normalize: narrow no-break space becomes ' '");
    check_norm("one\ttwo", "one two", "normalize: tab becomes ' '");
    check_norm("one\r\ntwo\r\n", "one\ntwo\n", "normalize: CRLF becomes '\\n'");
    check_norm("one\rtwo", "one\ntwo", "normalize: a lone CR becomes '\\n'");
    check_norm("Mi\xe2\x80\x8bnsk", "Minsk", "normalize: zero-width space is removed");
    check_norm("Mi\xe2\x80\x8cns\xe2\x80\x8dk", "Minsk", "normalize: zero-width (non-)joiners are removed");
    check_norm("\xef\xbb\xbfMinsk", "Minsk", "normalize: byte order mark is removed");
    check_norm("co\xc2\xad" "operation", "cooperation", "normalize: soft hyphen is removed");
    check_norm("wait\xe2\x80\xa6", "wait...", "normalize: ellipsis becomes three dots");
    check_norm("\xd0\x9c\xd0\xb8\xd0\xbd\xd1\x81\xd0\xba caf\xc3\xa9",
               "\xd0\x9c\xd0\xb8\xd0\xbd\xd1\x81\xd0\xba caf\xc3\xa9",
               "normalize: letters outside ASCII are kept as they are");
    check_norm("", "", "normalize: empty text stays empty");
}

/* The maps under every look-up and under the writer's dedup: keys are
 * copied, found by content, and survive growth and clearing. */
static void test_map(void)
{
    ng_map *m = ng_map_new();
    char key[32];
    for (int i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "key-%d", i);
        ng_map_put(m, key, strlen(key), (void *)(intptr_t)(i + 1));
    }
    CHECK_INT(ng_map_count(m), 5000, "map: 5000 keys after growth");
    int found = 0;
    for (int i = 0; i < 5000; i++) {
        snprintf(key, sizeof key, "key-%d", i);
        found += ng_map_get(m, key, strlen(key)) == (void *)(intptr_t)(i + 1);
    }
    CHECK_INT(found, 5000, "map: every key finds its value");
    CHECK(ng_map_get(m, "key-5000", 8) == NULL, "map: an absent key finds nothing");
    CHECK(ng_map_get(m, "key-1", 4) == NULL, "map: a prefix of a key is another key");
    CHECK_INT(ng_map_add(m, "key-7", 5, (void *)1), 0, "map: add keeps a key that is there");
    CHECK(ng_map_get(m, "key-7", 5) == (void *)(intptr_t)8, "map: add leaves its value alone");
    CHECK_INT(ng_map_add(m, "new", 3, (void *)9), 1, "map: add puts a new key");
    char longkey[40000];
    memset(longkey, 'x', sizeof longkey);
    CHECK_INT(ng_map_add(m, longkey, sizeof longkey, (void *)2), 1, "map: a key longer than a key chunk");
    CHECK(ng_map_get(m, longkey, sizeof longkey) == (void *)2, "map: the long key is found");
    ng_map_clear(m);
    CHECK_INT(ng_map_count(m), 0, "map: clear empties it");
    CHECK(ng_map_get(m, "new", 3) == NULL, "map: a cleared key is gone");
    CHECK_INT(ng_map_add(m, "new", 3, (void *)3), 1, "map: a cleared map takes keys again");
    CHECK(ng_map_get(m, "new", 3) == (void *)3, "map: and finds them");
    ng_map_free(m);
    /* minted IRIs carry this value: it must not change between versions */
    CHECK(ng_stable_hash("Minsk", 5) == 0xcd04a91e0735259bULL, "hash: the stable hash is the one of 1.0");
    CHECK(ng_hash("Minsk", 5) == ng_hash("Minsk", 5) && ng_hash("Minsk", 5) != ng_hash("Minsk", 4),
          "hash: the map hash depends on every byte");
}

static void test_binary(void)
{
    const unsigned char nul[] = {'a', 'b', 'c', 0, 'd', 'e', 'f'};
    CHECK(ng_text_is_binary(nul, sizeof nul), "binary: a NUL byte means binary");
    const char *text = "MINSK, 15 July (BelTA) - Trade grew.\r\n\tIt grew again.\n";
    CHECK(!ng_text_is_binary((const unsigned char *)text, strlen(text)), "binary: ordinary text is not binary");
    const char *cyr = "\xd0\x9c\xd0\xb8\xd0\xbd\xd1\x81\xd0\xba\n";
    CHECK(!ng_text_is_binary((const unsigned char *)cyr, strlen(cyr)), "binary: Cyrillic text is not binary");
    unsigned char ctl[64];
    for (size_t i = 0; i < sizeof ctl; i++)
        ctl[i] = (unsigned char)(i % 2 ? 0x01 : 'a');
    CHECK(ng_text_is_binary(ctl, sizeof ctl), "binary: half control characters means binary");
}

/* ---- tokens and keys -------------------------------------------------- */

static void check_same_key(const char *a, const char *b, const char *what);

static void test_tokens(void)
{
    const char *s = "Trade grew by 1,743.5 (10.5%) in 24.06.2024, Mr. Ivanov said.";
    ng_tokens t;
    ng_tokens_init(&t, s, strlen(s));
    /* Trade grew by 1,743.5 ( 10.5 % ) in 24.06.2024 , Mr . Ivanov said . */
    CHECK_INT(t.ntok, 16, "tokens: count");
    CHECK(tok_text_is(&t, 0, "Trade") && t.toks[0].kind == NG_TOK_WORD, "tokens: first word");
    CHECK_INT(t.toks[0].start, 0, "tokens: first word starts at 0");
    CHECK_INT(t.toks[0].end, 5, "tokens: first word ends at 5");
    CHECK(t.toks[0].flags & NG_TF_UPPER, "tokens: capitalized word is flagged upper");
    CHECK(!(t.toks[1].flags & NG_TF_UPPER), "tokens: lower-case word is not flagged upper");
    CHECK(t.toks[1].flags & NG_TF_SPACE, "tokens: space before the second word is flagged");
    CHECK(tok_text_is(&t, 3, "1,743.5") && t.toks[3].kind == NG_TOK_NUM,
          "tokens: 1,743.5 is one number token");
    CHECK_INT(t.toks[3].start, 14, "tokens: number start offset");
    CHECK_INT(t.toks[3].end, 21, "tokens: number end offset");
    CHECK(ng_tok_is(&t, 4, '(') && ng_tok_is(&t, 7, ')'), "tokens: brackets are punctuation");
    CHECK(tok_text_is(&t, 5, "10.5") && t.toks[5].kind == NG_TOK_NUM, "tokens: decimal number");
    CHECK(ng_tok_is(&t, 6, '%') && !(t.toks[6].flags & NG_TF_SPACE), "tokens: percent sign glued to its number");
    CHECK(tok_text_is(&t, 9, "24.06.2024") && t.toks[9].kind == NG_TOK_NUM, "tokens: a dotted date is one token");
    CHECK(ng_tok_is(&t, 10, ','), "tokens: a comma after a number is punctuation");
    CHECK(tok_text_is(&t, 11, "Mr") && ng_tok_is(&t, 12, '.'), "tokens: abbreviation and its full stop");
    CHECK(ng_tok_is(&t, 15, '.') && t.toks[15].end == strlen(s), "tokens: the final full stop ends the text");
    CHECK(ng_tok_eq(&t, 13, "IVANOV") && ng_tok_eq(&t, 13, "ivanov"), "tokens: ng_tok_eq ignores case");
    CHECK(!ng_tok_eq(&t, 13, "Ivano"), "tokens: ng_tok_eq compares whole tokens");
    ng_tokens_free(&t);

    const char *cyr = "\xd0\x9c\xd0\xb8\xd0\xbd\xd1\x81\xd0\xba-2024 \xd0\xb3\xd0\xbe\xd1\x80\xd0\xbe\xd0\xb4";
    ng_tokens_init(&t, cyr, strlen(cyr));
    CHECK_INT(t.ntok, 4, "tokens: Cyrillic word, hyphen, number, word");
    CHECK(t.ntok > 0 && t.toks[0].kind == NG_TOK_WORD && t.toks[0].end == 10, "tokens: a Cyrillic word is one token");
    CHECK(t.ntok > 0 && (t.toks[0].flags & NG_TF_UPPER), "tokens: a Cyrillic capital is flagged upper");
    CHECK(t.ntok > 3 && !(t.toks[3].flags & NG_TF_UPPER), "tokens: a Cyrillic lower-case word is not upper");
    ng_tokens_free(&t);

    const char *euro = "\xe2\x82\xac" "300 million";
    ng_tokens_init(&t, euro, strlen(euro));
    CHECK(t.ntok == 3 && t.toks[0].kind == NG_TOK_PUNCT && t.toks[0].end == 3,
          "tokens: the euro sign is a token of its own");
    ng_tokens_free(&t);

    ng_tokens_init(&t, "ST PETERSBURG", 13);
    CHECK(t.ntok == 2 && (t.toks[0].flags & NG_TF_ALLCAPS) && (t.toks[1].flags & NG_TF_ALLCAPS),
          "tokens: words in capitals are flagged all-caps");
    ng_tokens_free(&t);

    /* "Đặng Nội HÀ": accented Latin letters fold to their base letters */
    const char *viet = "\xc4\x90\xe1\xba\xb7ng N\xe1\xbb\x99i H\xc3\x80";
    ng_tokens_init(&t, viet, strlen(viet));
    size_t n = 0;
    const char *w = t.ntok == 3 ? ng_tok_lower(&t, 0, &n) : "";
    CHECK(n == 4 && memcmp(w, "dang", 4) == 0, "tokens: 'Dang' with its marks folds to 'dang'");
    CHECK(t.ntok == 3 && (t.toks[0].flags & NG_TF_UPPER), "tokens: a capital with a stroke is flagged upper");
    CHECK(t.ntok == 3 && ng_tok_eq(&t, 1, "noi"), "tokens: ng_tok_eq compares the folded form");
    CHECK(t.ntok == 3 && (t.toks[2].flags & NG_TF_ALLCAPS), "tokens: an accented capital counts for all-caps");
    CHECK(t.ntok == 3 && t.toks[1].end - t.toks[1].start == 5, "tokens: offsets stay those of the text");
    ng_tokens_free(&t);
    check_same_key("\xc5\x9e" "ahin", "Sahin", "keys: 'Sahin' with a cedilla and without give one key");
    check_same_key("G\xc9\x99" "nc\xc9\x99", "Ganca", "keys: Azerbaijani schwa folds to 'a'");
}

static void check_same_key(const char *a, const char *b, const char *what)
{
    char *ka = ng_key_of(a), *kb = ng_key_of(b);
    CHECK_STR(ka, kb, what);
    free(ka);
    free(kb);
}

static void test_keys(void)
{
    char *k = ng_key_of("St. Petersburg");
    CHECK_STR(k, "st petersburg", "keys: full stop dropped, lower case, one space");
    free(k);
    check_same_key("St. Petersburg", "St Petersburg", "keys: 'St.' and 'St' give one key");
    check_same_key("St. Petersburg", "ST PETERSBURG", "keys: keys ignore case");
    check_same_key("St  Petersburg", "st petersburg", "keys: runs of spaces do not matter");
    k = ng_key_of("Rostov-on-Don");
    CHECK_STR(k, "rostov-on-don", "keys: hyphens glue words");
    free(k);
    k = ng_key_of("O'Brien");
    CHECK_STR(k, "o'brien", "keys: an apostrophe stays glued to its word");
    free(k);
    k = ng_key_of("");
    CHECK_STR(k, "", "keys: empty phrase, empty key");
    free(k);
}

/* ---- sentences -------------------------------------------------------- */

static const char *const sentence_text =
    "Mr. Ivanov visited St. Petersburg on Monday. Did trade grow? It did! "
    "Contract No. 5 was signed by A. B. Petrov. The talks went on\n"
    "Governor Petrov arrived in Minsk\n"
    "\"Trade is growing,\" he said. It is.\n";

static const char *const want_sentences[] = {
    "Mr. Ivanov visited St. Petersburg on Monday.",
    "Did trade grow?",
    "It did!",
    "Contract No. 5 was signed by A. B. Petrov.",
    "The talks went on",
    "Governor Petrov arrived in Minsk",
    "\"Trade is growing,\" he said.",
    "It is.",
};

static void test_sentence_bounds(const ng_doc *doc, const ng_sentences *s)
{
    size_t want_n = sizeof want_sentences / sizeof *want_sentences;
    CHECK_INT(s->len, want_n, "sentences: count");
    for (size_t i = 0; i < s->len && i < want_n; i++) {
        char *got = span_text(doc, s->items[i].tok_start, s->items[i].tok_end);
        char what[96];
        snprintf(what, sizeof what, "sentences: sentence %zu text from its token range", i + 1);
        CHECK_STR(got, want_sentences[i], what);
        free(got);
    }
    /* the byte offsets themselves: sentence 2 starts right after "Monday. " */
    if (s->len > 1) {
        size_t start = doc->toks.toks[s->items[1].tok_start].start;
        CHECK_INT(start, strlen(want_sentences[0]) + 1, "sentences: byte offset of sentence 2");
    }
    int inside = 1, ordered = 1;
    for (size_t i = 0; i < s->len; i++) {
        const ng_para *p = &doc->paras[s->items[i].para];
        inside &= s->items[i].tok_start >= p->tok_start && s->items[i].tok_end <= p->tok_end;
        ordered &= i == 0 || s->items[i].tok_start >= s->items[i - 1].tok_end;
    }
    CHECK(inside, "sentences: no sentence crosses its paragraph");
    CHECK(ordered, "sentences: sentences are in text order and disjoint");
    if (s->len == want_n) {
        CHECK_INT(s->items[4].para, 0, "sentences: an unterminated last sentence stays in its paragraph");
        CHECK_INT(s->items[5].para, 1, "sentences: the next line is a new sentence");
        CHECK_INT(s->items[6].para, 2, "sentences: third paragraph");
    }
}

static void test_sentence_lookup(const ng_doc *doc, const ng_sentences *s)
{
    if (s->len < 3)
        return;
    CHECK_INT(ng_sentence_of(s, s->items[2].tok_start), 2, "sentences: ng_sentence_of, first token");
    CHECK_INT(ng_sentence_of(s, s->items[2].tok_end - 1), 2, "sentences: ng_sentence_of, last token");
    CHECK(ng_sentence_of(s, doc->toks.ntok + 5) == NOT_FOUND, "sentences: ng_sentence_of beyond the text");
}

static void test_quotes(const ng_doc *doc, const ng_sentences *s)
{
    CHECK_INT(s->nquotes, 1, "quotes: one quotation");
    const ng_tokens *t = &doc->toks;
    size_t trade = NOT_FOUND, said = NOT_FOUND;
    for (size_t i = 0; i < t->ntok; i++) {
        if (tok_text_is(t, i, "Trade"))
            trade = i;
        if (tok_text_is(t, i, "said"))
            said = i;
    }
    CHECK(trade != NOT_FOUND && t->toks[trade].quote == 1 && (t->toks[trade].flags & NG_TF_QUOTED),
          "quotes: a quoted word carries its quotation");
    CHECK(said != NOT_FOUND && t->toks[said].quote == 0 && !(t->toks[said].flags & NG_TF_QUOTED),
          "quotes: the reporting verb is outside the quotation");
}

static void test_sentences(const ng_kb *kb)
{
    ng_doc doc;
    char err[256];
    int rc = read_doc(&doc, kb, sentence_text, strlen(sentence_text), NG_FMT_TEXT, err, sizeof err);
    CHECK_INT(rc, 0, "sentences: document read");
    if (rc != 0)
        return;
    CHECK_INT(doc.npara, 3, "sentences: three paragraphs");
    ng_sentences s;
    ng_sentences_split(&s, &doc, kb);
    test_sentence_bounds(&doc, &s);
    test_sentence_lookup(&doc, &s);
    test_quotes(&doc, &s);
    ng_sentences_free(&s);
    ng_doc_free(&doc);
}

/* ---- reader: dates, headlines, HTML, errors --------------------------- */

static void check_issued(const ng_doc *doc, int y, int m, int d, const char *what)
{
    char want[16], got[16];
    snprintf(want, sizeof want, "%04d-%02d-%02d", y, m, d);
    snprintf(got, sizeof got, "%04d-%02d-%02d", doc->issued.y, doc->issued.m, doc->issued.d);
    CHECK_STR(got, want, what);
}

static void test_date_comma_time(const ng_kb *kb)
{
    const char *text = "Politics\n"
                       "24 June 2022, 18:01\n"
                       "Belarus and Rostov Oblast sign cooperation roadmap\n"
                       "MINSK, 24 June (BelTA) - Belarus and Rostov Oblast signed a roadmap today.\n";
    ng_doc doc;
    char err[256];
    if (read_doc(&doc, kb, text, strlen(text), NG_FMT_TEXT, err, sizeof err) != 0) {
        CHECK(0, "reader: '24 June 2022, 18:01' document read");
        return;
    }
    check_issued(&doc, 2022, 6, 24, "reader: date from '24 June 2022, 18:01'");
    CHECK_INT(doc.hour, 18, "reader: hour from '24 June 2022, 18:01'");
    CHECK_INT(doc.minute, 1, "reader: minute from '24 June 2022, 18:01'");
    CHECK_STR(doc.title, "Belarus and Rostov Oblast sign cooperation roadmap", "reader: headline after the date line");
    CHECK(doc.dateline_tok_end == doc.dateline_tok_start + 1 &&
              tok_text_is(&doc.toks, doc.dateline_tok_start, "MINSK"),
          "reader: dateline MINSK found");
    int date_kind = 0, body_kind = 0;
    for (size_t i = 0; i < doc.npara; i++) {
        date_kind |= doc.paras[i].kind == NG_PARA_DATE;
        body_kind |= doc.paras[i].kind == NG_PARA_BODY;
    }
    CHECK(date_kind && body_kind, "reader: the time stamp line and the body are told apart");
    CHECK(doc.npara == 4 && doc.paras[3].kind == NG_PARA_BODY && doc.paras[2].kind == NG_PARA_TITLE,
          "reader: headline and body paragraphs classified");
    ng_doc_free(&doc);
}

static void test_date_posted(const ng_kb *kb)
{
    const char *text = "Posted: 28.06.2023 12:45:00\n"
                       "Belarusian delegation visits Rostov-on-Don\n"
                       "The delegation arrived on Tuesday.\n";
    ng_doc doc;
    char err[256];
    if (read_doc(&doc, kb, text, strlen(text), NG_FMT_TEXT, err, sizeof err) != 0) {
        CHECK(0, "reader: 'Posted:' document read");
        return;
    }
    check_issued(&doc, 2023, 6, 28, "reader: date from 'Posted: 28.06.2023 12:45:00'");
    CHECK_INT(doc.hour, 12, "reader: hour from 'Posted:'");
    CHECK_INT(doc.minute, 45, "reader: minute from 'Posted:'");
    CHECK_STR(doc.title, "Belarusian delegation visits Rostov-on-Don", "reader: headline after 'Posted:'");
    ng_doc_free(&doc);
}

static void test_date_time_first(const ng_kb *kb)
{
    const char *text = "15:48 03 November 2022\n"
                       "Trade with Rostov Oblast keeps growing\n"
                       "Trade grew again this autumn.\n";
    ng_doc doc;
    char err[256];
    if (read_doc(&doc, kb, text, strlen(text), NG_FMT_TEXT, err, sizeof err) != 0) {
        CHECK(0, "reader: '15:48 03 November 2022' document read");
        return;
    }
    check_issued(&doc, 2022, 11, 3, "reader: date from '15:48 03 November 2022'");
    CHECK(doc.hour == 15 && doc.minute == 48, "reader: the clock time before the date");
    CHECK_STR(doc.title, "Trade with Rostov Oblast keeps growing", "reader: headline after a time-first line");
    ng_doc_free(&doc);
}

/* A page-view date ("Flag Thursday, ...") is when someone looked at the
 * page, not when the article appeared. */
static void test_date_chrome(const ng_kb *kb)
{
    const char *with_posted = "Flag Thursday, 21 November 2024\n"
                              "News\n"
                              "Minsk and Rostov-on-Don agree on culture exchanges\n"
                              "Posted: 19.11.2024 09:30\n"
                              "The cities agreed on a plan.\n";
    ng_doc doc;
    char err[256];
    if (read_doc(&doc, kb, with_posted, strlen(with_posted), NG_FMT_TEXT, err, sizeof err) == 0) {
        check_issued(&doc, 2024, 11, 19, "reader: 'Posted:' beats a page-view date");
        CHECK_INT(doc.hour, 9, "reader: hour of the 'Posted:' line");
        ng_doc_free(&doc);
    } else {
        CHECK(0, "reader: page-view document read");
    }
    const char *alone = "Flag Thursday, 21 November 2024\n"
                        "Minsk and Rostov-on-Don agree on culture exchanges\n"
                        "The cities agreed on a plan.\n";
    if (read_doc(&doc, kb, alone, strlen(alone), NG_FMT_TEXT, err, sizeof err) == 0) {
        CHECK_INT(doc.issued.y, 0, "reader: a page-view date alone is not the publication date");
        ng_doc_free(&doc);
    } else {
        CHECK(0, "reader: page-view-only document read");
    }
}

/* A bare date may carry a short trailer (a weekday, a venue and a city);
 * a date line followed by exchange rates is the widget's fetch date. */
static void test_date_trailer_and_widget(const ng_kb *kb)
{
    static const struct { const char *text; int y, m, d; const char *what; } cases[] = {
        {"Governor visits Grodno\n\n3 March 2022, Thursday\n\nThe governor arrived today.\n", 2022, 3, 3,
         "reader: 'D Month YYYY, Weekday' is a date line"},
        {"Talks on trade\n\nApril 9, 2019, Government House, Minsk\n\nThe ministers talked.\n", 2019, 4, 9,
         "reader: 'Month D, YYYY, venue, city' is a date line"},
        {"Talks on trade\n\n5 May 2020 | 09:15\n\nThe ministers talked.\n", 2020, 5, 5,
         "reader: a clock time after a bar"},
        {"Talks on trade\n\nMay 5, 2020 at 09:15\n\nThe ministers talked.\n", 2020, 5, 5,
         "reader: a clock time after 'at'"},
        {"Talks on trade\n\n09:15, 5 May 2020\n\nThe ministers talked.\n", 2020, 5, 5,
         "reader: a clock time and a comma before the date"},
        {"Talks on trade\n\nEconomy / 5 May 2020\n\nThe ministers talked.\n", 2020, 5, 5,
         "reader: a section name and a slash before the date"},
        {"Talks on trade\n\n05/05/2020 09:15\n\nThe ministers talked.\n", 2020, 5, 5,
         "reader: a date with slashes"},
        {"Talks on trade\n\n2020/05/05\n\nThe ministers talked.\n", 2020, 5, 5,
         "reader: a date with slashes, the year first"},
        {"Talks on trade\n\n2020-05-05T09:15:00+03:00\n\nThe ministers talked.\n", 2020, 5, 5,
         "reader: an ISO 8601 date and time"},
        {"Talks on trade\n\n5 May 2020 | Economy\n\nThe ministers talked.\n", 2020, 5, 5,
         "reader: a section name after a bar"},
        {"Talks on trade\n\nTue, 5 May 2020 09:15:00\n\nThe ministers talked.\n", 2020, 5, 5,
         "reader: a short weekday, the date and the time"},
        {"Talks on trade\n\nLast updated: 5 May 2020\n\nThe ministers talked.\n", 2020, 5, 5,
         "reader: 'Last updated:' before the date"},
        {"Talks on trade\n\n5 May 2020, Tuesday, 09:15\n\nThe ministers talked.\n", 2020, 5, 5,
         "reader: a weekday and a clock time after the date"},
        {"Talks on trade\n\nKazan \xe2\x80\xa2 5 May 2020 \xe2\x80\xa2 09:15\n\nThe ministers talked.\n", 2020, 5,
         5, "reader: a place, bullets and a clock time around the date"},
        {"Talks on trade\n\n5 May 2020, Tuesday | Kazan +18 \xc2\xb0" "C\n\nThe ministers talked.\n", 2020, 5, 5,
         "reader: a weekday, a bar and the weather after the date"},
        {"Talks on trade\n\n05.05.2020 Views: 312\n\nThe ministers talked.\n", 2020, 5, 5,
         "reader: a views counter after the date"},
        {"Talks on trade\n\nPolitics | 05.05.2020 [09:15]\n\nThe ministers talked.\n", 2020, 5, 5,
         "reader: a section name, the date and a clock time in brackets"},
        {"Talks on trade\n\nPublished: 05.05.2020 | Updated: 06.05.2020 09:14\n\nThe ministers talked.\n", 2020, 5, 5,
         "reader: the publication date, not the update after a bar"},
        {"Talks on trade\n\nSource: Agency | Editor: staff | 2020-05-05 09:15:40\n\nThe ministers talked.\n", 2020, 5,
         5, "reader: a source and an editor, each before a bar, then the date"},
        {"Talks on trade\n\nSource: Press Office of the Province   Updated: 2020-05-05   Font size: A+ A-\n\nThe "
         "ministers talked.\n",
         2020, 5, 5, "reader: a source set apart by spaces, then the date after its own prefix"},
        {"Talks on trade\n\nSource: the ministry said on 2020-05-05 that trade grew.\n\nThe ministers talked.\n", 0, 0,
         0, "reader: a source line without a date prefix gives no date"},
        {"9 April 2019, the ministers said that trade had grown by a third in a year.\n", 0, 0, 0,
         "reader: a date running into a sentence is no date line"},
        {"date 2021-10-02\nUSD 2.46 BYN\nEUR 2.85 BYN\nThe ministers met in Minsk on 1 October.\n", 0, 0, 0,
         "reader: a stamp above exchange rates is no publication date"},
        {"date 2021-10-02 USD 2.46 BYN RUB 3.38 BYN The ministers met in Minsk.\n", 0, 0, 0,
         "reader: a stamp running into exchange rates is no publication date"},
        {"date 2021-10-02\nUSD 2.9514 EUR 3.4280 RUB 100 3.6401\nThe ministers met.\n", 0, 0, 0,
         "reader: rates as 'CODE rate' pairs (and a rate of a hundred) are a widget too"},
        {"date 2021-10-02\nUSD 2.9514 EUR 3.4280 RUB (100) 3.6401 CNY (10) 4.1\nThe ministers met.\n", 0, 0, 0,
         "reader: a rate of a hundred in brackets is a widget's too"},
        {"date 2021-10-02\nUSD 2.9514 | EUR 3.4280 | 100 RUB 3.6401\nThe ministers met.\n", 0, 0, 0,
         "reader: rates set apart by bars, the amount of a hundred before its code, are a widget too"},
        {"date 2021-10-02\nUSD 3.2780 \xe2\x96\xb2" "0.0054\nEUR 3.4452 \xe2\x96\xbc" "0.0121\nThe ministers met.\n", 0, 0, 0,
         "reader: rates with the day's change after them are a widget too"},
        {"date 2021-10-02\nKZT/USD 448.72   KZT/EUR 486.10   KZT/RUB 4.91\nThe ministers met.\n", 0, 0, 0,
         "reader: rates of currency pairs are a widget too"},
        {"date 2021-10-02 The ministers met in Minsk.\n", 2021, 10, 2,
         "reader: a stamp without rates is the publication date"},
        {"date 2018-05-04 The ministers met in Minsk, the first such meeting since the pandemic began.\n", 0, 0,
         0, "reader: a stamp that the text contradicts is no publication date"},
        {"date 2021-05-04 The ministers met in Minsk, the first such meeting since the pandemic began.\n", 2021,
         5, 4, "reader: a stamp later than what the text names stands"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ng_doc doc;
        char err[256];
        if (read_doc(&doc, kb, cases[i].text, strlen(cases[i].text), NG_FMT_TEXT, err, sizeof err) != 0) {
            CHECK(0, cases[i].what);
            continue;
        }
        check_issued(&doc, cases[i].y, cases[i].m, cases[i].d, cases[i].what);
        ng_doc_free(&doc);
    }
    const char *clocks[][2] = {{"Talks on trade\n\nMay 5, 2020 at 2:15 PM\n\nThe ministers talked.\n", "14"},
                               {"Talks on trade\n\n5 May 2020, 12:15 a.m.\n\nThe ministers talked.\n", "0"},
                               {"Talks on trade\n\n5 May 2020, 11:15 am\n\nThe ministers talked.\n", "11"}};
    for (size_t i = 0; i < sizeof clocks / sizeof clocks[0]; i++) {
        ng_doc cd;
        char cerr[256];
        if (read_doc(&cd, kb, clocks[i][0], strlen(clocks[i][0]), NG_FMT_TEXT, cerr, sizeof cerr) != 0) {
            CHECK(0, "reader: a twelve-hour clock");
            continue;
        }
        CHECK_INT(cd.hour, atoi(clocks[i][1]), "reader: a twelve-hour clock time is of the day's 24 hours");
        ng_doc_free(&cd);
    }
    const char *rates = "date 2021-10-02\nUSD 2.46 BYN\nThe ministers met in Minsk.\n";
    ng_doc doc;
    char err[256];
    if (read_doc(&doc, kb, rates, strlen(rates), NG_FMT_TEXT, err, sizeof err) == 0) {
        CHECK(doc.npara == 3 && doc.paras[0].kind == NG_PARA_DATE && doc.paras[1].kind == NG_PARA_CHROME &&
                  doc.paras[2].kind == NG_PARA_BODY,
              "reader: the stamp is a date line, the rates chrome, the text body");
        ng_doc_free(&doc);
    } else {
        CHECK(0, "reader: widget document read");
    }
}

/* The dateline's day and month say when the article was written; a date
 * line without a clock time only lends its year. */
static void test_dateline(const ng_kb *kb)
{
    static const struct {
        const char *text;
        int y, m, d;
        const char *what;
    } cases[] = {
        {"Thursday, 21 November 2024\nMINSK, 19 November (BelTA) - The cities agreed on a plan.\n", 2024, 11, 19,
         "reader: the dateline's day beats a page-view date"},
        {"2 January 2024\nMINSK, 30 December (BelTA) - The cities agreed on a plan.\n", 2023, 12, 30,
         "reader: a dateline day after the stamp's is the year before"},
        {"24 June 2022, 18:01\nMINSK, 23 June (BelTA) - The cities agreed on a plan.\n", 2022, 6, 24,
         "reader: a stamp with a clock time is kept"},
        {"Economy | 27 January 2025\nMINSK, 27 January (BelTA) - The cities agreed on a plan.\n", 2025, 1, 27,
         "reader: a date after a section name"},
        {"Regions agree on a plan\nMINSK, 9 September 2024 (BelTA) - The cities agreed on a plan.\n", 2024, 9, 9,
         "reader: a dateline with its year dates the article"},
        {"MINSK, 9 September 2024 (BelTA) - The cities agreed on a plan.\n", 2024, 9, 9,
         "reader: a dateline with its year on the first line"},
        {"Grodno, 22 August 2024\n\nRegions agree on a plan\n\nMINSK, 21 August (BelTA) - The cities agreed.\n",
         2024, 8, 21, "reader: a place and date line lends its year to the dateline"},
        {"Thursday, 12 September 2024\nMINSK, 9 September 2024 (BelTA) - The cities agreed on a plan.\n", 2024, 9,
         9, "reader: a dateline with its year beats a page-view date"},
        {"27 September 2023 11:42\nMOSCOW. Sept 26 (Interfax) - The cities agreed on a plan.\n", 2023, 9, 27,
         "reader: a dateline with a full stop after the place ('MOSCOW. Sept 26')"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ng_doc doc;
        char err[256];
        if (read_doc(&doc, kb, cases[i].text, strlen(cases[i].text), NG_FMT_TEXT, err, sizeof err) != 0) {
            CHECK(0, cases[i].what);
            continue;
        }
        check_issued(&doc, cases[i].y, cases[i].m, cases[i].d, cases[i].what);
        CHECK(doc.dateline_tok_end > doc.dateline_tok_start, "reader: the dateline is found");
        ng_doc_free(&doc);
    }
    const char *placed = "Grodno, 22 August 2024\n\nRegions agree on a plan\n\nThe governor received a delegation.\n";
    ng_doc pd;
    char perr[256];
    if (read_doc(&pd, kb, placed, strlen(placed), NG_FMT_TEXT, perr, sizeof perr) == 0) {
        check_issued(&pd, 2024, 8, 22, "reader: 'PLACE, D Month YYYY' is a date line");
        ng_doc_free(&pd);
    } else {
        CHECK(0, "reader: place and date document read");
    }
    const char *titled = "Belarus, Rostov Oblast discuss new projects\n"
                         "MINSK, 14 July (BelTA) - Belarus and Rostov Oblast discussed new projects.\n";
    ng_doc doc;
    char err[256];
    if (read_doc(&doc, kb, titled, strlen(titled), NG_FMT_TEXT, err, sizeof err) == 0) {
        CHECK(doc.dateline_tok_end > doc.dateline_tok_start, "reader: a dateline under a headline");
        CHECK(ng_tok_eq(&doc.toks, doc.dateline_tok_start, "minsk"), "reader: the dateline's place is MINSK");
        CHECK(ng_tok_eq(&doc.toks, doc.dateline_after, "belarus"), "reader: the text begins after the dash");
        ng_doc_free(&doc);
    } else {
        CHECK(0, "reader: headline and dateline document read");
    }
}

static void test_date_meta(const ng_kb *kb)
{
    const char *text = "24 June 2022, 18:01\nSome headline about regions here\nBody text.\n";
    ng_doc_meta meta = {NULL, "2024-07-15T09:05:00Z", NULL};
    ng_doc doc;
    char err[256];
    if (ng_doc_read(&doc, kb, "t.txt", (const unsigned char *)text, strlen(text), NG_FMT_TEXT, &meta, err,
                    sizeof err) != 0) {
        CHECK(0, "reader: document with metadata read");
        return;
    }
    check_issued(&doc, 2024, 7, 15, "reader: the caller's date wins over the text");
    CHECK_INT(doc.hour, 9, "reader: the caller's hour");
    CHECK_INT(doc.minute, 5, "reader: the caller's minute");
    ng_doc_free(&doc);
}

static void test_html(const ng_kb *kb)
{
    const char *html =
        "<!DOCTYPE html><html><head><title>Belarus &amp; Rostov Oblast &ndash; new deals</title>"
        "<meta property=\"article:published_time\" content=\"2024-07-15T10:20:00+03:00\">"
        "<style>body { color: red; }</style><script>var secret = \"scripted words\";</script></head>"
        "<body><nav>Home News</nav>"
        "<p>MINSK, 15 July (BelTA) &ndash; Belarus &amp; Rostov Oblast signed deals worth &#36;10&nbsp;million.</p>"
        "<script>console.log(\"hidden text\");</script><style>.x { margin: 0 }</style>"
        "<p>The &laquo;Rostov&raquo; delegation left.</p></body></html>";
    ng_doc doc;
    char err[256];
    if (read_doc(&doc, kb, html, strlen(html), NG_FMT_HTML, err, sizeof err) != 0) {
        CHECK(0, "html: document read");
        return;
    }
    CHECK_STR(doc.title, "Belarus & Rostov Oblast - new deals", "html: <title> decoded and normalized");
    CHECK(!contains(doc.text, "scripted") && !contains(doc.text, "hidden text") && !contains(doc.text, "console"),
          "html: <script> content is not text");
    CHECK(!contains(doc.text, "color") && !contains(doc.text, "margin"), "html: <style> content is not text");
    CHECK(!contains(doc.text, "Home News"), "html: <nav> is not text");
    CHECK(contains(doc.text, "Belarus & Rostov Oblast signed deals worth $10 million."),
          "html: entities decoded, no-break space normalized");
    CHECK(contains(doc.text, "(BelTA) - Belarus"), "html: &ndash; normalized to '-'");
    CHECK(contains(doc.text, "The \"Rostov\" delegation left."), "html: guillemet entities become '\"'");
    CHECK(!contains(doc.text, "<p>") && !contains(doc.text, "&amp;"), "html: no markup left in the text");
    CHECK_INT(doc.npara, 2, "html: paragraphs become lines");
    check_issued(&doc, 2024, 7, 15, "html: article:published_time is the publication date");
    CHECK_INT(doc.hour, 10, "html: hour of article:published_time");
    ng_doc_free(&doc);
}

static void check_read_fails(const ng_kb *kb, const char *bytes, size_t len, const char *reason,
                             const char *what)
{
    ng_doc doc;
    char err[256];
    int rc = read_doc(&doc, kb, bytes, len, NG_FMT_TEXT, err, sizeof err);
    CHECK_INT(rc, -1, what);
    char msg[160];
    snprintf(msg, sizeof msg, "%s: message names the file and says '%s'", what, reason);
    CHECK(contains(err, "t.txt") && contains(err, reason), msg);
    if (!contains(err, reason))
        printf("#   err: \"%s\"\n", err);
    if (rc == 0)
        ng_doc_free(&doc);
}

static void test_read_errors(const ng_kb *kb)
{
    check_read_fails(kb, "", 0, "empty", "reader: empty input is refused");
    check_read_fails(kb, " \n\t\r\n ", 6, "empty", "reader: blank input is refused");
    check_read_fails(kb, "MINSK\0\x01\x02 trade", 14, "binary", "reader: binary input is refused");
}

/* Issue 13: a bad byte becomes U+FFFD with a warning naming the file and
 * the byte offset, and the article is still read; NFD and NFC text give
 * the same tokens, slugs and offsets; noncharacters (issue 16) become
 * U+FFFD before any stage sees them. */
static void test_read_repairs(const ng_kb *kb)
{
    ng_doc doc;
    char err[256];
    int rc = read_doc(&doc, kb, "Minsk \xc0\xaf trade", 14, NG_FMT_TEXT, err, sizeof err);
    CHECK(rc == 0, "reader: invalid UTF-8 (overlong C0 AF) is repaired, not refused");
    if (rc == 0) {
        CHECK_STR(doc.text, "Minsk \xEF\xBF\xBD\xEF\xBF\xBD trade", "reader: each bad byte is one U+FFFD");
        CHECK(doc.warning && contains(doc.warning, "t.txt") &&
                  contains(doc.warning, "invalid UTF-8 at byte 6 (2 bytes replaced by U+FFFD)"),
              "reader: the warning names the file, the byte offset and the count");
        CHECK(ng_doc_cp_offset(&doc, doc.len) == 14, "reader: offsets count code points of the repaired text");
        ng_doc_free(&doc);
    }
    rc = read_doc(&doc, kb, "Minsk \xed\xa0\x80 trade", 15, NG_FMT_TEXT, err, sizeof err);
    CHECK(rc == 0 && doc.warning && contains(doc.warning, "byte 6"),
          "reader: an encoded surrogate is repaired, its offset reported");
    if (rc == 0)
        ng_doc_free(&doc);
    rc = read_doc(&doc, kb, "Minsk trade.", 12, NG_FMT_TEXT, err, sizeof err);
    CHECK(rc == 0 && doc.warning == NULL, "reader: valid text has no warning");
    if (rc == 0)
        ng_doc_free(&doc);
}

static void test_unicode_forms(void)
{
    /* "Múrov, Сергей" in NFD: u + U+0301, и + U+0306 */
    char *nfd = normalize("Mu\xCC\x81rov, \xD0\xA1\xD0\xB5\xD1\x80\xD0\xB3\xD0\xB5\xD0\xB8\xCC\x86");
    char *nfc = normalize("M\xC3\xBArov, \xD0\xA1\xD0\xB5\xD1\x80\xD0\xB3\xD0\xB5\xD0\xB9");
    CHECK_STR(nfd, nfc, "normalize: NFD text becomes NFC");
    char *a = ng_name_slug(nfd, strlen(nfd)), *b = ng_name_slug(nfc, strlen(nfc));
    CHECK_STR(a, b, "normalize: NFD and NFC names give the same slug");
    free(a);
    free(b);
    CHECK(ng_utf8_count(nfd, strlen(nfd)) == 13, "normalize: offsets count code points of the NFC text");
    free(nfd);
    free(nfc);
    char *nc = normalize("a\xEF\xBF\xBE b\xEF\xBF\xBF c\xEF\xB7\x90 d\xF0\x9F\xBF\xBE");
    CHECK_STR(nc, "a\xEF\xBF\xBD b\xEF\xBF\xBD c\xEF\xBF\xBD d\xEF\xBF\xBD",
              "normalize: U+FFFE, U+FFFF, U+FDD0 and U+1FFFE become U+FFFD");
    free(nc);
    size_t outlen, first, nbad;
    char *r = ng_utf8_repair((const unsigned char *)"ok", 2, &outlen, &first, &nbad);
    CHECK(r == NULL && first == (size_t)-1 && nbad == 0, "repair: valid UTF-8 is left alone");
    r = ng_utf8_repair((const unsigned char *)"a\xe2\x82" "b\xff", 5, &outlen, &first, &nbad);
    CHECK(r && first == 1 && nbad == 3 && outlen == 11, "repair: a truncated sequence and 0xFF, 3 bytes, first at 1");
    free(r);
}

static void test_read_basics(const ng_kb *kb)
{
    const char *text = "abc";
    ng_doc doc;
    char err[256];
    if (read_doc(&doc, kb, text, 3, NG_FMT_TEXT, err, sizeof err) != 0) {
        CHECK(0, "reader: three letters are a document");
        return;
    }
    CHECK_STR(doc.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
              "reader: sha256 of the input bytes");
    CHECK_STR(doc.name, "t.txt", "reader: the name as given");
    CHECK_INT(doc.issued.y, 0, "reader: no date, none invented");
    CHECK_INT(doc.hour, -1, "reader: no time, hour -1");
    ng_doc_free(&doc);

    /* offsets in the output are code points of the normalized text */
    const char *cyr = "\xd0\x9c\xd0\xb8\xd0\xbd\xd1\x81\xd0\xba and Moscow\r\n";
    if (read_doc(&doc, kb, cyr, strlen(cyr), NG_FMT_TEXT, err, sizeof err) != 0) {
        CHECK(0, "reader: Cyrillic document read");
        return;
    }
    CHECK_INT(ng_doc_cp_offset(&doc, 10), 5, "reader: byte 10 is code point 5 after five Cyrillic letters");
    CHECK(!contains(doc.text, "\r"), "reader: the text is normalized");
    ng_doc_free(&doc);
}

/* ---- slugs ------------------------------------------------------------ */

static void test_slugs(void)
{
    check_slug("Saint Petersburg", "saint-petersburg", "slug: words joined by '-', lower case");
    check_slug("  Rostov-on-Don  ", "rostov-on-don", "slug: outer spaces dropped, hyphens kept single");
    check_slug("\xd0\x9c\xd0\xb8\xd0\xbd\xd1\x81\xd0\xba", "minsk", "slug: Cyrillic transliterated (Minsk)");
    check_slug("\xd0\x92\xd0\xb8\xd1\x82\xd0\xb5\xd0\xb1\xd1\x81\xd0\xba\xd0\xb0\xd1\x8f "
               "\xd0\xbe\xd0\xb1\xd0\xbb\xd0\xb0\xd1\x81\xd1\x82\xd1\x8c",
               "vitebskaya-oblast", "slug: Cyrillic phrase, soft sign dropped");
    check_slug("\xd0\xa9\xd1\x83\xd1\x87\xd0\xb8\xd0\xbd", "shchuchin", "slug: multi-letter transliteration");
    check_slug("\xd0\x96\xd0\xbb\xd0\xbe\xd0\xb1\xd0\xb8\xd0\xbd", "zhlobin", "slug: Cyrillic capital Zhe lower-cased");
    check_slug("\xd0\x9c\xd0\xb0\xd0\xb3\xd1\x96\xd0\xbb\xd1\x91\xd1\x9e", "magileu",
               "slug: Belarusian i, yo and short u");
    check_slug("\"Belaruskali\" <OJSC>", "belaruskali-ojsc", "slug: quotes and angle brackets dropped");
    check_slug("Minsk \xf0\x9f\x98\x80 Forum", "minsk-forum", "slug: emoji dropped");
    check_slug("O'Brien", "obrien", "slug: an apostrophe joins its word");
    check_slug("\xc5\x81ukaszenka M\xc3\xbcller", "lukaszenka-muller", "slug: Latin diacritics folded");
    check_slug("Forum 2024", "forum-2024", "slug: digits kept");

    char *a = ng_slug("\xf0\x9f\x98\x80\xf0\x9f\x98\x80", 8);
    char *b = ng_slug("\xf0\x9f\x98\x80\xf0\x9f\x98\x80", 8);
    char *c = ng_slug("\xf0\x9f\x8e\x89", 4);
    CHECK(a[0] == 'x' && strlen(a) > 1, "slug: emoji only yields 'x' and a hash");
    CHECK(slug_shape_ok(a), "slug: the hash slug is a valid IRI segment");
    CHECK_STR(a, b, "slug: the hash slug is stable");
    CHECK(strcmp(a, c) != 0, "slug: different names, different hash slugs");
    free(a);
    free(b);
    free(c);
    a = ng_slug("", 0);
    CHECK(a[0] == 'x', "slug: an empty name is never an empty slug");
    free(a);
    a = ng_slug("--- !!! ---", 11);
    CHECK(a[0] == 'x' && slug_shape_ok(a), "slug: punctuation only yields the hash slug");
    free(a);
    a = ng_slug("A  --  B", 8);
    CHECK(slug_shape_ok(a), "slug: no doubled hyphen from runs of separators");
    free(a);
}

static void check_same_name(const char *x, const char *y, const char *what)
{
    char *a = ng_name_slug(x, strlen(x)), *b = ng_name_slug(y, strlen(y));
    CHECK_STR(a, b, what);
    CHECK(slug_shape_ok(a), "name slug: shape");
    free(a);
    free(b);
}

static void test_name_slugs(void)
{
    check_same_name("Aleksandr Lukashenko", "Alexander Lukashenko", "name slug: Aleksandr = Alexander");
    check_same_name("Sergei Ivanov", "Sergey Ivanov", "name slug: Sergei = Sergey");
    check_same_name("Vladimir Krutoi", "Vladimir Krutoy", "name slug: Krutoi = Krutoy");
    check_same_name("\xd0\xa1\xd0\xb5\xd1\x80\xd0\xb3\xd0\xb5\xd0\xb9 Ivanov", "Sergei Ivanov",
                    "name slug: Cyrillic Sergei meets its romanization");
    check_same_name("Vasip \xc5\x9e" "ahin", "Vasip Sahin", "name slug: a Turkish S with a cedilla is an S");
    check_same_name("Nguy\xe1\xbb\x85n V\xc4\x83n", "Nguyen Van", "name slug: Vietnamese letters lose their marks");
    check_same_name("\xc4\x90\xe1\xbb\x97 Minh", "Do Minh", "name slug: D with a stroke is a D");
    char *a = ng_name_slug("Ivan Petrov", 11);
    CHECK_STR(a, "ivan-petrov", "name slug: a plain name is its plain slug");
    free(a);
    /* the plain slug keeps spellings apart: places are not names */
    char *p = ng_slug("Aleksandr", 9), *q = ng_slug("Alexander", 9);
    CHECK(strcmp(p, q) != 0, "slug: ng_slug does not fold name variants");
    free(p);
    free(q);
}

int main(void)
{
    ng_kb *kb = check_kb();
    test_utf8_valid();
    test_utf8_invalid();
    test_utf8_offsets();
    test_normalize();
    test_map();
    test_binary();
    test_tokens();
    test_keys();
    test_sentences(kb);
    test_date_comma_time(kb);
    test_date_posted(kb);
    test_date_time_first(kb);
    test_date_chrome(kb);
    test_dateline(kb);
    test_date_trailer_and_widget(kb);
    test_date_meta(kb);
    test_html(kb);
    test_read_errors(kb);
    test_read_repairs(kb);
    test_unicode_forms();
    test_read_basics(kb);
    test_slugs();
    test_name_slugs();
    ng_kb_close(kb);
    CHECK_DONE();
}
