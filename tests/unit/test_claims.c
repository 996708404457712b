/*
 * test_claims.c - economic claims through the whole pipeline: value, unit,
 * indicator, status, qualifier, change, period, parties and speaker, read
 * from the ng_article an extraction produces.
 *
 * Each article is written for the test. The first sentence carries the
 * agency dateline, as real ones do; the figure under test mostly sits in a
 * sentence of its own. The negative cases matter as much as the positive
 * ones: a count of companies read as money puts a false statement into
 * the graph.
 */
#include <string.h>

#include "article.h"
#include "check.h"
#include "check_article.h"

static const ng_kb *kb_;

/* ---- helpers ---------------------------------------------------------- */

static ng_article *extract(const char *text)
{
    return check_extract(kb_, text);
}

static const char *person_slug(const ng_article *a, int idx)
{
    return check_person_slug(a, idx);
}


static const ng_claim *only_claim(const ng_article *a, const char *what)
{
    char msg[160];
    snprintf(msg, sizeof msg, "%s: one claim", what);
    CHECK_INT(a ? a->claims.len : 0, 1, msg);
    return a && a->claims.len == 1 ? &a->claims.items[0] : NULL;
}

static long long claim_units(const ng_claim *c)
{
    long long v = c->mantissa;
    for (int i = 0; i < c->decimals; i++)
        v /= 10;
    return v;
}

#define LEAD "MINSK, 15 July (BelTA) - Belarus and Rostov Oblast discussed cooperation.\n"
#define LUKASHENKO "aleksandr-lukashenko"
#define GOLUBEV "vasily-golubev"

/* ---- claims: value, unit, indicator, status ---------------------------- */

/* "the two regions": the regions of each side the article named last,
 * not the countries */
static void test_claim_two_regions(void)
{
    ng_article *a = extract("MINSK, 15 July (BelTA) - Governor of Bryansk Oblast Ivan Petrov visited Minsk Oblast. "
                            "Belarus and Russia are close partners.\n"
                            "Trade between the two regions reached $300 million in 2023.\n");
    const ng_claim *c = only_claim(a, "the two regions");
    if (c) {
        CHECK_INT(c->nparties, 2, "the two regions: two parties");
        CHECK(check_has_party(c, "bryansk-region") && check_has_party(c, "minsk-region"),
              "the two regions: Bryansk Oblast and Minsk Oblast, not the countries");
    }
    ng_article_free(a);
}

/* "the region's trade with Belarus": the region told before, not one of
 * the other side */
static void test_claim_region_anaphor(void)
{
    ng_article *a = extract("PSKOV, 15 July (BelTA) - Governor of Pskov Oblast Ivan Petrov met guests from "
                            "Vitebsk Oblast.\n"
                            "According to Ivan Petrov, the region's trade with Belarus reached $90 million in 2023.\n");
    const ng_claim *c = only_claim(a, "the region's trade");
    if (c) {
        CHECK_INT(c->nparties, 2, "the region's trade: two parties");
        CHECK(check_has_party(c, "pskov-region") && check_has_party(c, "belarus"),
              "the region's trade: Pskov Oblast and Belarus, not Vitebsk Oblast of Belarus");
    }
    ng_article_free(a);
}

/* "over this period": the period of the sentence before */
static void test_claim_period_anaphor(void)
{
    ng_article *a = extract(LEAD "The parties reviewed the results of the first half of 2024. Trade over this "
                                 "period reached $86.4 million.\n");
    const ng_claim *c = only_claim(a, "period anaphor");
    if (c) {
        CHECK(c->period_start.y == 2024 && c->period_start.m == 1 && c->period_end.m == 6,
              "period anaphor: the first half of 2024, from the sentence before");
    }
    ng_article_free(a);
}

/* the place of a "PLACE, date" line is named in the article */
static void test_place_date_line(void)
{
    ng_article *a = extract("Grodno, 22 August 2024\n\nRegions step up cooperation\n\n"
                            "The governor received a delegation of Kaliningrad Oblast.\n");
    int grodno = 0;
    for (size_t i = 0; a && i < a->mentions.len; i++)
        grodno |= a->mentions.items[i].kind == NG_M_PLACE && strcmp(a->mentions.items[i].place->slug, "grodno") == 0;
    CHECK(grodno, "place date line: its place is a mention");
    ng_article_free(a);
}

/* "the Gomel and Bryansk regions" are regions, not cities */
static void test_plural_regions(void)
{
    ng_article *a = extract(LEAD "Trade between the Gomel and Bryansk regions reached $300 million in 2024.\n");
    const ng_claim *c = only_claim(a, "plural regions");
    if (c)
        CHECK(check_has_party(c, "gomel-region") && check_has_party(c, "bryansk-region"),
              "plural regions: the two oblasts are the parties");
    ng_article_free(a);
}

/* the places of a forum's name are no parties; contracts signed at a
 * forum are between the two countries (GOLD.md, settled cases), with a
 * period only when the sentence states one */
static void test_claim_event_name(void)
{
    ng_article *a = extract("MINSK, 15 July (BelTA) - Enterprises of Rostov Oblast signed contracts worth $40 million "
                            "at the Forum of Regions of Belarus and Russia.\n");
    const ng_claim *c = only_claim(a, "event name");
    if (c)
        CHECK(check_has_party(c, "belarus") && check_has_party(c, "russia") && c->nparties == 2,
              "event name: contracts at a forum are between the two countries");
    ng_article_free(a);
    a = extract(LEAD "In 2021 the forum was held in Mogilev. It drew many guests. Some 60 contracts were signed, "
                     "worth $210 million.\n");
    c = only_claim(a, "the forum's year");
    if (c) {
        CHECK(c->period_start.y == 2021 && c->period_end.y == 2021, "contracts after a forum of a stated year: its year");
        CHECK(check_has_party(c, "belarus") && check_has_party(c, "russia"), "contracts after a forum: the two countries");
    }
    ng_article_free(a);
    a = extract("VITEBSK, 15 July (BelTA) - Vitebsk Oblast and Pskov Oblast are old partners.\n"
                "In 2023 trade between the two oblasts reached $150 million. At the forum, enterprises of Vitebsk "
                "Oblast signed contracts worth $40 million.\n");
    CHECK_INT(a ? a->claims.len : 0, 2, "contracts at a forum: two figures");
    if (a && a->claims.len == 2) {
        c = &a->claims.items[1];
        CHECK(check_has_party(c, "belarus") && check_has_party(c, "russia"), "contracts at a forum: the two countries");
        CHECK_INT(c->period_start.y, 0, "contracts at a forum: no period from the figure before");
    }
    ng_article_free(a);
}

/* a document's term is no figure's period */
static void test_claim_document_term(void)
{
    ng_article *a = extract(LEAD "The sides signed a cooperation roadmap for 2024-2026 and contracts worth more than "
                                 "$40 million.\n");
    const ng_claim *c = only_claim(a, "document term");
    if (c)
        CHECK_INT(c->period_start.y, 0, "document term: the roadmap's years are not the contracts' period");
    ng_article_free(a);
    a = extract(LEAD "The cooperation programme for 2024-2026 envisages investment of $500 million.\n");
    c = only_claim(a, "programme term");
    if (c)
        CHECK(c->period_start.y == 2024 && c->period_end.y == 2026, "programme term: the figure's own period");
    ng_article_free(a);
}

/* a signed percentage is a change */
static void test_claim_signed_change(void)
{
    ng_article *a = extract(LEAD "Moscow Oblast came third with more than $1.7 billion (+8.2%).\n");
    const ng_claim *c = only_claim(a, "signed change");
    if (c)
        CHECK(c->has_change && c->change > 8.19 && c->change < 8.21, "signed change: (+8.2%) is growth of 8.2");
    ng_article_free(a);
    a = extract(LEAD "Trade with Saint Petersburg amounted to $1.9 billion (-5.4%).\n");
    c = only_claim(a, "signed fall");
    if (c)
        CHECK(c->has_change && c->change < -5.39 && c->change > -5.41, "signed fall: (-5.4%) is a fall of 5.4");
    ng_article_free(a);
}

/* a proposal is no result */
static void test_claim_proposal(void)
{
    ng_article *a = extract(LEAD "The governor proposed to sign a programme with investment of up to $150 million.\n");
    const ng_claim *c = only_claim(a, "proposal");
    if (c)
        CHECK_INT(c->projected, 1, "proposal: a proposed figure is projected");
    ng_article_free(a);
}

/* "he" after a sentence naming two people: its first, the subject */
static void test_claim_pronoun_subject(void)
{
    ng_article *a = extract(LEAD "Governor of Rostov Oblast Ivan Petrov met with Deputy Prime Minister of Belarus "
                                 "Oleg Sidorov in Minsk. \"Last year our trade exceeded $600 million,\" he said.\n");
    const ng_claim *c = only_claim(a, "pronoun subject");
    if (c)
        CHECK(c->speaker >= 0 && strcmp(person_slug(a, c->speaker), "ivan-petrov") == 0,
              "pronoun subject: 'he' is the previous sentence's subject, not the last name");
    ng_article_free(a);
}

/* an interview: "NAME: answer" paragraphs are the named person's words */
static void test_claim_interview(void)
{
    ng_article *a = extract(LEAD "How did trade develop last year?\n"
                                 "Ivan Petrov: Last year our trade reached $900 million. We expect more.\n");
    const ng_claim *c = only_claim(a, "interview answer");
    if (c)
        CHECK(c->speaker >= 0 && strcmp(person_slug(a, c->speaker), "ivan-petrov") == 0,
              "interview answer: the named person speaks");
    ng_article_free(a);
}

/* an interview in dashed paragraphs: the answers are the interviewee's,
 * the one named after "In an interview with" */
static void test_claim_dashed_interview(void)
{
    ng_article *a = extract(LEAD "In an interview with the agency, Governor Ivan Petrov spoke about trade.\n"
                                 "- Mr Petrov, how did trade develop last year?\n"
                                 "- We did well. Last year our trade reached $900 million.\n");
    const ng_claim *c = only_claim(a, "dashed interview answer");
    if (c)
        CHECK(c->speaker >= 0 && strcmp(person_slug(a, c->speaker), "ivan-petrov") == 0,
              "dashed interview answer: the interviewee speaks");
    ng_article_free(a);
    a = extract(LEAD "Governor Ivan Petrov visited a plant.\n"
                     "- Trade reached $900 million last year, the press service reported.\n");
    c = only_claim(a, "dashed list item");
    if (c)
        CHECK_INT(c->speaker, -1, "dashed paragraph without a question: no interview");
    ng_article_free(a);
}

/* a direct quotation closes its speaker's words; reported speech goes on */
static void test_claim_after_quote(void)
{
    ng_article *a = extract(LEAD "\"We are glad to see our partners,\" Ivan Petrov said. Belarusian exports to the "
                                 "region came to $97 million in 2024.\n");
    const ng_claim *c = only_claim(a, "figure after a closed quote");
    if (c)
        CHECK_INT(c->speaker, -1, "figure after a closed quote: the reporter's own");
    ng_article_free(a);
    a = extract(LEAD "Ivan Petrov said that cooperation was growing. Belarusian exports to the region came to "
                     "$97 million in 2024.\n");
    c = only_claim(a, "figure after reported speech");
    if (c)
        CHECK(c->speaker >= 0 && strcmp(person_slug(a, c->speaker), "ivan-petrov") == 0,
              "figure after reported speech: the speech goes on");
    ng_article_free(a);
}

/* a figure's slots come from its own clause */
static void test_claim_clauses(void)
{
    ng_article *a = extract(LEAD "Trade between Belarus and Rostov Oblast is growing. In January-September 2023 "
                                 "it grew to $338.9 million, with exports accounting for $251.3 million.\n");
    CHECK_INT(a ? a->claims.len : 0, 2, "clauses: two figures");
    if (a && a->claims.len == 2) {
        CHECK_STR(a->claims.items[0].indicator, "Trade", "clauses: the first figure is trade");
        CHECK_STR(a->claims.items[1].indicator, "Exports", "clauses: the second is exports");
    }
    ng_article_free(a);
    a = extract(LEAD "Trade with Smolensk Oblast fell to $640 million, while trade with Bryansk Oblast increased "
                     "to $515 million.\n");
    CHECK_INT(a ? a->claims.len : 0, 2, "clauses: two regions' figures");
    if (a && a->claims.len == 2) {
        CHECK(check_has_party(&a->claims.items[0], "smolensk-region") && !check_has_party(&a->claims.items[0], "bryansk-region"),
              "clauses: the first figure is Smolensk Oblast's");
        CHECK(check_has_party(&a->claims.items[1], "bryansk-region") && !check_has_party(&a->claims.items[1], "smolensk-region"),
              "clauses: the second is Bryansk Oblast's");
    }
    ng_article_free(a);
    a = extract(LEAD "Last year trade exceeded $600 million, and in the first seven months of this year it grew "
                     "by another 14%.\n");
    const ng_claim *c = only_claim(a, "clause after");
    if (c)
        CHECK_INT(c->has_change, 0, "clause after: the later clause's growth is not the figure's");
    ng_article_free(a);
    a = extract(LEAD "The parties summed up the results of cooperation in 2024. Trade amounted to $356.4 million.\n");
    c = only_claim(a, "period setting");
    if (c)
        CHECK(c->period_start.y == 2024 && c->period_end.y == 2024, "period setting: the results' year");
    ng_article_free(a);
    a = extract(LEAD "In January-August 2025 trade with Moscow totalled $6.4 billion.\n\n"
                     "Trade with Saint Petersburg amounted to almost $1.9 billion.\n");
    CHECK_INT(a ? a->claims.len : 0, 2, "period of the paragraph before: two figures");
    if (a && a->claims.len == 2)
        CHECK(a->claims.items[1].period_start.y == 2025 && a->claims.items[1].period_end.m == 8,
              "period of the paragraph before: a one-sentence paragraph goes on with the one before");
    ng_article_free(a);
    a = extract(LEAD "The agreement was signed in 2015. Trade amounted to $356.4 million.\n");
    c = only_claim(a, "no period setting");
    if (c)
        CHECK_INT(c->period_start.y, 0, "no period setting: a year of something else is no period");
    ng_article_free(a);
}

static void test_claim_trade(void)
{
    ng_article *a = extract(LEAD "Trade between Belarus and Rostov Oblast reached $2.5 billion in 2023.\n");
    const ng_claim *c = only_claim(a, "claim trade");
    if (c) {
        CHECK_STR(c->indicator, "Trade", "claim trade: indicator Trade");
        CHECK_INT(claim_units(c), 2500000000LL, "claim trade: value 2.5 billion");
        CHECK_STR(c->unit, "USD", "claim trade: unit USD");
        CHECK_INT(c->projected, 0, "claim trade: an actual figure");
        CHECK_STR(c->qualifier, "Exact", "claim trade: no qualifier");
        CHECK_INT(c->period_start.y, 2023, "claim trade: period starts in 2023");
        CHECK_INT(c->period_start.m, 1, "claim trade: period starts in January");
        CHECK_INT(c->period_end.y, 2023, "claim trade: period ends in 2023");
        CHECK_INT(c->period_end.m, 12, "claim trade: period ends in December");
        CHECK_STR(c->period_label, "2023", "claim trade: period as written");
        CHECK_INT(c->nparties, 2, "claim trade: two parties");
        CHECK(check_has_party(c, "belarus") && check_has_party(c, "rostov-region"), "claim trade: Belarus and Rostov Oblast");
        CHECK_INT(c->has_change, 0, "claim trade: no change stated");
        CHECK_INT(c->speaker, -1, "claim trade: nobody is quoted");
        const char *sentence = "Trade between Belarus and Rostov Oblast reached $2.5 billion in 2023.";
        CHECK_INT(c->span.end - c->span.start, strlen(sentence), "claim trade: evidence is the sentence");
        CHECK(strncmp(a->doc.text + c->span.start, sentence, strlen(sentence)) == 0,
              "claim trade: evidence offsets point at the sentence");
    }
    ng_article_free(a);
}

/* The dateline opens the sentence: value and status must not suffer. */
static void test_claim_in_dateline_sentence(void)
{
    ng_article *a = extract("MINSK, 15 July (BelTA) - Trade between Belarus and Rostov Oblast reached $1.5 billion "
                            "in 2023.\n");
    const ng_claim *c = only_claim(a, "claim after dateline");
    if (c) {
        CHECK_STR(c->indicator, "Trade", "claim after dateline: indicator Trade");
        CHECK_INT(claim_units(c), 1500000000LL, "claim after dateline: value");
        CHECK_STR(c->unit, "USD", "claim after dateline: unit");
        CHECK_INT(c->period_start.y, 2023, "claim after dateline: the dateline day is no period");
        CHECK_INT(c->nparties, 2, "claim after dateline: two parties");
        CHECK(check_has_party(c, "belarus") && check_has_party(c, "rostov-region"),
              "claim after dateline: Belarus and Rostov Oblast, not the dateline's Minsk");
        const char *sentence = "Trade between Belarus and Rostov Oblast reached $1.5 billion in 2023.";
        CHECK(strncmp(a->doc.text + c->span.start, sentence, strlen(sentence)) == 0,
              "claim after dateline: the evidence starts after the dateline");
    }
    ng_article_free(a);

    a = extract("ROSTOV-ON-DON, 15 July (BelTA) - Trade between Belarus and Rostov Oblast exceeded $1 billion "
                "in 2023.\n");
    c = only_claim(a, "claim after a regional dateline");
    if (c) {
        CHECK_INT(c->nparties, 2, "claim after a regional dateline: two parties");
        CHECK(check_has_party(c, "belarus") && check_has_party(c, "rostov-region"),
              "claim after a regional dateline: the dateline's city is no party");
    }
    ng_article_free(a);
}

static void test_claim_decimal_value(void)
{
    ng_article *a = extract(LEAD "Trade between Belarus and Rostov Oblast reached $1.743 billion in 2023.\n");
    const ng_claim *c = only_claim(a, "claim decimals");
    if (c)
        CHECK_INT(claim_units(c), 1743000000LL, "claim decimals: $1.743 billion is exact");
    ng_article_free(a);
}

static void check_projected(const char *sentence, long long units, const char *what)
{
    char text[512];
    snprintf(text, sizeof text, "%s%s\n", LEAD, sentence);
    ng_article *a = extract(text);
    const ng_claim *c = only_claim(a, what);
    if (c) {
        char msg[160];
        snprintf(msg, sizeof msg, "%s: projected", what);
        CHECK_INT(c->projected, 1, msg);
        snprintf(msg, sizeof msg, "%s: value", what);
        CHECK_INT(claim_units(c), units, msg);
        snprintf(msg, sizeof msg, "%s: indicator Trade", what);
        CHECK_STR(c->indicator, "Trade", msg);
    }
    ng_article_free(a);
}

/* ", reaching $X" after a change reached is a result, not a goal */
static void a_reaching_is_actual(void)
{
    ng_article *a = extract(LEAD "In the first half of 2024 trade rose by 12 percent, reaching $310 million.\n");
    const ng_claim *c = only_claim(a, "reaching after a rise");
    if (c)
        CHECK_INT(c->projected, 0, "', reaching $X' after a rise is actual");
    ng_article_free(a);
}

static void test_claim_projected(void)
{
    check_projected("We plan to bring trade to $3 billion by 2026.", 3000000000LL, "projected 'plan to bring'");
    check_projected("Belarus and Rostov Oblast should strive for trade of $3 billion.", 3000000000LL,
                    "projected 'should strive'");
    check_projected("We hope that trade between Belarus and Rostov Oblast will reach $2 billion.", 2000000000LL,
                    "projected 'hope'");
    check_projected("Belarus and Rostov Oblast intend to increase trade to $2 billion in the next three years.",
                    2000000000LL, "projected 'intend to increase'");
    check_projected("The minister said $500 million in mutual trade with the oblast is quite achievable.",
                    500000000LL, "projected: the figure's clause calls it achievable");
    check_projected("So we are on our way to $2 billion in trade with Rostov Oblast.", 2000000000LL,
                    "projected 'on our way to'");
    a_reaching_is_actual();
    {
        ng_article *a = extract(LEAD "In 2023 trade was planned at $1 billion but reached $900 million.\n");
        CHECK_INT(a ? a->claims.len : 0, 2, "plan against result: two figures");
        if (a && a->claims.len == 2)
            CHECK(a->claims.items[0].projected && !a->claims.items[1].projected,
                  "plan against result: the plan projected, the result after 'but' actual");
        ng_article_free(a);
    }

    ng_article *a = extract(LEAD "Trade between Belarus and Rostov Oblast reached $62 million in 2023. "
                                 "\"Our goal is to double this figure,\" the governor said.\n");
    const ng_claim *reached = only_claim(a, "a new target for 'this figure'");
    if (reached)
        CHECK_INT(reached->projected, 0, "'to double this figure' leaves the figure reached actual");
    ng_article_free(a);

    a = extract(LEAD "During the visit, agreements worth more than $5 billion are to be signed.\n");
    const ng_claim *signed_later = only_claim(a, "projected after the figure");
    if (signed_later) {
        CHECK_STR(signed_later->indicator, "Contracts", "projected after the figure: contracts");
        CHECK_INT(signed_later->projected, 1, "projected after the figure: 'are to be signed'");
    }
    ng_article_free(a);

    a = extract(LEAD "We plan to bring trade to $3 billion by 2026.\n");
    const ng_claim *c = a && a->claims.len ? &a->claims.items[0] : NULL;
    CHECK(c && c->period_end.y == 2026, "projected 'by 2026': the target year ends the period");
    ng_article_free(a);
}

/* Periods written beside the figure: a month range opening the sentence
 * with "Over", two periods joined by "and", and the sentence before that
 * speaks of the same measure without a figure. */
/* a document's term in the sentence before is no figure's period; a
 * figure that "may be signed" is a projection */
static void test_claim_plan_and_may(void)
{
    ng_article *a = extract(LEAD "The sides adopted an action plan for 2025-2027. Contracts worth $12 million "
                                 "were concluded.\n");
    const ng_claim *c = only_claim(a, "after a plan's term");
    if (c)
        CHECK_INT(c->period_start.y, 0, "after a plan's term: the plan's years are not the contracts' period");
    ng_article_free(a);
    a = extract(LEAD "Contracts worth $12 million may be signed at the fair.\n");
    c = only_claim(a, "may be signed");
    if (c)
        CHECK_INT(c->projected, 1, "'may be signed': a projection");
    ng_article_free(a);
}

static void test_claim_neighbour_period(void)
{
    ng_article *a = extract(LEAD "Over January-October 2022, exports to the oblast reached $91 million.\n");
    const ng_claim *c = only_claim(a, "over a month range");
    if (c)
        CHECK(c->period_start.y == 2022 && c->period_start.m == 1 && c->period_end.m == 10,
              "over a month range: 'Over' opening a sentence names the period");
    ng_article_free(a);
    a = extract(LEAD "In 2019 and the first half of 2020, trade with the region came to $12 million.\n");
    c = only_claim(a, "joined periods");
    if (c)
        CHECK(c->period_start.y == 2019 && c->period_start.m == 1 && c->period_end.y == 2020 && c->period_end.m == 6,
              "joined periods: 'In 2019 and H1 2020' spans both");
    ng_article_free(a);
    a = extract(LEAD "Exports to the oblast reached $48 million over 10 months of 2022.\n");
    c = only_claim(a, "over a count of months");
    if (c)
        CHECK(c->period_start.y == 2022 && c->period_end.m == 10, "over a count of months: the period, no comparison");
    ng_article_free(a);
    a = extract(LEAD "Exports reached $48 million in 2022 against $41 million in 2021.\n");
    CHECK_INT(a ? a->claims.len : 0, 2, "two years, two figures");
    if (a && a->claims.len == 2)
        CHECK(a->claims.items[0].period_start.y == 2022 && a->claims.items[1].period_start.y == 2021,
              "two years, two figures: the year right after a figure is its own");
    ng_article_free(a);
    a = extract(LEAD "Mutual trade grew steadily in 2021. Turnover stood at $640 million.\n");
    c = only_claim(a, "measure named before");
    if (c)
        CHECK(c->period_start.y == 2021 && c->period_end.y == 2021,
              "measure named before: the year of the trade sentence is the figure's");
    ng_article_free(a);
    a = extract(LEAD "Mutual trade grew steadily in 2021. Today turnover stands at $640 million.\n");
    c = only_claim(a, "today");
    if (c)
        CHECK_INT(c->period_start.y, 0, "today: a figure of the present takes no year from before");
    ng_article_free(a);
}

/* A figure that names no place is of the article's sides; in an article
 * about a region, the region stands for its country. "US dollars" names
 * no United States. A figure in brackets is stated, whatever the
 * sentence around it proposes. */
static void test_claim_region_parties(void)
{
    ng_article *a = extract("ROSTOV-ON-DON, 15 July - Russia's Rostov Oblast hosted a delegation from Belarus.\n"
                            "Rostov Oblast is one of Russia's largest farm producers, and Russia buys its grain. "
                            "\"Today our mutual trade is almost $900 million,\" the governor said.\n");
    const ng_claim *c = only_claim(a, "region article");
    if (c)
        CHECK(check_has_party(c, "rostov-region") && check_has_party(c, "belarus") && !check_has_party(c, "russia"),
              "region article: the region, not Russia, is the party of a figure naming no place");
    ng_article_free(a);
    a = extract(LEAD "Trade between Rostov Oblast and Belarus reached 310.5 million US dollars in 2023.\n");
    c = only_claim(a, "US dollars");
    if (c)
        CHECK(c->nparties == 2 && !check_has_party(c, "united-states"), "US dollars: no United States among the parties");
    ng_article_free(a);
    a = extract("MINSK, 15 July (BelTA) - Aleksandr Lukashenko met Kyrgyzstan President Sadyr Japarov in Minsk.\n"
                "In 2023 bilateral trade reached $400 million.\n");
    c = only_claim(a, "sides from people and cities");
    if (c)
        CHECK(check_has_party(c, "belarus") && check_has_party(c, "kyrgyzstan"),
              "sides from people and cities: the country named and the one its people and cities stand for");
    ng_article_free(a);
    a = extract("MOSCOW, 15 July - Vladimir Putin heard a report on Tver Oblast.\n"
                "The region has grown fast. Over five years the region invested some 40 billion rubles in its "
                "roads.\n");
    c = only_claim(a, "the region");
    if (c)
        CHECK(c->nparties == 1 && check_has_party(c, "tver-region"),
              "the region: the one region named, then called 'the region', is the party");
    ng_article_free(a);
    a = extract("MINSK, 15 July (BelTA) - Aleksandr Lukashenko received the governor of Tver Oblast.\n"
                "Tver Oblast and the Belarusian SSR were close partners in the USSR. The USSR fell, but the "
                "ties of the former Soviet Union held. Now trade stands at $400 million.\n");
    c = only_claim(a, "a country that is no more");
    if (c)
        CHECK(!check_has_party(c, "soviet-union") && check_has_party(c, "tver-region") && c->nparties == 2,
              "a country that is no more is no side of today's figure");
    ng_article_free(a);
    a = extract(LEAD "In 2023 Russian-Kazakh trade reached $26 billion.\n");
    c = only_claim(a, "adjectives of countries");
    if (c)
        CHECK(c->nparties == 2 && check_has_party(c, "russia") && check_has_party(c, "kazakhstan"),
              "adjectives of countries joined by a hyphen name the parties");
    ng_article_free(a);
    a = extract(LEAD "The governor proposed to take trade ($410 million in 2023) to a new level.\n");
    c = only_claim(a, "bracketed figure");
    if (c)
        CHECK_INT(c->projected, 0, "bracketed figure: a result given in passing is actual");
    ng_article_free(a);
}

/* An amount without a currency takes the currency of the text's series
 * around it; a sentence without a measure of its own answers the one
 * before it. Regional economy figures are indicator "other". */
static void test_claim_series_currency(void)
{
    ng_article *a = extract(LEAD "In 2023 the oblast's consolidated budget came to 140 billion rubles. "
                                 "Its industrial output reached 910 billion.\n");
    CHECK_INT(a ? a->claims.len : 0, 2, "series currency: two figures");
    if (a && a->claims.len == 2) {
        CHECK_STR(a->claims.items[1].unit, "RUB", "series currency: the bare amount is in rubles");
        CHECK_STR(a->claims.items[1].indicator, "OtherIndicator", "series currency: industrial output is other");
    }
    ng_article_free(a);
    a = extract(LEAD "Our investment in fixed assets was 75 billion rubles in 2023.\n\n"
                     "\"And the gross regional product?\"\n\n\"It came to one trillion.\"\n");
    CHECK_INT(a ? a->claims.len : 0, 2, "an answer: two figures");
    if (a && a->claims.len == 2) {
        CHECK_STR(a->claims.items[0].indicator, "Investment", "fixed assets investment is investment");
        CHECK_STR(a->claims.items[1].indicator, "OtherIndicator", "an answer takes the measure asked about");
        CHECK_STR(a->claims.items[1].unit, "RUB", "an answer takes the series' currency");
    }
    ng_article_free(a);
    a = extract(LEAD "The region's population is 4.2 million, and its farms grew 2 billion of seedlings.\n");
    CHECK_INT(a ? a->claims.len : 0, 0, "counts without a currency are no claims");
    ng_article_free(a);
}

/* ---- claims: qualifiers and change ------------------------------------ */

static void check_qualifier(const char *sentence, const char *want, const char *what)
{
    char text[512];
    snprintf(text, sizeof text, "%s%s\n", LEAD, sentence);
    ng_article *a = extract(text);
    const ng_claim *c = only_claim(a, what);
    if (c)
        CHECK_STR(c->qualifier, want, what);
    ng_article_free(a);
}

static void test_claim_qualifiers(void)
{
    check_qualifier("In 2023 trade between Belarus and Rostov Oblast was estimated at $1.2 billion.", "Exact",
                    "'estimated at' states the figure");
    check_qualifier("In 2023 an estimated $1.2 billion of trade passed between Belarus and Rostov Oblast.", "About",
                    "'an estimated' figure is about");
    check_qualifier("Trade between Belarus and Rostov Oblast exceeded $1 billion in 2023.", "MoreThan",
                    "qualifier 'exceeded'");
    check_qualifier("Trade between Belarus and Rostov Oblast amounted to more than $1 billion in 2023.",
                    "MoreThan", "qualifier 'more than'");
    check_qualifier("Trade between Belarus and Rostov Oblast reached almost $2 billion in 2023.", "About",
                    "qualifier 'almost'");
    check_qualifier("Trade between Belarus and Rostov Oblast amounted to about $1.2 billion last year.", "About",
                    "qualifier 'about'");
    check_qualifier("Trade between Belarus and Rostov Oblast amounted to less than $900 million in 2022.",
                    "LessThan", "qualifier 'less than'");
    check_qualifier("Belarusian companies invested over $50 million in Rostov Oblast in 2023.", "MoreThan",
                    "qualifier 'over'");
    check_qualifier("Trade between Belarus and Rostov Oblast exceeded the record level of $2 billion in 2023.",
                    "MoreThan", "qualifier 'exceeded the record level of'");
    check_qualifier("Trade between Belarus and Rostov Oblast should reach at least $2 billion in 2025.",
                    "MoreThan", "qualifier 'at least'");
    /* a qualifier word that belongs to another phrase */
    check_qualifier("Trade under the agreement between Belarus and Rostov Oblast amounted to $2 billion in 2023.",
                    "Exact", "no qualifier: 'under the agreement'");
    check_qualifier("Over the year, trade between Belarus and Rostov Oblast amounted to $2 billion in 2023.",
                    "Exact", "no qualifier: 'over the year'");
}

static void check_change(const char *sentence, double want, const char *what)
{
    char text[512];
    snprintf(text, sizeof text, "%s%s\n", LEAD, sentence);
    ng_article *a = extract(text);
    const ng_claim *c = only_claim(a, what);
    if (c) {
        char msg[160];
        snprintf(msg, sizeof msg, "%s: has a change", what);
        CHECK_INT(c->has_change, 1, msg);
        snprintf(msg, sizeof msg, "%s: change %+g%%", what, want);
        CHECK(check_near(c->change, want), msg);
        if (!check_near(c->change, want))
            printf("#   got %g\n", c->change);
    }
    ng_article_free(a);
}

static void test_claim_change(void)
{
    check_change("In 2023 the oblast's exports to Belarus came to $95 million, or 108.4% as against 2022.", 8.4,
                 "an index as against the year before");
    check_change("In 2023 trade with the oblast is to grow by 104 percent, to $700 million.", 4,
                 "an index: 'grow by 104 percent' of the year before");
    check_change("In 2023 trade with the oblast rose by 160 percent, to $700 million.", 160,
                 "a rise of 160 percent is no index");
    check_change("In 2023 trade with Rostov Oblast stood at $812 million. That is 6.2 percent more than a year "
                 "earlier.", 6.2, "growth in the next sentence belongs to the figure");
    check_change("Mutual trade slipped by 8 percent in 2023. Turnover came to $640 million.", -8,
                 "a fall of the same measure in the sentence before belongs to the figure");
    {
        ng_article *a = extract(LEAD "In 2023 trade with Rostov Oblast stood at $812 million. Exports grew by 9 "
                                     "percent.\n");
        const ng_claim *c = only_claim(a, "another measure's growth");
        if (c)
            CHECK_INT(c->has_change, 0, "growth of another measure in the next sentence is not the figure's");
        ng_article_free(a);
    }
    check_change("In 2023, trade between Belarus and Rostov Oblast reached $1.8 billion, up by 10.5% over 2022.",
                 10.5, "change 'up by 10.5%'");
    check_change("Trade between Belarus and Rostov Oblast totaled $1.1 billion in 2023, a decrease of 3% "
                 "compared to 2022.",
                 -3.0, "change 'a decrease of 3%'");
    check_change("Trade between Belarus and Rostov Oblast fell by 4% to $1.3 billion in 2023.", -4.0,
                 "change 'fell by 4%'");
    check_change("Trade between Belarus and Rostov Oblast grew by 12% in 2023 and reached $1.3 billion.", 12.0,
                 "change 'grew by 12%' before the figure");
    check_change("Trade between Belarus and Rostov Oblast has grown by 7% to $1.2 billion in 2023.", 7.0,
                 "change 'has grown by 7%'");
    check_change("Trade between Belarus and Rostov Oblast rose 2.5 times to $1.5 billion in 2023.", 150.0,
                 "change 'rose 2.5 times' is +150%");
    check_change("Trade between Belarus and Rostov Oblast doubled to $1.4 billion in 2023.", 100.0,
                 "change 'doubled' is +100%");
    check_change("Trade between Belarus and Rostov Oblast fell two times to $600 million in 2023.", -50.0,
                 "change 'fell two times' is -50%");
    check_change("Trade with Rostov Oblast came to $640 million in 2023, or 106 percent of the previous year.", 6.0,
                 "an index 'of the previous year'");
    check_change("Trade with Rostov Oblast came to $640 million, which is 112.5 percent to the same period of 2023.",
                 12.5, "an index 'to the same period of'");
    check_change("Trade between Belarus and Rostov Oblast totaled $640 million in 2023, with an increase of 11%.",
                 11.0, "a clause 'with an increase of 11%'");
    {
        ng_article *a = extract(LEAD "Trade between Hubei and Belarus came to 2.1 billion yuan (about 290 million "
                                     "U.S. dollars) in 2023, up 14 percent year on year.\n");
        CHECK_INT(a ? (long long)a->claims.len : -1, 2, "a figure in two currencies is two claims");
        for (size_t i = 0; a && i < a->claims.len; i++) {
            const ng_claim *c = &a->claims.items[i];
            CHECK(c->has_change && check_near(c->change, 14.0) && c->period_start.y == 2023,
                  "both twins of a figure in two currencies take its change and period");
        }
        ng_article_free(a);
    }
}

/* ---- claims: indicators ----------------------------------------------- */

static void check_indicator(const char *sentence, const char *want, long long units, const char *what)
{
    char text[512];
    snprintf(text, sizeof text, "%s%s\n", LEAD, sentence);
    ng_article *a = extract(text);
    const ng_claim *c = only_claim(a, what);
    if (c) {
        CHECK_STR(c->indicator, want, what);
        char msg[160];
        snprintf(msg, sizeof msg, "%s: value", what);
        CHECK_INT(claim_units(c), units, msg);
        snprintf(msg, sizeof msg, "%s: actual, 2023", what);
        CHECK(!c->projected && c->period_start.y == 2023, msg);
    }
    ng_article_free(a);
}

static void test_claim_indicators(void)
{
    check_indicator("Belarusian exports to Rostov Oblast amounted to $700 million in 2023.", "Exports", 700000000LL,
                    "indicator Exports");
    check_indicator("Imports from Rostov Oblast to Belarus stood at $450 million in 2023.", "Imports", 450000000LL,
                    "indicator Imports");
    check_indicator("Investment of Belarusian companies in Rostov Oblast reached $120 million in 2023.",
                    "Investment", 120000000LL, "indicator Investment");
    check_indicator("In 2023 the oblast went on investing 4 billion rubles in its dairy farms.", "Investment",
                    4000000000LL, "indicator Investment: 'investing'");
    check_indicator("In 2023 the oblast put 3 billion rubles into the development of its dairy farms.", "Investment",
                    3000000000LL, "indicator Investment: 'put into the development of'");
    check_indicator("During its 2023 visit the delegation secured agreements for $75 million.", "Contracts", 75000000LL,
                    "indicator Contracts: 'agreements for'");
    check_indicator("In 2023 the contracts and export agreements signed were worth $90 million.", "Contracts",
                    90000000LL, "indicator Contracts: 'export agreements' are contracts");
}

/* Three figures in one sentence: each keeps its own indicator and change. */
static void test_claim_segments(void)
{
    ng_article *a = extract(LEAD "In 2023, trade between Belarus and Rostov Oblast amounted to $1.9 billion (up by "
                                 "7.5% over 2022), while Belarusian exports reached $1.2 billion (down by 2.3%) and "
                                 "imports totaled $700 million.\n");
    CHECK_INT(a ? a->claims.len : 0, 3, "segments: three claims");
    if (a && a->claims.len == 3) {
        const ng_claim *t = &a->claims.items[0], *e = &a->claims.items[1], *i = &a->claims.items[2];
        CHECK(strcmp(t->indicator, "Trade") == 0 && claim_units(t) == 1900000000LL, "segments: trade figure");
        CHECK(t->has_change && check_near(t->change, 7.5), "segments: trade up 7.5%");
        CHECK(strcmp(e->indicator, "Exports") == 0 && claim_units(e) == 1200000000LL, "segments: exports figure");
        CHECK(e->has_change && check_near(e->change, -2.3), "segments: exports down 2.3%");
        CHECK(strcmp(i->indicator, "Imports") == 0 && claim_units(i) == 700000000LL, "segments: imports figure");
        CHECK(!i->has_change, "segments: imports have no change of their own");
        CHECK(t->period_start.y == 2023 && e->period_start.y == 2023 && i->period_start.y == 2023,
              "segments: one period for all three");
    }
    ng_article_free(a);
}

/* ---- claims: speakers ------------------------------------------------- */

static void check_speaker(const char *text, const char *what)
{
    ng_article *a = extract(text);
    const ng_claim *c = only_claim(a, what);
    if (c) {
        CHECK_STR(person_slug(a, c->speaker), LUKASHENKO, what);
        CHECK_INT(c->projected, 0, what);
    }
    ng_article_free(a);
}

/* The speaker of the only claim of text is the person with slug. */
static void check_speaker_is(const char *text, const char *slug, const char *what)
{
    ng_article *a = extract(text);
    const ng_claim *c = only_claim(a, what);
    if (c)
        CHECK_STR(c->speaker >= 0 ? person_slug(a, c->speaker) : "(none)", slug, what);
    ng_article_free(a);
}

static void test_partner_speakers(void)
{
    check_speaker_is("MINSK, 15 July (BelTA) - Omar Saif, Minister of State for Foreign Trade, said that trade "
                     "with Belarus reached $300 million in 2023.\n",
                     "omar-saif", "speaker: a title's portfolio between the name and 'said'");
    check_speaker_is("MINSK, 15 July (BelTA) - Hubei Governor Wang Zhonglin met the guests.\n"
                     "According to Wang, trade between Hubei and Belarus reached $300 million in 2023.\n",
                     "wang-zhonglin", "speaker: a family name written first stands for the person");
}

/* A figure that names no side goes on with the sides of the figure just
 * before; a region of one side stands in for it. */
static void test_parties_of_previous(void)
{
    ng_article *a = extract("MINSK, 15 July (BelTA) - Trade between Hubei and Belarus reached $300 million in 2023. "
                            "Our target is to bring it to $500 million.\n");
    CHECK(a && a->claims.len == 2 && check_has_party(&a->claims.items[1], "hubei") &&
              check_has_party(&a->claims.items[1], "belarus"),
          "parties: a target that names no side takes the sides of the figure before");
    ng_article_free(a);
    a = extract("MINSK, 15 July (BelTA) - Trade between Belarus and Tajikistan reached $90 million in 2024. "
                "Gomel Oblast accounted for $11 million of this amount.\n");
    CHECK(a && a->claims.len == 2 && check_has_party(&a->claims.items[1], "gomel-region") &&
              check_has_party(&a->claims.items[1], "tajikistan"),
          "parties: a region of one side stands in for it");
    ng_article_free(a);
}

static void test_claim_speakers(void)
{
    check_speaker("MINSK, 15 July (BelTA) - The talks took place in Minsk.\n"
                  "As Aleksandr Lukashenko put it, trade with Rostov Oblast reached $2.5 billion in 2023.\n",
                  "speaker 'as X put it'");
    check_speaker("MINSK, 15 July (BelTA) - The talks took place in Minsk.\n"
                  "Trade between Belarus and Rostov Oblast reached $2.5 billion in 2023, BelTA learned from "
                  "Aleksandr Lukashenko.\n",
                  "speaker 'BelTA learned from X'");
    check_speaker("MINSK, 15 July (BelTA) - The talks took place in Minsk.\n"
                  "Aleksandr Lukashenko said that trade between Belarus and Rostov Oblast reached $2.5 billion in "
                  "2023.\n",
                  "speaker 'X said that'");
    check_speaker("MINSK, 15 July (BelTA) - Aleksandr Lukashenko spoke at the plenary session.\n"
                  "According to the President, trade between Belarus and Rostov Oblast reached $2.5 billion in "
                  "2023.\n",
                  "speaker 'according to the President'");
    check_speaker("MINSK, 15 July (BelTA) - Aleksandr Lukashenko spoke at the plenary session.\n"
                  "The head of state noted: \"Trade between Belarus and Rostov Oblast reached $2.5 billion last "
                  "year.\"\n",
                  "speaker: quotation after 'the head of state noted'");
    check_speaker("MINSK, 15 July (BelTA) - Aleksandr Lukashenko spoke at the plenary session.\n"
                  "\"Trade between Belarus and Rostov Oblast reached $2.5 billion last year,\" the head of state "
                  "noted.\n",
                  "speaker: quotation before 'the head of state noted'");
    check_speaker("MINSK, 15 July (BelTA) - Aleksandr Lukashenko spoke at the plenary session.\n"
                  "Trade between Belarus and Rostov Oblast reached $2.5 billion in 2023, the head of state said.\n",
                  "speaker: 'X, the head of state said'");

    /* two people: the figure goes to the one who said it */
    ng_article *a = extract("MINSK, 15 July (BelTA) - Aleksandr Lukashenko met with Governor of Rostov Oblast "
                            "Vasily Golubev.\n"
                            "Golubev said that trade between Belarus and Rostov Oblast reached $1.5 billion in "
                            "2023.\n");
    const ng_claim *c = only_claim(a, "speaker among two people");
    if (c)
        CHECK_STR(person_slug(a, c->speaker), GOLUBEV, "speaker among two people: the governor said it");
    ng_article_free(a);
}

/* ---- claims: what is not money ---------------------------------------- */

static void check_no_claim(const char *sentence, const char *what)
{
    char text[512];
    snprintf(text, sizeof text, "%s%s\n", LEAD, sentence);
    ng_article *a = extract(text);
    CHECK(a != NULL, what);
    CHECK_INT(a ? a->claims.len : 99, 0, what);
    ng_article_free(a);
}

static void test_claim_negatives(void)
{
    check_no_claim("On Monday the official exchange rate stood at 3.27 Belarusian rubles.",
                   "an exchange rate is no claim");
    check_no_claim("The ruble firmed to 88.5 rubles per dollar in March.", "a rate per dollar is no claim");
    check_no_claim("Rates on the day: USD 3.27 BYN and EUR 3.55 BYN.", "a rate widget in the text is no claim");
    check_no_claim("More than 300 companies took part in the trade exhibition.", "no claim: a count of companies");
    check_no_claim("The forum on trade gathered 1,500 participants from 40 regions.",
                   "no claim: a count of participants");
    check_no_claim("Over the year he made 5 visits to Rostov Oblast to discuss trade.", "no claim: a count of visits");
    check_no_claim("About 2 million tonnes of grain were shipped in 2023 as trade grew.",
                   "no claim: tonnes are not money");
    check_no_claim("Nearly 1.5 million tourists came to Belarus, and trade between Belarus and Russia grew.",
                   "no claim: tourists are not money");
    check_no_claim("Trade between Belarus and Rostov Oblast grew by 15% in 2023.",
                   "no claim: a percentage alone is no amount");
    check_no_claim("The 2023 trade agreement has 12 articles.", "no claim: a year and a count");
}

int main(void)
{
    ng_kb *kb = check_kb();
    kb_ = kb;
    test_claim_trade();
    test_partner_speakers();
    test_parties_of_previous();
    test_claim_region_anaphor();
    test_claim_clauses();
    test_claim_interview();
    test_claim_dashed_interview();
    test_claim_after_quote();
    test_claim_plan_and_may();
    test_plural_regions();
    test_claim_signed_change();
    test_claim_document_term();
    test_place_date_line();
    test_claim_event_name();
    test_claim_proposal();
    test_claim_pronoun_subject();
    test_claim_period_anaphor();
    test_claim_neighbour_period();
    test_claim_region_parties();
    test_claim_series_currency();
    test_claim_two_regions();
    test_claim_in_dateline_sentence();
    test_claim_decimal_value();
    test_claim_projected();
    test_claim_qualifiers();
    test_claim_change();
    test_claim_indicators();
    test_claim_segments();
    test_claim_speakers();
    test_claim_negatives();
    ng_kb_close(kb);
    CHECK_DONE();
}
