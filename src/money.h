/*
 * money.h - amounts of money in text: "$2.5 billion", "$2bn", "USD 1.1
 * billion", "100 billion Russian rubles", "BYN 5 million", "€300 million",
 * "half a billion dollars", "a quarter of a billion dollars", "$2.500.000.000",
 * "the one billion dollar milestone". A year before a currency word ("since
 * 2020 dollars flowed", "the 2024 dollar rate") is no amount.
 *
 * Values are exact decimals (mantissa / 10^decimals): floating point would
 * turn $1.743 billion into 1742999999.9999998. Only a part with no exact
 * decimal ("a third of a billion") is rounded, to the cent.
 */
#ifndef NG_MONEY_H
#define NG_MONEY_H

#include <stddef.h>

#include "kb.h"
#include "tokens.h"

typedef struct {
    size_t tok_start, tok_end;
    long long mantissa;
    int decimals;
    const char *unit;   /* ISO 4217 code, owned by the kb; NULL for "the cherished billion" */
} ng_money;

size_t ng_money_find(const ng_kb *kb, const ng_tokens *t, size_t begin, size_t end, ng_money *out,
                     size_t max);
/* The same, always scanning (ng_money_find answers from the memo of t
 * when it has one: memo.h). */
size_t ng_money_scan(const ng_kb *kb, const ng_tokens *t, size_t begin, size_t end, ng_money *out,
                     size_t max);

/* Parses a number token ("1,743.5", "2.46", "1.000.000") into
 * mantissa/decimals. A single dot is a decimal point even before three
 * digits ("1.000" is one); two or more dots each before three digits group
 * thousands. Returns 0 when it is not a plain number. */
int ng_number_parse(const char *s, size_t n, long long *mantissa, int *decimals);

/* Writes value as an xsd:decimal lexical form that always has a
 * fractional part ("2500000000.0"). */
void ng_decimal_format(long long mantissa, int decimals, char *buf, size_t len);

#endif
