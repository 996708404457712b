/*
 * test_money.c - amounts of money (src/money.c): symbols, codes and words
 * of currencies before or after the number, scale words glued or apart,
 * number words and parts of a scale ("a quarter of a billion"), dotted
 * thousands ("$2.500.000.000"); counts, percentages and years that must
 * not become money ("since 2020 dollars"); and the exact decimals behind
 * the values (ng_number_parse, ng_decimal_format).
 *
 * Values are compared in their xsd:decimal form, so the checks do not
 * depend on how many decimals a mantissa happens to carry.
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "money.h"
#include "tokens.h"

#define MAX_MONEY 8

static ng_kb *kb;

/* ---- helpers --------------------------------------------------------- */

/* The amounts of a sentence, with their spans and values as text so that
 * the tokens can be freed before the checks. */
typedef struct {
    ng_money m[MAX_MONEY];
    char span[MAX_MONEY][64];
    char value[MAX_MONEY][32];
    size_t n;
} found;

static void find_in(const char *sentence, found *f)
{
    ng_tokens t;
    ng_tokens_init(&t, sentence, strlen(sentence));
    f->n = ng_money_find(kb, &t, 0, t.ntok, f->m, MAX_MONEY);
    for (size_t i = 0; i < f->n; i++) {
        size_t a = t.toks[f->m[i].tok_start].start, b = t.toks[f->m[i].tok_end - 1].end;
        snprintf(f->span[i], sizeof f->span[i], "%.*s", (int)(b - a), sentence + a);
        ng_decimal_format(f->m[i].mantissa, f->m[i].decimals, f->value[i], sizeof f->value[i]);
    }
    ng_tokens_free(&t);
}

static void check_amount(const found *f, size_t i, const char *span, const char *value,
                         const char *unit)
{
    char what[160];
    snprintf(what, sizeof what, "\"%s\": span", span);
    CHECK_STR(f->span[i], span, what);
    snprintf(what, sizeof what, "\"%s\": value", span);
    CHECK_STR(f->value[i], value, what);
    snprintf(what, sizeof what, "\"%s\": unit", span);
    CHECK_STR(f->m[i].unit, unit, what);
}

/* The sentence holds exactly one amount: span, value and unit. */
static void check_one(const char *sentence, const char *span, const char *value, const char *unit)
{
    found f;
    char what[192];
    find_in(sentence, &f);
    snprintf(what, sizeof what, "one amount in \"%s\"", sentence);
    CHECK_INT(f.n, 1, what);
    if (f.n == 1)
        check_amount(&f, 0, span, value, unit);
}

static void check_none(const char *sentence, const char *what)
{
    found f;
    find_in(sentence, &f);
    CHECK_INT(f.n, 0, what);
    if (f.n)
        printf("#   found \"%s\" = %s\n", f.span[0], f.value[0]);
}

/* ---- amounts --------------------------------------------------------- */

static void test_symbol_and_code_first(void)
{
    check_one("Mutual trade reached $2.5 billion last year.", "$2.5 billion", "2500000000.0", "USD");
    check_one("Exports to the region hit $2bn in May.", "$2bn", "2000000000.0", "USD");
    check_one("Turnover was $793.2 million over the period.", "$793.2 million", "793200000.0",
              "USD");
    check_one("Trade stood at USD 1.1 billion at the end of June.", "USD 1.1 billion",
              "1100000000.0", "USD");
    check_one("The regional fund holds BYN 5 million for the projects.", "BYN 5 million",
              "5000000.0", "BYN");
    check_one("Investments of \xe2\x82\xac" "300 million were announced.",
              "\xe2\x82\xac" "300 million", "300000000.0", "EUR");
    check_one("The plant sold goods for $ 1.2 billion abroad.", "$ 1.2 billion", "1200000000.0",
              "USD");
    check_one("The deal is worth $835m in total.", "$835m", "835000000.0", "USD");
    check_one("Supplies of US$ 2 billion were agreed.", "US$ 2 billion", "2000000000.0", "USD");
    check_one("The region exported goods worth RUB 100 billion.", "RUB 100 billion",
              "100000000000.0", "RUB");
    check_one("Trade may reach $1.5 trillion one day.", "$1.5 trillion", "1500000000000.0", "USD");
    /* a currency word repeated after the scale belongs to the amount */
    check_one("They signed $5 million dollars of contracts.", "$5 million dollars", "5000000.0",
              "USD");
}

static void test_currency_after(void)
{
    check_one("Deals worth 100 billion Russian rubles were signed.", "100 billion Russian rubles",
              "100000000000.0", "RUB");
    check_one("Contracts for 3 billion Belarusian rubles were signed.",
              "3 billion Belarusian rubles", "3000000000.0", "BYN");
    check_one("The bank lent 5 million euros to the farm.", "5 million euros", "5000000.0", "EUR");
    check_one("The sides traded half a billion dollars in goods.", "half a billion dollars",
              "500000000.0", "USD");
    check_one("Trade passed the one billion dollar milestone in March.", "one billion dollar",
              "1000000000.0", "USD");
    check_one("Exports brought five million dollars to the region.", "five million dollars",
              "5000000.0", "USD");
    check_one("Exports brought 0.5 billion dollars to the region.", "0.5 billion dollars",
              "500000000.0", "USD");
    /* partner currencies, by code glued to the number and by word */
    check_one("Trade reached AED2.4 billion last year.", "AED2.4 billion", "2400000000.0", "AED");
    check_one("The fund holds 40 trillion Uzbek soums now.", "40 trillion Uzbek soums", "40000000000000.0", "UZS");
    check_one("Exports of 7 billion Turkish lira were booked.", "7 billion Turkish lira", "7000000000.0", "TRY");
    check_one("The park cost 900 billion dong in all.", "900 billion dong", "900000000000.0", "VND");
    check_one("The deal is worth 2 million Omani rials today.", "2 million Omani rials", "2000000.0", "OMR");
    /* a decimal comma */
    check_one("Exports brought 1,5 billion euros to the region.", "1,5 billion euros",
              "1500000000.0", "EUR");
}

/* ---- parts of a scale: "a quarter of a billion" ----------------------- */

static void test_parts_of_scale(void)
{
    /* "of a" belongs to the fraction: the amount must not restart at the
     * second "a" as "a billion dollars" */
    check_one("The sides traded a quarter of a billion dollars in goods.",
              "a quarter of a billion dollars", "250000000.0", "USD");
    check_one("The sides traded three quarters of a billion dollars in goods.",
              "three quarters of a billion dollars", "750000000.0", "USD");
    /* no exact decimal: rounded to the cent */
    check_one("The sides traded a third of a billion dollars in goods.",
              "a third of a billion dollars", "333333333.33", "USD");
    check_one("The sides traded two thirds of a billion dollars in goods.",
              "two thirds of a billion dollars", "666666666.67", "USD");
    check_one("The bank lent a quarter of a million euros to the farm.",
              "a quarter of a million euros", "250000.0", "EUR");
    check_one("The sides traded a quarter billion dollars in goods.", "a quarter billion dollars",
              "250000000.0", "USD");
    check_one("Exports fetched half a billion dollars.", "half a billion dollars", "500000000.0",
              "USD");
    check_none("A quarter of the trade went to Russia.", "\"a quarter of the trade\" is no money");
    check_none("A quarter of a billion people live there.",
               "\"a quarter of a billion people\" is no money");
    check_none("Trade reached a third of a billion in value.",
               "a part of a scale without a currency is no amount");
}

/* ---- dotted thousands: "$2.500.000.000" ------------------------------ */

static void test_dotted_thousands(void)
{
    check_one("The plant will cost $2.500.000.000 in all.", "$2.500.000.000", "2500000000.0",
              "USD");
    check_one("The fund holds $1.000.000 for start-ups.", "$1.000.000", "1000000.0", "USD");
    check_one("The region got 3.000.000 euros from the fund.", "3.000.000 euros", "3000000.0",
              "EUR");
    /* a single dot stays a decimal point */
    check_one("Trade may reach $1.5 billion one day.", "$1.5 billion", "1500000000.0", "USD");
}

/* ---- years before currency words are no amounts ------------------------ */

static void test_years_before_currency(void)
{
    check_none("Since 2020 dollars flowed into the region.", "\"since 2020 dollars\" is a year");
    check_none("The 2024 dollar rate was stable.", "\"the 2024 dollar rate\" is a year");
    check_none("Analysts watched the 2023 euro rate closely.", "\"the 2023 euro rate\" is a year");
    check_none("Analysts say 2024 dollar rates will hold.",
               "\"2024 dollar rates\": a singular currency word before a noun");
    check_none("Prices are given in 2015 dollars throughout.", "\"in 2015 dollars\" is a year");
    /* written as an amount: a separator, a symbol or a scale word */
    check_one("He paid 2,020 dollars for the licence.", "2,020 dollars", "2020.0", "USD");
    check_one("He paid $2020 for the licence.", "$2020", "2020.0", "USD");
    check_one("Investments of 2000 million dollars were made.", "2000 million dollars",
              "2000000000.0", "USD");
    /* no cue before it, a plural after it: an amount */
    check_one("They paid 2020 dollars for the licence.", "2020 dollars", "2020.0", "USD");
    check_one("He paid 1500 dollars for the licence.", "1500 dollars", "1500.0", "USD");
}

static void test_exact_values(void)
{
    /* 1.743 * 1e9 in floating point is 1742999999.9999998 */
    check_one("Trade reached $1.743 billion in the first half.", "$1.743 billion", "1743000000.0",
              "USD");
    check_one("Trade reached $1,743.5 million in the first half.", "$1,743.5 million",
              "1743500000.0", "USD");
    check_one("Supplies of \xe2\x82\xac" "2.46 million were agreed.",
              "\xe2\x82\xac" "2.46 million", "2460000.0", "EUR");
}

static void test_several_and_bare(void)
{
    found f;
    find_in("Deals worth 100 billion Russian rubles ($1.1 billion) were signed.", &f);
    CHECK_INT(f.n, 2, "an amount and its conversion in brackets");
    if (f.n == 2) {
        check_amount(&f, 0, "100 billion Russian rubles", "100000000000.0", "RUB");
        check_amount(&f, 1, "$1.1 billion", "1100000000.0", "USD");
    }
    /* a round sum named by its scale word: the currency is the caller's */
    check_one("Trade is close to the cherished billion this year.", "the cherished billion",
              "1000000000.0", NULL);

    ng_tokens t;
    ng_money m[MAX_MONEY];
    const char *s = "Trade reached $2.5 billion and exports $3bn.";
    ng_tokens_init(&t, s, strlen(s));
    CHECK_INT(ng_money_find(kb, &t, 0, t.ntok, m, MAX_MONEY), 2, "two amounts");
    CHECK_INT(ng_money_find(kb, &t, 0, t.ntok, m, 1), 1, "max bounds the output");
    /* [0, 4) cuts "$2.5 billion" after the number: "billion" is outside */
    CHECK(ng_money_find(kb, &t, 0, 4, m, MAX_MONEY) == 0 || m[0].tok_end <= 4,
          "no amount reaches past the span");
    ng_tokens_free(&t);
}

/* ---- counts, percentages and years are no money ------------------------ */

/* A billion-scale number that ends its clause is an amount whose currency
 * the text gives elsewhere (unit NULL); one that counts things is none. */
static void test_bare_amounts(void)
{
    found f;
    find_in("Grain output in the region reached 48 billion.", &f);
    CHECK_INT(f.n, 1, "a billion-scale number ending its clause is an amount");
    if (f.n == 1)
        check_amount(&f, 0, "48 billion", "48000000000.0", NULL);
    find_in("Retail sales came to three trillion, and they keep growing.", &f);
    CHECK_INT(f.n, 1, "a scale in words ending its clause is an amount");
    if (f.n == 1)
        check_amount(&f, 0, "three trillion", "3000000000000.0", NULL);
    check_none("The country's population is 1.4 billion.", "a population is no amount");
    check_none("The plant made 3 million cars.", "a million-scale number without a currency is no amount");
    check_none("Gas supplies came to 20 billion cubic metres.", "a number before what it counts is no amount");
    /* after an amount with a currency, a million-scale number in the series */
    find_in("Sales of milk reached $42.5 million, while sales of cheese came to 17.3 million.", &f);
    CHECK_INT(f.n, 2, "a million-scale number after an amount with a currency is an amount");
    if (f.n == 2)
        check_amount(&f, 1, "17.3 million", "17300000.0", NULL);
    find_in("Sales reached $42.5 million, and the plant made 3 million cars.", &f);
    CHECK_INT(f.n, 1, "in a series, a million that counts things is still no amount");
}

static void test_not_money(void)
{
    check_none("More than 300 participants came to the forum.", "\"300 participants\" is no money");
    check_none("The governor made 5 visits to Minsk.", "\"5 visits\" is no money");
    check_none("Exports rose by 15 percent.", "\"15 percent\" is no money");
    check_none("Exports rose by 15% in value.", "\"15%\" is no money");
    check_none("Exports rose in 2024 to new markets.", "\"in 2024\" is no money");
    check_none("The 11th Forum of Regions opened in Minsk.", "\"the 11th Forum\" is no money");
    check_none("The region is home to 2 million people.", "\"2 million people\" is no money");
    check_none("The refinery processed 5 million tonnes of oil.", "\"5 million tonnes\" is no money");
    check_none("Trade reached 100 billion in value.", "a scale without a currency is no amount");
    check_none("The Forum gathered 1,000 guests from 20 regions.", "\"1,000 guests\" is no money");
    /* too large for the mantissa: better nothing than a wrapped value */
    check_none("Trade of $9,000,000,000 trillion is absurd.", "an overflowing amount is dropped");
}

/* ---- ng_number_parse ------------------------------------------------ */

/* The parsed value of s in decimal form, or "rejected". */
static const char *parsed(const char *s, char *buf, size_t len)
{
    long long m = 0;
    int dec = 0;
    if (!ng_number_parse(s, strlen(s), &m, &dec))
        return "rejected";
    ng_decimal_format(m, dec, buf, len);
    return buf;
}

static void test_number_parse(void)
{
    char buf[40];
    CHECK_STR(parsed("1,743.5", buf, sizeof buf), "1743.5", "\"1,743.5\": thousands and point");
    CHECK_STR(parsed("2.46", buf, sizeof buf), "2.46", "\"2.46\"");
    CHECK_STR(parsed("2,500", buf, sizeof buf), "2500.0", "\"2,500\": a thousands comma");
    CHECK_STR(parsed("2,500,000", buf, sizeof buf), "2500000.0", "\"2,500,000\"");
    CHECK_STR(parsed("1,5", buf, sizeof buf), "1.5", "\"1,5\": a decimal comma");
    CHECK_STR(parsed("300", buf, sizeof buf), "300.0", "\"300\"");
    CHECK_STR(parsed("abc", buf, sizeof buf), "rejected", "\"abc\" rejected");
    CHECK_STR(parsed("", buf, sizeof buf), "rejected", "the empty string rejected");
    CHECK_STR(parsed("12a", buf, sizeof buf), "rejected", "\"12a\" rejected");
    CHECK_STR(parsed("1.2.3", buf, sizeof buf), "rejected", "\"1.2.3\" rejected");
    CHECK_STR(parsed("1,2,3", buf, sizeof buf), "rejected", "\"1,2,3\" rejected");
    /* two or more dots before three digits each group thousands */
    CHECK_STR(parsed("1.000.000", buf, sizeof buf), "1000000.0", "\"1.000.000\": dotted thousands");
    CHECK_STR(parsed("2.500.000.000", buf, sizeof buf), "2500000000.0", "\"2.500.000.000\"");
    CHECK_STR(parsed("1.000.000,5", buf, sizeof buf), "1000000.5",
              "\"1.000.000,5\": dotted thousands, decimal comma");
    CHECK_STR(parsed("1.000", buf, sizeof buf), "1.000",
              "\"1.000\": a single dot is a decimal point");
    CHECK_STR(parsed("1.000.00", buf, sizeof buf), "rejected", "\"1.000.00\" rejected");
    CHECK_STR(parsed("1.000.0000", buf, sizeof buf), "rejected", "\"1.000.0000\" rejected");
    CHECK_STR(parsed("1.000.000.5", buf, sizeof buf), "rejected", "\"1.000.000.5\" rejected");
    CHECK_STR(parsed("1.000.000,000.000", buf, sizeof buf), "rejected",
              "no dotted thousands after the decimal comma");
    /* more digits than a long long holds: rejected, never wrapped */
    CHECK_STR(parsed("12345678901234567890123", buf, sizeof buf), "rejected",
              "a 23-digit number rejected");

    long long m = 0;
    int dec = -1;
    CHECK(ng_number_parse("1,743.5", 7, &m, &dec) && m == 17435 && dec == 1,
          "\"1,743.5\" is 17435 / 10^1");
    CHECK(ng_number_parse("2.46 and more", 4, &m, &dec) && m == 246 && dec == 2,
          "only n bytes are read");
}

/* ---- ng_decimal_format ---------------------------------------------- */

static const char *formatted(long long m, int dec, char *buf, size_t len)
{
    ng_decimal_format(m, dec, buf, len);
    return buf;
}

static void test_decimal_format(void)
{
    char buf[40];
    CHECK_STR(formatted(2500000000LL, 0, buf, sizeof buf), "2500000000.0",
              "an integer gets a fractional part");
    CHECK_STR(formatted(0, 0, buf, sizeof buf), "0.0", "zero");
    CHECK_STR(formatted(25, 1, buf, sizeof buf), "2.5", "one decimal");
    CHECK_STR(formatted(1743, 3, buf, sizeof buf), "1.743", "three decimals");
    CHECK_STR(formatted(5, 2, buf, sizeof buf), "0.05", "leading zeros of the fraction");
    CHECK_STR(formatted(1743000000LL, 0, buf, sizeof buf), "1743000000.0",
              "1.743 billion exactly");
    CHECK_STR(formatted(-125, 1, buf, sizeof buf), "-12.5", "a negative value");
    CHECK_STR(formatted(-5, 2, buf, sizeof buf), "-0.05", "a negative value below one");
    CHECK_STR(formatted(2500000000LL, 0, buf, 5), "2500", "a short buffer truncates");

    /* through the parser: no floating point anywhere */
    long long m = 0;
    int dec = 0;
    CHECK(ng_number_parse("1.743", 5, &m, &dec), "\"1.743\" parses");
    CHECK_STR(formatted(m, dec, buf, sizeof buf), "1.743", "\"1.743\" round-trips");
}

int main(void)
{
    kb = check_kb();
    test_symbol_and_code_first();
    test_currency_after();
    test_parts_of_scale();
    test_dotted_thousands();
    test_years_before_currency();
    test_exact_values();
    test_several_and_bare();
    test_bare_amounts();
    test_not_money();
    test_number_parse();
    test_decimal_format();
    ng_kb_close(kb);
    CHECK_DONE();
}
