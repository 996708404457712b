/*
 * dates.c - temporal expressions (see dates.h).
 *
 * Word lists (month and weekday names, number words, "last year",
 * "H1") come from the lexicon; this file holds only the grammar.
 */
#include "dates.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ng_days_in_month(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12)
        return 0;
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return days[m - 1];
}

int ng_date_valid(ng_date d)
{
    if (d.y < 1000 || d.y > 2999)
        return 0;
    if (d.m == 0)
        return d.d == 0;
    if (d.m < 1 || d.m > 12)
        return 0;
    return d.d == 0 || (d.d >= 1 && d.d <= ng_days_in_month(d.y, d.m));
}

ng_date ng_date_year_earlier(ng_date d)
{
    ng_date e = d;
    do
        e.y--;
    while (e.y >= 1000 && e.d > ng_days_in_month(e.y, e.m));
    return e;
}

int ng_date_cmp(ng_date a, ng_date b)
{
    if (a.y != b.y) return a.y < b.y ? -1 : 1;
    if (a.m != b.m) return a.m < b.m ? -1 : 1;
    if (a.d != b.d) return a.d < b.d ? -1 : 1;
    return 0;
}

/* Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static ng_date civil_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    int d = (int)(doy - (153 * mp + 2) / 5 + 1);
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    return (ng_date){(int)(y + (m <= 2)), m, d};
}

int ng_weekday(ng_date d)
{
    long z = days_from_civil(d.y, d.m, d.d);
    int w = (int)((z + 3) % 7); /* 1970-01-01 was a Thursday */
    if (w < 0)
        w += 7;
    return w + 1;
}

ng_date ng_date_add_days(ng_date d, int days)
{
    return civil_from_days(days_from_civil(d.y, d.m, d.d) + days);
}

void ng_date_format(ng_date d, char buf[11])
{
    if (d.m == 0)
        snprintf(buf, 11, "%04d", d.y);
    else if (d.d == 0)
        snprintf(buf, 11, "%04d-%02d", d.y, d.m);
    else
        snprintf(buf, 11, "%04d-%02d-%02d", d.y, d.m, d.d);
}

/* ---- token helpers -------------------------------------------------- */

static long num_value(const ng_tokens *t, size_t i)
{
    if (i >= t->ntok || t->toks[i].kind != NG_TOK_NUM)
        return -1;
    size_t n = t->toks[i].end - t->toks[i].start;
    if (n > 9)
        return -1;
    long v = 0;
    for (size_t k = 0; k < n; k++) {
        char c = t->text[t->toks[i].start + k];
        if (c < '0' || c > '9')
            return -1; /* "2.5" is no day or year */
        v = v * 10 + (c - '0');
    }
    return v;
}

static int family_number(const ng_kb *kb, enum ng_lx family, const ng_tokens *t, size_t i,
                         size_t end, size_t *len)
{
    const char *v = NULL;
    size_t n = ng_lx_match(kb, family, t, i, end, &v);
    if (!n || !v)
        return 0;
    if (len)
        *len = n;
    return atoi(v);
}

static int month_at(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end)
{
    if (i >= end || t->toks[i].kind != NG_TOK_WORD)
        return 0;
    /* "may" the verb is lower-case; the month is not, except on a page
     * stamp between a day and a year ("10 june 2025") */
    if (!(t->toks[i].flags & NG_TF_UPPER) &&
        !(i > 0 && i + 1 < end && t->toks[i - 1].kind == NG_TOK_NUM && t->toks[i + 1].kind == NG_TOK_NUM &&
          t->toks[i + 1].end - t->toks[i + 1].start == 4))
        return 0;
    size_t n = 0;
    int m = family_number(kb, NG_LX_MONTH, t, i, i + 1, &n);
    return m >= 1 && m <= 12 ? m : 0;
}

/* The token after the month name at i. A full stop after an abbreviated
 * name is part of it ("Jun. 24"); after a full name it ends the sentence
 * ("on 14 July."). */
static size_t after_month(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end)
{
    size_t j = i + 1;
    if (j < end && ng_tok_is(t, j, '.') && ng_lx_word(kb, NG_LX_ABBREVIATED_MONTH, t, i))
        j++;
    return j;
}

static int range_word(const ng_kb *kb, const ng_tokens *t, size_t i)
{
    return ng_tok_is(t, i, '-') || ng_lx_word(kb, NG_LX_RANGE_WORD, t, i);
}

static int year_like(long v)
{
    return v >= 1900 && v <= 2100;
}

/* "shipped 2000 tonnes", "2024 participants": the number at i counts
 * what follows it and is no year, unless a preposition of time stands
 * before it ("in 2020 companies invested more"). */
static int counts_something(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end)
{
    if (!ng_lx_match(kb, NG_LX_QUANTITY_NOUN, t, i + 1, end, NULL))
        return 0;
    return !(i > 0 && ng_lx_word(kb, NG_LX_YEAR_PREPOSITION, t, i - 1));
}

/* "dd.mm.yyyy" as one number token */
/* "10/03/2024": day, month, year, as the genre's sites write them; a
 * first number over 12 cannot be a month, a second one over 12 makes the
 * date American ("03/25/2024"). A page stamp may use hyphens, the same
 * order ("Thu 22-01-2026 18:12"). Returns the tokens read. */
static size_t slashed_date(const ng_tokens *t, size_t i, size_t end, ng_date *d)
{
    if (i + 4 >= end)
        return 0;
    for (size_t k = i + 1; k <= i + 4; k++)
        if (t->toks[k].flags & NG_TF_SPACE)
            return 0;
    char sep = ng_tok_is(t, i + 1, '-') ? '-' : '/';
    if (!ng_tok_is(t, i + 1, sep) || !ng_tok_is(t, i + 3, sep) || t->toks[i + 4].end - t->toks[i + 4].start != 4)
        return 0;
    long a = num_value(t, i), b = num_value(t, i + 2), y = num_value(t, i + 4);
    if (a < 1 || b < 1 || !year_like(y))
        return 0;
    ng_date r = b > 12 ? (ng_date){(int)y, (int)a, (int)b} : (ng_date){(int)y, (int)b, (int)a};
    if (!ng_date_valid(r))
        return 0;
    *d = r;
    return 5;
}

static int dotted_date(const ng_tokens *t, size_t i, ng_date *d)
{
    const ng_token *k = &t->toks[i];
    if (k->kind != NG_TOK_NUM || k->end - k->start != 10)
        return 0;
    const char *s = t->text + k->start;
    if (s[2] != '.' || s[5] != '.')
        return 0;
    int dd = atoi(s), mm = atoi(s + 3), yy = atoi(s + 6);
    ng_date r = {yy, mm, dd};
    if (!ng_date_valid(r) || !dd || !mm)
        return 0;
    *d = r;
    return 1;
}

static size_t clock_time(const ng_tokens *t, size_t i, size_t end)
{
    /* 18:01 or 12:45:00 */
    if (num_value(t, i) < 0 || num_value(t, i) > 24 || !ng_tok_is(t, i + 1, ':') || i + 2 >= end)
        return 0;
    long mm = num_value(t, i + 2);
    if (mm < 0 || mm > 59)
        return 0;
    size_t n = 3;
    if (ng_tok_is(t, i + 3, ':') && num_value(t, i + 4) >= 0)
        n = 5;
    return n;
}

static void set_day(ng_timex *x, ng_date d)
{
    x->from = x->to = d;
    x->precision = NG_PREC_DAY;
}

static void set_month(ng_timex *x, int y, int m)
{
    x->from = (ng_date){y, m, 1};
    x->to = (ng_date){y, m, ng_days_in_month(y, m)};
    x->precision = NG_PREC_MONTH;
}

static void set_year(ng_timex *x, int y)
{
    x->from = (ng_date){y, 1, 1};
    x->to = (ng_date){y, 12, 31};
    x->precision = NG_PREC_YEAR;
}

/* A year after a month range or a month: "2023", "of this year", "of 2021". */
static size_t trailing_year(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_date ref,
                            int *year, int *explicit_year)
{
    size_t j = i;
    if (ng_tok_is(t, j, ','))
        j++;
    long v = num_value(t, j);
    if (year_like(v) && j < end) {
        *year = (int)v;
        *explicit_year = 1;
        return j + 1 - i;
    }
    j = i;
    if (ng_lx_word(kb, NG_LX_OF_LINK, t, j))
        j++;
    if (ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, j))
        j++;
    v = num_value(t, j);
    if (j > i && year_like(v) && j < end) {
        *year = (int)v;
        *explicit_year = 1;
        return j + 1 - i;
    }
    size_t n = 0;
    const char *shift = NULL;
    n = ng_lx_match(kb, NG_LX_YEARSHIFT, t, j, end, &shift);
    if (n && shift && ref.y) {
        *year = ref.y + atoi(shift);
        return j + n - i;
    }
    return 0;
}

/* The year of a day written without one: the year that puts it nearest
 * the publication day ("on 29 December" in an article of 3 January is the
 * day before last week, not a day at the end of the year to come). */
static int nearest_year(ng_date ref, int m, int d)
{
    if (!ref.y || !ref.m || !ref.d)
        return ref.y;
    int best = ref.y;
    long best_gap = -1;
    for (int y = ref.y - 1; y <= ref.y + 1; y++) {
        long gap = labs((long)(y - ref.y) * 372 + (long)(m - ref.m) * 31 + (d - ref.d));
        if (best_gap < 0 || gap < best_gap) {
            best = y;
            best_gap = gap;
        }
    }
    return best;
}

static int day_month_year(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_date ref,
                          ng_timex *x)
{
    long dd = num_value(t, i);
    size_t j = i + 1;
    if (ng_lx_word(kb, NG_LX_ORDINAL_SUFFIX, t, j))
        j++;
    if (ng_lx_word(kb, NG_LX_OF_LINK, t, j))
        j++;
    int m = month_at(kb, t, j, end);
    if (dd < 1 || dd > 31 || !m)
        return 0;
    j = after_month(kb, t, j, end);
    int y = 0, explicit_year = 0;
    if (ng_tok_is(t, j, ',') && year_like(num_value(t, j + 1)))
        j++;
    long v = num_value(t, j);
    if (year_like(v) && j < end) {
        y = (int)v;
        explicit_year = 1;
        j++;
    } else if (ref.y) {
        y = nearest_year(ref, m, (int)dd);
    }
    x->tok_end = j;
    x->explicit_year = explicit_year;
    ng_date d = {y, m, (int)dd};
    if (y && ng_date_valid(d))
        set_day(x, d);
    else
        x->precision = NG_PREC_DAY; /* recognized, unresolved */
    return 1;
}

static int month_day_year(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_date ref,
                          ng_timex *x)
{
    int m = month_at(kb, t, i, end);
    size_t j = after_month(kb, t, i, end);
    long dd = num_value(t, j);
    if (!m || dd < 1 || dd > 31 || j >= end)
        return 0;
    j++;
    if (ng_lx_word(kb, NG_LX_ORDINAL_SUFFIX, t, j))
        j++;
    int y = nearest_year(ref, m, (int)dd), explicit_year = 0;
    if (ng_tok_is(t, j, ',') && year_like(num_value(t, j + 1)) && j + 1 < end) {
        y = (int)num_value(t, j + 1);
        explicit_year = 1;
        j += 2;
    } else if (year_like(num_value(t, j)) && j < end) {
        y = (int)num_value(t, j);
        explicit_year = 1;
        j++;
    }
    x->tok_end = j;
    x->explicit_year = explicit_year;
    ng_date d = {y, m, (int)dd};
    if (y && ng_date_valid(d))
        set_day(x, d);
    else
        x->precision = NG_PREC_DAY;
    return 1;
}

/* A month range with a year after each month: "October 2023-April 2024",
 * "December 2023 to February 2024": m1 is the first month, j the token
 * after it. */
static int dated_month_range(const ng_kb *kb, const ng_tokens *t, size_t j, size_t end, int m1,
                             ng_timex *x)
{
    long y1 = num_value(t, j);
    if (!year_like(y1) || !range_word(kb, t, j + 1))
        return 0;
    int m2 = month_at(kb, t, j + 2, end);
    if (!m2)
        return 0;
    size_t k = after_month(kb, t, j + 2, end);
    long y2 = num_value(t, k);
    ng_date from = {(int)y1, m1, 1}, to = {(int)y2, m2, 0};
    if (!year_like(y2) || k >= end || ng_date_cmp(from, to) > 0)
        return 0;
    to.d = ng_days_in_month(to.y, to.m);
    x->tok_end = k + 1;
    x->explicit_year = x->is_range = 1;
    x->from = from;
    x->to = to;
    x->precision = NG_PREC_MONTH;
    return 1;
}

/* A month alone is a date only after "in", "since" and the like. */
static int month_cue_before(const ng_kb *kb, const ng_tokens *t, size_t i)
{
    return i > 0 && ng_lx_word(kb, NG_LX_BARE_MONTH_CUE, t, i - 1);
}

/* "in May", "January-May 2023", "October-April". A bare month or range
 * takes the publication year, as every bare month does, for its first
 * month; a range that crosses a year end ("October-April") then ends in
 * the next year. A year written after a range is that of its last month,
 * the one it stands next to: "October-April 2024" began in October 2023. */
static int month_or_range(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_date ref,
                          ng_timex *x)
{
    int m1 = month_at(kb, t, i, end), m2 = 0;
    if (!m1)
        return 0;
    size_t j = after_month(kb, t, i, end);
    if (dated_month_range(kb, t, j, end, m1, x))
        return 1;
    if (j + 1 < end && range_word(kb, t, j) && (m2 = month_at(kb, t, j + 1, end)) != 0)
        j = after_month(kb, t, j + 1, end);
    int y = 0, explicit_year = 0;
    size_t n = trailing_year(kb, t, j, end, ref, &y, &explicit_year);
    int last = !n && !m2 && i > 0 && ng_lx_word(kb, NG_LX_LAST_MONTH_CUE, t, i - 1);
    if (!n && !m2 && !month_cue_before(kb, t, i) && !last)
        return 0;
    x->tok_end = j + n;
    x->explicit_year = explicit_year;
    x->is_range = m2 != 0;
    x->precision = NG_PREC_MONTH;
    int crosses = m2 && m2 < m1;
    int y1 = n ? y - crosses : ref.y;
    if (last && y1 && m1 >= ref.m)
        y1--; /* "last October", told in April */
    if (!y1)
        return 1; /* recognized, unresolved */
    set_month(x, y1, m1);
    if (m2) {
        int y2 = y1 + crosses;
        x->to = (ng_date){y2, m2, ng_days_in_month(y2, m2)};
    }
    return 1;
}

/* "H1 2023", "the first half of 2018", "Q3 2024", "the first quarter" */
/* "eight months", "10 months": the count, with its length in tokens. */
static int count_of_months(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, size_t *len)
{
    size_t n = 1;
    long v = num_value(t, i);
    if (v < 0)
        v = family_number(kb, NG_LX_NUMBER, t, i, end, &n);
    if (v < 1 || v > 12 || !ng_lx_word(kb, NG_LX_MONTHS_NOUN, t, i + n))
        return 0;
    *len = n + 1;
    return (int)v;
}

static int half_or_quarter(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_date ref,
                           ng_timex *x)
{
    size_t n = 0;
    int months = 6;
    int part = family_number(kb, NG_LX_HALF, t, i, end, &n);
    if (!part) {
        part = family_number(kb, NG_LX_QUARTER, t, i, end, &n);
        months = 3;
    }
    if (!part) {
        part = family_number(kb, NG_LX_MONTHSPAN, t, i, end, &n); /* "nine months" */
        months = 0;
    }
    int counted = 0;
    if (!part) {
        /* "eight months of this year": only with its year, as "eight
         * months ago" or "for eight months" count no months of a year */
        part = count_of_months(kb, t, i, end, &n);
        months = 0;
        counted = 1;
    }
    if (!part)
        return 0;
    size_t j = i + n;
    int y = 0, explicit_year = 0;
    size_t k = trailing_year(kb, t, j, end, ref, &y, &explicit_year);
    if ((!k && !ref.y) || (!k && counted))
        return 0;
    j += k;
    if (!y)
        y = ref.y;
    int m1, m2;
    if (months) {
        m1 = (part - 1) * months + 1;
        m2 = part * months;
    } else {
        m1 = 1;
        m2 = part;
    }
    if (m2 > 12)
        return 0;
    x->tok_end = j;
    x->explicit_year = explicit_year;
    x->from = (ng_date){y, m1, 1};
    x->to = (ng_date){y, m2, ng_days_in_month(y, m2)};
    x->precision = NG_PREC_MONTH;
    x->is_range = 1;
    return 1;
}

/* "the next five years", "the coming 3 years", "by 2030" */
static int horizon(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_date ref, ng_timex *x)
{
    size_t j = i;
    if (ng_lx_word(kb, NG_LX_DEADLINE_PREPOSITION, t, j) && year_like(num_value(t, j + 1)) && j + 1 < end &&
        !counts_something(kb, t, j + 1, end)) {
        int y = (int)num_value(t, j + 1);
        x->tok_end = j + 2;
        x->to = (ng_date){y, 12, 31};
        x->precision = NG_PREC_YEAR;
        x->is_range = x->future = x->explicit_year = 1;
        /* a target "by 2030" is a figure for that year, not for the years
         * up to it (the reading of GOLD.md that independent annotators take) */
        x->from = (ng_date){y, 1, 1};
        return !ref.y || y >= ref.y;
    }
    if (ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, j))
        j++;
    if (!ng_lx_word(kb, NG_LX_HORIZON_WORD, t, j))
        return 0;
    j++;
    size_t n = 0;
    long count = num_value(t, j);
    if (count > 0)
        n = 1;
    else
        count = family_number(kb, NG_LX_NUMBER, t, j, end, &n);
    if (count <= 0 || count > 100 || !ng_lx_word(kb, NG_LX_YEAR_NOUN, t, j + n))
        return 0;
    if (!ref.y)
        return 0;
    x->tok_end = j + n + 1;
    x->from = (ng_date){ref.y, 1, 1};
    x->to = (ng_date){ref.y + (int)count, 12, 31};
    x->precision = NG_PREC_YEAR;
    x->is_range = x->future = 1;
    return 1;
}

static int relative_word(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_date ref,
                         ng_timex *x)
{
    const char *v = NULL;
    size_t n = ng_lx_match(kb, NG_LX_DAYSHIFT, t, i, end, &v);
    if (n && v) {
        x->tok_end = i + n;
        x->precision = NG_PREC_DAY;
        if (ref.y && ref.d)
            set_day(x, ng_date_add_days(ref, atoi(v)));
        return 1;
    }
    n = ng_lx_match(kb, NG_LX_YEARSHIFT, t, i, end, &v);
    if (n && v) {
        x->tok_end = i + n;
        x->precision = NG_PREC_YEAR;
        x->future = atoi(v) > 0;
        if (ref.y)
            set_year(x, ref.y + atoi(v));
        return 1;
    }
    n = ng_lx_match(kb, NG_LX_MONTHSHIFT, t, i, end, &v);
    if (n && v) {
        x->tok_end = i + n;
        x->precision = NG_PREC_MONTH;
        if (ref.y && ref.m) {
            int m = ref.m + atoi(v), y = ref.y;
            if (m < 1) { m += 12; y--; }
            if (m > 12) { m -= 12; y++; }
            set_month(x, y, m);
        }
        return 1;
    }
    /* "on Friday": the latest such day on or before the reference; after a
     * verb of what is ahead ("which opens on Friday", "will meet on
     * Friday", lex:weekday-ahead-cue) the next such day */
    int wd = family_number(kb, NG_LX_WEEKDAY, t, i, i + 1, &n);
    if (wd && (t->toks[i].flags & NG_TF_UPPER) && i > 0 && ng_lx_word(kb, NG_LX_DAY_PREPOSITION, t, i - 1)) {
        x->tok_end = i + 1;
        x->precision = NG_PREC_DAY;
        if (ref.y && ref.d) {
            int ahead = 0;
            size_t lookback = ng_kb_window(kb, NG_LW_WEEKDAY_AHEAD_LOOKBACK);
            /* within the clause: "X, who will come, met Y on Friday" is past */
            for (size_t j = i - 1; j-- > 0 && i - j <= lookback && !ahead;) {
                if (ng_tok_is(t, j, ',') || ng_tok_is(t, j, ';') || ng_tok_is(t, j, '.'))
                    break;
                ahead = ng_lx_match(kb, NG_LX_WEEKDAY_AHEAD_CUE, t, j, i - 1, NULL) > 0;
            }
            int days = ahead ? (wd - ng_weekday(ref) + 7) % 7 : -((ng_weekday(ref) - wd + 7) % 7);
            set_day(x, ng_date_add_days(ref, days));
        }
        return 1;
    }
    return 0;
}

static int iso_date(const ng_tokens *t, size_t i, size_t end, ng_timex *x)
{
    long y = num_value(t, i);
    char sep = ng_tok_is(t, i + 1, '/') ? '/' : '-'; /* "2024-03-12", "2024/03/12" */
    if (!year_like(y) || i + 4 >= end || !ng_tok_is(t, i + 1, sep) || !ng_tok_is(t, i + 3, sep))
        return 0;
    long m = num_value(t, i + 2), d = num_value(t, i + 4);
    ng_date r = {(int)y, (int)m, (int)d};
    if (m < 1 || d < 1 || !ng_date_valid(r))
        return 0;
    x->tok_end = i + 5;
    x->explicit_year = 1;
    set_day(x, r);
    return 1;
}

static int bare_year(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_timex *x)
{
    long y = num_value(t, i);
    if (!year_like(y) || t->toks[i].end - t->toks[i].start != 4 || counts_something(kb, t, i, end))
        return 0;
    if (i > 0 && (ng_tok_is(t, i - 1, '$') || ng_tok_is(t, i - 1, '#')))
        return 0;
    size_t j = i + 1;
    /* "2021-2025": a span of years */
    if (j + 1 < end && ng_tok_is(t, j, '-') && year_like(num_value(t, j + 1)) &&
        num_value(t, j + 1) >= y) {
        x->tok_end = j + 2;
        x->from = (ng_date){(int)y, 1, 1};
        x->to = (ng_date){(int)num_value(t, j + 1), 12, 31};
        x->precision = NG_PREC_YEAR;
        x->is_range = x->explicit_year = 1;
        return 1;
    }
    x->tok_end = j;
    x->explicit_year = 1;
    set_year(x, (int)y);
    return 1;
}

static int is_comparison_cue(const ng_kb *kb, const ng_tokens *t, size_t i)
{
    if (i == 0)
        return 0;
    size_t p = i - 1;
    if (ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, p) && p > 0)
        p--;
    /* "Over January-September 2021, trade ...": a capital opens the
     * sentence with the period; "5% over 2020" compares */
    int over = ng_lx_word(kb, NG_LX_COMPARISON_OVER, t, p);
    if (over && (t->toks[p].flags & NG_TF_UPPER))
        return 0;
    /* "reached $5 million over 11 months of 2023": "over" compares only
     * after a percentage or a word of change ("up 5% over 2022") */
    if (over && p > 0 && !ng_tok_is(t, p - 1, '%') && t->toks[p - 1].kind != NG_TOK_NUM &&
        !ng_lx_match(kb, NG_LX_CHANGE_UP, t, p - 1, p, NULL) && !ng_lx_match(kb, NG_LX_CHANGE_DOWN, t, p - 1, p, NULL) &&
        !ng_lx_match(kb, NG_LX_PERCENT_WORD, t, p - 1, p, NULL))
        return 0;
    if (ng_lx_word(kb, NG_LX_COMPARISON_WORD, t, p))
        return 1;
    if (ng_lx_word(kb, NG_LX_COMPARISON_LINK, t, p) && p > 0 && ng_lx_word(kb, NG_LX_COMPARISON_LEAD, t, p - 1))
        return 1;
    if (ng_lx_word(kb, NG_LX_CHANGE_BASE_LINK, t, p) && p > 0 &&
        (ng_tok_is(t, p - 1, '%') || ng_lx_word(kb, NG_LX_CHANGE_BASE_LEAD, t, p - 1)))
        return 1;
    if (ng_lx_word(kb, NG_LX_OF_LINK, t, p) && p > 0 && ng_lx_word(kb, NG_LX_PERIOD_NOUN, t, p - 1))
        return 1;
    return 0;
}

/* "26-27 June", "5 to 6 May 2024": two days of one month, from the first
 * to the second. */
static int day_range(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_date ref, ng_timex *x)
{
    long d1 = num_value(t, i);
    if (d1 < 1 || d1 > 31 || i + 2 >= end || !range_word(kb, t, i + 1) || t->toks[i + 2].kind != NG_TOK_NUM)
        return 0;
    ng_timex second;
    memset(&second, 0, sizeof second);
    if (!day_month_year(kb, t, i + 2, end, ref, &second) || !second.from.y || second.from.d <= d1)
        return 0;
    *x = second;
    x->tok_start = i;
    x->from.d = (int)d1;
    x->is_range = 1;
    return 1;
}

int ng_timex_at(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_date ref, ng_timex *x)
{
    memset(x, 0, sizeof *x);
    x->tok_start = i;
    if (i >= end || t->toks[i].kind == NG_TOK_PUNCT) /* every pattern opens on a word or a number */
        return 0;
    size_t start = i;
    if ((t->toks[i].flags & NG_TF_UPPER) && family_number(kb, NG_LX_WEEKDAY, t, i, i + 1, NULL)) {
        /* "Thursday, 21 November 2024" */
        size_t j = ng_tok_is(t, i + 1, ',') ? i + 2 : i + 1;
        ng_timex y = {0}; /* the patterns set only what they read */
        ng_date wd;
        size_t wn = j < end ? slashed_date(t, j, end, &wd) : 0;
        if (wn || (j < end && dotted_date(t, j, &wd))) { /* "Thu 22-01-2026", "Thu, 22.01.2026" */
            y.tok_end = j + (wn ? wn : 1);
            y.explicit_year = 1;
            set_day(&y, wd);
        }
        if (j < end && (y.tok_end || day_month_year(kb, t, j, end, ref, &y) || month_day_year(kb, t, j, end, ref, &y))) {
            *x = y;
            x->tok_start = start;
            x->weekday_led = 1;
            goto done;
        }
    }
    ng_date d;
    size_t sn;
    if (dotted_date(t, i, &d)) {
        x->tok_end = i + 1;
        x->explicit_year = 1;
        set_day(x, d);
    } else if ((sn = slashed_date(t, i, end, &d)) != 0) {
        x->tok_end = i + sn;
        x->explicit_year = 1;
        set_day(x, d);
    } else if (!(iso_date(t, i, end, x) || day_range(kb, t, i, end, ref, x) || day_month_year(kb, t, i, end, ref, x) ||
                 month_day_year(kb, t, i, end, ref, x) || month_or_range(kb, t, i, end, ref, x) ||
                 half_or_quarter(kb, t, i, end, ref, x) || horizon(kb, t, i, end, ref, x) ||
                 relative_word(kb, t, i, end, ref, x) || bare_year(kb, t, i, end, x))) {
        return 0;
    }
done:
    /* a pattern may have looked past the span (it never reads past the
     * tokens); what does not fit the span is not an expression of it */
    if (x->tok_end > end)
        return 0;
    x->tok_start = start;
    if (x->tok_end < end) {
        size_t k = x->tok_end;
        if (ng_tok_is(t, k, ',') || ng_tok_is(t, k, '|') || ng_tok_is(t, k, '/') || ng_tok_is(t, k, '-'))
            k++; /* "10 March 2024 | 14:32" */
        else
            k += ng_lx_match(kb, NG_LX_TIME_SEPARATOR, t, k, end, NULL);
        size_t c = clock_time(t, k, end);
        if (c && k + c <= end) {
            x->has_time = 1;
            x->tok_end = k + c;
        }
    }
    x->comparison = is_comparison_cue(kb, t, start);
    return 1;
}

/* The classes whose phrases may open an expression at a word (what the
 * patterns of ng_timex_at read at their first token, when it is no
 * number): a word that begins none of them opens none, and the scan
 * passes it after one look at the word table. */
static const enum ng_lx timex_openers[] = {
    NG_LX_WEEKDAY,   NG_LX_MONTH,     NG_LX_HALF,      NG_LX_QUARTER,
    NG_LX_MONTHSPAN, NG_LX_NUMBER,    NG_LX_DEADLINE_PREPOSITION, NG_LX_DEFINITE_ARTICLE,
    NG_LX_HORIZON_WORD, NG_LX_DAYSHIFT, NG_LX_YEARSHIFT, NG_LX_MONTHSHIFT,
};

static int may_open_timex(const ng_kb *kb, const ng_tokens *t, size_t i)
{
    return t->toks[i].kind != NG_TOK_WORD ||
           ng_lx_may_start_any(kb, timex_openers, sizeof timex_openers / sizeof *timex_openers, t, i);
}

size_t ng_timex_scan(const ng_kb *kb, const ng_tokens *t, size_t begin, size_t end, ng_date ref,
                     ng_timex *out, size_t max)
{
    size_t n = 0;
    for (size_t i = begin; i < end && n < max;) {
        if (may_open_timex(kb, t, i) && ng_timex_at(kb, t, i, end, ref, &out[n])) {
            i = out[n].tok_end > i ? out[n].tok_end : i + 1;
            n++;
        } else {
            i++;
        }
    }
    return n;
}

int ng_timex_of_saying(const ng_kb *kb, const ng_tokens *t, size_t a, const ng_timex *x)
{
    size_t day_tok = x->tok_start;
    for (size_t k = day_tok > a + 3 ? day_tok - 3 : a; k < day_tok; k++) {
        size_t n = ng_lx_match(kb, NG_LX_SAY_VERB, t, k, day_tok, NULL);
        if (n && (k + n == day_tok || (k + n + 1 == day_tok && !(t->toks[k + n].flags & NG_TF_UPPER))))
            return 1; /* "said on Tuesday", "said Tuesday" */
    }
    return 0;
}

int ng_timex_is_calendar(const ng_kb *kb, const ng_tokens *t, const ng_timex *x)
{
    return t->toks[x->tok_start].kind == NG_TOK_NUM || ng_lx_match(kb, NG_LX_MONTH, t, x->tok_start, x->tok_end, NULL);
}
