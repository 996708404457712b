/*
 * delegations.c - "the guests", "the Belarusian delegation": references to
 * a delegation, resolved to the person who heads it (see delegations.h).
 *
 * A delegation is introduced with its head: "a delegation ... led by X",
 * "the head of the Russian delegation, X", "X arrived at the head of a
 * delegation". A later "the delegation", "the guests", "the visitors"
 * (lexicon delegation-noun after "the" and at most two words) that names
 * no head of its own stands for the head of the delegation introduced last
 * before it (GOLD.md counts a meeting with "a region's delegation led by a
 * named person" as a meeting with that person). The reference becomes an
 * NG_M_REF mention without an office, so that the meeting extractors and
 * rules (:REF) see the head as a participant. A reference with no head
 * introduced before it stays unresolved (no mention). A region's delegation
 * that names no head ("the Tyumen delegation") is led by the governor of
 * that region the article named (lexicon delegation-head-office).
 */
#include "delegations.h"

#include <stdlib.h>
#include <string.h>

/* The first person (a name, or a title attached to one) starting in
 * [from, to), or -1. */
static int person_after(const ng_mentions *m, size_t from, size_t to)
{
    for (size_t i = ng_mentions_from(m, from); i < m->len && m->items[i].tok_start < to; i++) {
        const ng_mention *x = &m->items[i];
        if ((x->kind == NG_M_NAME || x->kind == NG_M_OFFICE) && x->person >= 0)
            return x->person;
    }
    return -1;
}

/* The last person ending at or before tok and starting at or after from. */
static int person_before(const ng_mentions *m, size_t from, size_t tok)
{
    int who = -1;
    for (size_t i = ng_mentions_from(m, from); i < m->len && m->items[i].tok_start < tok; i++) {
        const ng_mention *x = &m->items[i];
        if ((x->kind == NG_M_NAME || x->kind == NG_M_OFFICE) && x->person >= 0 && x->tok_end <= tok)
            who = x->person;
    }
    return who;
}

/* A phrase of class cls ending at or before `end` and starting at or after
 * `from`: its start, or (size_t)-1. */
static size_t phrase_within(const ng_kb *kb, enum ng_lx cls, const ng_tokens *t, size_t from, size_t end)
{
    for (size_t k = from; k < end; k++) {
        size_t n = ng_lx_match(kb, cls, t, k, end, NULL);
        if (n && k + n <= end)
            return k;
    }
    return (size_t)-1;
}

/* The head the delegation noun at tok names in its own sentence, or -1:
 * "delegation ... led by X", "head of the delegation, X", "X ... at the
 * head of a delegation". */
static int head_named(const ng_mentions *m, const ng_kb *kb, const ng_tokens *t, const ng_sentence *s, size_t tok)
{
    size_t reach = ng_kb_window(kb, NG_LW_DELEGATION_HEAD_REACH);
    size_t end = tok + 1 + reach < s->tok_end ? tok + 1 + reach : s->tok_end;
    /* after the noun: "a delegation of Grodno Oblast headed by" */
    for (size_t k = tok + 1; k < end; k++) {
        size_t n = ng_lx_match(kb, NG_LX_DELEGATION_LED_BY, t, k, s->tok_end, NULL);
        if (n) {
            size_t to = k + n + reach < s->tok_end ? k + n + reach : s->tok_end;
            return person_after(m, k + n, to);
        }
        if (ng_tok_is(t, k, ';') || ng_tok_is(t, k, '.'))
            break;
    }
    size_t lookback = ng_kb_window(kb, NG_LW_DELEGATION_HEAD_LOOKBACK);
    size_t from = tok > s->tok_start + lookback ? tok - lookback : s->tok_start;
    /* before it: "X arrived in Hunan at the head of a delegation" */
    size_t k = phrase_within(kb, NG_LX_DELEGATION_AT_HEAD, t, from, tok);
    if (k != (size_t)-1)
        return person_before(m, s->tok_start, k);
    /* "the head of the Russian delegation, X" */
    k = phrase_within(kb, NG_LX_DELEGATION_HEAD_TITLE, t, from, tok);
    if (k != (size_t)-1) {
        size_t to = tok + 1 + reach < s->tok_end ? tok + 1 + reach : s->tok_end;
        return person_after(m, tok + 1, to);
    }
    return -1;
}

/* The region a delegation noun at [a, noun) or right after it ("of
 * Tyumen Oblast") names: "the Tyumen delegation", "a delegation of the
 * Omsk Region"; a city stands for its region. NULL when none. */
static const ng_place *delegation_region(const ng_mentions *m, const ng_kb *kb, const ng_tokens *t, size_t a,
                                         size_t noun, size_t noun_end, size_t sent_end)
{
    size_t k = noun_end;
    if (k < sent_end && ng_lx_word(kb, NG_LX_OF_LINK, t, k)) {
        k++;
        if (k < sent_end && ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, k))
            k++;
    } else {
        k = (size_t)-1;
    }
    for (size_t i = ng_mentions_from(m, a); i < m->len && m->items[i].tok_start <= (k == (size_t)-1 ? noun : k); i++) {
        const ng_mention *x = &m->items[i];
        if (x->kind != NG_M_PLACE || !x->place || (x->place->classes & NG_COUNTRY))
            continue;
        if (x->tok_end <= noun || x->tok_start == k) {
            const ng_place *r = (x->place->classes & NG_REGION) ? NULL : ng_place_region_of_capital(x->place);
            return r ? r : x->place;
        }
    }
    return NULL;
}

/* The head of a region's delegation that names none: the person the
 * article gave a regional head's office of that region (lexicon
 * delegation-head-office: its governor), or -1. */
static int office_holder(const ng_mentions *m, const ng_kb *kb, const ng_place *region)
{
    for (size_t i = 0; region && i < m->npositions; i++) {
        const ng_xposition *p = &m->positions[i];
        if (p->jurisdiction == region && ng_lx_key_in(kb, NG_LX_DELEGATION_HEAD_OFFICE, p->type))
            return p->person;
    }
    return -1;
}

/* "the delegation", "the Belarusian guests": the start of the reference
 * ending at the noun tok, or (size_t)-1. */
static size_t reference_start(const ng_kb *kb, const ng_tokens *t, const ng_sentence *s, size_t tok)
{
    size_t most = ng_kb_window(kb, NG_LW_DELEGATION_REFERENCE_LOOKBACK);
    for (size_t back = 1; back <= most && tok >= s->tok_start + back; back++) {
        size_t k = tok - back;
        if (ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, k))
            return k;
        if (t->toks[k].kind != NG_TOK_WORD)
            return (size_t)-1;
    }
    return (size_t)-1;
}

/* The reference as a mention, in text order. A demonym inside it ("the
 * Belarusian delegation") stays: the reference is then the words after it. */
static void insert_mention(ng_mentions *m, size_t a, size_t b, int person)
{
    size_t at = ng_mentions_from(m, a);
    while (at < m->len && m->items[at].tok_start < b) {
        if (m->items[at].kind != NG_M_DEMONYM || m->items[at].tok_end >= b)
            return; /* the words are some other mention's */
        a = m->items[at++].tok_end;
    }
    if (at > 0 && m->items[at - 1].tok_end > a)
        return;
    if (m->len == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 16;
        m->items = ng_xrealloc(m->items, m->cap * sizeof *m->items);
    }
    memmove(&m->items[at + 1], &m->items[at], (m->len - at) * sizeof *m->items);
    m->items[at] = (ng_mention){a, b, NG_M_REF, person, NULL, NULL, NULL, 0};
    m->len++;
}

void ng_delegations_resolve(ng_mentions *m, const ng_doc *doc, const ng_sentences *s, const ng_kb *kb)
{
    const ng_tokens *t = &doc->toks;
    int head = -1;
    for (size_t si = 0; si < s->len; si++) {
        const ng_sentence *sen = &s->items[si];
        if (sen->kind != NG_PARA_BODY && sen->kind != NG_PARA_TITLE)
            continue;
        /* "Governor X is paying a working visit to Mongolia": X heads the
         * guests the article speaks of next */
        size_t cue = phrase_within(kb, NG_LX_VISIT_CUE, t, sen->tok_start, sen->tok_end);
        int visitor = cue != (size_t)-1 ? person_before(m, sen->tok_start, cue) : -1;
        if (visitor >= 0)
            head = visitor;
        for (size_t i = sen->tok_start; i < sen->tok_end; i++) {
            size_t n = ng_lx_match(kb, NG_LX_DELEGATION_NOUN, t, i, sen->tok_end, NULL);
            if (!n)
                continue;
            size_t noun_end = i + n;
            int named = head_named(m, kb, t, sen, noun_end - 1);
            if (named < 0) {
                size_t from = i > sen->tok_start + 3 ? i - 3 : sen->tok_start;
                named = office_holder(m, kb, delegation_region(m, kb, t, from, i, noun_end, sen->tok_end));
            }
            if (named >= 0) {
                head = named;
            } else if (head >= 0) {
                size_t start = reference_start(kb, t, sen, i);
                if (start != (size_t)-1)
                    insert_mention(m, start, noun_end, head);
            }
            i = noun_end - 1;
        }
    }
}
