/*
 * fuzz_dates.c - temporal expressions on the tokens of arbitrary text:
 * ng_timex_find over the whole text and over a slice of it, with no
 * reference date (relative expressions stay unresolved) and with fixed
 * reference dates, including the awkward ones (29 February, the last day
 * of a year).
 *
 * Checks: expressions lie inside the range asked for, left to right,
 * never overlapping; a resolved expression has calendar dates with
 * from <= to; an unresolved one has none.
 */
#include "fuzz_common.h"
#include "dates.h"

#define MAX_TIMEX 256

static int calendar_date(ng_date d)
{
    if (d.y < 1 || d.y > 9999 || d.m < 0 || d.m > 12 || d.d < 0)
        return 0;
    if (d.m == 0)
        return d.d == 0;
    return d.d <= ng_days_in_month(d.y, d.m);
}

static void find(const ng_tokens *t, size_t begin, size_t end, ng_date ref)
{
    static ng_timex out[MAX_TIMEX];
    size_t n = ng_timex_find(fuzz_kb, t, begin, end, ref, out, MAX_TIMEX);
    FUZZ_CHECK(n <= MAX_TIMEX, "%zu expressions for at most %d", n, MAX_TIMEX);
    size_t prev = begin;
    for (size_t k = 0; k < n; k++) {
        const ng_timex *x = &out[k];
        FUZZ_CHECK(x->tok_start >= prev && x->tok_start < x->tok_end && x->tok_end <= end,
                   "expression %zu at tokens [%zu,%zu) in [%zu,%zu), previous ended at %zu", k, x->tok_start,
                   x->tok_end, begin, end, prev);
        prev = x->tok_end;
        FUZZ_CHECK(x->precision >= NG_PREC_NONE && x->precision <= NG_PREC_DAY, "precision %d", x->precision);
        if (x->from.y) {
            FUZZ_CHECK(calendar_date(x->from) && calendar_date(x->to),
                       "expression %zu resolved to %d-%d-%d .. %d-%d-%d", k, x->from.y, x->from.m, x->from.d,
                       x->to.y, x->to.m, x->to.d);
            FUZZ_CHECK(ng_date_cmp(x->from, x->to) <= 0, "expression %zu from %d-%d-%d after to %d-%d-%d", k,
                       x->from.y, x->from.m, x->from.d, x->to.y, x->to.m, x->to.d);
            char a[11], b[11];
            ng_date_format(x->from, a);
            ng_date_format(x->to, b);
            if (x->from.m && x->from.d)
                (void)ng_weekday(x->from);
        }
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    size_t len;
    char *text = fuzz_normalized(data, size, &len);
    if (!text)
        return 0;
    ng_tokens t;
    ng_tokens_init(&t, text, len);
    static const ng_date refs[] = {{0, 0, 0}, {2024, 6, 24}, {2024, 2, 29}, {2023, 12, 31}, {2021, 1, 1}};
    for (size_t r = 0; r < sizeof refs / sizeof refs[0]; r++)
        find(&t, 0, t.ntok, refs[r]);
    if (t.ntok > 2) {
        size_t begin, end;
        fuzz_span(data, size, t.ntok, &begin, &end);
        find(&t, begin, end, refs[1]);
        find(&t, begin, end, refs[0]);
    }
    ng_tokens_free(&t);
    free(text);
    return 0;
}
