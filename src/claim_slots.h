/*
 * claim_slots.h - slots of an economic claim read from the tokens around
 * its figure. Used by claims.c.
 */
#ifndef NG_CLAIM_SLOTS_H
#define NG_CLAIM_SLOTS_H

#include <stddef.h>

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

#endif
