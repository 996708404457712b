/*
 * dates.h - temporal expressions: recognition on tokens, resolution
 * against the article's publication date.
 *
 * "24 June 2022", "June 24, 2024", "24.06.2024", "2024-06-24", "on 14 July",
 * "today", "last year", "in January-May", "October-April", "October
 * 2023-April 2024", "H1 2023", "the first half of 2018", "in the next five
 * years", "by 2030". A relative expression with no reference date stays
 * unresolved (from.y == 0): never guessed. A number that counts ("2000
 * tonnes") is no year.
 */
#ifndef NG_DATES_H
#define NG_DATES_H

#include <stddef.h>

#include "kb.h"
#include "tokens.h"

typedef struct {
    int y, m, d; /* m and d are 0 when unknown */
} ng_date;

enum ng_precision { NG_PREC_NONE = 0, NG_PREC_YEAR, NG_PREC_MONTH, NG_PREC_DAY };

typedef struct {
    size_t tok_start, tok_end;
    ng_date from, to;     /* inclusive bounds; from.y == 0 when unresolved, when
                           * to may still hold a known end ("by 2030") */
    int precision;        /* of from/to: a single day, a month, a year */
    int is_range;         /* a period (January-May, the next five years) */
    int comparison;       /* a base of comparison ("over 2023", "from 2020") */
    int future;           /* "by 2030", "the next five years", "next year" */
    int has_time;         /* a clock time followed (header dates) */
    int weekday_led;      /* began with a weekday name (page-view dates) */
    int explicit_year;    /* the year was written out */
} ng_timex;

/* Recognizes one expression starting exactly at token i (before end).
 * Returns 1 and fills x when there is one. */
int ng_timex_at(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_date ref, ng_timex *x);

/* Finds the expressions in [begin, end), left to right, at most max.
 * Returns how many. */
size_t ng_timex_find(const ng_kb *kb, const ng_tokens *t, size_t begin, size_t end, ng_date ref,
                     ng_timex *out, size_t max);
/* The same, always scanning (ng_timex_find answers from the memo of t
 * when it has one: memo.h). */
size_t ng_timex_scan(const ng_kb *kb, const ng_tokens *t, size_t begin, size_t end, ng_date ref,
                     ng_timex *out, size_t max);

/* True when x is the day of a report, right after its reporting verb
 * (lex:say-verb): "Matviyenko said on Tuesday" tells when it was said,
 * not when what it reports happens. a bounds the look back. */
int ng_timex_of_saying(const ng_kb *kb, const ng_tokens *t, size_t a, const ng_timex *x);
/* x is a day of the calendar ("24 June", "on 14 July"), not one counted
 * from another ("yesterday", "the day before"). */
int ng_timex_is_calendar(const ng_kb *kb, const ng_tokens *t, const ng_timex *x);

int ng_date_valid(ng_date d);
int ng_days_in_month(int y, int m);
int ng_date_cmp(ng_date a, ng_date b);
/* The same day and month in an earlier year: the year before, or for
 * 29 February the leap year before (never an invalid date). */
ng_date ng_date_year_earlier(ng_date d);
/* Day of week, 1 = Monday .. 7 = Sunday. */
int ng_weekday(ng_date d);
ng_date ng_date_add_days(ng_date d, int days);
/* "2024-06-24", "2024-06" or "2024" by precision; buf of 11 bytes. */
void ng_date_format(ng_date d, char buf[11]);

#endif
