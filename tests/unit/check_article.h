/*
 * check_article.h - what the extraction tests share: an article made from
 * a sentence written for the test, read as a text file of 15 July 2024.
 */
#ifndef NG_CHECK_ARTICLE_H
#define NG_CHECK_ARTICLE_H

#include <stdio.h>
#include <string.h>

#include "article.h"

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

/* Two percentages equal but for rounding. */
static inline int check_near(double a, double b)
{
    return a - b < 1e-9 && b - a < 1e-9;
}

#endif
