/*
 * tokens.c - lexer and lookup keys (see tokens.h).
 */
#include "tokens.h"
#include "memo.h"
#include "text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alpha_ascii(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }

/* Anything outside ASCII that survived normalization counts as a letter:
 * Cyrillic, accented Latin, CJK. Symbols such as the euro sign are the
 * exception that money recognition needs as separate tokens. */
static int is_symbol_cp(uint32_t cp)
{
    return cp == 0x20AC || cp == 0x00A3 || cp == 0x20BD || cp == 0x00A5 || cp == 0x00A7 ||
           cp == 0x00B0 || cp == 0x2116 || cp == 0x00A9 || cp == 0x00AE || cp == 0x2022 ||
           cp == 0x00B7 || (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x1F000 && cp <= 0x1FAFF);
}

/* Writes into out the lower-cased form of the word s[0..n) with its Latin
 * letters' marks dropped ("Nội" -> "noi", "Şahin" -> "sahin"), so that the
 * news' spellings with and without diacritics share their look-ups.
 * Returns its length, never more than n (a base is never longer than the
 * letter's UTF-8 bytes). */
static size_t fold_latin(const char *s, size_t n, char *out)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t m = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp = u[i];
        size_t k = u[i] < 0x80 ? 1 : ng_utf8_decode(u + i, n - i, &cp);
        if (!k)
            k = 1;
        const char *base = u[i] < 0x80 ? NULL : ng_latin_base(cp);
        if (base) {
            size_t b = strlen(base);
            memcpy(out + m, base, b);
            m += b;
        } else if (k == 1) {
            out[m++] = (char)(u[i] >= 'A' && u[i] <= 'Z' ? u[i] + 32 : u[i]);
        } else {
            memmove(out + m, s + i, k);
            m += k;
        }
        i += k;
    }
    return m;
}

static void push(ng_tokens *t, size_t *cap, uint32_t s, uint32_t e, int kind, int flags)
{
    if (t->ntok == *cap) {
        *cap = *cap ? *cap * 2 : 256;
        t->toks = ng_xrealloc(t->toks, *cap * sizeof *t->toks);
    }
    ng_token *k = &t->toks[t->ntok++];
    k->start = s;
    k->end = e;
    k->kind = (uint8_t)kind;
    k->flags = (uint8_t)flags;
    k->quote = 0;
    k->lower_len = e - s;
    k->hash = ng_hash(t->lower + s, e - s);
}

/* The last token pushed, a word with Latin letters outside ASCII: its
 * lower-cased form folded in place. */
static void fold_last(ng_tokens *t)
{
    ng_token *k = &t->toks[t->ntok - 1];
    size_t m = fold_latin(t->text + k->start, k->end - k->start, t->lower + k->start);
    if (!m)
        return;
    k->lower_len = (uint32_t)m;
    k->hash = ng_hash(t->lower + k->start, m);
}

/* letters and upper: the word's ASCII letters and how many are capitals
 * (counted while the word was scanned) */
static void word_case_flags(const char *s, size_t n, size_t letters, size_t upper, int *flags)
{
    unsigned char c0 = (unsigned char)s[0];
    if (c0 >= 'A' && c0 <= 'Z')
        *flags |= NG_TF_UPPER;
    uint32_t cp;
    if (c0 >= 0xC3 && ng_utf8_decode((const unsigned char *)s, n, &cp) && ng_is_latin_letter(cp) &&
        utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU)
        *flags |= NG_TF_UPPER; /* "Đặng", "Şahin", "Öskemen" */
    /* Cyrillic capitals U+0410..U+042F are D0 90..D0 AF in UTF-8 */
    if (c0 == 0xD0 && n > 1 && (unsigned char)s[1] >= 0x90 && (unsigned char)s[1] <= 0xAF)
        *flags |= NG_TF_UPPER;
    if (letters >= 2 && upper == letters)
        *flags |= NG_TF_ALLCAPS;
}

void ng_tokens_init(ng_tokens *t, const char *text, size_t len)
{
    memset(t, 0, sizeof *t);
    t->text = text;
    t->len = len;
    t->lower = ng_xmalloc(len + 1);
    size_t i = 0;
    /* eight bytes at a time: a byte below 0x80 from 'A' to 'Z' gets 0x20 */
    const uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, text + i, 8);
        uint64_t x = w & ~highs; /* each byte below 0x80: the sums below carry into no other byte */
        uint64_t upper = (x + ones * (0x80 - 'A')) & ~(x + ones * (0x80 - 'Z' - 1)) & ~w & highs;
        w |= upper >> 2;
        memcpy(t->lower + i, &w, 8);
    }
    for (; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        t->lower[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    t->lower[len] = '\0';

    size_t cap = 0;
    i = 0;
    int flags = NG_TF_NEWLINE | NG_TF_SPACE;
    const unsigned char *u = (const unsigned char *)text;
    while (i < len) {
        unsigned char c = u[i];
        if (c == ' ' || c == '\n') {
            flags |= NG_TF_SPACE;
            if (c == '\n')
                flags |= NG_TF_NEWLINE;
            i++;
            continue;
        }
        size_t s = i;
        if (is_digit(c)) {
            /* 2.46, 1,000, 24.06.2024: separators only between digits */
            while (i < len && (is_digit(u[i]) ||
                   ((u[i] == '.' || u[i] == ',') && i + 1 < len && is_digit(u[i + 1]) && i > s)))
                i++;
            push(t, &cap, (uint32_t)s, (uint32_t)i, NG_TOK_NUM, flags);
        } else if (c < 0x80 && !is_alpha_ascii(c)) {
            i++;
            push(t, &cap, (uint32_t)s, (uint32_t)i, NG_TOK_PUNCT, flags);
        } else {
            size_t letters = 0, upper = 0, latin = 0;
            while (i < len) {
                unsigned char d = u[i];
                if (d < 0x80) {
                    if (!is_alpha_ascii(d))
                        break;
                    letters++;
                    upper += d <= 'Z';
                    i++;
                    continue;
                }
                uint32_t cp;
                size_t k = ng_utf8_decode(u + i, len - i, &cp);
                if (!k || is_symbol_cp(cp)) {
                    if (i == s)
                        i += k ? k : 1; /* a lone symbol is a token of its own */
                    break;
                }
                if (ng_is_latin_letter(cp)) {
                    latin++;
                    letters++;
                    upper += utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_LU;
                }
                i += k;
            }
            int wf = flags;
            uint32_t cp0 = 0;
            if (u[s] >= 0x80) /* no ASCII letter is a symbol */
                ng_utf8_decode(u + s, len - s, &cp0);
            if (is_symbol_cp(cp0)) {
                push(t, &cap, (uint32_t)s, (uint32_t)i, NG_TOK_PUNCT, wf);
            } else {
                word_case_flags(text + s, i - s, letters, upper, &wf);
                push(t, &cap, (uint32_t)s, (uint32_t)i, NG_TOK_WORD, wf);
                if (latin)
                    fold_last(t);
            }
        }
        flags = 0;
    }
    t->words = ng_xcalloc(1, sizeof *t->words + t->ntok * sizeof *t->words->entry);
}

void ng_tokens_free(ng_tokens *t)
{
    free(t->lower);
    free(t->toks);
    ng_memo_free(t->memo);
    free(t->words);
    memset(t, 0, sizeof *t);
}

size_t ng_key_append(ng_buf *b, const ng_tokens *t, size_t i, size_t j)
{
    size_t used = 0;
    int glue = 1;
    for (size_t k = i; k < j; k++) {
        const ng_token *tk = &t->toks[k];
        size_t n;
        const char *s = ng_tok_lower(t, k, &n);
        if (tk->kind == NG_TOK_PUNCT) {
            char c = t->text[tk->start];
            if (c == '.')
                continue;
            if (c == '-' || c == '\'') {
                ng_buf_addc(b, c);
                glue = 1;
                used++;
                continue;
            }
        }
        if (!glue && b->len)
            ng_buf_addc(b, ' ');
        ng_buf_add(b, s, n);
        glue = 0;
        used++;
    }
    return used;
}

char *ng_key_of(const char *phrase)
{
    ng_tokens t;
    ng_tokens_init(&t, phrase, strlen(phrase));
    ng_buf b;
    ng_buf_init(&b);
    ng_key_append(&b, &t, 0, t.ntok);
    ng_tokens_free(&t);
    return ng_buf_steal(&b);
}

char *ng_tok_surface(const ng_tokens *t, size_t a, size_t b)
{
    ng_buf s;
    ng_buf_init(&s);
    for (size_t k = a; k < b; k++) {
        if (k > a && (t->toks[k].flags & NG_TF_SPACE))
            ng_buf_addc(&s, ' ');
        ng_buf_add(&s, t->text + t->toks[k].start, t->toks[k].end - t->toks[k].start);
    }
    return ng_buf_steal(&s);
}
