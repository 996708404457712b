/*
 * annot.c - the annotation store (see annot.h).
 */
#include "annot.h"

#include <stdlib.h>
#include <string.h>

#define MAX_LAZY_DATES 32
#define MAX_LAZY_MONEY 32

static const char *const type_names[NG_A_NTYPES] = {
    "PERSON", "REF", "PRONOUN", "PLURAL", "PLACE", "OFFICE", "DEMONYM",
    "TITLE", "ORDINAL", "QUOTE", "DATE", "MONEY", "PERCENT",
};

int ng_annot_type_of(const char *name, size_t len)
{
    for (int i = 0; i < NG_A_NTYPES; i++)
        if (strlen(type_names[i]) == len && memcmp(type_names[i], name, len) == 0)
            return i;
    return -1;
}

const char *ng_annot_type_name(int type)
{
    return type >= 0 && type < NG_A_NTYPES ? type_names[type] : "?";
}

static ng_annot *push(ng_annot **items, size_t *len, size_t *cap)
{
    if (*len == *cap) {
        *cap = *cap ? *cap * 2 : 64;
        *items = ng_xrealloc(*items, *cap * sizeof **items);
    }
    ng_annot *x = &(*items)[(*len)++];
    memset(x, 0, sizeof *x);
    x->person = -1;
    return x;
}

/* By first token, the longer span first: a pattern tries the longest
 * reading before the shorter ones. */
static int cmp_annot(const void *pa, const void *pb)
{
    const ng_annot *a = pa, *b = pb;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->end != b->end)
        return a->end > b->end ? -1 : 1;
    return (int)a->type - (int)b->type;
}

static const int mention_type[] = {
    [NG_M_NAME] = NG_A_PERSON,   [NG_M_REF] = NG_A_REF,       [NG_M_PRONOUN] = NG_A_PRONOUN,
    [NG_M_PLURAL] = NG_A_PLURAL, [NG_M_PLACE] = NG_A_PLACE,   [NG_M_OFFICE] = NG_A_OFFICE,
    [NG_M_DEMONYM] = NG_A_DEMONYM,
};

static void add_mentions(ng_annots *a, const ng_mentions *m)
{
    for (size_t i = 0; i < m->len; i++) {
        const ng_mention *k = &m->items[i];
        if (k->kind < NG_M_NAME || k->kind > NG_M_DEMONYM)
            continue;
        ng_annot *x = push(&a->items, &a->len, &a->cap);
        x->start = (uint32_t)k->tok_start;
        x->end = (uint32_t)k->tok_end;
        x->type = (uint8_t)mention_type[k->kind];
        x->person = ng_mention_person(m, i);
        x->place = k->kind == NG_M_OFFICE ? k->office_place : k->place;
        x->office = k->office;
    }
}

/* A Roman numeral of two or more capitals ("XI"), or "V", "X": never the
 * pronoun "I". */
static int roman_value(const ng_tokens *t, size_t i)
{
    const ng_token *k = &t->toks[i];
    size_t n = k->end - k->start;
    if (k->kind != NG_TOK_WORD || !(n == 1 ? t->text[k->start] != 'I' : (k->flags & NG_TF_ALLCAPS)))
        return 0;
    int total = 0, prev = 0;
    for (size_t p = k->end; p > k->start; p--) {
        int v;
        switch (t->text[p - 1]) {
        case 'I': v = 1; break;
        case 'V': v = 5; break;
        case 'X': v = 10; break;
        case 'L': v = 50; break;
        case 'C': v = 100; break;
        default: return 0;
        }
        total += v < prev ? -v : v;
        if (v > prev)
            prev = v;
    }
    return total > 0 && total < 200 ? total : 0;
}

/* "10th" (a number and a suffix of lex:ordinal-suffix), "eleventh"
 * (lex:ordinal), "XI". Returns its length in tokens, 0 when none. */
typedef struct {
    const ng_lexclass *ordinal, *suffix;  /* resolved once per article */
} ordinal_classes;

static size_t ordinal_at(const ordinal_classes *oc, const ng_tokens *t, size_t i, size_t end, int *value)
{
    if (t->toks[i].kind == NG_TOK_NUM && i + 1 < end && !(t->toks[i + 1].flags & NG_TF_SPACE) &&
        oc->suffix && ng_lexclass_match(oc->suffix, t, i + 1, i + 2, NULL)) {
        *value = atoi(t->text + t->toks[i].start);
        return *value > 0 ? 2 : 0;
    }
    const char *v = NULL;
    size_t n = oc->ordinal ? ng_lexclass_match(oc->ordinal, t, i, end, &v) : 0;
    if (n && v && atoi(v) > 0) {
        *value = atoi(v);
        return n;
    }
    *value = roman_value(t, i);
    return *value ? 1 : 0;
}

/* A quotation: the run of tokens that carry its number. */
static void add_quotes(ng_annots *a, const ng_tokens *t)
{
    for (size_t i = 0; i < t->ntok; i++)
        if (t->toks[i].quote && (i == 0 || t->toks[i - 1].quote != t->toks[i].quote)) {
            size_t j = i;
            while (j < t->ntok && t->toks[j].quote == t->toks[i].quote)
                j++;
            ng_annot *x = push(&a->items, &a->len, &a->cap);
            *x = (ng_annot){(uint32_t)i, (uint32_t)j, NG_A_QUOTE, -1, t->toks[i].quote, NULL, NULL};
        }
}

static void add_titles_ordinals(ng_annots *a, const ng_tokens *t, size_t b, size_t e, unsigned mask)
{
    ordinal_classes oc = {ng_lx_class(a->kb, NG_LX_ORDINAL), ng_lx_class(a->kb, NG_LX_ORDINAL_SUFFIX)};
    for (size_t i = b; i < e; i++) {
        const ng_office *o = NULL;
        size_t n = (mask >> NG_A_TITLE & 1) ? ng_kb_match_office(a->kb, t, i, e, &o) : 0;
        if (n) {
            ng_annot *x = push(&a->lazy, &a->nlazy, &a->lazycap);
            *x = (ng_annot){(uint32_t)i, (uint32_t)(i + n), NG_A_TITLE, -1, 0, o ? o->jurisdiction : NULL, o};
        }
        int value = 0;
        if ((mask >> NG_A_ORDINAL & 1) && (n = ordinal_at(&oc, t, i, e, &value))) {
            ng_annot *x = push(&a->lazy, &a->nlazy, &a->lazycap);
            *x = (ng_annot){(uint32_t)i, (uint32_t)(i + n), NG_A_ORDINAL, -1, value, NULL, NULL};
        }
    }
}

_Static_assert(NG_A_NTYPES <= 16, "types_at holds a bit per type");

void ng_annots_build(ng_annots *a, const ng_doc *doc, const ng_sentences *s, const ng_mentions *m,
                     const ng_kb *kb)
{
    memset(a, 0, sizeof *a);
    a->doc = doc;
    a->sentences = s;
    a->mentions = m;
    a->kb = kb;
    a->lazy_sentence = (size_t)-1;
    add_mentions(a, m);
    add_quotes(a, &doc->toks);
    if (a->len)
        qsort(a->items, a->len, sizeof *a->items, cmp_annot);
    a->ntok = doc->toks.ntok;
    a->first = ng_xmalloc((a->ntok + 1) * sizeof *a->first);
    a->types_at = ng_xcalloc(a->ntok + 1, sizeof *a->types_at);
    for (size_t j = 0; j < a->len; j++)
        a->types_at[a->items[j].start] |= (uint16_t)(1u << a->items[j].type);
    size_t k = 0;
    for (size_t i = 0; i <= a->ntok; i++) {
        while (k < a->len && a->items[k].start < i)
            k++;
        a->first[i] = (uint32_t)k;
    }
}

void ng_annots_free(ng_annots *a)
{
    free(a->items);
    free(a->first);
    free(a->types_at);
    free(a->lazy);
    free(a->dates);
    free(a->money);
    memset(a, 0, sizeof *a);
}

static void add_percents(ng_annots *a, const ng_tokens *t, size_t b, size_t e)
{
    for (size_t i = b; i + 1 < e; i++) {
        if (t->toks[i].kind != NG_TOK_NUM)
            continue;
        size_t n = ng_tok_is(t, i + 1, '%') ? 1 : ng_lx_match(a->kb, NG_LX_PERCENT_WORD, t, i + 1, e, NULL);
        if (n) {
            ng_annot *x = push(&a->lazy, &a->nlazy, &a->lazycap);
            x->start = (uint32_t)i;
            x->end = (uint32_t)(i + 1 + n);
            x->type = NG_A_PERCENT;
        }
    }
}

void ng_annots_sentence(ng_annots *a, size_t si, unsigned mask)
{
    if (si >= a->sentences->len)
        return;
    if (a->lazy_sentence != si) {
        for (size_t k = 0; k < a->nlazy; k++) /* the lazy types are no other layer's */
            a->types_at[a->lazy[k].start] &= (uint16_t)~NG_A_LAZY_MASK;
        a->lazy_sentence = si;
        a->lazy_built = 0;
        a->nlazy = a->ndates = a->nmoney = 0;
    }
    mask &= NG_A_LAZY_MASK & ~a->lazy_built;
    if (!mask)
        return;
    a->lazy_built |= mask;
    const ng_sentence *s = &a->sentences->items[si];
    const ng_tokens *t = &a->doc->toks;
    if (!a->dates) {
        a->dates = ng_xmalloc(MAX_LAZY_DATES * sizeof *a->dates);
        a->money = ng_xmalloc(MAX_LAZY_MONEY * sizeof *a->money);
    }
    if (mask & ((1u << NG_A_TITLE) | (1u << NG_A_ORDINAL)))
        add_titles_ordinals(a, t, s->tok_start, s->tok_end, mask);
    if (mask >> NG_A_DATE & 1) {
        a->ndates = ng_timex_find(a->kb, t, s->tok_start, s->tok_end, a->doc->issued, a->dates, MAX_LAZY_DATES);
        for (size_t i = 0; i < a->ndates; i++) {
            ng_annot *x = push(&a->lazy, &a->nlazy, &a->lazycap);
            *x = (ng_annot){(uint32_t)a->dates[i].tok_start, (uint32_t)a->dates[i].tok_end, NG_A_DATE, -1,
                            (int32_t)i, NULL, NULL};
        }
    }
    if (mask >> NG_A_MONEY & 1) {
        a->nmoney = ng_money_find(a->kb, t, s->tok_start, s->tok_end, a->money, MAX_LAZY_MONEY);
        for (size_t i = 0; i < a->nmoney; i++) {
            ng_annot *x = push(&a->lazy, &a->nlazy, &a->lazycap);
            *x = (ng_annot){(uint32_t)a->money[i].tok_start, (uint32_t)a->money[i].tok_end, NG_A_MONEY, -1,
                            (int32_t)i, NULL, NULL};
        }
    }
    if (mask >> NG_A_PERCENT & 1)
        add_percents(a, t, s->tok_start, s->tok_end);
    if (a->nlazy)
        qsort(a->lazy, a->nlazy, sizeof *a->lazy, cmp_annot);
    for (size_t k = 0; k < a->nlazy; k++)
        a->types_at[a->lazy[k].start] |= (uint16_t)(1u << a->lazy[k].type);
}

int ng_annots_at(const ng_annots *a, int type, size_t i, int (*fn)(const ng_annot *x, void *ctx), void *ctx)
{
    if (i >= a->ntok || !(a->types_at[i] >> type & 1))
        return 0;
    if ((1u << type) & NG_A_LAZY_MASK) {
        for (size_t k = 0; k < a->nlazy && a->lazy[k].start <= i; k++)
            if (a->lazy[k].start == i && a->lazy[k].type == type) {
                int r = fn(&a->lazy[k], ctx);
                if (r)
                    return r;
            }
        return 0;
    }
    for (size_t k = a->first[i]; k < a->len && a->items[k].start == i; k++)
        if (a->items[k].type == type) {
            int r = fn(&a->items[k], ctx);
            if (r)
                return r;
        }
    return 0;
}

static int yes(const ng_annot *x, void *ctx)
{
    (void)x; (void)ctx;
    return 1;
}

int ng_annots_has(const ng_annots *a, int type, size_t i)
{
    return ng_annots_at(a, type, i, yes, NULL);
}

void ng_annots_each(const ng_annots *a, size_t begin, size_t end, void (*fn)(const ng_annot *x, void *ctx),
                    void *ctx)
{
    if (begin > a->ntok)
        return;
    for (size_t k = a->first[begin]; k < a->len && a->items[k].start < end; k++)
        if (a->items[k].end <= end)
            fn(&a->items[k], ctx);
    for (size_t k = 0; k < a->nlazy; k++)
        if (a->lazy[k].start >= begin && a->lazy[k].end <= end)
            fn(&a->lazy[k], ctx);
}
