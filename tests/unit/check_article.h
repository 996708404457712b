/*
 * check_article.h - what the extraction tests share: an article made from
 * a sentence written for the test, read as a text file of 15 July 2024.
 */
#ifndef NG_CHECK_ARTICLE_H
#define NG_CHECK_ARTICLE_H

#include <stdio.h>
#include <string.h>

#include "article.h"
#include "discourse.h"

/* The article, or NULL with the reason printed as a TAP comment. */
static inline ng_article *check_extract(const ng_kb *kb, const char *text)
{
    ng_article *a = NULL;
    char err[256];
    ng_input_meta meta = {NULL, "2024-07-15", NULL, 1};
    if (ng_article_extract(&a, kb, "t.txt", (const unsigned char *)text, strlen(text), &meta, err,
                           sizeof err) != NG_OK) {
        printf("# extraction failed: %s\n", err);
        return NULL;
    }
    return a;
}

/* The slug of the article's person idx, or "(no person)". */
static inline const char *check_person_slug(const ng_article *a, int idx)
{
    if (idx < 0 || (size_t)idx >= a->mentions.npersons)
        return "(no person)";
    return a->mentions.persons[idx].slug;
}

/* True when the claim has the place of this slug among its parties. */
static inline int check_has_party(const ng_claim *c, const char *slug)
{
    for (int i = 0; i < c->nparties; i++)
        if (strcmp(c->parties[i]->slug, slug) == 0)
            return 1;
    return 0;
}

/* An article with its discourse, for the tests of discourse policies. */
typedef struct {
    ng_article *a;
    ng_discourse dc;
} check_doc;

static inline check_doc check_read_doc(const ng_kb *kb, const char *text)
{
    check_doc d = {check_extract(kb, text), {0}};
    if (d.a)
        ng_dc_init(&d.dc, kb, &d.a->doc, &d.a->sentences, &d.a->mentions);
    return d;
}

/* The index of the sentence whose text holds needle, or (size_t)-1. */
static inline size_t check_sentence_with(const check_doc *d, const char *needle)
{
    const char *hit = d->a ? strstr(d->a->doc.text, needle) : NULL;
    if (!hit)
        return (size_t)-1;
    size_t at = (size_t)(hit - d->a->doc.text);
    const ng_tokens *t = &d->a->doc.toks;
    for (size_t i = 0; i < d->a->sentences.len; i++) {
        const ng_sentence *s = &d->a->sentences.items[i];
        if (s->tok_end > s->tok_start && t->toks[s->tok_start].start <= at && at < t->toks[s->tok_end - 1].end)
            return i;
    }
    return (size_t)-1;
}

/* Two percentages equal but for rounding. */
static inline int check_near(double a, double b)
{
    return a - b < 1e-9 && b - a < 1e-9;
}

#endif
