/*
 * money.c - money amounts (see money.h). Currency words and symbols,
 * scale words ("billion", "bn") and number words ("half", "one") come
 * from the lexicon families "currency", "scale", "number", "fraction".
 */
#include "money.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ng_number_parse(const char *s, size_t n, long long *mantissa, int *decimals)
{
    long long m = 0;
    int dec = 0, seen_point = 0, digits = 0;
    /* a comma before exactly three digits groups thousands; any other
     * comma is a decimal comma */
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
            size_t run = 0;
            while (i + 1 + run < n && s[i + 1 + run] >= '0' && s[i + 1 + run] <= '9')
                run++;
            int grouping = c == ',' && run == 3 && !seen_point;
            if (c == '.' && run == 3 && i + 1 + run < n && s[i + 1 + run] == '.')
                grouping = 1; /* 1.000.000 */
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

static long long family_value(const ng_kb *kb, const char *family, const ng_tokens *t, size_t i,
                              size_t end, size_t *len, int need_adjacent)
{
    const char *v = NULL;
    size_t n = ng_kb_match(kb, family, t, i, end, &v);
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
    size_t n = ng_kb_match(kb, "currency", t, i, end, &code);
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
    long long scale = family_value(kb, "scale", t, j, end, &sl, 1);
    if (scale && !scale_value(&m, &dec, scale))
        return 0;
    j += sl;
    size_t tail = 0;
    if (currency_at(kb, t, j, end, &tail)) /* "$5 billion dollars" */
        j += tail;
    *out = (ng_money){i, j, m, dec, code};
    return j - i;
}

/* "105 billion Russian rubles", "half a billion dollars", "one billion dollar" */
static size_t suffixed(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_money *out)
{
    long long m;
    int dec;
    size_t j = i;
    if (number_at(t, i, &m, &dec)) {
        j++;
    } else {
        size_t n = 0;
        long long f = family_value(kb, "fraction", t, i, end, &n, 0);
        if (f) { /* "half" -> 50: mantissa 50, two decimals */
            m = f;
            dec = 2;
        } else if ((m = family_value(kb, "number", t, i, end, &n, 0)) != 0) {
            dec = 0;
        } else if (ng_tok_eq(t, i, "a") || ng_tok_eq(t, i, "an")) {
            m = 1;
            dec = 0;
            n = 1;
        } else {
            return 0;
        }
        j += n;
        if (ng_tok_eq(t, j, "a") || ng_tok_eq(t, j, "an"))
            j++; /* "half a billion" */
    }
    size_t sl = 0;
    long long scale = family_value(kb, "scale", t, j, end, &sl, 1);
    if (scale) {
        if (!scale_value(&m, &dec, scale))
            return 0;
        j += sl;
    } else if (t->toks[i].kind != NG_TOK_NUM) {
        return 0; /* "one dollar" is no claim */
    }
    if (ng_tok_eq(t, j, "of"))
        j++;
    size_t cl = 0;
    const char *code = currency_at(kb, t, j, end, &cl);
    if (!code || t->toks[j].kind == NG_TOK_PUNCT)
        return 0;
    j += cl;
    *out = (ng_money){i, j, m, dec, code};
    return j - i;
}

/* "the cherished billion": a scale word standing alone for a round sum.
 * It has no currency of its own; the unit is left NULL for the caller,
 * who knows whether the sentence speaks of trade. */
static size_t bare_scale(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_money *out)
{
    if (!ng_tok_eq(t, i, "the"))
        return 0;
    size_t j = i + 1;
    if (j < end && t->toks[j].kind == NG_TOK_WORD && !(t->toks[j].flags & NG_TF_UPPER) &&
        ng_kb_word_in(kb, "round-sum-adjective", t, j))
        j++;
    size_t sl = 0;
    long long scale = family_value(kb, "scale", t, j, end, &sl, 0);
    if (!scale || scale < 1000000000LL || sl != 1 || j == i + 1)
        return 0;
    size_t cl = 0;
    if (currency_at(kb, t, j + sl, end, &cl))
        return 0;
    *out = (ng_money){i, j + sl, scale, 0, NULL};
    return j + sl - i;
}

size_t ng_money_find(const ng_kb *kb, const ng_tokens *t, size_t begin, size_t end, ng_money *out,
                     size_t max)
{
    size_t count = 0;
    for (size_t i = begin; i < end && count < max;) {
        size_t n = prefixed(kb, t, i, end, &out[count]);
        if (!n)
            n = suffixed(kb, t, i, end, &out[count]);
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
