/*
 * reader.c - plain text and HTML documents into ng_doc (see reader.h).
 *
 * Scraped news pages carry site chrome above and below the article: menus,
 * a "page viewed" date, share buttons, lists of other headlines. The
 * reader finds the publication date among the first lines (a time stamp
 * line beats a bare date, which beats a weekday-led page date), the
 * headline next to it, and the dateline ("MINSK, 14 July (BelTA) -").
 * Phrases that mark chrome are lexicon classes, not code.
 */
#include "reader.h"
#include "reader_html.h"
#include "memo.h"
#include "html_scan.h"
#include "sha256.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define HEADER_LINES 24

static void split_lines(ng_doc *doc)
{
    size_t cap = 16, k = 0;
    doc->paras = ng_xmalloc(cap * sizeof *doc->paras);
    size_t i = 0;
    while (i <= doc->len) {
        size_t e = i;
        while (e < doc->len && doc->text[e] != '\n')
            e++;
        size_t s = i, t = e;
        while (s < t && doc->text[s] == ' ')
            s++;
        while (t > s && doc->text[t - 1] == ' ')
            t--;
        if (t > s) {
            if (doc->npara == cap) {
                cap *= 2;
                doc->paras = ng_xrealloc(doc->paras, cap * sizeof *doc->paras);
            }
            ng_para *p = &doc->paras[doc->npara++];
            p->start = s;
            p->end = t;
            p->kind = NG_PARA_BODY;
            while (k < doc->toks.ntok && doc->toks.toks[k].start < s)
                k++;
            p->tok_start = k;
            while (k < doc->toks.ntok && doc->toks.toks[k].start < t)
                k++;
            p->tok_end = k;
        }
        i = e + 1;
    }
}

static size_t para_words(const ng_doc *doc, const ng_para *p)
{
    size_t n = 0;
    for (size_t k = p->tok_start; k < p->tok_end; k++)
        if (doc->toks.toks[k].kind != NG_TOK_PUNCT)
            n++;
    return n;
}

static int ends_sentence(const ng_doc *doc, const ng_para *p)
{
    char c = doc->text[p->end - 1];
    return c == '.' || c == '!' || c == '?' || c == '"' || c == ',' || c == ':';
}

/* "|", "/", a bullet: what sets the parts of a page's stamp apart. */
static int stamp_separator(const ng_kb *kb, const ng_tokens *t, size_t k)
{
    return k < t->ntok && ng_lx_word(kb, NG_LX_STAMP_SEPARATOR, t, k);
}

/* "RUB (100) 3.6702": the bracketed amount a rate is of, in tokens (0
 * when none). */
static size_t rate_multiplier(const ng_tokens *t, size_t j, size_t end)
{
    return j + 3 < end && ng_tok_is(t, j, '(') && t->toks[j + 1].kind == NG_TOK_NUM && ng_tok_is(t, j + 2, ')') ? 3 : 0;
}

/* Past the number at token j, which may be split at its point. */
static size_t number_end(const ng_tokens *t, size_t j, size_t end)
{
    j++;
    while (j + 1 < end && (ng_tok_is(t, j, '.') || ng_tok_is(t, j, ',')) && t->toks[j + 1].kind == NG_TOK_NUM &&
           !(t->toks[j].flags & NG_TF_SPACE))
        j += 2;
    return j;
}

/* Exchange-rate widgets ("USD 3.2 BYN", "3.65 BYN", "KZT/USD 448.72"):
 * from token i, the run of [code[/code]] number code. Returns where it
 * ends (i when none). */
static size_t rate_run(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end)
{
    size_t k = i;
    while (k < end) {
        if (k > i && stamp_separator(kb, t, k)) {
            k++; /* "USD 2.96 | EUR 3.40" */
            continue;
        }
        size_t j = k, n = ng_lx_match(kb, NG_LX_CURRENCY, t, j, end, NULL);
        j += n;
        /* "KZT/USD 448.72": a pair of codes */
        if (n && j + 1 < end && ng_tok_is(t, j, '/') && ng_lx_match(kb, NG_LX_CURRENCY, t, j + 1, end, NULL))
            j += 1 + ng_lx_match(kb, NG_LX_CURRENCY, t, j + 1, end, NULL);
        if (n)
            j += rate_multiplier(t, j, end);
        if (j >= end || t->toks[j].kind != NG_TOK_NUM)
            break;
        j = number_end(t, j, end);
        /* "USD 3.2780 ▲0.0054": the day's change after the rate */
        if (j + 1 < end && ng_lx_word(kb, NG_LX_RATE_CHANGE_MARK, t, j) && t->toks[j + 1].kind == NG_TOK_NUM)
            j = number_end(t, j + 1, end);
        if (n && j < end && t->toks[j].kind == NG_TOK_NUM)
            j++; /* "RUB 100 3.6401": the rate of a hundred */
        size_t c = ng_lx_match(kb, NG_LX_CURRENCY, t, j, end, NULL);
        /* "USD 2.9514 EUR 3.4280": a code before each rate is enough */
        if (n && (!c || (j + c < end && (t->toks[j + c + rate_multiplier(t, j + c, end)].kind == NG_TOK_NUM ||
                                        ng_tok_is(t, j + c, '/'))))) {
            k = j;
            continue;
        }
        if (!c)
            break;
        k = j + c;
        /* "100 RUB 3.7410": the amount before the code, the rate after */
        if (!n && k < end && t->toks[k].kind == NG_TOK_NUM)
            k = number_end(t, k, end);
    }
    return k;
}

/* A line that is nothing but exchange rates. */
static int is_rate_line(const ng_doc *doc, const ng_kb *kb, const ng_para *p)
{
    return p->tok_end > p->tok_start && rate_run(kb, &doc->toks, p->tok_start, p->tok_end) == p->tok_end;
}

/* The rest of a bare date's line from token k is a trailer: a comma and
 * at most five words (a weekday, a venue and a city), no sentence. */
static int date_trailer(const ng_doc *doc, const ng_kb *kb, const ng_para *p, size_t k)
{
    const ng_tokens *t = &doc->toks;
    /* "10.03.2024 | Politics", "16 September 2025 • 19:05", "10 March 2024
     * Source: BelTA", "10.10.2025 Views: 312": chrome */
    if (stamp_separator(kb, t, k) || (ng_lx_match(kb, NG_LX_CHROME_PREFIX, t, k, p->tok_end, NULL) &&
                                 ng_tok_is(t, k + ng_lx_match(kb, NG_LX_CHROME_PREFIX, t, k, p->tok_end, NULL), ':')))
        return 1;
    /* "2024-03-12T14:32:00+03:00": ISO 8601's time right after the day */
    if (k + 1 < p->tok_end && !(t->toks[k].flags & NG_TF_SPACE) && t->toks[k].end == t->toks[k].start + 1 &&
        doc->text[t->toks[k].start] == 'T' && t->toks[k + 1].kind == NG_TOK_NUM &&
        !(t->toks[k + 1].flags & NG_TF_SPACE))
        return 1;
    /* "05.10.2016 [16:37]": a clock time in brackets */
    size_t b = k;
    if (ng_tok_is(t, b, '[') || ng_tok_is(t, b, '('))
        b++;
    if (b > k && b + 4 == p->tok_end && t->toks[b].kind == NG_TOK_NUM && ng_tok_is(t, b + 1, ':') &&
        t->toks[b + 2].kind == NG_TOK_NUM && (ng_tok_is(t, b + 3, ']') || ng_tok_is(t, b + 3, ')')))
        return 1;
    if (!ng_tok_is(t, k, ',') || ends_sentence(doc, p))
        return 0;
    size_t words = 0;
    for (size_t i = k + 1; i < p->tok_end; i++) {
        /* "12 July 2024, Friday | Vitebsk +24 °C": past the bar, chrome */
        if (stamp_separator(kb, t, i))
            return words > 0;
        if (t->toks[i].kind == NG_TOK_NUM && !ng_tok_is(t, i + 1, ':') && !(i > 0 && ng_tok_is(t, i - 1, ':')))
            return 0; /* a clock time may close it: ", Sunday, 14:32" */
        if (t->toks[i].kind == NG_TOK_WORD && ++words > 5)
            return 0;
    }
    return words > 0;
}

/* "Source: Press Office of X Province   Updated: 2019-09-12": a chrome
 * part set apart by spaces alone, up to the date's own prefix and its
 * colon. Returns where the date's part starts (i when there is none). */
static size_t after_source_part(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end)
{
    size_t n = ng_lx_match(kb, NG_LX_CHROME_PREFIX, t, i, end, NULL);
    if (!n || !ng_tok_is(t, i + n, ':'))
        return i;
    for (size_t k = i + n + 1; k < end && k < i + n + 16; k++) {
        size_t m = ng_lx_match(kb, NG_LX_DATE_PREFIX, t, k, end, NULL);
        if (m && ng_tok_is(t, k + m, ':'))
            return k;
    }
    return i;
}

/* A date line: optional prefix ("Posted:", "date"), optional clock time,
 * then a date. Returns a score (0: not a date line). */
static int date_line(const ng_doc *doc, const ng_kb *kb, const ng_para *p, ng_timex *x, size_t *rest)
{
    const ng_tokens *t = &doc->toks;
    size_t i = p->tok_start, end = p->tok_end;
    int score = 2;
    /* "News | 03.10.2024", "Economy / 27 January 2025": a section name
     * ("10 March 2024 | 14:32" is a date before the bar) */
    ng_date none0 = {0, 0, 0};
    /* ... but "Published: 04.03.2021 | Updated: 05.03.2021" is dated by
     * its first, prefixed part */
    /* "Source: Xinhua | Editor: huaxia | 2024-05-17 21:08:45": a few such
     * parts before the date */
    for (int part = 0; part < 3 && !ng_timex_at(kb, t, i, end, none0, x) &&
                       !ng_lx_match(kb, NG_LX_DATE_PREFIX, t, i, end, NULL);
         part++) {
        size_t k = i;
        while (k < end && k < i + 4 && !stamp_separator(kb, t, k))
            k++;
        if (k >= end || k >= i + 4)
            break;
        i = k + 1;
    }
    i = after_source_part(kb, t, i, end);
    /* "Grodno, 22 August 2024": the place it was written in */
    ng_place *place = NULL;
    size_t pn = ng_kb_match_place(kb, t, i, end, &place);
    if (pn && place && (ng_tok_is(t, i + pn, ',') || stamp_separator(kb, t, i + pn)))
        i += pn + 1; /* "Yekaterinburg • 16 September 2025" too */
    size_t n = ng_lx_match(kb, NG_LX_DATE_PREFIX, t, i, end, NULL);
    if (n) {
        i += n;
        if (ng_tok_is(t, i, ':'))
            i++;
        score = 3;
    }
    if (i + 2 < end && t->toks[i].kind == NG_TOK_NUM && ng_tok_is(t, i + 1, ':')) {
        i += 3; /* "15:48 03 November 2022", "15:48, 03 November 2022" */
        if (ng_tok_is(t, i, ':'))
            i += 2;
        if (ng_tok_is(t, i, ',') || ng_tok_is(t, i, '|'))
            i++;
        score = 3;
    }
    ng_date none = {0, 0, 0};
    if (!ng_timex_at(kb, t, i, end, none, x) || x->precision != NG_PREC_DAY || !x->explicit_year ||
        !x->from.y)
        return 0;
    if (x->has_time)
        score = 3;
    if (x->weekday_led)
        score = 1;
    *rest = x->tok_end;
    /* a bare date must fill its line, or be followed only by a short
     * trailer ("16 June 2021, Wednesday", "20 December 2017, The Kremlin,
     * Moscow"); a prefixed one may run into text */
    if (score == 2 && x->tok_end < end && !date_trailer(doc, kb, p, x->tok_end))
        return 0;
    return score;
}

/* Skips the agency's mark after a dateline's date and the dash before the
 * text: "(BelTA) -", "/TASS/.", "-". Returns the first token of the text. */
static size_t skip_agency(const ng_tokens *t, size_t k, size_t end)
{
    while (k < end && (ng_tok_is(t, k, '.') || ng_tok_is(t, k, ',')))
        k++;
    for (char open = '('; open; open = open == '(' ? '/' : 0) {
        char close = open == '(' ? ')' : '/';
        if (ng_tok_is(t, k, open) && k + 2 < end && t->toks[k + 1].kind == NG_TOK_WORD &&
            ng_tok_is(t, k + 2, close)) {
            k += 3;
            break;
        }
    }
    while (k < end && (ng_tok_is(t, k, '-') || ng_tok_is(t, k, '.') || ng_tok_is(t, k, ':')))
        k++;
    return k;
}

/* "ST PETERSBURG, 24 June (BelTA) -", "MOSCOW, August 30. /TASS/.",
 * "MOSCOW. Sept 27 (Interfax) -". The
 * place is the dateline proper; the date and the agency's mark up to the
 * text are doc->dateline_after, so that no fact is read from them. */
static int find_dateline(ng_doc *doc, const ng_kb *kb, size_t i, size_t end, ng_date *day)
{
    const ng_tokens *t = &doc->toks;
    size_t j = i;
    while (j < end && t->toks[j].kind == NG_TOK_WORD && (t->toks[j].flags & NG_TF_ALLCAPS))
        j++;
    /* "ST. PETERSBURG", "ROSTOV-ON-DON" */
    while (j + 1 < end && (ng_tok_is(t, j, '.') || (ng_tok_is(t, j, '-') && !(t->toks[j + 1].flags & NG_TF_SPACE))) &&
           (t->toks[j + 1].flags & NG_TF_ALLCAPS)) {
        j += 2;
        while (j < end && t->toks[j].kind == NG_TOK_WORD && (t->toks[j].flags & NG_TF_ALLCAPS))
            j++;
    }
    /* "Bishkek, 30.09.2025 / Kabar /.": a mixed-case place needs a full date and an agency's mark */
    ng_place *place = NULL;
    int mixed = j == i && (t->toks[i].flags & NG_TF_UPPER) && (j = i + ng_kb_match_place(kb, t, i, end, &place)) > i;
    /* "MOSCOW, Sept 27" and Interfax's "MOSCOW. Sept 27" */
    if (j == i || j - i > 5 || !(ng_tok_is(t, j, ',') || (!mixed && ng_tok_is(t, j, '.'))))
        return 0;
    ng_timex x;
    ng_date none = {0, 0, 0};
    if (!ng_timex_at(kb, t, j + 1, end, none, &x) || x.precision != NG_PREC_DAY)
        return 0;
    if (mixed && (!x.explicit_year || skip_agency(t, x.tok_end, end) == x.tok_end))
        return 0;
    int explicit_year = x.explicit_year;
    if (doc->issued.y)  /* day and month, resolved only to be read */
        ng_timex_at(kb, t, j + 1, end, doc->issued, &x);
    doc->dateline_tok_start = i;
    doc->dateline_tok_end = j;
    doc->dateline_after = skip_agency(t, x.tok_end, end);
    *day = x.from;
    if (!explicit_year)
        day->y = 0; /* "MINSK, 14 July": the year is the date line's */
    return 1;
}

/* A date line without a clock time may be a page-view stamp ("Thursday,
 * 21 November 2024": when the page was seen); the dateline's day and month
 * say when the article was written, and the stamp gives its year (the
 * latest such day not after the stamp) unless the dateline has its own. */
static void issued_from_dateline(ng_doc *doc, ng_date stamp, ng_date day)
{
    if (!day.m || !day.d || (!stamp.y && !day.y))
        return;
    ng_date d = day; /* "MINSK, 9 September 2024": the whole day */
    if (!d.y) {
        d.y = stamp.y;
        if (ng_date_cmp(d, stamp) > 0)
            d = ng_date_year_earlier(d);
    }
    if (!ng_date_valid(d))
        return;
    doc->issued = d;
    doc->hour = doc->minute = -1;
}

static int is_chrome_line(const ng_doc *doc, const ng_kb *kb, const ng_para *p, int *tail)
{
    const ng_tokens *t = &doc->toks;
    size_t n = ng_lx_match(kb, NG_LX_CHROME_TAIL, t, p->tok_start, p->tok_end, NULL);
    if (n) {
        *tail = 1;
        return 1;
    }
    n = ng_lx_match(kb, NG_LX_CHROME_LINE, t, p->tok_start, p->tok_end, NULL);
    if (n && (p->tok_start + n == p->tok_end ||
              (p->tok_start + n + 1 == p->tok_end && ng_tok_is(t, p->tok_start + n, ':'))))
        return 1;
    n = ng_lx_match(kb, NG_LX_CHROME_PREFIX, t, p->tok_start, p->tok_end, NULL);
    return n && ng_tok_is(t, p->tok_start + n, ':');
}

/* The date line's date, and its clock time, which comes after the date
 * ("24 June 2022, 18:01") or before it ("15:48 03 November 2022"). */
static void set_issued(ng_doc *doc, const ng_kb *kb, const ng_timex *x, const ng_para *p)
{
    const ng_tokens *t = &doc->toks;
    doc->issued = x->from;
    doc->hour = doc->minute = -1;
    for (size_t k = p->tok_start; k + 2 < x->tok_end; k++) {
        if (t->toks[k].kind == NG_TOK_NUM && ng_tok_is(t, k + 1, ':') && t->toks[k + 2].kind == NG_TOK_NUM) {
            doc->hour = atoi(t->text + t->toks[k].start);
            doc->minute = atoi(t->text + t->toks[k + 2].start);
            /* "2:32 PM", "12:05 a.m.", seconds or not */
            size_t after = k + 3 + (ng_tok_is(t, k + 3, ':') ? 2 : 0);
            if (doc->hour >= 1 && doc->hour <= 12 && after < p->tok_end) {
                if (ng_lx_match(kb, NG_LX_CLOCK_PM, t, after, p->tok_end, NULL))
                    doc->hour = doc->hour % 12 + 12;
                else if (ng_lx_match(kb, NG_LX_CLOCK_AM, t, after, p->tok_end, NULL))
                    doc->hour %= 12;
            }
            if (doc->hour > 23 || doc->minute > 59)
                doc->hour = doc->minute = -1;
            break;
        }
    }
}

/* A date line followed by exchange rates, on its own line or on the next
 * lines, is a widget's stamp. *rest moves past rates on the same line. */
static int crawl_stamp(const ng_doc *doc, const ng_kb *kb, size_t date_para, size_t *rest)
{
    const ng_para *d = &doc->paras[date_para];
    size_t r = rate_run(kb, &doc->toks, *rest, d->tok_end);
    if (r > *rest) {
        *rest = r;
        return 1;
    }
    for (size_t i = date_para + 1; i < doc->npara && i <= date_para + 3; i++)
        if (is_rate_line(doc, kb, &doc->paras[i]))
            return 1;
    return 0;
}

/* The text contradicts a stamp's date when it speaks of things that came
 * later ("since the pandemic began" on a page stamped 2019): the words of
 * lex:since-YEAR name what did not exist before YEAR. */
static int contradicted(const ng_doc *doc, const ng_kb *kb, ng_date stamp)
{
    const ng_tokens *t = &doc->toks;
    if (!stamp.y)
        return 0;
    for (size_t i = 0; i < t->ntok; i++) {
        const char *year = NULL;
        if (ng_lx_match(kb, NG_LX_SINCE, t, i, t->ntok, &year) && year && atoi(year) > stamp.y)
            return 1;
    }
    return 0;
}

static void classify(ng_doc *doc, const ng_kb *kb, int have_date)
{
    size_t limit = doc->npara < HEADER_LINES ? doc->npara : HEADER_LINES;
    int best = 0;
    size_t date_para = (size_t)-1, rest = 0;
    ng_date dateline_day = {0, 0, 0};
    for (size_t i = 0; i < limit; i++) {
        ng_timex x;
        size_t r;
        int score = date_line(doc, kb, &doc->paras[i], &x, &r);
        if (score > best) {
            best = score;
            date_para = i;
            rest = r;
            if (!have_date)
                set_issued(doc, kb, &x, &doc->paras[i]);
        }
    }
    /* Below "Follow us" and "Recent news" a page lists other headlines:
     * no facts of this article, but the places it names are still named */
    /* ... but "Subscribe | Search" in the menu above the headline ends
     * nothing: the tail starts only once a paragraph of text was read */
    int tail = 0, text_read = 0;
    for (size_t i = 0; i < doc->npara; i++) {
        ng_para *p = &doc->paras[i];
        int was_tail = tail;
        if ((is_chrome_line(doc, kb, p, &tail) && !(tail && !was_tail)) || is_rate_line(doc, kb, p))
            p->kind = NG_PARA_CHROME;
        else if (tail)
            p->kind = NG_PARA_HEADER;
        if (!text_read)
            tail = 0;
        text_read |= p->kind != NG_PARA_CHROME && ends_sentence(doc, p) && !ng_tok_is(&doc->toks, p->tok_end - 1, ':') &&
                     para_words(doc, p) > 1;
    }
    int crawl = date_para != (size_t)-1 && (crawl_stamp(doc, kb, date_para, &rest) ||
                                            (!have_date && contradicted(doc, kb, doc->issued)));
    if (crawl) {
        /* the date before an exchange-rate widget is the day the page was
         * fetched: no publication date, and nothing resolved from it */
        if (!have_date)
            doc->issued = (ng_date){0, 0, 0};
        doc->hour = doc->minute = -1;
        best = 3; /* no dateline's day stands in for it either */
    }
    size_t title = (size_t)-1;
    if (date_para != (size_t)-1) {
        ng_para *d = &doc->paras[date_para];
        int trailer = rest < d->tok_end && date_trailer(doc, kb, d, rest);
        if (rest < d->tok_end && !trailer) {
            d->kind = NG_PARA_BODY; /* " date 2019-12-13 Alexander ... said" */
            if (!find_dateline(doc, kb, rest, d->tok_end, &dateline_day) && crawl) {
                /* the stamp and its rates: a header sentence of their own */
                doc->dateline_tok_start = doc->dateline_tok_end = d->tok_start;
                doc->dateline_after = rest;
            }
        } else {
            d->kind = NG_PARA_DATE;
            /* "Grodno, 22 August 2024": its place is named, as a dateline's */
            ng_place *place = NULL;
            size_t pn = ng_kb_match_place(kb, &doc->toks, d->tok_start, d->tok_end, &place);
            if ((pn && place && ng_tok_is(&doc->toks, d->tok_start + pn, ',')) || trailer)
                d->kind = NG_PARA_HEADER; /* "..., The Kremlin, Moscow" too */
        }
        size_t after = date_para + 1;
        while (after < doc->npara && doc->paras[after].kind == NG_PARA_CHROME)
            after++;
        if (after < doc->npara && doc->paras[after].kind == NG_PARA_HEADER)
            after = doc->npara; /* the page ends in its chrome */
        if (after < doc->npara && (rest >= d->tok_end || trailer)) {
            ng_para *a = &doc->paras[after];
            size_t w = para_words(doc, a);
            if (w >= 3 && w < 30 && !ends_sentence(doc, a))
                title = after;
        }
        if (title == (size_t)-1 && date_para > 0) {
            size_t before = date_para - 1;
            while (before > 0 && doc->paras[before].kind == NG_PARA_CHROME)
                before--;
            ng_para *b = &doc->paras[before];
            size_t w = para_words(doc, b);
            if (b->kind != NG_PARA_CHROME && w >= 3 && w < 30 && !ends_sentence(doc, b))
                title = before;
        }
    }
    size_t header_end = title != (size_t)-1 ? title : (date_para != (size_t)-1 ? date_para : 0);
    for (size_t i = 0; i < header_end && i < doc->npara; i++) {
        ng_para *p = &doc->paras[i];
        if (p->kind == NG_PARA_BODY && !(para_words(doc, p) >= 12 && ends_sentence(doc, p)))
            p->kind = NG_PARA_HEADER;
    }
    if (title != (size_t)-1) {
        doc->paras[title].kind = NG_PARA_TITLE;
        if (!doc->title)
            doc->title = ng_xstrndup(doc->text + doc->paras[title].start,
                                     doc->paras[title].end - doc->paras[title].start);
    }
    /* the dateline opens a body paragraph near the top: the first, or the
     * one after a headline that no date line marked as such */
    if (doc->dateline_tok_end == doc->dateline_tok_start)
        for (size_t i = 0, tries = 0; i < doc->npara && i < HEADER_LINES && tries < 3; i++)
            if (doc->paras[i].kind == NG_PARA_BODY) {
                tries++;
                if (find_dateline(doc, kb, doc->paras[i].tok_start, doc->paras[i].tok_end, &dateline_day))
                    break;
            }
    if (!have_date && best <= 2)
        issued_from_dateline(doc, doc->issued, dateline_day);
}

static int parse_iso(const char *s, ng_date *d, int *hour, int *minute)
{
    int y, m, dd, h = -1, mi = -1;
    if (!s || sscanf(s, "%4d-%2d-%2d", &y, &m, &dd) != 3)
        return 0;
    ng_date r = {y, m, dd};
    if (!ng_date_valid(r) || !m || !dd)
        return 0;
    /* a time counts only whole: an hour without its minute is no time */
    if (!(strlen(s) >= 16 && (s[10] == 'T' || s[10] == ' ') && sscanf(s + 11, "%2d:%2d", &h, &mi) == 2) ||
        h < 0 || h > 23 || mi < 0 || mi > 59)
        h = mi = -1;
    *d = r;
    *hour = h;
    *minute = mi;
    return 1;
}

static void index_code_points(ng_doc *doc);

double ng_monotonic(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int ng_doc_read(ng_doc *doc, const ng_kb *kb, const char *name, const unsigned char *bytes, size_t len,
                int format, const ng_doc_meta *meta, char *err, size_t errlen)
{
    return ng_doc_read_until(doc, kb, name, bytes, len, format, meta, 0, err, errlen);
}

int ng_doc_read_until(ng_doc *doc, const ng_kb *kb, const char *name, const unsigned char *bytes, size_t len,
                      int format, const ng_doc_meta *meta, double deadline, char *err, size_t errlen)
{
    memset(doc, 0, sizeof *doc);
    doc->hour = doc->minute = -1;
    size_t blank = 0;
    while (blank < len && (bytes[blank] == ' ' || bytes[blank] == '\n' || bytes[blank] == '\r' ||
                           bytes[blank] == '\t'))
        blank++;
    if (blank == len) {
        snprintf(err, errlen, "%s: empty file", name);
        return -1;
    }
    if (ng_text_is_binary(bytes, len)) {
        snprintf(err, errlen, "%s: binary file, not an article", name);
        return -1;
    }
    if (format == NG_FMT_AUTO)
        format = ng_looks_like_html(bytes, len) ? NG_FMT_HTML : NG_FMT_TEXT;
    html_out h;
    memset(&h, 0, sizeof h);
    ng_buf warn;
    ng_buf_init(&warn);
    unsigned char *fixed = NULL, *capped = NULL;
    size_t fixedlen = 0;
    const char *src = (const char *)bytes;
    size_t srclen = len;
    /* a bad byte costs the byte, not the article: it becomes U+FFFD and the
     * warning says where (a page in a declared charset is libxml2's to
     * transcode) */
    if (format == NG_FMT_TEXT || !ng_declares_other_charset(bytes, len)) {
        size_t first, nbad;
        fixed = (unsigned char *)ng_utf8_repair(bytes, len, &fixedlen, &first, &nbad);
        if (fixed) {
            ng_buf_printf(&warn, "%s: invalid UTF-8 at byte %zu (%zu byte%s replaced by U+FFFD)", name, first, nbad,
                          nbad == 1 ? "" : "s");
            src = (const char *)fixed;
            srclen = fixedlen;
        }
    }
    if (format == NG_FMT_HTML) {
        size_t caplen = 0, where = 0;
        const char *unclosed = ng_html_unclosed_raw(bytes, len, &where);
        if (unclosed)
            ng_buf_printf(&warn, "%s%s: a %s at byte %zu is never closed and holds the rest of the page (%zu bytes, "
                          "with markup): its text is not read", warn.len ? "; " : "", name, unclosed, where,
                          len - where);
        if ((capped = ng_html_cap_attributes((const unsigned char *)src, srclen, &caplen, &where))) {
            ng_buf_printf(&warn, "%s%s: a tag at byte %zu has more than %d attributes; the rest were dropped",
                          warn.len ? "; " : "", name, where, NG_HTML_MAX_ATTRS);
            src = (const char *)capped;
            srclen = caplen;
        }
        int rc = ng_html_to_text((const unsigned char *)src, srclen, fixed ? "UTF-8" : NULL,
                              deadline, &h);
        free(fixed);
        free(capped);
        fixed = NULL;
        if (rc != 0) {
            if (rc == -2)
                snprintf(err, errlen, "%s: over its time budget while parsing HTML; skipped", name);
            else
                snprintf(err, errlen, "%s: unreadable HTML", name);
            ng_html_out_free(&h);
            ng_buf_free(&warn);
            return -1;
        }
        src = h.text.data ? h.text.data : "";
        srclen = h.text.len;
        size_t first, nbad;
        if ((fixed = (unsigned char *)ng_utf8_repair((const unsigned char *)src, srclen, &fixedlen, &first, &nbad))) {
            ng_buf_printf(&warn, "%s%s: invalid UTF-8 after HTML decoding at byte %zu (%zu replaced by U+FFFD)",
                          warn.len ? "; " : "", name, first, nbad);
            src = (const char *)fixed;
            srclen = fixedlen;
        }
    }
    doc->name = ng_xstrdup(name);
    ng_sha256_hex(bytes, len, doc->sha256);
    doc->text = ng_text_normalize(src, srclen, &doc->len);
    free(fixed);
    doc->warning = warn.len ? ng_buf_steal(&warn) : NULL;
    ng_buf_free(&warn);
    ng_tokens_init(&doc->toks, doc->text, doc->len);
    doc->toks.memo = ng_memo_new(); /* the recognizers scan each span once */
    index_code_points(doc);
    split_lines(doc);

    int have_date = 0;
    const char *mdate = meta && meta->date ? meta->date : h.date;
    if (mdate && parse_iso(mdate, &doc->issued, &doc->hour, &doc->minute))
        have_date = 1;
    const char *mtitle = meta && meta->title ? meta->title : (h.h1 ? h.h1 : h.title);
    if (mtitle) {
        size_t tl;
        doc->title = ng_text_normalize(mtitle, strlen(mtitle), &tl);
        /* trim */
        char *s = doc->title;
        while (*s == ' ') s++;
        memmove(doc->title, s, strlen(s) + 1);
        for (size_t k = strlen(doc->title); k > 0 && doc->title[k - 1] == ' '; k--)
            doc->title[k - 1] = '\0';
        if (!*doc->title) {
            free(doc->title);
            doc->title = NULL;
        }
    }
    const char *murl = meta && meta->url ? meta->url : h.url;
    if (murl && *murl) /* no bytes an RDF writer would cut it at */
        doc->source = ng_utf8_percent_bad(murl);
    ng_kb_prefill_words(kb, &doc->toks);
    classify(doc, kb, have_date);
    ng_html_out_free(&h);
    if (doc->npara == 0) {
        snprintf(err, errlen, "%s: no text", name);
        ng_doc_free(doc);
        return -1;
    }
    return 0;
}

void ng_doc_free(ng_doc *doc)
{
    free(doc->name);
    free(doc->text);
    free(doc->title);
    free(doc->source);
    free(doc->paras);
    free(doc->cp_index);
    free(doc->warning);
    ng_tokens_free(&doc->toks);
    memset(doc, 0, sizeof *doc);
}

size_t ng_doc_cp_offset(const ng_doc *doc, size_t byte)
{
    if (byte > doc->len)
        byte = doc->len;
    size_t k = byte / NG_CP_STEP;
    return doc->cp_index[k] + ng_utf8_count(doc->text + k * NG_CP_STEP, byte - k * NG_CP_STEP);
}

static void index_code_points(ng_doc *doc)
{
    size_t n = doc->len / NG_CP_STEP + 1;
    doc->cp_index = ng_xmalloc(n * sizeof *doc->cp_index);
    doc->cp_index[0] = 0;
    for (size_t k = 1; k < n; k++)
        doc->cp_index[k] = doc->cp_index[k - 1] + ng_utf8_count(doc->text + (k - 1) * NG_CP_STEP, NG_CP_STEP);
}
