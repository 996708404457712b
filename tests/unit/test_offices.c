/*
 * test_offices.c - offices read from titles in the shapes regional pages
 * use: a body named before its place, a body's own name in brackets, a
 * regional body named after its centre, "its" chairperson.
 */
#include "check.h"
#include "check_article.h"

static ng_kb *kb_;

#define LEAD "KAZAN, 15 July (BelTA) - "

/* The person of this slug holds an office of type over place. */
static int holds(const ng_article *a, const char *person, const char *type, const char *place)
{
    for (size_t i = 0; a && i < a->mentions.npositions; i++) {
        const ng_xposition *p = &a->mentions.positions[i];
        if (strcmp(check_person_slug(a, p->person), person) == 0 && strcmp(p->type, type) == 0 &&
            strcmp(p->jurisdiction ? p->jurisdiction->slug : "(none)", place) == 0)
            return 1;
    }
    return 0;
}

static void check_office(const char *body, const char *person, const char *type, const char *place,
                         const char *what)
{
    char text[1024];
    snprintf(text, sizeof text, "%s%s\n", LEAD, body);
    ng_article *a = check_extract(kb_, text);
    CHECK(holds(a, person, type, place), what);
    ng_article_free(a);
}

static void test_regional_legislatures(void)
{
    check_office("Chairman of the Omsk Oblast Duma Ivan Petrov met the guests.", "ivan-petrov", "Chairman",
                 "omsk-region", "legislature: an oblast duma's chairman is Chairman of the region");
    check_office("Chairman of the Grodno Oblast Council of Deputies Ivan Petrov met the guests.", "ivan-petrov",
                 "Chairman", "grodno-region", "legislature: an oblast council of deputies' chairman too");
    check_office("Chairman of the State Council of the Republic of Tatarstan Ivan Petrov met the guests.",
                 "ivan-petrov", "Chairman", "tatarstan", "legislature: a body named before its republic");
    check_office("Chairman of the State Assembly (Il Tumen) of the Republic of Sakha (Yakutia) Ivan Petrov met "
                 "the guests.",
                 "ivan-petrov", "Chairman", "sakha-republic",
                 "legislature: the body's own name and the republic's other name in brackets");
    char text[512];
    snprintf(text, sizeof text, "%s%s\n", LEAD,
             "Chairman of the State Assembly (Il Tumen) Ivan Petrov met the guests.");
    ng_article *a = check_extract(kb_, text);
    CHECK(a && a->mentions.npersons == 1, "legislature: a body's own name in brackets is no person");
    ng_article_free(a);
}

static void test_regional_bodies(void)
{
    check_office("Chairman of the Minsk Regional Executive Committee Ivan Petrov met the guests.", "ivan-petrov",
                 "Chairman", "minsk-region", "body: the Minsk Regional Executive Committee is Minsk Region's");
    check_office("Chairman of the Minsk City Executive Committee Ivan Petrov met the guests.", "ivan-petrov",
                 "Chairman", "minsk", "body: the city's executive committee stays the city's");
    check_office("Governor Oleg Sidorov met a delegation of the Council of the Republic of Belarus' National "
                 "Assembly headed by its Chairperson Anna Belova.",
                 "anna-belova", "Chairman", "belarus", "body: 'its' chairperson is of the body just named");
}

/* A title only in the headline: the lead's subject, doing what the
 * headline says the title did. */
static void test_headline_title(void)
{
    const char *yes = "Governor of Omsk Oblast receives Grodno delegation\n\n15 July 2024\n\nOMSK, 15 July (BelTA) - Ivan Petrov "
                      "received a delegation of Grodno Oblast headed by Oleg Sidorov.\n";
    ng_article *a = check_extract(kb_, yes);
    CHECK(holds(a, "ivan-petrov", "Governor", "omsk-region"), "headline title: the lead's subject holds it");
    CHECK(!holds(a, "oleg-sidorov", "Governor", "omsk-region"), "headline title: not the other person");
    ng_article_free(a);
    const char *no = "Governor of Omsk Oblast receives Grodno delegation\n\n15 July 2024\n\nOMSK, 15 July (BelTA) - Ivan Petrov "
                     "opened a plant near Omsk.\n";
    a = check_extract(kb_, no);
    CHECK(a && !holds(a, "ivan-petrov", "Governor", "omsk-region"),
          "headline title: not when the lead's subject does something else");
    ng_article_free(a);
}

/* "Uzbekistan was represented by Deputy Prime Minister X": of Uzbekistan. */
static void test_represented_by(void)
{
    check_office("Uzbekistan, which holds observer status, was represented by Deputy Prime Minister Ivan Petrov.",
                 "ivan-petrov", "Deputy", "uzbekistan", "represented by: the country the sentence opens with");
}

/* "The Belarusian part ... was represented by a delegation ... led by
 * Minister X": the part's country, not the article's. */
static void test_part_led_by(void)
{
    char text[1024];
    snprintf(text, sizeof text, "%s\n",
             "HANOI, 15 July (BelTA) - The Vietnamese side was headed by Deputy Prime Minister Oleg Sidorov. The "
             "Belarusian part of the committee was represented by a delegation of ministries led by Minister of "
             "Industry Ivan Petrov.");
    ng_article *a = check_extract(kb_, text);
    CHECK(holds(a, "ivan-petrov", "Minister", "belarus"), "part led by: the part's country");
    ng_article_free(a);
}

int main(void)
{
    kb_ = check_kb();
    test_regional_legislatures();
    test_regional_bodies();
    test_headline_title();
    test_represented_by();
    test_part_led_by();
    ng_kb_close(kb_);
    CHECK_DONE();
}
