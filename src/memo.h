/*
 * memo.h - what the recognizers of dates and amounts found in a span of an
 * article's tokens, kept with the tokens so that each span is scanned once.
 *
 * Events read the dates of every sentence, claims the amounts and dates of
 * a sentence and of its neighbours, and the rule engine both again: the
 * same spans were scanned up to five times. ng_money_find and
 * ng_timex_find answer from the memo of their tokens when it has the span
 * (tokens without a memo are scanned every time, as before). A scan is
 * left to right and stops at its max, so the answer for a smaller max is
 * a prefix of the answer for a larger one: the memo keeps one scan of up
 * to NG_MEMO_MAX results per span and answers every max from it.
 */
#ifndef NG_MEMO_H
#define NG_MEMO_H

#include "dates.h"
#include "money.h"

#define NG_MEMO_MAX 64

typedef struct ng_memo ng_memo;

/* A memo for tokens that do not change while it lives (an article's). */
ng_memo *ng_memo_new(void);
void ng_memo_free(ng_memo *m);

#endif
