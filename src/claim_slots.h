/*
 * claim_slots.h - slots of an economic claim read from the tokens around
 * its figure. Used by claims.c.
 */
#ifndef NG_CLAIM_SLOTS_H
#define NG_CLAIM_SLOTS_H

#include <stddef.h>

#include "dates.h"
#include "facts.h"
#include "kb.h"
#include "tokens.h"

/* The stated growth in [a, b), in percent (negative for a fall): a
 * percentage or a factor with a direction word near it, or an index over
 * 100 ("107.5% as against 2020": 7.5). With prefer_last, the last one. */
int ng_claim_change_in(const ng_kb *kb, const ng_tokens *t, size_t a, size_t b, int prefer_last, double *out);

/* The qualifier ("MoreThan", "About", "LessThan", "Exact") that the words
 * in [a, money) give the figure starting at money. */
const char *ng_claim_qualifier_before(const ng_kb *kb, const ng_tokens *t, size_t a, size_t money);

/* True when the figure [money, money_end), in the clause [a, after_end),
 * is a goal, hope or forecast rather than a result. */
int ng_claim_projected_in(const ng_kb *kb, const ng_tokens *t, size_t a, size_t money, size_t money_end,
                          size_t after_end);

/* Sets the claim's period from the times x[0..nx) of its sentence: the
 * last before the figure at money that is no base of comparison, no day
 * and no document's term, else the first after it before seg_end.
 * prev_end: where the figure before this one ends, or (size_t)-1. Leaves
 * cl as it is when there is none. */
/* "a roadmap for 2024-2026": the time x is a document's term. */
int ng_claim_after_document(const ng_kb *kb, const ng_tokens *t, const ng_timex *x);
void ng_claim_period_for(const ng_kb *kb, const ng_tokens *t, const ng_timex *x, size_t nx, size_t money,
                         size_t seg_end, size_t prev_end, ng_claim *cl);

/* Adds a party to the claim, once, while there is room. */
void ng_claim_add_party(ng_claim *cl, const ng_place *p);

/* True when [a, b), with its times x[0..nx), names a time of its own
 * (not a base of comparison) or says "today" (lex:present-cue). */
int ng_claim_own_time(const ng_kb *kb, const ng_tokens *t, const ng_timex *x, size_t nx, size_t a, size_t b);

#endif
