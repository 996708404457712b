/*
 * test_dates.c - temporal expressions (src/dates.c): recognition on tokens
 * of sentences written for the test, resolution against a publication
 * date (month ranges across a year end too), the refusal to guess without
 * one, the sentence's full stop that is no part of a date, numbers
 * ("2000 tonnes") and impossible dates that must not become dates, and the
 * calendar helpers.
 *
 * The reference date is Monday 2024-07-15 unless a case says otherwise.
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "dates.h"
#include "tokens.h"

#define MAX_TIMEX 8

static ng_kb *kb;
static const ng_date REF = {2024, 7, 15};
static const ng_date NOREF = {0, 0, 0};

/* ---- helpers --------------------------------------------------------- */

/* The expressions of a sentence; their spans are copied out as text so
 * that the tokens can be freed before the checks. */
typedef struct {
    ng_timex x[MAX_TIMEX];
    char span[MAX_TIMEX][64];
    size_t n;
} found;

static void find_in(const char *sentence, ng_date ref, found *f)
{
    ng_tokens t;
    ng_tokens_init(&t, sentence, strlen(sentence));
    f->n = ng_timex_find(kb, &t, 0, t.ntok, ref, f->x, MAX_TIMEX);
    for (size_t i = 0; i < f->n; i++) {
        size_t a = t.toks[f->x[i].tok_start].start, b = t.toks[f->x[i].tok_end - 1].end;
        snprintf(f->span[i], sizeof f->span[i], "%.*s", (int)(b - a), sentence + a);
    }
    ng_tokens_free(&t);
}

static const char *fmt(ng_date d, char buf[11])
{
    ng_date_format(d, buf);
    return buf;
}

/* What a resolved expression must be: its text, bounds and flags. */
typedef struct {
    const char *sentence;
    const char *span;
    const char *from, *to; /* full ISO dates: bounds are always days */
    int precision, is_range, future, explicit_year;
} want;

static void check_want_ref(const want *w, ng_date ref)
{
    found f;
    char what[192], a[11];
    find_in(w->sentence, ref, &f);
    snprintf(what, sizeof what, "one expression in \"%s\"", w->sentence);
    CHECK_INT(f.n, 1, what);
    if (f.n < 1)
        return;
    const ng_timex *x = &f.x[0];
    snprintf(what, sizeof what, "\"%s\": span", w->span);
    CHECK_STR(f.span[0], w->span, what);
    snprintf(what, sizeof what, "\"%s\": from", w->span);
    CHECK_STR(fmt(x->from, a), w->from, what);
    snprintf(what, sizeof what, "\"%s\": to", w->span);
    CHECK_STR(fmt(x->to, a), w->to, what);
    snprintf(what, sizeof what, "\"%s\": precision", w->span);
    CHECK_INT(x->precision, w->precision, what);
    snprintf(what, sizeof what, "\"%s\": is_range", w->span);
    CHECK_INT(x->is_range, w->is_range, what);
    snprintf(what, sizeof what, "\"%s\": future", w->span);
    CHECK_INT(x->future, w->future, what);
    snprintf(what, sizeof what, "\"%s\": explicit_year", w->span);
    CHECK_INT(x->explicit_year, w->explicit_year, what);
}

static void check_want(const want *w)
{
    check_want_ref(w, REF);
}

/* True when no expression of the sentence carries a resolved date. */
static int nothing_resolved(const char *sentence, ng_date ref)
{
    found f;
    find_in(sentence, ref, &f);
    for (size_t i = 0; i < f.n; i++)
        if (f.x[i].from.y != 0)
            return 0;
    return 1;
}

/* True when no expression of the sentence is a resolved single day. */
static int no_resolved_day(const char *sentence, ng_date ref)
{
    found f;
    find_in(sentence, ref, &f);
    for (size_t i = 0; i < f.n; i++)
        if (f.x[i].precision == NG_PREC_DAY && f.x[i].from.y != 0)
            return 0;
    return 1;
}

static size_t count_in(const char *sentence, ng_date ref)
{
    found f;
    find_in(sentence, ref, &f);
    return f.n;
}

/* ---- absolute dates -------------------------------------------------- */

static void test_absolute(void)
{
    static const want cases[] = {
        {"The forum opened on 24 June 2022 in Minsk.", "24 June 2022", "2022-06-24", "2022-06-24",
         NG_PREC_DAY, 0, 0, 1},
        {"Talks were held on June 24, 2024 in Mogilev.", "June 24, 2024", "2024-06-24",
         "2024-06-24", NG_PREC_DAY, 0, 0, 1},
        {"The agreement was signed 24.06.2024 in Minsk.", "24.06.2024", "2024-06-24", "2024-06-24",
         NG_PREC_DAY, 0, 0, 1},
        {"Published 2024-06-24 by the regional agency.", "2024-06-24", "2024-06-24", "2024-06-24",
         NG_PREC_DAY, 0, 0, 1},
        /* a page stamp in lower case, between a day and a year */
        {"10 june 2025 Telephone conversation", "10 june 2025", "2025-06-10", "2025-06-10", NG_PREC_DAY, 0, 0,
         1},
        /* abbreviated month with its dot, ordinal suffix with "of" */
        {"The plan was signed Jun. 24, 2024 in Ufa.", "Jun. 24, 2024", "2024-06-24", "2024-06-24",
         NG_PREC_DAY, 0, 0, 1},
        {"The fair was held on the 24th of June 2022 in Gomel.", "24th of June 2022", "2022-06-24",
         "2022-06-24", NG_PREC_DAY, 0, 0, 1},
        /* 2024 is a leap year: the 29th exists */
        {"The memorandum of 29 February 2024 was extended.", "29 February 2024", "2024-02-29",
         "2024-02-29", NG_PREC_DAY, 0, 0, 1},
        {"Turnover reached a record on December 31, 2023 in Brest.", "December 31, 2023",
         "2023-12-31", "2023-12-31", NG_PREC_DAY, 0, 0, 1},
        /* slashes: day first, unless the second number cannot be a month */
        {"The contract of 05/03/2024 was fulfilled.", "05/03/2024", "2024-03-05", "2024-03-05", NG_PREC_DAY, 0,
         0, 1},
        {"The contract of 03/25/2024 was fulfilled.", "03/25/2024", "2024-03-25", "2024-03-25", NG_PREC_DAY, 0,
         0, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_want(&cases[i]);
}

/* ---- partial and relative expressions, resolved against REF ----------- */

static void test_relative(void)
{
    static const want cases[] = {
        {"The governor arrived on 14 July in Vitebsk.", "14 July", "2024-07-14", "2024-07-14",
         NG_PREC_DAY, 0, 0, 0},
        {"The delegation arrives today from Kazan.", "today", "2024-07-15", "2024-07-15",
         NG_PREC_DAY, 0, 0, 0},
        {"The ministers met yesterday in Minsk.", "yesterday", "2024-07-14", "2024-07-14",
         NG_PREC_DAY, 0, 0, 0},
        {"Trade has grown this year in both directions.", "this year", "2024-01-01", "2024-12-31",
         NG_PREC_YEAR, 0, 0, 0},
        {"Trade grew last year in all regions.", "last year", "2023-01-01", "2023-12-31",
         NG_PREC_YEAR, 0, 0, 0},
        {"A new forum will be held next year in Grodno.", "next year", "2025-01-01", "2025-12-31",
         NG_PREC_YEAR, 0, 1, 0},
        {"Exports rose in 2024 to new markets.", "2024", "2024-01-01", "2024-12-31", NG_PREC_YEAR,
         0, 0, 1},
        {"Exports rose in January-May in value terms.", "January-May", "2024-01-01", "2024-05-31",
         NG_PREC_MONTH, 1, 0, 0},
        {"Exports rose in January-May 2023 in value terms.", "January-May 2023", "2023-01-01",
         "2023-05-31", NG_PREC_MONTH, 1, 0, 1},
        {"Exports fell in May in value terms.", "May", "2024-05-01", "2024-05-31", NG_PREC_MONTH, 0,
         0, 0},
        {"Trade grew last month in value terms.", "last month", "2024-06-01", "2024-06-30",
         NG_PREC_MONTH, 0, 0, 0},
        /* 2024-07-15 is a Monday: the Friday before is the 12th */
        {"The two governors spoke on Friday by phone.", "Friday", "2024-07-12", "2024-07-12",
         NG_PREC_DAY, 0, 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_want(&cases[i]);
}

/* A day written without its year is the one nearest the publication day:
 * an article of 3 January tells of 29 December just gone, one of 28
 * December of 5 January to come. */
static void test_nearest_year(void)
{
    static const want early = {"The governor was received on 29 December in Minsk.", "29 December", "2023-12-29",
                               "2023-12-29", NG_PREC_DAY, 0, 0, 0};
    static const want late = {"The talks will open on 5 January in Minsk.", "5 January", "2025-01-05",
                              "2025-01-05", NG_PREC_DAY, 0, 0, 0};
    static const want usual = {"The forum opens on December 20 in Minsk.", "December 20", "2024-12-20",
                               "2024-12-20", NG_PREC_DAY, 0, 0, 0};
    check_want_ref(&early, (ng_date){2024, 1, 3});
    check_want_ref(&late, (ng_date){2024, 12, 28});
    check_want(&usual);
}

/* ---- periods: halves, quarters, spans, horizons --------------------- */

static void test_periods(void)
{
    static const want cases[] = {
        {"Trade in the first half of 2018 grew by a tenth.", "the first half of 2018", "2018-01-01",
         "2018-06-30", NG_PREC_MONTH, 1, 0, 1},
        {"In H1 2023 trade grew.", "H1 2023", "2023-01-01", "2023-06-30", NG_PREC_MONTH, 1, 0, 1},
        {"In the first quarter of 2024 trade grew.", "the first quarter of 2024", "2024-01-01",
         "2024-03-31", NG_PREC_MONTH, 1, 0, 1},
        {"In the first nine months of 2023 trade grew.", "the first nine months of 2023",
         "2023-01-01", "2023-09-30", NG_PREC_MONTH, 1, 0, 1},
        {"Trade grew in the second half of last year in value.", "the second half of last year",
         "2023-07-01", "2023-12-31", NG_PREC_MONTH, 1, 0, 0},
        {"The programme for 2021-2025 was adopted.", "2021-2025", "2021-01-01", "2025-12-31",
         NG_PREC_YEAR, 1, 0, 1},
        {"Trade will double in the next five years as planned.", "the next five years",
         "2024-01-01", "2029-12-31", NG_PREC_YEAR, 1, 1, 0},
        {"Trade will double in the next 5 years as planned.", "the next 5 years", "2024-01-01",
         "2029-12-31", NG_PREC_YEAR, 1, 1, 0},
        {"Trade will reach 5 billion by 2030 as agreed.", "by 2030", "2030-01-01", "2030-12-31",
         NG_PREC_YEAR, 1, 1, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_want(&cases[i]);
    /* months counted from the start of the year the text names */
    static const want months_this_year[] = {
        {"Over eight months of this year trade grew.", "eight months of this year", "2024-01-01",
         "2024-08-31", NG_PREC_MONTH, 1, 0, 0},
        {"In the first eight months of this year trade grew.", "the first eight months of this year",
         "2024-01-01", "2024-08-31", NG_PREC_MONTH, 1, 0, 0},
        {"In nine months of last year trade grew.", "nine months of last year", "2023-01-01",
         "2023-09-30", NG_PREC_MONTH, 1, 0, 0},
        {"In 10 months of 2023 trade grew.", "10 months of 2023", "2023-01-01", "2023-10-31",
         NG_PREC_MONTH, 1, 0, 1},
    };
    for (size_t i = 0; i < sizeof months_this_year / sizeof months_this_year[0]; i++)
        check_want_ref(&months_this_year[i], (ng_date){2024, 10, 5});
    found f;
    find_in("The plant was built in eight months and opened in spring.", (ng_date){2024, 10, 5}, &f);
    CHECK_INT(f.n, 0, "'in eight months' without a year is no period");
}

/* ---- resolution across month and year ends ---------------------------- */

static void test_resolution_edges(void)
{
    static const want yesterday = {"The ministers met yesterday in Minsk.", "yesterday",
                                   "2024-02-29", "2024-02-29", NG_PREC_DAY, 0, 0, 0};
    check_want_ref(&yesterday, (ng_date){2024, 3, 1});
    static const want last_month = {"Trade grew last month in value terms.", "last month",
                                    "2023-12-01", "2023-12-31", NG_PREC_MONTH, 0, 0, 0};
    check_want_ref(&last_month, (ng_date){2024, 1, 10});
    static const want next_year = {"A new forum will be held next year in Grodno.", "next year",
                                   "2024-01-01", "2024-12-31", NG_PREC_YEAR, 0, 1, 0};
    check_want_ref(&next_year, (ng_date){2023, 12, 31});
}

/* ---- month ranges across a year end --------------------------------- */

static void test_year_crossing_ranges(void)
{
    static const want cases[] = {
        /* a bare range starts in the publication year, as a bare month does */
        {"Exports rose in October-April in value terms.", "October-April", "2024-10-01",
         "2025-04-30", NG_PREC_MONTH, 1, 0, 0},
        {"Exports rose from December to February in value terms.", "December to February",
         "2024-12-01", "2025-02-28", NG_PREC_MONTH, 1, 0, 0},
        /* a year written after the range is its last month's */
        {"Exports rose in October-April 2024 in value terms.", "October-April 2024", "2023-10-01",
         "2024-04-30", NG_PREC_MONTH, 1, 0, 1},
        /* a year after each month is followed */
        {"Exports rose in October 2023-April 2024 in value terms.", "October 2023-April 2024",
         "2023-10-01", "2024-04-30", NG_PREC_MONTH, 1, 0, 1},
        {"Exports rose from December 2023 to February 2024 in value.",
         "December 2023 to February 2024", "2023-12-01", "2024-02-29", NG_PREC_MONTH, 1, 0, 1},
        {"Exports rose in March 2023-May 2023 in value terms.", "March 2023-May 2023", "2023-03-01",
         "2023-05-31", NG_PREC_MONTH, 1, 0, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_want(&cases[i]);

    /* a range that runs backwards is two months, not a period */
    found f;
    find_in("Exports rose in October 2024-April 2023 in value terms.", REF, &f);
    CHECK_INT(f.n, 2, "October 2024-April 2023: two expressions");
    CHECK(f.n == 2 && !f.x[0].is_range && !f.x[1].is_range, "October 2024-April 2023: no range");
}

/* ---- the full stop after a month name -------------------------------- */

static void test_month_full_stop(void)
{
    static const want cases[] = {
        /* after a full name the dot ends the sentence */
        {"The governor arrived on 14 July.", "14 July", "2024-07-14", "2024-07-14", NG_PREC_DAY,
         0, 0, 0},
        {"Exports rose in January-May.", "January-May", "2024-01-01", "2024-05-31", NG_PREC_MONTH,
         1, 0, 0},
        {"Exports fell in May.", "May", "2024-05-01", "2024-05-31", NG_PREC_MONTH, 0, 0, 0},
        {"Exports fell in October-April.", "October-April", "2024-10-01", "2025-04-30",
         NG_PREC_MONTH, 1, 0, 0},
        /* after an abbreviation it belongs to the date */
        {"Talks were held on 24 Sept. 2023 in Minsk.", "24 Sept. 2023", "2023-09-24",
         "2023-09-24", NG_PREC_DAY, 0, 0, 1},
        {"Talks were held on Jun. 24 in Minsk.", "Jun. 24", "2024-06-24", "2024-06-24",
         NG_PREC_DAY, 0, 0, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_want(&cases[i]);
}

/* ---- header dates: weekday, clock time; comparison bases ------------- */

static void test_flags(void)
{
    found f;
    find_in("Monday, 15 July 2024, 18:01 Minsk", REF, &f);
    CHECK_INT(f.n, 1, "header date: one expression");
    if (f.n == 1) {
        CHECK_STR(f.span[0], "Monday, 15 July 2024, 18:01", "header date: the time is in the span");
        CHECK_INT(f.x[0].weekday_led, 1, "header date: weekday_led");
        CHECK_INT(f.x[0].has_time, 1, "header date: has_time");
        CHECK_INT(f.x[0].precision, NG_PREC_DAY, "header date: day precision");
    }
    find_in("The report was filed 24.06.2024 18:01 in Minsk.", REF, &f);
    CHECK(f.n == 1 && f.x[0].has_time && !f.x[0].weekday_led, "dotted date with a clock time");

    /* page stamps: a weekday before a hyphenated or dotted date */
    find_in("Fri 14-03-2025 09:40 AM", REF, &f);
    CHECK(f.n == 1 && f.x[0].weekday_led && f.x[0].has_time && f.x[0].from.y == 2025 && f.x[0].from.m == 3 &&
              f.x[0].from.d == 14,
          "stamp: weekday, hyphenated day-month-year, time");
    find_in("Mon, 07.04.2025", REF, &f);
    CHECK(f.n == 1 && f.x[0].weekday_led && f.x[0].from.m == 4 && f.x[0].from.d == 7,
          "stamp: weekday, dotted date");
    find_in("Scores of 3-1-2 were seen.", REF, &f);
    CHECK_INT(f.n, 0, "a hyphenated score is no date");

    /* a base of comparison is no period in which something happened */
    find_in("Trade rose 12 percent over 2023 in value.", REF, &f);
    CHECK(f.n == 1 && f.x[0].comparison, "\"over 2023\" is a comparison base");
    find_in("Trade grew 5% compared to 2022 in value.", REF, &f);
    CHECK(f.n == 1 && f.x[0].comparison, "\"compared to 2022\" is a comparison base");
    find_in("Exports rose in 2024 to new markets.", REF, &f);
    CHECK(f.n == 1 && !f.x[0].comparison, "\"in 2024\" is no comparison base");
}

/* ---- without a reference date nothing relative is guessed ------------- */

static void test_no_reference(void)
{
    static const char *relative[] = {
        "The ministers met yesterday in Minsk.",
        "Trade grew last year in all regions.",
        "The governor arrived on 14 July in Vitebsk.",
        "Exports rose in January-May in value terms.",
        "Trade grew last month in value terms.",
        "The two governors spoke on Friday by phone.",
    };
    char what[160];
    for (size_t i = 0; i < sizeof relative / sizeof relative[0]; i++) {
        snprintf(what, sizeof what, "no reference: recognized in \"%s\"", relative[i]);
        CHECK(count_in(relative[i], NOREF) >= 1, what);
        snprintf(what, sizeof what, "no reference: unresolved in \"%s\"", relative[i]);
        CHECK(nothing_resolved(relative[i], NOREF), what);
    }
    CHECK(nothing_resolved("Trade will double in the next five years as planned.", NOREF),
          "no reference: the next five years stay unresolved");

    found f;
    find_in("A new forum will be held next year in Grodno.", NOREF, &f);
    CHECK(f.n == 1 && f.x[0].from.y == 0 && f.x[0].future,
          "no reference: next year is future but unresolved");

    /* "by 2030": a target for the year 2030, still ahead, with or without
     * a publication date */
    find_in("Trade will reach 5 billion by 2030 as agreed.", NOREF, &f);
    CHECK_INT(f.n, 1, "no reference: one expression in \"by 2030\"");
    if (f.n == 1) {
        CHECK_STR(f.span[0], "by 2030", "no reference: \"by 2030\": span");
        CHECK_INT(f.x[0].future, 1, "no reference: \"by 2030\": future");
        CHECK_INT(f.x[0].is_range, 1, "no reference: \"by 2030\": is_range");
        CHECK_INT(f.x[0].from.y, 2030, "no reference: \"by 2030\": the target year");
        CHECK_INT(f.x[0].to.y, 2030, "no reference: \"by 2030\": the deadline year");
    }
    /* a range stays a range when its year is unknown */
    find_in("Exports rose in January-May in value terms.", NOREF, &f);
    CHECK(f.n == 1 && f.x[0].is_range && f.x[0].from.y == 0 && f.x[0].precision == NG_PREC_MONTH,
          "no reference: January-May is an unresolved range");
    find_in("Exports rose in October-April in value terms.", NOREF, &f);
    CHECK(f.n == 1 && f.x[0].is_range && f.x[0].from.y == 0,
          "no reference: October-April is an unresolved range");
    find_in("Exports fell in May in value terms.", NOREF, &f);
    CHECK(f.n == 1 && !f.x[0].is_range && f.x[0].from.y == 0,
          "no reference: May alone is no range");

    /* a year alone does not tell the day: "yesterday" stays open */
    ng_date year_only = {2024, 0, 0};
    CHECK(nothing_resolved("The ministers met yesterday in Minsk.", year_only),
          "reference year only: yesterday unresolved");
    static const want last_year = {"Trade grew last year in all regions.", "last year",
                                   "2023-01-01", "2023-12-31", NG_PREC_YEAR, 0, 0, 0};
    check_want_ref(&last_year, year_only);

    /* a written-out date needs no reference */
    static const want absolute = {"The forum opened on 24 June 2022 in Minsk.", "24 June 2022",
                                  "2022-06-24", "2022-06-24", NG_PREC_DAY, 0, 0, 1};
    check_want_ref(&absolute, NOREF);
}

/* ---- numbers that are no dates, dates that cannot exist ---------------- */

/* A year before a noun that could count: a preposition of time keeps it a year. */
static void test_years_before_nouns(void)
{
    static const want cases[] = {
        {"In 2020 companies invested more in the region.", "2020", "2020-01-01", "2020-12-31",
         NG_PREC_YEAR, 0, 0, 1},
        {"Since 2015 people have moved to the city.", "2015", "2015-01-01", "2015-12-31",
         NG_PREC_YEAR, 0, 0, 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        check_want(&cases[i]);
}

static void test_not_dates(void)
{
    CHECK_INT(count_in("More than 2,500 participants attended the forum.", REF), 0,
              "\"2,500 participants\" is no date");
    CHECK_INT(count_in("The 10th Forum of Regions opened in Minsk.", REF), 0,
              "\"the 10th Forum\" is no date");
    CHECK_INT(count_in("Trade reached 100 billion rubles.", REF), 0, "\"100 billion\" is no date");
    CHECK_INT(count_in("Turnover grew by 2.5 percent.", REF), 0, "\"2.5 percent\" is no date");
    /* a four-digit number that counts something is no year */
    CHECK_INT(count_in("Belarus shipped 2000 tonnes of milk.", REF), 0,
              "\"2000 tonnes\" is no year");
    CHECK_INT(count_in("Belarus shipped 2000 tonnes of milk.", NOREF), 0,
              "\"2000 tonnes\" is no year without a reference either");
    CHECK_INT(count_in("The fair drew 2024 participants from abroad.", REF), 0,
              "\"2024 participants\" is no year");
    CHECK_INT(count_in("Exports rose by 2000 tonnes a month.", REF), 0,
              "\"by 2000 tonnes\" is no year");
    CHECK_INT(count_in("Output will grow by 2030 tonnes a year.", REF), 0,
              "\"by 2030 tonnes\" is no deadline");
    /* "may" the verb is lower-case */
    CHECK_INT(count_in("The sides may sign 3 agreements.", REF), 0, "\"may sign 3\" is no date");
    CHECK_INT(count_in("Of the 12 firms, 5 may apply in 2025.", REF), 1, "a lower-case month needs a day and a year: only 2025 is a date");

    CHECK_INT(count_in("The contract was signed 31.02.2024 in Minsk.", REF), 0,
              "31.02.2024 is no date");
    CHECK_INT(count_in("The contract was signed 24.13.2024 in Minsk.", REF), 0,
              "24.13.2024 is no date");
    CHECK(no_resolved_day("The fair was held on 32 June 2022 in Minsk.", REF),
          "32 June 2022 is no day");
    CHECK(no_resolved_day("The fair was held on 30 February 2023 in Minsk.", REF),
          "30 February 2023 is no day");
    CHECK(no_resolved_day("The fair was held on 29 February 2023 in Minsk.", REF),
          "29 February 2023 is no day (no leap year)");
    CHECK(no_resolved_day("The file is dated 2023-02-29 in the archive.", REF),
          "2023-02-29 is no day");
    CHECK(no_resolved_day("The file is dated 2024-13-01 in the archive.", REF),
          "2024-13-01 is no day");
}

/* ---- the span and the output limit of ng_timex_find -------------------- */

static void test_find_limits(void)
{
    const char *s = "They met on 14 July in Minsk and on 20 August in Kazan.";
    ng_tokens t;
    ng_timex x[MAX_TIMEX];
    ng_tokens_init(&t, s, strlen(s));
    CHECK_INT(ng_timex_find(kb, &t, 0, t.ntok, REF, x, MAX_TIMEX), 2, "two dates in a sentence");
    CHECK_INT(ng_timex_find(kb, &t, 0, t.ntok, REF, x, 1), 1, "max bounds the output");
    CHECK_INT(ng_timex_find(kb, &t, 0, 3, REF, x, MAX_TIMEX), 0, "nothing outside [begin, end)");
    ng_tokens_free(&t);
}

/* ---- calendar helpers ------------------------------------------------ */

static void test_calendar(void)
{
    CHECK_INT(ng_days_in_month(2024, 2), 29, "February 2024 has 29 days");
    CHECK_INT(ng_days_in_month(2023, 2), 28, "February 2023 has 28 days");
    CHECK_INT(ng_days_in_month(1900, 2), 28, "1900 is no leap year");
    CHECK_INT(ng_days_in_month(2000, 2), 29, "2000 is a leap year");
    CHECK_INT(ng_days_in_month(2024, 4), 30, "April has 30 days");
    CHECK_INT(ng_days_in_month(2024, 12), 31, "December has 31 days");
    CHECK_INT(ng_days_in_month(2024, 0), 0, "month 0 has no days");
    CHECK_INT(ng_days_in_month(2024, 13), 0, "month 13 has no days");

    CHECK(ng_date_valid((ng_date){2024, 2, 29}), "2024-02-29 valid");
    CHECK(!ng_date_valid((ng_date){2023, 2, 29}), "2023-02-29 invalid");
    CHECK(!ng_date_valid((ng_date){2024, 6, 31}), "2024-06-31 invalid");

    ng_date e = ng_date_year_earlier((ng_date){2024, 2, 29});
    CHECK(e.y == 2020 && e.m == 2 && e.d == 29, "29 February a year earlier is the leap day before");
    e = ng_date_year_earlier((ng_date){2024, 3, 1});
    CHECK(e.y == 2023 && e.m == 3 && e.d == 1, "1 March a year earlier is 1 March of the year before");
    e = ng_date_year_earlier((ng_date){2024, 2, 0});
    CHECK(e.y == 2023 && e.m == 2 && e.d == 0, "a month a year earlier");
    CHECK(ng_date_valid((ng_date){2024, 6, 0}), "a month alone is valid");
    CHECK(ng_date_valid((ng_date){2024, 0, 0}), "a year alone is valid");
    CHECK(!ng_date_valid((ng_date){2024, 0, 5}), "a day without a month is invalid");
    CHECK(!ng_date_valid((ng_date){2024, 13, 1}), "month 13 invalid");
    CHECK(!ng_date_valid((ng_date){0, 0, 0}), "the unresolved date is invalid");

    CHECK(ng_date_cmp((ng_date){2023, 12, 31}, (ng_date){2024, 1, 1}) < 0, "cmp across years");
    CHECK(ng_date_cmp((ng_date){2024, 7, 15}, (ng_date){2024, 7, 14}) > 0, "cmp by day");
    CHECK_INT(ng_date_cmp((ng_date){2024, 7, 15}, (ng_date){2024, 7, 15}), 0, "cmp equal");

    CHECK_INT(ng_weekday((ng_date){2024, 7, 15}), 1, "2024-07-15 is a Monday");
    CHECK_INT(ng_weekday((ng_date){2024, 2, 29}), 4, "2024-02-29 is a Thursday");
    CHECK_INT(ng_weekday((ng_date){2000, 1, 1}), 6, "2000-01-01 is a Saturday");
    CHECK_INT(ng_weekday((ng_date){1970, 1, 1}), 4, "1970-01-01 is a Thursday");
    CHECK_INT(ng_weekday((ng_date){1900, 1, 1}), 1, "1900-01-01 is a Monday");
    CHECK_INT(ng_weekday((ng_date){2023, 12, 31}), 7, "2023-12-31 is a Sunday");
}

static void check_add(ng_date d, int days, const char *expected, const char *what)
{
    char buf[11];
    CHECK_STR(fmt(ng_date_add_days(d, days), buf), expected, what);
}

static void test_add_days_and_format(void)
{
    check_add((ng_date){2024, 12, 31}, 1, "2025-01-01", "+1 across the year end");
    check_add((ng_date){2024, 1, 1}, -1, "2023-12-31", "-1 across the year start");
    check_add((ng_date){2024, 2, 28}, 1, "2024-02-29", "+1 into a leap day");
    check_add((ng_date){2023, 2, 28}, 1, "2023-03-01", "+1 over a common February end");
    check_add((ng_date){2024, 3, 1}, -1, "2024-02-29", "-1 back to a leap day");
    check_add((ng_date){2024, 7, 31}, 1, "2024-08-01", "+1 across a month end");
    check_add((ng_date){2024, 1, 1}, 366, "2025-01-01", "+366 over a leap year");
    check_add((ng_date){2024, 7, 15}, 0, "2024-07-15", "+0 is the same day");

    char buf[11];
    CHECK_STR(fmt((ng_date){2024, 6, 24}, buf), "2024-06-24", "format a day");
    CHECK_STR(fmt((ng_date){2024, 6, 0}, buf), "2024-06", "format a month");
    CHECK_STR(fmt((ng_date){2024, 0, 0}, buf), "2024", "format a year");
    CHECK_STR(fmt((ng_date){2024, 1, 5}, buf), "2024-01-05", "format pads with zeros");
}

int main(void)
{
    kb = check_kb();
    test_absolute();
    test_relative();
    test_nearest_year();
    test_periods();
    test_resolution_edges();
    test_year_crossing_ranges();
    test_month_full_stop();
    test_flags();
    test_no_reference();
    test_years_before_nouns();
    test_not_dates();
    test_find_limits();
    test_calendar();
    test_add_days_and_format();
    ng_kb_close(kb);
    CHECK_DONE();
}
