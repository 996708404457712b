/*
 * test_discourse.c - each cross-sentence policy of src/discourse.h on its
 * own: an article written for the test is read through the pipeline, and
 * the policy is then called directly on a claim made here, so that a
 * check fails for the policy it names and no other.
 *
 * Every policy has a case where it applies and one where it must not
 * (another paragraph, another measure, a goal, a name not told before ...).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "check.h"
#include "check_article.h"
#include "discourse.h"

static const ng_kb *kb_;

/* ---- helpers ---------------------------------------------------------- */

/* A claim as claims.c starts one: no period, no change, no speaker. */
static ng_claim fresh(const char *indicator)
{
    ng_claim c;
    memset(&c, 0, sizeof c);
    c.indicator = indicator;
    c.qualifier = "Exact";
    c.unit = "USD";
    c.speaker = -1;
    return c;
}

/* A fresh claim of the measure, as the policy leaves it for the sentence
 * holding needle (untouched when there is no such sentence). */
static ng_claim apply_at(const check_doc *d, const char *needle, const char *indicator, int projected,
                         void (*policy)(const ng_discourse *, size_t, ng_claim *))
{
    ng_claim c = fresh(indicator);
    c.projected = projected;
    size_t si = check_sentence_with(d, needle);
    if (si != (size_t)-1)
        policy(&d->dc, si, &c);
    return c;
}

static const ng_sentence *sentence(const check_doc *d, size_t si)
{
    return &d->a->sentences.items[si];
}

/* The times of sentence si, as claims.c finds them. */
static size_t times_of(const check_doc *d, size_t si, ng_timex *x, size_t max)
{
    const ng_sentence *s = sentence(d, si);
    return ng_timex_find(kb_, &d->a->doc.toks, s->tok_start, s->tok_end, d->a->doc.issued, x, max);
}

static void done(check_doc *d, ng_claim *c)
{
    if (c)
        free(c->period_label);
    ng_article_free(d->a);
}

#define LEAD "MINSK, 15 July (BelTA) - Belarus and Rostov Oblast discussed cooperation.\n"

/* ---- periods ---------------------------------------------------------- */

/* the period of the sentence before, when the figure's sentence asks for it */
static void check_period_of_previous(const char *text, const char *figure, const char *indicator, int year,
                                     const char *what)
{
    check_doc d = check_read_doc(kb_, text);
    size_t si = check_sentence_with(&d, figure);
    CHECK(si != (size_t)-1, "period of previous: the figure's sentence is found");
    if (si == (size_t)-1) {
        done(&d, NULL);
        return;
    }
    ng_timex x[16];
    size_t nx = times_of(&d, si, x, 16);
    ng_claim c = fresh(indicator);
    ng_dc_period_of_previous(&d.dc, si, sentence(&d, si)->tok_start, sentence(&d, si)->tok_end, x, nx, &c);
    CHECK_INT(c.period_start.y, year, what);
    done(&d, &c);
}

static void test_period_of_previous(void)
{
    check_period_of_previous(LEAD "The parties summed up the results of 2023. Trade between Belarus and Rostov "
                                  "Oblast reached $300 million.\n",
                             "Trade between", "Trade", 2023, "period of previous: a sentence that sets a period");
    check_period_of_previous(LEAD "Trade between Belarus and Rostov Oblast slipped in 2015. Turnover came to "
                                  "$878 million.\n",
                             "Turnover came", "Trade", 2015,
                             "period of previous: a figureless sentence about the same measure");
    check_period_of_previous(LEAD "The first half of 2022 was hard. Over this period trade came to $878 million.\n",
                             "Over this period", "Trade", 2022, "period of previous: 'over this period'");
    check_period_of_previous(LEAD "The agreement was signed in 2015. Trade came to $878 million.\n", "Trade came",
                             "Trade", 0, "period of previous: not the year of another thing");
    check_period_of_previous(LEAD "Trade between Belarus and Rostov Oblast slipped in 2015.\n"
                                  "Turnover came to $878 million.\n",
                             "Turnover came", "Trade", 0, "period of previous: not across paragraphs");
}

/* the period carried from an earlier claim of the paragraph */
static void test_period_carry(void)
{
    check_doc d = check_read_doc(kb_, LEAD "In 2023, exports reached $200 million. Imports came to $100 million.\n");
    size_t s1 = check_sentence_with(&d, "exports reached"), s2 = check_sentence_with(&d, "Imports came");
    CHECK(s1 != (size_t)-1 && s2 != (size_t)-1, "period carry: the sentences");
    if (s1 == (size_t)-1 || s2 == (size_t)-1) {
        done(&d, NULL);
        return;
    }
    ng_claim items[2] = {fresh("Exports"), fresh("Imports")};
    items[0].period_start = (ng_date){2023, 1, 1};
    items[0].period_end = (ng_date){2023, 12, 31};
    items[0].period_label = "2023";
    items[0].money_tok = sentence(&d, s1)->tok_end - 2;
    items[1].money_tok = sentence(&d, s2)->tok_end - 2;
    ng_claims out = {items, 2, 2};
    ng_dc_period_carry(&d.dc, &out, s2, &items[1]);
    CHECK_INT(items[1].period_start.y, 2023, "period carry: the paragraph's period goes on");
    CHECK_STR(items[1].period_label, "2023", "period carry: with its label");
    free(items[1].period_label);

    /* a goal does not take it */
    items[1] = fresh("Imports");
    items[1].projected = 1;
    items[1].money_tok = sentence(&d, s2)->tok_end - 2;
    ng_dc_period_carry(&d.dc, &out, s2, &items[1]);
    CHECK_INT(items[1].period_start.y, 0, "period carry: not to a goal");
    done(&d, NULL);

    /* nor across paragraphs, to another measure */
    d = check_read_doc(kb_, LEAD "In 2023, exports reached $200 million.\nImports came to $100 million.\n");
    s1 = check_sentence_with(&d, "exports reached");
    s2 = check_sentence_with(&d, "Imports came");
    if (s1 != (size_t)-1 && s2 != (size_t)-1) {
        items[0].money_tok = sentence(&d, s1)->tok_end - 2;
        items[1] = fresh("Imports");
        items[1].money_tok = sentence(&d, s2)->tok_end - 2;
        ng_dc_period_carry(&d.dc, &out, s2, &items[1]);
    }
    CHECK_INT(items[1].period_start.y, 0, "period carry: not across paragraphs to another measure");
    free(items[1].period_label);
    done(&d, NULL);
}

/* contracts after a forum named with its year */
static void test_forum_year(void)
{
    check_doc d = check_read_doc(kb_, LEAD "In 2022, the forum took place in Grodno. Many contracts were concluded, worth "
                            "$65 million.\n");
    size_t si = check_sentence_with(&d, "Many contracts");
    ng_claim c = fresh("Contracts");
    int found = si != (size_t)-1 ? ng_dc_forum_year(&d.dc, si, &c) : 0;
    CHECK_INT(found, 1, "forum year: the forum before is found");
    CHECK_INT(c.period_start.y, 2022, "forum year: the contracts are of its year");
    done(&d, &c);

    d = check_read_doc(kb_, LEAD "In 2022, the delegation visited Grodno. Many contracts were concluded, worth $65 million.\n");
    si = check_sentence_with(&d, "Many contracts");
    c = fresh("Contracts");
    found = si != (size_t)-1 ? ng_dc_forum_year(&d.dc, si, &c) : 1;
    CHECK_INT(found, 0, "forum year: no forum, no year");
    CHECK_INT(c.period_start.y, 0, "forum year: the period stays unknown");
    done(&d, &c);
}

/* the next sentence qualifies the figure */
static void test_follow_anaphor(void)
{
    check_doc d = check_read_doc(kb_, LEAD "We once dreamed of $1 billion in trade. In 2025 we will overcome this milestone.\n");
    ng_claim c = apply_at(&d, "We once dreamed", "Trade", 0, ng_dc_follow_anaphor);
    CHECK_INT(c.projected, 1, "follow anaphor: 'will overcome this milestone' makes it a goal");
    CHECK_INT(c.period_start.y, 2025, "follow anaphor: of the next sentence's year");
    done(&d, &c);

    d = check_read_doc(kb_, LEAD "Trade reached $1 billion. In 2025 we will double this figure.\n");
    c = apply_at(&d, "Trade reached", "Trade", 0, ng_dc_follow_anaphor);
    CHECK_INT(c.projected, 0, "follow anaphor: 'double this figure' sets a new figure");
    CHECK_INT(c.period_start.y, 0, "follow anaphor: and gives this one no period");
    done(&d, &c);
}

/* ---- measures and currency -------------------------------------------- */

/* What a policy of one sentence answers for the sentence holding needle. */
static void check_sentence_answer(const char *text, const char *needle,
                                  const char *(*policy)(const ng_discourse *, size_t), const char *expected,
                                  const char *what)
{
    check_doc d = check_read_doc(kb_, text);
    size_t si = check_sentence_with(&d, needle);
    CHECK_STR(si != (size_t)-1 ? policy(&d.dc, si) : "(no sentence)", expected, what);
    done(&d, NULL);
}

static void test_answered_indicator(void)
{
    check_sentence_answer(LEAD "You mean exports to Russia? Yes, two billion rubles.\n", "Yes, two",
                          ng_dc_answered_indicator, "Exports", "answered indicator: the question's measure");
    check_sentence_answer(LEAD "He spoke of exports to Russia. Yes, two billion rubles.\n", "Yes, two",
                          ng_dc_answered_indicator, NULL, "answered indicator: no question, no measure");
}

static void test_series_currency(void)
{
    check_sentence_answer(LEAD "Trade reached 300 billion rubles.\nExports came to 200 billion.\n", "Exports came",
                          ng_dc_series_currency, "RUB", "series currency: the currency of the figures around");
    check_sentence_answer(LEAD "Exports came to 200 billion.\n", "Exports came", ng_dc_series_currency, NULL,
                          "series currency: none in the text");
}

/* ---- change ----------------------------------------------------------- */

static void test_change_of_previous(void)
{
    check_doc d = check_read_doc(kb_, LEAD "Trade slipped by 12% in 2015. Turnover came to $878 million.\n");
    ng_claim c = apply_at(&d, "Turnover came", "Trade", 0, ng_dc_change_of_previous);
    CHECK(c.has_change && check_near(c.change, -12), "change of previous: the fall said just before");
    c = apply_at(&d, "Turnover came", "Trade", 1, ng_dc_change_of_previous);
    CHECK_INT(c.has_change, 0, "change of previous: not to a goal");
    done(&d, &c);
}

static void test_change_of_next(void)
{
    check_doc d = check_read_doc(kb_, LEAD "Trade reached $640 million. This is 12% more than a year before.\n");
    ng_claim c = apply_at(&d, "Trade reached", "Trade", 0, ng_dc_change_of_next);
    CHECK(c.has_change && check_near(c.change, 12), "change of next: the growth said just after");
    done(&d, &c);

    d = check_read_doc(kb_, LEAD "Trade reached $640 million. Exports grew by 12%.\n");
    c = apply_at(&d, "Trade reached", "Trade", 0, ng_dc_change_of_next);
    CHECK_INT(c.has_change, 0, "change of next: not the growth of another measure");
    done(&d, &c);
}

/* ---- sides ------------------------------------------------------------ */

static void test_focus_region(void)
{
    check_doc d = check_read_doc(kb_, "MINSK, 15 July (BelTA) - Belarus and Russia discussed cooperation.\n"
                       "Vitebsk Oblast ships milk. Vitebsk Oblast buys tractors. Rostov Oblast sells grain.\n");
    const ng_place *f = d.a ? d.dc.focus : NULL;
    CHECK_STR(f ? f->slug : NULL, "vitebsk-region", "focus region: the region named most, twice or more");
    done(&d, NULL);

    d = check_read_doc(kb_, "MINSK, 15 July (BelTA) - Belarus and Russia discussed cooperation.\n"
                 "Vitebsk Oblast ships milk to Russia.\n");
    f = d.a ? d.dc.focus : NULL;
    CHECK(d.a && !f, "focus region: a region named once is no focus");
    done(&d, NULL);
}

static void test_two_regions(void)
{
    check_doc d = check_read_doc(kb_, "MINSK, 15 July (BelTA) - Governor of Bryansk Oblast Ivan Petrov visited Minsk Oblast. "
                       "Belarus and Russia are close partners.\n"
                       "Trade between the two regions reached $300 million in 2023.\n");
    size_t si = check_sentence_with(&d, "the two regions");
    ng_claim c = fresh("Trade");
    int found = si != (size_t)-1 ? ng_dc_two_regions(&d.dc, sentence(&d, si), &c) : 0;
    CHECK_INT(found, 1, "two regions: found");
    CHECK(check_has_party(&c, "bryansk-region") && check_has_party(&c, "minsk-region"),
          "two regions: the regions named before, not the countries");
    done(&d, &c);

    d = check_read_doc(kb_, LEAD "Trade reached $300 million in 2023.\n");
    si = check_sentence_with(&d, "Trade reached");
    c = fresh("Trade");
    found = si != (size_t)-1 ? ng_dc_two_regions(&d.dc, sentence(&d, si), &c) : 1;
    CHECK_INT(found, 0, "two regions: not without 'the two regions'");
    CHECK_INT(c.nparties, 0, "two regions: no party added");
    done(&d, &c);
}

static void test_article_sides(void)
{
    /* no place named: the article's two sides */
    check_doc d = check_read_doc(kb_, "MINSK, 15 July (BelTA) - Belarus and Rostov Oblast discussed cooperation in Minsk.\n"
                       "Rostov Oblast ships grain. Rostov Oblast buys tractors.\n");
    ng_claim c = fresh("Trade");
    if (d.a)
        ng_dc_article_sides(&d.dc, &c);
    CHECK_INT(c.nparties, 2, "article sides: two parties");
    CHECK(check_has_party(&c, "belarus") && check_has_party(&c, "rostov-region"),
          "article sides: home and the partner region");
    /* one place named: the other side is added */
    c = fresh("Trade");
    c.parties[c.nparties++] = ng_kb_place(kb_, "rostov-region");
    if (d.a)
        ng_dc_article_sides(&d.dc, &c);
    CHECK(c.nparties == 2 && check_has_party(&c, "belarus"), "article sides: the other side of one named");
    done(&d, &c);
}

static void test_forum_countries(void)
{
    check_doc d = check_read_doc(kb_, LEAD "Contracts worth $65 million were signed at the forum in Grodno.\n");
    ng_claim c = fresh("Contracts");
    c.parties[c.nparties++] = ng_kb_place(kb_, "grodno");
    if (d.a && c.parties[0])
        ng_dc_forum_countries(&d.dc, &c);
    CHECK(c.nparties == 2 && check_has_party(&c, "belarus") && check_has_party(&c, "russia"),
          "forum countries: a city becomes its country, and the other side's is added");
    done(&d, &c);
}

/* ---- speakers --------------------------------------------------------- */

static void check_speaker(const char *text, const char *figure, const char *slug, const char *what)
{
    check_doc d = check_read_doc(kb_, text);
    size_t si = check_sentence_with(&d, figure);
    const char *got = "(no sentence)";
    if (si != (size_t)-1) {
        ng_dc_speakers sp;
        ng_dc_speakers_find(&sp, &d.dc);
        const char *at = strstr(d.a->doc.text, figure);
        size_t tok = sentence(&d, si)->tok_start;
        while (tok + 1 < sentence(&d, si)->tok_end &&
               d.a->doc.toks.toks[tok].start < (size_t)(at - d.a->doc.text))
            tok++;
        got = check_person_slug(d.a, ng_dc_speaker_for(&sp, si, &d.a->doc.toks, tok));
        ng_dc_speakers_free(&sp);
    }
    CHECK_STR(got, slug, what);
    done(&d, NULL);
}

static void test_speakers(void)
{
    check_speaker(LEAD "Aleksandr Lukashenko said that trade reached $2.5 billion in 2023.\n", "$2.5",
                  "aleksandr-lukashenko", "speakers: a reporting verb");
    check_speaker(LEAD "Aleksandr Lukashenko: Last year trade reached $2.5 billion.\n", "$2.5",
                  "aleksandr-lukashenko", "speakers: an interview's label");
    check_speaker(LEAD "\"Trade reached $2.5 billion last year,\" Aleksandr Lukashenko noted.\n", "$2.5",
                  "aleksandr-lukashenko", "speakers: the attribution after a quotation");
    check_speaker(LEAD "Aleksandr Lukashenko spoke at length. He said the talks went well. "
                       "Trade reached $2.5 billion last year.\n",
                  "$2.5", "aleksandr-lukashenko", "speakers: reported speech goes on through its paragraph");
    check_speaker(LEAD "Aleksandr Lukashenko said the talks went well.\nTrade reached $2.5 billion last year.\n",
                  "$2.5", "(no person)", "speakers: not into the next paragraph");
}

/* ---- events ----------------------------------------------------------- */

static ng_event meeting(int a, int b, int mode, size_t span)
{
    ng_event x;
    memset(&x, 0, sizeof x);
    x.participants[0] = a;
    x.participants[1] = b;
    x.nparticipants = 2;
    x.mode = mode;
    x.span = (ng_span){span, span + 10};
    return x;
}

static ng_event forum(const char *label, const char *series, int edition)
{
    ng_event x;
    memset(&x, 0, sizeof x);
    x.is_forum = 1;
    x.label = (char *)label;
    x.series_slug = (char *)series;
    x.edition = edition;
    return x;
}

static void test_previous_people(void)
{
    ng_event items[3] = {meeting(1, 2, NG_MODE_IN_PERSON, 0), meeting(3, 4, NG_MODE_REMOTE, 20),
                         forum("Forum of Regions", NULL, 0)};
    ng_events ev = {items, 3, 3};
    int list[NG_MAX_PARTICIPANTS], n = 0;
    ng_dc_previous_people(&ev, list, &n);
    CHECK(n == 2 && list[0] == 3 && list[1] == 4, "previous people: of the last meeting, past a forum");
    ev.len = 0;
    n = 0;
    ng_dc_previous_people(&ev, list, &n);
    CHECK_INT(n, 0, "previous people: none before the first meeting");
}

static void test_same_meeting(void)
{
    ng_event items[2] = {meeting(1, 2, NG_MODE_IN_PERSON, 0), forum("Forum of Regions", NULL, 0)};
    ng_events ev = {items, 2, 2};
    ng_event x = meeting(1, 2, NG_MODE_IN_PERSON, 50);
    CHECK(ng_dc_same_meeting(&ev, &x, 0, 0) == &items[0], "same meeting: the same people in the same mode");
    x = meeting(1, 2, NG_MODE_REMOTE, 50);
    CHECK(ng_dc_same_meeting(&ev, &x, 0, 0) == NULL, "same meeting: not a call of the same people");
    x = meeting(1, 3, NG_MODE_IN_PERSON, 0);
    x.nparticipants = 1;
    CHECK(ng_dc_same_meeting(&ev, &x, 0, 0) == &items[0], "same meeting: a sentence's meeting read again with fewer people");
    x = meeting(5, 6, NG_MODE_IN_PERSON, 0);
    CHECK(ng_dc_same_meeting(&ev, &x, 0, 0) == NULL, "same meeting: one sentence may tell two meetings of other people");
    x = meeting(1, 2, NG_MODE_IN_PERSON, 50);
    items[0].date = (ng_date){2024, 5, 3};
    CHECK(ng_dc_same_meeting(&ev, &x, 1, 0) == NULL, "same meeting: a past meeting without its day is not the dated one");
    /* some of a meeting's people on its day, in a later sentence */
    items[0].participants[2] = 3;
    items[0].nparticipants = 3;
    x = meeting(1, 3, NG_MODE_IN_PERSON, 80);
    x.date = (ng_date){2024, 5, 3};
    x.date_defaulted = 1;
    CHECK(ng_dc_same_meeting(&ev, &x, 0, 0) == &items[0], "same meeting: some of its people on its day");
    x.date = (ng_date){2024, 5, 9};
    x.date_defaulted = 0;
    CHECK(ng_dc_same_meeting(&ev, &x, 0, 0) == NULL, "same meeting: not some of its people on another day");
}

static void test_same_forum(void)
{
    ng_event items[2] = {forum("Forum of Regions", "forum-of-regions", 11), forum("Minsk Expo", NULL, 0)};
    ng_events ev = {items, 2, 2};
    ng_event x = forum("the Forum", "forum-of-regions", 0);
    CHECK(ng_dc_same_forum(&ev, &x) == &items[0], "same forum: the same series, edition unsaid");
    x = forum("the Forum", "forum-of-regions", 12);
    CHECK(ng_dc_same_forum(&ev, &x) == NULL, "same forum: not another edition");
    x = forum("MINSK EXPO", NULL, 0);
    CHECK(ng_dc_same_forum(&ev, &x) == &items[1], "same forum: the same name in any case");
    ng_event body[1] = {forum("Armenia-Georgia Intergovernmental Commission on Trade", NULL, 18)};
    ng_events bev = {body, 1, 1};
    x = forum("Intergovernmental Commission", NULL, 18);
    CHECK(ng_dc_same_forum(&bev, &x) == &body[0], "same forum: a numbered session, its body named short");
    x = forum("Intergovernmental Commission", NULL, 19);
    CHECK(ng_dc_same_forum(&bev, &x) == NULL, "same forum: not another session of it");
}

static void test_forum_by_head(void)
{
    ng_event items[2] = {forum("Forum of Regions", "forum-of-regions", 11), forum("Minsk Expo", NULL, 0)};
    ng_events ev = {items, 2, 2};
    CHECK(ng_dc_forum_by_head(&ev, "forum") == &items[0], "forum by head: the forum whose name the word begins");
    CHECK(ng_dc_forum_by_head(&ev, "Summit") == NULL, "forum by head: none that it begins");
    CHECK(ng_dc_forum_by_head(&ev, "Minsk Expo") == NULL, "forum by head: the whole name is no head word");
}

static void test_same_day_and_sidelines(void)
{
    ng_event items[3] = {meeting(1, 2, NG_MODE_IN_PERSON, 0), forum("Working group", NULL, 2),
                         meeting(3, 4, NG_MODE_IN_PERSON, 40)};
    items[0].date = (ng_date){2022, 11, 17};
    ng_events ev = {items, 3, 3};
    CHECK(ng_dc_event_of_same_day(&ev, 100) == &items[0], "same day: the last event with a stated day");
    CHECK(ng_dc_event_of_same_day(&ev, 0) == NULL, "same day: none told before the sentence");
    items[0].date_defaulted = 1;
    CHECK(ng_dc_event_of_same_day(&ev, 100) == &items[0],
          "same day: a meeting of the publication's day when no day is stated");
    items[1].date = (ng_date){2022, 11, 16};
    items[1].span = (ng_span){20, 30};
    items[1].location = ng_kb_place(kb_, "vitebsk");
    items[2].sidelines = 1;
    items[2].date = (ng_date){2022, 11, 18};
    items[2].date_defaulted = 1;
    ng_dc_sideline_meetings(&ev);
    CHECK(items[2].date.d == 16 && items[2].location == items[1].location,
          "sidelines: the day and place of the forum told before");
    items[0].sidelines = 1;
    ng_dc_sideline_meetings(&ev);
    CHECK(items[0].date.d == 17, "sidelines: not a forum told after the meeting");
}

static void test_complete_event(void)
{
    ng_event y = meeting(1, 2, NG_MODE_IN_PERSON, 0), x = meeting(2, 0, NG_MODE_IN_PERSON, 50);
    y.date = (ng_date){2024, 7, 15};
    y.date_defaulted = 1;
    x.date = (ng_date){2024, 7, 12};
    x.location = ng_kb_place(kb_, "minsk");
    ng_dc_complete_event(&y, &x);
    CHECK(y.location && y.location == x.location, "complete event: takes the place it lacked");
    CHECK_INT(y.date.d, 12, "complete event: a stated date over a defaulted one");
    CHECK(y.nparticipants == 3 && y.participants[0] == 0 && y.participants[2] == 2,
          "complete event: the new participants, in order");
    x.date = (ng_date){2024, 7, 1};
    x.date_defaulted = 1;
    ng_dc_complete_event(&y, &x);
    CHECK_INT(y.date.d, 12, "complete event: not a defaulted date over a stated one");
}

static void test_merge_meeting(void)
{
    ng_event items[1] = {meeting(1, 2, NG_MODE_IN_PERSON, 0)};
    items[0].date = (ng_date){2024, 7, 15};
    items[0].date_defaulted = 1;
    ng_events ev = {items, 1, 1};
    ng_event x = meeting(1, 2, NG_MODE_IN_PERSON, 50);
    x.date = (ng_date){2024, 7, 12};
    x.location = ng_kb_place(kb_, "minsk");
    CHECK_INT(ng_dc_merge_meeting(kb_, &ev, &x), 1, "merge meeting: the same people again");
    CHECK(items[0].date.d == 12 && !items[0].date_defaulted && items[0].location == x.location,
          "merge meeting: the stated date and the place");
    x.date = (ng_date){2024, 5, 3};
    CHECK_INT(ng_dc_merge_meeting(kb_, &ev, &x), 0, "merge meeting: not two stated dates");
    x = meeting(1, 2, NG_MODE_REMOTE, 50);
    x.date = (ng_date){2024, 5, 3};
    CHECK_INT(ng_dc_merge_meeting(kb_, &ev, &x), 0, "merge meeting: not a call of the same people on another day");
    x.date = (ng_date){2024, 7, 12};
    CHECK_INT(ng_dc_merge_meeting(kb_, &ev, &x), 1, "merge meeting: a call on the same day is that meeting");
    CHECK(items[0].mode == NG_MODE_REMOTE && !items[0].location, "merge meeting: the call's mode, and no place");
}

static void test_merge_forums(void)
{
    ng_event *items = calloc(3, sizeof *items);
    items[0] = forum("Forum of Regions", NULL, 0);
    items[1] = forum("Forum of Regions", NULL, 11);
    items[2] = forum("Forum of Regions", NULL, 12);
    for (int i = 0; i < 3; i++)
        items[i].label = strdup(items[i].label);
    items[1].location = ng_kb_place(kb_, "minsk");
    items[1].participants[0] = 7;
    items[1].nparticipants = 1;
    ng_events ev = {items, 3, 3};
    ng_dc_merge_forums(kb_, &ev);
    CHECK_INT(ev.len, 2, "merge forums: the name again is the forum, another edition is not");
    CHECK(ev.items[0].edition == 11 && ev.items[0].location && ev.items[0].nparticipants == 1,
          "merge forums: the first takes the edition, place and people");
    CHECK_INT(ev.items[1].edition, 12, "merge forums: the other edition stays");
    ng_events_free(&ev);
}

static void test_parties_of_previous(void)
{
    check_doc d = check_read_doc(kb_, LEAD "Trade reached $5 million. Our target is $9 million. Exports grew. Imports fell. "
                            "Prices rose. The plan is $7 million.\n");
    size_t first = check_sentence_with(&d, "Trade reached"), far = check_sentence_with(&d, "The plan is");
    CHECK(first != (size_t)-1 && far == first + 5, "parties of previous: the sentences are found");
    if (far != first + 5) {
        done(&d, NULL);
        return;
    }
    ng_claim items[2] = {fresh("Trade"), fresh("Trade")};
    const ng_place *by = ng_kb_place(kb_, "belarus"), *ru = ng_kb_place(kb_, "russia");
    items[0].parties[0] = by;
    items[0].parties[1] = ru;
    items[0].nparties = 2;
    items[0].money_tok = sentence(&d, first)->tok_start + 2;
    ng_claims out = {items, 2, 2};
    CHECK(ng_dc_parties_source(&d.dc, &out, first + 1, &items[1]) == &items[0],
          "parties of previous: the figure of the sentence just before");
    CHECK(ng_dc_parties_source(&d.dc, &out, far, &items[1]) == NULL,
          "parties of previous: not past lex:parties-carry-sentences");
    items[0].indicator = "Contracts";
    CHECK(ng_dc_parties_source(&d.dc, &out, first + 1, &items[1]) == NULL,
          "parties of previous: not from a forum's contracts to trade");
    items[0].indicator = "Trade";
    ng_dc_parties_of_previous(&items[0], NULL, 0, &items[1]);
    CHECK(items[1].nparties == 2 && items[1].parties[0] == by && items[1].parties[1] == ru,
          "parties of previous: a sentence naming no place takes both sides");
    items[1].nparties = 0;
    const ng_place *gomel[1] = {ng_kb_place(kb_, "gomel-region")};
    ng_dc_parties_of_previous(&items[0], gomel, 1, &items[1]);
    CHECK(items[1].nparties == 2 && items[1].parties[0] == gomel[0] && items[1].parties[1] == ru,
          "parties of previous: a region of one side stands in for it");
    items[1].nparties = 0;
    const ng_place *other[2] = {ng_kb_place(kb_, "kazakhstan"), by};
    ng_dc_parties_of_previous(&items[0], other, 1, &items[1]);
    CHECK_INT(items[1].nparties, 0, "parties of previous: not when the sentence names another side");
    ng_dc_parties_of_previous(&items[0], other, 2, &items[1]);
    CHECK_INT(items[1].nparties, 0, "parties of previous: not when it names two places");
    done(&d, NULL);
}

/* the article's home, partner and home side, recomputed by the policy */
static void sides_of(const char *text, const char **home, const char **partner, const char **home_side)
{
    check_doc d = check_read_doc(kb_, text);
    *home = *partner = *home_side = "(none)";
    if (!d.a)
        return;
    ng_mentions *m = &d.a->mentions;
    m->home = m->partner = m->home_side = NULL;
    ng_dc_find_sides(m);
    static char buf[3][64];
    const ng_place *got[3] = {m->home, m->partner, m->home_side};
    const char **out[3] = {home, partner, home_side};
    for (int i = 0; i < 3; i++)
        if (got[i]) {
            snprintf(buf[i], sizeof buf[i], "%s", got[i]->slug);
            *out[i] = buf[i];
        }
    done(&d, NULL);
}

static void test_find_sides(void)
{
    const char *home, *partner, *side;
    sides_of(LEAD "Trade between Belarus and Rostov Oblast grew. Rostov Oblast buys tractors. Kazakhstan "
                  "was mentioned.\n", &home, &partner, &side);
    CHECK_STR(home, "belarus", "sides: home is the country named most");
    CHECK_STR(partner, "rostov-region", "sides: partner a foreign region named twice, over a country named once");
    CHECK_STR(side, "(none)", "sides: no home side without a region of home named twice");
    sides_of(LEAD "Belarus and Kazakhstan met. Belarus and Kazakhstan agreed.\n", &home, &partner, &side);
    CHECK_STR(partner, "kazakhstan", "sides: a country named twice over a region named once");
    sides_of(LEAD "Vitebsk Region and Yaroslavl Region signed a plan. Vitebsk Region sells milk to Yaroslavl "
                  "Region. Belarus is glad.\n", &home, &partner, &side);
    CHECK_STR(side, "vitebsk-region", "sides: region to region, the region of home named most speaks for it");
}

/* ---- names ------------------------------------------------------------ */

/* The first token of the nth (from 0) occurrence of needle in the text, or
 * (size_t)-1. */
static size_t token_of(const check_doc *d, const char *needle, int nth)
{
    const char *hit = d->a ? d->a->doc.text : NULL;
    for (int k = 0; hit && k <= nth; k++)
        hit = strstr(k ? hit + 1 : hit, needle);
    if (!hit)
        return (size_t)-1;
    size_t at = (size_t)(hit - d->a->doc.text);
    const ng_tokens *t = &d->a->doc.toks;
    for (size_t i = 0; i < t->ntok; i++)
        if (t->toks[i].start == at)
            return i;
    return (size_t)-1;
}

/* The person of the mention that starts at the nth needle, or -1 (no
 * mention there, or one of nobody). */
static int mention_person(const check_doc *d, const char *needle, int nth)
{
    size_t tok = token_of(d, needle, nth);
    if (tok == (size_t)-1)
        return -1;
    const ng_mentions *m = &d->a->mentions;
    size_t mi = ng_mentions_from(m, tok);
    return mi < m->len && m->items[mi].tok_start == tok ? m->items[mi].person : -1;
}

/* The policy asked directly about the nth needle. */
static int back_reference(const check_doc *d, const char *needle, int nth)
{
    size_t tok = token_of(d, needle, nth);
    if (tok == (size_t)-1)
        return -2;
    return ng_dc_name_back_reference(&d->a->mentions, kb_, &d->a->doc.toks, tok, d->a->doc.toks.ntok);
}

static void test_name_surname(void)
{
    check_doc d = check_read_doc(kb_, LEAD "Kupriyenko was expected. Governor Ivan Kupriyenko met Oleg Kupriyenko in Minsk.\n"
                            "Kupriyenko said the plant would open in May.\n");
    int ivan = mention_person(&d, "Ivan Kupriyenko", 0);
    CHECK(ivan >= 0 && ivan != mention_person(&d, "Oleg Kupriyenko", 0), "surname: two people are told in full");
    CHECK_INT(mention_person(&d, "Kupriyenko said", 0), ivan, "surname: the surname alone is the person told before");
    CHECK_INT(mention_person(&d, "Kupriyenko was", 0), -1, "surname: not before the full name is told");
    CHECK_INT(back_reference(&d, "Kupriyenko said", 0), ivan, "surname: of two people with one surname, the first");
    CHECK_INT(back_reference(&d, "Minsk", 0), -1, "surname: a word no one was told with names nobody");
    done(&d, NULL);
}

static void test_name_family_first(void)
{
    check_doc d = check_read_doc(kb_, LEAD "Governor Ivan Kupriyenko met Zhou Weiming in Minsk.\n"
                            "According to Zhou, trade grew. According to Ivan, it did not.\n");
    int zhou = mention_person(&d, "Zhou Weiming", 0);
    CHECK(zhou >= 0, "family name first: the full name is a person");
    CHECK_INT(back_reference(&d, "Zhou,", 0), zhou, "family name first: its first word names the person");
    CHECK_INT(mention_person(&d, "Zhou,", 0), zhou, "family name first: and mentions.c reads it so");
    CHECK_INT(back_reference(&d, "Ivan,", 0), -1, "family name first: a given name written first is no short name");
    done(&d, NULL);
}

/* The index of the first mention of this kind at or after the nth needle. */
static size_t mention_index(const check_doc *d, const char *needle, int nth, int kind)
{
    size_t tok = token_of(d, needle, nth);
    const ng_mentions *m = &d->a->mentions;
    for (size_t i = tok == (size_t)-1 ? m->len : ng_mentions_from(m, tok); i < m->len; i++)
        if (m->items[i].kind == kind)
            return i;
    return (size_t)-1;
}

#define REFS LEAD "Governor of Rostov Oblast Vasily Zaretsky met Ivan Kupriyenko in Minsk. " \
                  "\"Trade grows,\" he said. The governor added that exports grew.\n" \
                  "Kupriyenko said he agreed.\n"

static void test_pronoun_antecedent(void)
{
    check_doc d = check_read_doc(kb_, REFS);
    int zaretsky = mention_person(&d, "Vasily Zaretsky", 0), kupriyenko = mention_person(&d, "Ivan Kupriyenko", 0);
    size_t he = mention_index(&d, "he said", 0, NG_M_PRONOUN), he2 = mention_index(&d, "he agreed", 0, NG_M_PRONOUN);
    CHECK(zaretsky >= 0 && kupriyenko >= 0 && he != (size_t)-1 && he2 != (size_t)-1,
          "pronoun: the people and pronouns are found");
    if (he2 == (size_t)-1) {
        done(&d, NULL);
        return;
    }
    const ng_mentions *m = &d.a->mentions;
    CHECK_INT(ng_dc_pronoun_antecedent(m, &d.a->doc, &d.a->sentences, he, kupriyenko), zaretsky,
              "pronoun: the first person of the sentence before, not the last named");
    CHECK_INT(ng_dc_pronoun_antecedent(m, &d.a->doc, &d.a->sentences, he2, 99), 99,
              "pronoun: not when its own sentence names someone before it");
    done(&d, NULL);
}

static void test_title_holder(void)
{
    check_doc d = check_read_doc(kb_, REFS);
    int zaretsky = mention_person(&d, "Vasily Zaretsky", 0);
    size_t gov = mention_index(&d, "governor added", 0, NG_M_REF);
    CHECK(gov != (size_t)-1, "title holder: the reference is found");
    if (gov == (size_t)-1) {
        done(&d, NULL);
        return;
    }
    const ng_mentions *m = &d.a->mentions;
    const ng_place *held = NULL;
    CHECK_INT(ng_dc_title_holder(m, &m->items[gov], "Governor", NULL, -1, &held), zaretsky,
              "title holder: the governor told before");
    CHECK(held == ng_kb_place(kb_, "rostov-region"), "title holder: with the jurisdiction told");
    CHECK_INT(ng_dc_title_holder(m, &m->items[gov], "Governor", ng_kb_place(kb_, "kazakhstan"), -1, &held), -1,
              "title holder: not the governor of another place");
    CHECK_INT(ng_dc_title_holder(m, &m->items[gov], "Ambassador", NULL, -1, &held), -1,
              "title holder: not for an office no one was told to hold");
    done(&d, NULL);
}

#define TWO_GOVERNORS LEAD "Governor of Pskov Oblast Ivan Petrov and Governor of Smolensk Oblast Sergei Orlov " \
                           "met in Vitebsk. Ivan Petrov spoke of the border crossings. The governor added " \
                           "that the roads were busy.\n"

/* With two governors told, the one the sentence before is about. */
static void test_title_holder_subject(void)
{
    check_doc d = check_read_doc(kb_, TWO_GOVERNORS);
    int petrov = mention_person(&d, "Ivan Petrov", 0), orlov = mention_person(&d, "Sergei Orlov", 0);
    size_t gov = mention_index(&d, "governor added", 0, NG_M_REF);
    CHECK(petrov >= 0 && orlov >= 0 && gov != (size_t)-1, "title holder subject: the people are found");
    if (gov == (size_t)-1) {
        done(&d, NULL);
        return;
    }
    const ng_mentions *m = &d.a->mentions;
    const ng_place *held = NULL;
    size_t si = ng_sentence_of(&d.a->sentences, m->items[gov].tok_start);
    CHECK_INT(ng_dc_previous_subject(m, &d.a->doc, &d.a->sentences, si), petrov,
              "title holder subject: the subject of the sentence before");
    CHECK_INT(ng_dc_title_holder(m, &m->items[gov], "Governor", NULL, petrov, &held), petrov,
              "title holder subject: the governor the sentence before is about");
    CHECK(held == ng_kb_place(kb_, "pskov-region"), "title holder subject: with his jurisdiction");
    CHECK_INT(ng_dc_title_holder(m, &m->items[gov], "Governor", NULL, -1, &held), orlov,
              "title holder subject: else the governor told last");
    done(&d, NULL);
}

/* ---- merges ----------------------------------------------------------- */

static void test_merge_claims(void)
{
    ng_claim *items = calloc(3, sizeof *items);
    items[0] = fresh("Trade");
    items[1] = fresh("Trade");
    items[2] = fresh("Trade");
    items[0].mantissa = items[1].mantissa = 300;
    items[2].mantissa = 400;
    items[1].period_start = (ng_date){2023, 1, 1};
    items[1].period_end = (ng_date){2023, 12, 31};
    items[1].period_label = strdup("2023");
    items[1].speaker = 0;
    ng_claims out = {items, 3, 3};
    ng_dc_merge_claims(kb_, &out);
    CHECK_INT(out.len, 2, "merge claims: the figure said twice is one claim, another stays");
    CHECK_INT(out.items[0].period_start.y, 2023, "merge claims: the first takes the period it lacked");
    CHECK_STR(out.items[0].period_label, "2023", "merge claims: and its label");
    CHECK_INT(out.items[0].speaker, 0, "merge claims: and the speaker");
    CHECK_INT(out.items[1].mantissa, 400, "merge claims: another value is another claim");
    ng_claims_free(&out);
}

int main(void)
{
    ng_kb *kb = check_kb();
    kb_ = kb;
    test_period_of_previous();
    test_period_carry();
    test_forum_year();
    test_follow_anaphor();
    test_answered_indicator();
    test_series_currency();
    test_change_of_previous();
    test_change_of_next();
    test_focus_region();
    test_two_regions();
    test_article_sides();
    test_forum_countries();
    test_speakers();
    test_previous_people();
    test_same_meeting();
    test_same_forum();
    test_forum_by_head();
    test_same_day_and_sidelines();
    test_complete_event();
    test_merge_meeting();
    test_merge_forums();
    test_merge_claims();
    test_parties_of_previous();
    test_find_sides();
    test_name_surname();
    test_name_family_first();
    test_pronoun_antecedent();
    test_title_holder();
    test_title_holder_subject();
    ng_kb_close(kb);
    CHECK_DONE();
}
