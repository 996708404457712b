/*
 * sentences.c - sentence boundaries and quotations (see sentences.h).
 */
#include "sentences.h"

#include <stdlib.h>
#include <string.h>

static int is_upper_start(const ng_tokens *t, size_t i)
{
    const ng_token *k = &t->toks[i];
    if (k->kind == NG_TOK_NUM)
        return 1;
    if (k->kind == NG_TOK_WORD)
        return (k->flags & NG_TF_UPPER) != 0;
    char c = t->text[k->start];
    return c == '"' || c == '\'' || c == '(' || c == '[';
}

static int no_break_after(const ng_tokens *t, const ng_kb *kb, size_t i)
{
    /* i is the token before the full stop */
    const ng_token *k = &t->toks[i];
    if (k->kind != NG_TOK_WORD)
        return 0;
    if (ng_lx_word(kb, NG_LX_ABBREVIATION, t, i))
        return 1;
    /* an initial: "A. Lukashenko" */
    return k->end - k->start == 1 && (k->flags & NG_TF_UPPER);
}

static void add(ng_sentences *s, size_t *cap, size_t a, size_t b, size_t para, int kind)
{
    if (a >= b)
        return;
    if (s->len == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        s->items = ng_xrealloc(s->items, *cap * sizeof *s->items);
    }
    s->items[s->len++] = (ng_sentence){a, b, para, kind};
}

/* Straight quotes after normalization: an opening quote follows a space,
 * the start of a line or an opening bracket; anything else closes. */
static void mark_quotes(ng_sentences *s, ng_doc *doc, const ng_para *p)
{
    ng_tokens *t = &doc->toks;
    int open = 0;
    uint16_t current = 0;
    for (size_t i = p->tok_start; i < p->tok_end; i++) {
        if (ng_tok_is(t, i, '"')) {
            int opening = !open && ((t->toks[i].flags & NG_TF_SPACE) || i == p->tok_start ||
                                    ng_tok_is(t, i - 1, '(') || ng_tok_is(t, i - 1, '[') ||
                                    i + 1 < p->tok_end);
            if (!open && opening) {
                open = 1;
                if (s->nquotes < 65535)
                    s->nquotes++;
                current = (uint16_t)s->nquotes;
            } else if (open) {
                open = 0;
            }
            continue;
        }
        if (open) {
            t->toks[i].quote = current;
            t->toks[i].flags |= NG_TF_QUOTED;
        }
    }
}

void ng_sentences_split(ng_sentences *out, ng_doc *doc, const ng_kb *kb)
{
    memset(out, 0, sizeof *out);
    size_t cap = 0;
    const ng_tokens *t = &doc->toks;
    int body_seen = 0;
    for (size_t pi = 0; pi < doc->npara; pi++) {
        const ng_para *p = &doc->paras[pi];
        if (p->kind == NG_PARA_CHROME && body_seen && p->tok_end > p->tok_start) {
            /* related headlines, a footer: their places are mentions
             * (GOLD.md), their words no facts */
            add(out, &cap, p->tok_start, p->tok_end, pi, NG_PARA_HEADER);
            continue;
        }
        body_seen |= p->kind == NG_PARA_BODY;
        if (p->kind == NG_PARA_CHROME || p->kind == NG_PARA_DATE)
            continue;
        mark_quotes(out, doc, p);
        size_t start = p->tok_start;
        if (doc->dateline_tok_start == p->tok_start && doc->dateline_after > start &&
            doc->dateline_after <= p->tok_end) {
            /* "MINSK, 15 July (BelTA) -" names a place but states no fact:
             * a sentence of its own, read as a header line */
            add(out, &cap, start, doc->dateline_after, pi, NG_PARA_HEADER);
            start = doc->dateline_after;
        }
        for (size_t i = start; i < p->tok_end; i++) {
            if (!(ng_tok_is(t, i, '.') || ng_tok_is(t, i, '!') || ng_tok_is(t, i, '?')))
                continue;
            if (ng_tok_is(t, i, '.') && i > p->tok_start && no_break_after(t, kb, i - 1))
                continue;
            size_t j = i + 1;
            /* closing marks stay with the sentence; a quotation mark after
             * a space opens the next one */
            while (j < p->tok_end && (ng_tok_is(t, j, '.') || ng_tok_is(t, j, '"') ||
                                      ng_tok_is(t, j, '\'') || ng_tok_is(t, j, ')'))) {
                if ((ng_tok_is(t, j, '"') || ng_tok_is(t, j, '\'')) && (t->toks[j].flags & NG_TF_SPACE))
                    break;
                j++;
            }
            if (j < p->tok_end && !(t->toks[j].flags & NG_TF_SPACE) && !ng_tok_is(t, j - 1, '"'))
                continue; /* "www.president.gov.by", "U.S" */
            if (j < p->tok_end && !is_upper_start(t, j))
                continue;
            add(out, &cap, start, j, pi, p->kind);
            start = j;
            i = j - 1;
        }
        add(out, &cap, start, p->tok_end, pi, p->kind);
    }
}

void ng_sentences_free(ng_sentences *s)
{
    free(s->items);
    memset(s, 0, sizeof *s);
}

size_t ng_sentence_of(const ng_sentences *s, size_t tok)
{
    size_t lo = 0, hi = s->len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s->items[mid].tok_end <= tok)
            lo = mid + 1;
        else if (s->items[mid].tok_start > tok)
            hi = mid;
        else
            return mid;
    }
    return (size_t)-1;
}
