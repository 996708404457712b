/*
 * fuzz_money.c - amounts of money on the tokens of arbitrary text:
 * ng_money_find over the whole text and a slice of it, ng_number_parse on
 * every number token and ng_decimal_format on every value.
 *
 * Checks: amounts lie inside the range, left to right, never overlapping;
 * decimals are not negative; a currency is three upper-case letters; the
 * formatted value is an xsd:decimal with a fractional part.
 */
#include "fuzz_common.h"
#include "money.h"

#define MAX_MONEY 256

static int is_xsd_decimal(const char *s)
{
    if (*s == '-' || *s == '+')
        s++;
    size_t digits = 0;
    while (*s >= '0' && *s <= '9') {
        s++;
        digits++;
    }
    if (*s != '.' || !digits)
        return 0;
    s++;
    size_t frac = 0;
    while (*s >= '0' && *s <= '9') {
        s++;
        frac++;
    }
    return *s == '\0' && frac > 0;
}

static void check_format(long long mantissa, int decimals)
{
    char buf[128];
    ng_decimal_format(mantissa, decimals, buf, sizeof buf);
    FUZZ_CHECK(is_xsd_decimal(buf), "mantissa %lld decimals %d formatted as '%s'", mantissa, decimals, buf);
}

static void find(const ng_tokens *t, size_t begin, size_t end)
{
    static ng_money out[MAX_MONEY];
    size_t n = ng_money_find(fuzz_kb, t, begin, end, out, MAX_MONEY);
    FUZZ_CHECK(n <= MAX_MONEY, "%zu amounts", n);
    size_t prev = begin;
    for (size_t k = 0; k < n; k++) {
        const ng_money *m = &out[k];
        FUZZ_CHECK(m->tok_start >= prev && m->tok_start < m->tok_end && m->tok_end <= end,
                   "amount %zu at tokens [%zu,%zu) in [%zu,%zu), previous ended at %zu", k, m->tok_start,
                   m->tok_end, begin, end, prev);
        prev = m->tok_end;
        FUZZ_CHECK(m->decimals >= 0 && m->decimals <= 18, "amount %zu decimals %d", k, m->decimals);
        FUZZ_CHECK(m->mantissa >= 0, "amount %zu negative mantissa %lld", k, m->mantissa);
        if (m->unit)
            FUZZ_CHECK(strlen(m->unit) == 3 && m->unit[0] >= 'A' && m->unit[0] <= 'Z' && m->unit[1] >= 'A' &&
                           m->unit[1] <= 'Z' && m->unit[2] >= 'A' && m->unit[2] <= 'Z',
                       "amount %zu unit '%s'", k, m->unit);
        check_format(m->mantissa, m->decimals);
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
    find(&t, 0, t.ntok);
    if (t.ntok > 2) {
        size_t begin, end;
        fuzz_span(data, size, t.ntok, &begin, &end);
        find(&t, begin, end);
    }
    for (size_t i = 0; i < t.ntok; i++) {
        if (t.toks[i].kind != NG_TOK_NUM)
            continue;
        long long m;
        int d;
        if (ng_number_parse(text + t.toks[i].start, t.toks[i].end - t.toks[i].start, &m, &d)) {
            FUZZ_CHECK(d >= 0, "'%.*s' parsed with %d decimals", (int)(t.toks[i].end - t.toks[i].start),
                       text + t.toks[i].start, d);
            check_format(m, d);
        }
    }
    ng_tokens_free(&t);
    free(text);
    return 0;
}
