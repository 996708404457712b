/*
 * fuzz_reader.c - ng_doc_read on arbitrary bytes, as plain text, as HTML
 * and by auto-detection, once with caller metadata taken from the input.
 *
 * Besides what the sanitizers catch, checks what later stages rely on: the
 * text is valid UTF-8 with no NUL inside, paragraphs and tokens lie inside
 * it in order, and code point offsets grow with byte offsets.
 */
#include "fuzz_common.h"
#include "reader.h"

static void check_doc(const ng_doc *doc)
{
    FUZZ_CHECK(doc->text != NULL, "no text");
    FUZZ_CHECK(ng_utf8_invalid_at((const unsigned char *)doc->text, doc->len) == (size_t)-1,
               "normalized text is not UTF-8");
    FUZZ_CHECK(strlen(doc->text) == doc->len, "NUL inside the text (%zu of %zu)", strlen(doc->text), doc->len);
    FUZZ_CHECK(strlen(doc->sha256) == 64, "sha256 '%s'", doc->sha256);
    /* issues 13 and 16: no noncharacter reaches a later stage (the RDF
     * writers cut literals at them), the text is NFC (normalizing it again
     * changes nothing), and a page address holds nothing an IRI may not */
    FUZZ_CHECK(ng_utf8_is_clean(doc->text), "a noncharacter in the normalized text");
    size_t again_len;
    char *again = ng_text_normalize(doc->text, doc->len, &again_len);
    FUZZ_CHECK(again_len == doc->len && memcmp(again, doc->text, again_len) == 0,
               "normalizing the normalized text changes it (%zu -> %zu bytes)", doc->len, again_len);
    free(again);
    if (doc->source)
        FUZZ_CHECK(ng_utf8_is_clean(doc->source), "the page address holds a noncharacter or invalid UTF-8");
    if (doc->title)
        FUZZ_CHECK(ng_utf8_invalid_at((const unsigned char *)doc->title, strlen(doc->title)) == (size_t)-1,
                   "title is not UTF-8");
    const ng_tokens *t = &doc->toks;
    size_t prev_end = 0;
    for (size_t i = 0; i < t->ntok; i++) {
        FUZZ_CHECK(t->toks[i].start < t->toks[i].end && t->toks[i].end <= doc->len,
                   "token %zu [%u,%u) outside text of %zu", i, t->toks[i].start, t->toks[i].end, doc->len);
        FUZZ_CHECK(t->toks[i].start >= prev_end, "token %zu overlaps the previous one", i);
        prev_end = t->toks[i].end;
    }
    size_t pend = 0, tend = 0;
    for (size_t i = 0; i < doc->npara; i++) {
        const ng_para *p = &doc->paras[i];
        FUZZ_CHECK(p->start < p->end && p->end <= doc->len && p->start >= pend,
                   "paragraph %zu [%zu,%zu) of %zu", i, p->start, p->end, doc->len);
        FUZZ_CHECK(p->tok_start <= p->tok_end && p->tok_end <= t->ntok && p->tok_start >= tend,
                   "paragraph %zu tokens [%zu,%zu) of %zu", i, p->tok_start, p->tok_end, t->ntok);
        FUZZ_CHECK(p->kind >= NG_PARA_CHROME && p->kind <= NG_PARA_BODY, "paragraph kind %d", p->kind);
        pend = p->end;
        tend = p->tok_end;
        FUZZ_CHECK(ng_doc_cp_offset(doc, p->start) <= ng_doc_cp_offset(doc, p->end), "code point offsets");
    }
    FUZZ_CHECK(ng_doc_cp_offset(doc, doc->len) <= doc->len, "more code points than bytes");
    FUZZ_CHECK(doc->dateline_tok_start <= doc->dateline_tok_end && doc->dateline_tok_end <= t->ntok,
               "dateline tokens");
    if (doc->issued.y) {
        FUZZ_CHECK(ng_date_valid(doc->issued), "issued %d-%d-%d", doc->issued.y, doc->issued.m, doc->issued.d);
    }
    FUZZ_CHECK((doc->hour == -1 && doc->minute == -1) || (doc->hour >= 0 && doc->hour <= 23 &&
                                                          doc->minute >= 0 && doc->minute <= 59),
               "time %d:%d", doc->hour, doc->minute);
}

static void read_as(const uint8_t *data, size_t size, int format, const ng_doc_meta *meta)
{
    ng_doc doc;
    char err[512];
    err[0] = '\0';
    if (ng_doc_read(&doc, fuzz_kb, "fuzz-input", data, size, format, meta, err, sizeof err) == 0) {
        check_doc(&doc);
        ng_doc_free(&doc);
    } else {
        FUZZ_CHECK(strstr(err, "fuzz-input") != NULL, "error does not name the input: '%s'", err);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    read_as(data, size, NG_FMT_TEXT, NULL);
    read_as(data, size, NG_FMT_HTML, NULL);
    read_as(data, size, NG_FMT_AUTO, NULL);
    char lines[3][256];
    ng_doc_meta meta = {0};
    fuzz_meta_lines(data, size, lines, &meta.date, &meta.url, &meta.title);
    read_as(data, size, NG_FMT_AUTO, &meta);
    return 0;
}
