/*
 * event_days.c - the day, month or year a sentence gives an event (see
 * event_days.h), for events.c.
 */
#include "event_days.h"

#define MAX_TIMEX 16

size_t ng_ev_find_phrase(const ng_kb *kb, enum ng_lx cls, const ng_tokens *t, size_t a, size_t b, size_t *len)
{
    for (size_t i = a; i < b; i++) {
        size_t n = ng_lx_match(kb, cls, t, i, b, NULL);
        if (n) {
            *len = n;
            return i;
        }
    }
    return (size_t)-1;
}

/* A day stated in the sentence, not a base of comparison: the first, or
 * with held set the first not after the publication ("The forum will be
 * held on 14-15 October, X said after talks with Y on Friday": the talks
 * were on Friday). */
static int sentence_day_at(const ng_kb *kb, const ng_doc *doc, const ng_sentence *s, ng_date *out,
                           int *calendar, size_t *at, int held)
{
    ng_timex x[MAX_TIMEX];
    size_t n = ng_timex_find(kb, &doc->toks, s->tok_start, s->tok_end, doc->issued, x, MAX_TIMEX);
    size_t pick = n;
    for (size_t i = 0; i < n; i++) {
        if (x[i].precision != NG_PREC_DAY || !x[i].from.y || x[i].comparison)
            continue;
        if (pick == n)
            pick = i;
        if (!held || !doc->issued.y || ng_date_cmp(x[i].from, doc->issued) <= 0) {
            pick = i;
            break;
        }
    }
    if (pick == n)
        return 0;
    *out = x[pick].from;
    *at = x[pick].tok_start;
    *calendar = ng_timex_is_calendar(kb, &doc->toks, &x[pick]);
    return 1;
}

/* A day written in [a, b), not a base of comparison. */
/* The first day stated in [a, b) (not a base of comparison, nor a
 * report's own day), for events said to be ahead. */
int ng_ev_day_within(const ng_kb *kb, const ng_doc *doc, size_t a, size_t b, ng_date *out)
{
    ng_timex x[MAX_TIMEX];
    size_t n = ng_timex_find(kb, &doc->toks, a, b, doc->issued, x, MAX_TIMEX);
    for (size_t i = 0; i < n; i++)
        if (x[i].precision == NG_PREC_DAY && x[i].from.y && !x[i].comparison &&
            !ng_timex_of_saying(kb, &doc->toks, a, &x[i])) {
            *out = x[i].from;
            return 1;
        }
    return 0;
}

int ng_ev_sentence_day(const ng_kb *kb, const ng_doc *doc, const ng_sentence *s, ng_date *out, int *calendar)
{
    size_t at;
    return sentence_day_at(kb, doc, s, out, calendar, &at, 0);
}

/* "held talks on the eve of the session, which opens on Friday": the day
 * written after lex:eve-of is the other event's; the meeting was the day
 * before. */
int ng_ev_meeting_day(const ng_kb *kb, const ng_doc *doc, const ng_sentence *s, ng_date *out, int *calendar)
{
    size_t at, len = 0;
    if (!sentence_day_at(kb, doc, s, out, calendar, &at, 1))
        return 0;
    size_t eve = ng_ev_find_phrase(kb, NG_LX_EVE_OF, &doc->toks, s->tok_start, at, &len);
    /* "On the eve of the summit, on 26 June, X held talks": a day set
     * off by a comma is the eve's own */
    const ng_tokens *t = &doc->toks;
    int apposed = at >= 2 && ng_lx_word(kb, NG_LX_DAY_PREPOSITION, t, at - 1) && ng_tok_is(t, at - 2, ',');
    if (eve != (size_t)-1 && !apposed)
        *out = ng_date_add_days(*out, -1);
    /* "the day before, on Thursday": a weekday names the day as surely as
     * a date does, whatever the day before it counts from */
    if (!*calendar && ng_lx_match(kb, NG_LX_WEEKDAY, t, at, at + 1, NULL))
        *calendar = 1;
    return 1;
}

/* "held in Nizhny Novgorod in June 2025": a month or a year written out,
 * for an event the sentence dates no closer. */
int ng_ev_sentence_month_or_year(const ng_kb *kb, const ng_doc *doc, const ng_sentence *s, ng_date *out)
{
    ng_timex x[MAX_TIMEX];
    size_t n = ng_timex_find(kb, &doc->toks, s->tok_start, s->tok_end, doc->issued, x, MAX_TIMEX);
    for (size_t i = 0; i < n; i++)
        if ((x[i].precision == NG_PREC_MONTH || x[i].precision == NG_PREC_YEAR) && x[i].from.y &&
            x[i].explicit_year && !x[i].is_range && !x[i].comparison && !x[i].future) {
            *out = (ng_date){x[i].from.y, x[i].precision == NG_PREC_MONTH ? x[i].from.m : 0, 0};
            return 1;
        }
    return 0;
}

int ng_timex_past_period(const ng_timex *x, ng_date issued)
{
    if (!issued.y || !x->from.y || x->comparison || x->future)
        return 0;
    if (x->precision == NG_PREC_YEAR)
        return x->explicit_year && x->from.y < issued.y;
    /* a month told without its year ("talks in January", read in
     * September) is as much a past period as one with it */
    if (x->precision == NG_PREC_MONTH)
        return x->from.y < issued.y || (x->from.y == issued.y && x->from.m < issued.m);
    return 0;
}

/* "In October 2023 X and Y held talks in Astana": a past period in the
 * trigger's own clause before it (no comma or dash between) dates the
 * meeting; one in another clause ("exports grew in 2023, as X said at the
 * meeting") dates something else. */
int ng_ev_past_period_in_clause(const ng_kb *kb, const ng_doc *doc, const ng_sentence *s, size_t trig)
{
    const ng_tokens *t = &doc->toks;
    ng_timex x[MAX_TIMEX];
    size_t n = ng_timex_find(kb, t, s->tok_start, trig, doc->issued, x, MAX_TIMEX);
    for (size_t i = n; i > 0; i--) {
        if (!ng_timex_past_period(&x[i - 1], doc->issued))
            continue;
        for (size_t k = x[i - 1].tok_end; k < trig; k++)
            if (ng_tok_is(t, k, ',') || ng_tok_is(t, k, '-') || ng_tok_is(t, k, ';'))
                return 0;
        return !ng_lx_has(kb, NG_LX_SAME_DAY, t, s->tok_start, s->tok_end);
    }
    return 0;
}

/* The sentence writes a year ("on 1 March 2023"). */
int ng_ev_year_written(const ng_kb *kb, const ng_doc *doc, const ng_sentence *s)
{
    ng_timex x[MAX_TIMEX];
    size_t n = ng_timex_find(kb, &doc->toks, s->tok_start, s->tok_end, doc->issued, x, MAX_TIMEX);
    for (size_t i = 0; i < n; i++)
        if (x[i].explicit_year)
            return 1;
    return 0;
}

/* "recalled his meeting with X in Minsk in 2022": a past period written
 * after the trigger (before it, "In 2024 trade grew, X said at the talks
 * today", it dates something else). */
int ng_ev_past_period_after(const ng_kb *kb, const ng_doc *doc, size_t from, size_t end)
{
    /* "visited the plant, which has made tractors since 2009": a clause
     * of its own dates something else */
    for (size_t k = from; k + 1 < end; k++)
        if (ng_tok_is(&doc->toks, k, ',') && ng_lx_match(kb, NG_LX_CLAUSE_BOUNDARY, &doc->toks, k + 1, end, NULL)) {
            end = k;
            break;
        }
    ng_timex x[MAX_TIMEX];
    size_t n = ng_timex_find(kb, &doc->toks, from, end, doc->issued, x, MAX_TIMEX);
    for (size_t i = 0; i < n; i++)
        if (ng_timex_past_period(&x[i], doc->issued))
            return 1;
    return 0;
}
