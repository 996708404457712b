/*
 * money.c - money amounts (see money.h). Currency words and symbols,
 * scale words ("billion", "bn"), number words ("one") and parts ("half",
 * "quarter") come from the lexicon families "currency", "scale",
 * "number", "denominator"; the cues that make a number before a currency
 * word a year from "amount-year-cue" and "singular-currency".
 */
#include "money.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static size_t digits_from(const char *s, size_t n, size_t i)
{
    size_t run = 0;
    while (i + run < n && s[i + run] >= '0' && s[i + run] <= '9')
        run++;
    return run;
}

/* "1.000.000": two or more dots, each before exactly three digits, group
 * thousands the continental way. A lone "1.000" cannot be told from a
 * decimal point and stays one. */
static int dots_group_thousands(const char *s, size_t n)
{
    int dots = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '.')
            continue;
        if (digits_from(s, n, i + 1) != 3)
            return 0;
        dots++;
    }
    return dots >= 2;
}

int ng_number_parse(const char *s, size_t n, long long *mantissa, int *decimals)
{
    long long m = 0;
    int dec = 0, seen_point = 0, digits = 0;
    int dotted = dots_group_thousands(s, n);
    /* a comma before exactly three digits groups thousands; any other
     * comma is a decimal comma, and so is every comma of a number whose
     * dots group its thousands ("1.000.000,5") */
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= '0' && c <= '9') {
            if (digits >= 17)
                return 0;
            m = m * 10 + (c - '0');
            digits++;
            if (seen_point)
                dec++;
        } else if (c == ',' || c == '.') {
            int grouping = c == '.' ? dotted
                                    : (digits_from(s, n, i + 1) == 3 && !seen_point && !dotted);
            if (c == '.' && dotted && seen_point)
                return 0; /* no thousands after the decimal comma */
            if (!grouping) {
                if (seen_point)
                    return 0;
                seen_point = 1;
            }
        } else {
            return 0;
        }
    }
    if (!digits)
        return 0;
    *mantissa = m;
    *decimals = dec;
    return 1;
}

static long long pow10ll(int e)
{
    long long p = 1;
    while (e-- > 0)
        p *= 10;
    return p;
}

/* value * scale, keeping it exact; returns 0 on overflow. */
static int scale_value(long long *m, int *dec, long long scale)
{
    while (scale % 10 == 0 && *dec > 0) {
        scale /= 10;
        (*dec)--;
    }
    if (scale > 1 && *m > (long long)9e18 / scale)
        return 0;
    *m *= scale;
    return 1;
}

static long long family_value(const ng_kb *kb, enum ng_lx family, const ng_tokens *t, size_t i,
                              size_t end, size_t *len, int need_adjacent)
{
    const char *v = NULL;
    size_t n = ng_lx_match(kb, family, t, i, end, &v);
    if (!n || !v)
        return 0;
    /* "m", "bn" only when glued to the number: "$835m" */
    if (need_adjacent && (t->toks[i].flags & NG_TF_SPACE) && t->toks[i].end - t->toks[i].start <= 2)
        return 0;
    *len = n;
    return atoll(v);
}

static const char *currency_at(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, size_t *len)
{
    const char *code = NULL;
    size_t n = ng_lx_match(kb, NG_LX_CURRENCY, t, i, end, &code);
    if (!n)
        return NULL;
    *len = n;
    return code;
}

static int number_at(const ng_tokens *t, size_t i, long long *m, int *dec)
{
    if (i >= t->ntok || t->toks[i].kind != NG_TOK_NUM)
        return 0;
    return ng_number_parse(t->text + t->toks[i].start, t->toks[i].end - t->toks[i].start, m, dec);
}

/* "$ 2.5 billion", "USD 1.1 billion" */
static size_t prefixed(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_money *out)
{
    size_t n = 0;
    const char *code = currency_at(kb, t, i, end, &n);
    if (!code)
        return 0;
    size_t j = i + n;
    long long m;
    int dec;
    if (!number_at(t, j, &m, &dec))
        return 0;
    j++;
    size_t sl = 0;
    long long scale = family_value(kb, NG_LX_SCALE, t, j, end, &sl, 1);
    if (scale && !scale_value(&m, &dec, scale))
        return 0;
    j += sl;
    size_t tail = 0;
    if (currency_at(kb, t, j, end, &tail)) /* "$5 billion dollars" */
        j += tail;
    *out = (ng_money){i, j, m, dec, code};
    return j - i;
}

/* A number in words before a scale word, as a part of that scale: "one",
 * "a", "half a", "a quarter of a", "three quarters of an". Sets how many
 * parts and what part ("quarter": 4; 1 for whole units). Returns the
 * tokens read, 0 when there are none. */
static size_t number_words(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end,
                           long long *count, long long *denominator)
{
    size_t j = i, n = 0;
    *count = family_value(kb, NG_LX_NUMBER, t, i, end, &n, 0);
    if (*count) {
        j += n;
    } else {
        *count = 1;
        if (ng_lx_word(kb, NG_LX_INDEFINITE_ARTICLE, t, i))
            j++;
    }
    *denominator = family_value(kb, NG_LX_DENOMINATOR, t, j, end, &n, 0);
    if (!*denominator) {
        *denominator = 1;
        return j - i;
    }
    j += n;
    /* "a quarter of a billion": both the "of" and the "a" belong to the
     * fraction, lest the amount restart at the second "a" */
    if (ng_lx_word(kb, NG_LX_OF_LINK, t, j))
        j++;
    if (ng_lx_word(kb, NG_LX_INDEFINITE_ARTICLE, t, j))
        j++;
    return j - i;
}

/* count / denominator of scale, kept to the cent. A third of a billion has
 * no exact decimal; no amount of money is written finer than a cent, so
 * "a third of a billion dollars" is 333333333.33 (rounded half up) rather
 * than no amount at all or a float. Returns 0 on overflow. */
static int part_of_scale(long long count, long long denominator, long long scale, long long *m,
                         int *dec)
{
    if (count <= 0 || denominator <= 0 || scale <= 0 || scale > LLONG_MAX / 100 / count)
        return 0;
    *m = (count * scale * 100 + denominator / 2) / denominator;
    *dec = 2;
    return 1;
}

/* "Since 2020 dollars flowed", "the 2024 dollar rate": a year before a
 * currency word, not an amount. Only a bare four-digit number in the
 * range of years can be one: "2,020 dollars", "$2020" and "2000 million
 * dollars" stay money. The currency phrase is [cur, cur + cl). */
static int year_before_currency(const ng_kb *kb, const ng_tokens *t, size_t i, size_t cur,
                                size_t cl)
{
    long long v;
    int dec;
    if (t->toks[i].end - t->toks[i].start != 4 || !number_at(t, i, &v, &dec) || dec || v < 1900 ||
        v > 2100)
        return 0;
    if (i > 0 && ng_lx_word(kb, NG_LX_AMOUNT_YEAR_CUE, t, i - 1))
        return 1;
    /* a singular currency word before a noun modifies it: "dollar rate" */
    return cur + cl < t->ntok && t->toks[cur + cl].kind == NG_TOK_WORD &&
           ng_lx_match(kb, NG_LX_SINGULAR_CURRENCY, t, cur, cur + cl, NULL) == cl;
}

/* "reached 260 billion.", "is 677 billion; ...": a number with a scale of
 * a billion or more that ends its clause counts no thing, so it is an
 * amount of money whose currency the text gives elsewhere. [i, j) is the
 * number and its scale word. */
static int bare_amount(const ng_kb *kb, const ng_tokens *t, size_t i, size_t j, size_t end, long long scale,
                       int in_series)
{
    /* after an amount with a currency in the same sentence, a million is
     * enough: "exports came to $61.2 million and imports to 35.2 million" */
    if (scale < (in_series ? 1000000LL : 1000000000LL) || (j > 0 && ng_lx_word(kb, NG_LX_OF_LINK, t, j - 1)))
        return 0;
    if (j < end && !(ng_tok_is(t, j, '.') || ng_tok_is(t, j, ',') || ng_tok_is(t, j, ';') ||
                     ng_lx_word(kb, NG_LX_BARE_AMOUNT_FOLLOW, t, j) ||
                     (in_series && ng_lx_word(kb, NG_LX_SERIES_AMOUNT_FOLLOW, t, j))))
        return 0;
    size_t back = ng_kb_window(kb, NG_LW_BARE_AMOUNT_LOOKBACK);
    for (size_t k = i > back ? i - back : 0; k < i; k++)
        if (ng_lx_word(kb, NG_LX_BARE_AMOUNT_BLOCKER, t, k))
            return 0;
    return 1;
}

/* "105 billion Russian rubles", "half a billion dollars", "one billion dollar" */
static size_t suffixed(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_money *out, int in_series)
{
    long long m = 0, count = 1, denominator = 1;
    int dec = 0;
    int numeral = number_at(t, i, &m, &dec);
    size_t j = numeral ? i + 1 : i + number_words(kb, t, i, end, &count, &denominator);
    if (j == i)
        return 0;
    size_t sl = 0;
    long long scale = family_value(kb, NG_LX_SCALE, t, j, end, &sl, 1);
    if (!scale && !numeral)
        return 0; /* "one dollar" is no claim */
    if (numeral ? scale && !scale_value(&m, &dec, scale)
                : !part_of_scale(count, denominator, scale, &m, &dec))
        return 0;
    j += sl;
    if (ng_lx_word(kb, NG_LX_OF_LINK, t, j))
        j++;
    size_t cl = 0;
    const char *code = currency_at(kb, t, j, end, &cl);
    if ((!code || t->toks[j].kind == NG_TOK_PUNCT) && bare_amount(kb, t, i, j, end, scale, in_series)) {
        /* "260 billion." in a text whose series are in rubles: no
         * currency of its own; the caller finds the series' */
        *out = (ng_money){i, j, m, dec, NULL};
        return j - i;
    }
    if (!code || t->toks[j].kind == NG_TOK_PUNCT)
        return 0;
    if (numeral && !scale && year_before_currency(kb, t, i, j, cl))
        return 0;
    *out = (ng_money){i, j + cl, m, dec, code};
    return j + cl - i;
}

/* "the cherished billion": a scale word standing alone for a round sum.
 * It has no currency of its own; the unit is left NULL for the caller,
 * who knows whether the sentence speaks of trade. */
static size_t bare_scale(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_money *out)
{
    if (!ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, i))
        return 0;
    size_t j = i + 1;
    if (j < end && t->toks[j].kind == NG_TOK_WORD && !(t->toks[j].flags & NG_TF_UPPER) &&
        ng_lx_word(kb, NG_LX_ROUND_SUM_ADJECTIVE, t, j))
        j++;
    size_t sl = 0;
    long long scale = family_value(kb, NG_LX_SCALE, t, j, end, &sl, 0);
    if (!scale || scale < 1000000000LL || sl != 1 || j == i + 1)
        return 0;
    size_t cl = 0;
    if (currency_at(kb, t, j + sl, end, &cl))
        return 0;
    *out = (ng_money){i, j + sl, scale, 0, NULL};
    return j + sl - i;
}

/* The classes whose phrases may open an amount at a token that is no
 * number (a currency, "one", "a", "quarter", "the": the first tokens
 * prefixed, suffixed and bare_scale read): a token that begins none of
 * them opens none, and the scan passes it after one look at the word
 * table. */
static const enum ng_lx money_openers[] = {
    NG_LX_CURRENCY, NG_LX_NUMBER, NG_LX_INDEFINITE_ARTICLE, NG_LX_DENOMINATOR, NG_LX_DEFINITE_ARTICLE,
};

static int may_open_amount(const ng_kb *kb, const ng_tokens *t, size_t i)
{
    return t->toks[i].kind == NG_TOK_NUM ||
           ng_lx_may_start_any(kb, money_openers, sizeof money_openers / sizeof *money_openers, t, i);
}

size_t ng_money_scan(const ng_kb *kb, const ng_tokens *t, size_t begin, size_t end, ng_money *out,
                     size_t max)
{
    size_t count = 0;
    int in_series = 0; /* an amount with a currency came before */
    for (size_t i = begin; i < end && count < max;) {
        if (!may_open_amount(kb, t, i)) {
            i++;
            continue;
        }
        size_t n = prefixed(kb, t, i, end, &out[count]);
        if (!n)
            n = suffixed(kb, t, i, end, &out[count], in_series);
        if (!n)
            n = bare_scale(kb, t, i, end, &out[count]);
        /* a pattern that looked past the span is not an amount of it */
        if (n && out[count].tok_end > end)
            n = 0;
        if (n) {
            /* normalize: no trailing zero decimals */
            while (out[count].decimals > 0 && out[count].mantissa % 10 == 0) {
                out[count].mantissa /= 10;
                out[count].decimals--;
            }
            in_series |= out[count].unit != NULL;
            count++;
            i += n;
        } else {
            i++;
        }
    }
    return count;
}

void ng_decimal_format(long long mantissa, int decimals, char *buf, size_t len)
{
    if (decimals <= 0) {
        snprintf(buf, len, "%lld.0", mantissa);
        return;
    }
    if (decimals > 18)
        decimals = 18;
    long long p = pow10ll(decimals);
    long long whole = mantissa / p, frac = mantissa % p;
    if (frac < 0)
        frac = -frac;
    char digits[24];
    snprintf(digits, sizeof digits, "%019lld", frac);
    snprintf(buf, len, "%s%lld.%s", mantissa < 0 && whole == 0 ? "-" : "", whole, digits + 19 - decimals);
}
