/*
 * gold.h - reading a gold standard (../shared/eval/GOLD.md: gold.json) to
 * tell, for `newsgraph rules --gold`, whether a fact a rule gave is right.
 *
 * A fact is right when the gold of its article has one like it: a meeting
 * with the same participants, a forum with the same name (and edition when
 * both give one), a position of the same person and type. Names are
 * compared folded (case, diacritics and common transliteration variants
 * ignored), by surname for people, as the scorer's folding does in spirit;
 * the scorer stays the reference for figures.
 */
#ifndef NG_GOLD_H
#define NG_GOLD_H

#include "article.h"

typedef struct ng_gold ng_gold;

/* Reads path. NULL with the reason in err. */
ng_gold *ng_gold_read(const char *path, char *err, size_t errlen);
void ng_gold_free(ng_gold *g);

/* Whether the gold of the article named name (its file's base name) has
 * the event e, or the position p. -1 when the gold has no such article. */
int ng_gold_has_event(const ng_gold *g, const char *name, const ng_article *a, const ng_event *e);
int ng_gold_has_position(const ng_gold *g, const char *name, const ng_article *a, const ng_xposition *p);

#endif
