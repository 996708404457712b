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

#endif
