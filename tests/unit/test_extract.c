/*
 * test_extract.c - the whole pipeline on short articles of the genre
 * (claims are in test_claims.c): meetings and forums, and people with
 * their
 * positions, read from the ng_article an extraction produces.
 *
 * Each article is written for the test. The first sentence carries the
 * agency dateline, as real ones do; the fact under test mostly sits in a
 * sentence of its own, so that a check fails for the fact and not for the
 * dateline. The negative cases matter as much as the positive ones: a
 * count of companies read as money, or a greeting read as a meeting, puts
 * a false statement into the graph.
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

static int person_index(const ng_article *a, const char *slug)
{
    for (size_t i = 0; i < a->mentions.npersons; i++)
        if (strcmp(a->mentions.persons[i].slug, slug) == 0)
            return (int)i;
    return -1;
}

/* The one claim of the article, or NULL after a failed check. */
static const ng_claim *only_claim(const ng_article *a, const char *what)
{
    char msg[160];
    snprintf(msg, sizeof msg, "%s: one claim", what);
    CHECK_INT(a ? a->claims.len : 0, 1, msg);
    return a && a->claims.len == 1 ? &a->claims.items[0] : NULL;
}

static const ng_event *only_event(const ng_article *a, const char *what)
{
    char msg[160];
    snprintf(msg, sizeof msg, "%s: one event", what);
    CHECK_INT(a ? a->events.len : 0, 1, msg);
    return a && a->events.len == 1 ? &a->events.items[0] : NULL;
}


static int has_party(const ng_claim *c, const char *slug)
{
    for (int i = 0; i < c->nparties; i++)
        if (strcmp(c->parties[i]->slug, slug) == 0)
            return 1;
    return 0;
}


static int has_participant(const ng_article *a, const ng_event *e, const char *slug)
{
    for (int i = 0; i < e->nparticipants; i++)
        if (strcmp(person_slug(a, e->participants[i]), slug) == 0)
            return 1;
    return 0;
}

static const char *place_slug(const ng_place *p)
{
    return p ? p->slug : "(none)";
}

static int has_position(const ng_article *a, const char *person, const char *type, const char *place)
{
    int who = person_index(a, person);
    for (size_t i = 0; i < a->mentions.npositions; i++) {
        const ng_xposition *p = &a->mentions.positions[i];
        if (p->person == who && strcmp(p->type, type) == 0 && strcmp(place_slug(p->jurisdiction), place) == 0)
            return 1;
    }
    return 0;
}

#define LEAD "MINSK, 15 July (BelTA) - Belarus and Rostov Oblast discussed cooperation.\n"
#define LUKASHENKO "aleksandr-lukashenko"
#define GOLUBEV "vasily-golubev"

/* ---- meetings --------------------------------------------------------- */

static void test_meeting(void)
{
    ng_article *a = extract("MINSK, 15 July (BelTA) - Aleksandr Lukashenko met with Governor of Rostov Oblast "
                            "Vasily Golubev in Minsk.\n");
    const ng_event *e = only_event(a, "meeting");
    if (e) {
        CHECK_INT(e->is_forum, 0, "meeting: not a forum");
        CHECK_INT(e->nparticipants, 2, "meeting: two participants");
        CHECK(has_participant(a, e, LUKASHENKO), "meeting: Lukashenko takes part");
        CHECK(has_participant(a, e, GOLUBEV), "meeting: Golubev takes part");
        CHECK_STR(place_slug(e->location), "minsk", "meeting: in Minsk");
        CHECK_INT(e->mode, NG_MODE_IN_PERSON, "meeting: in person");
        CHECK(e->date.y == 2024 && e->date.m == 7 && e->date.d == 15, "meeting: on the day of the dateline");
        CHECK_INT(e->future, 0, "meeting: it happened");
    }
    if (a)
        CHECK_INT(a->mentions.npersons, 2, "meeting: two people in the article");
    ng_article_free(a);

    /* the place of the meeting is the sentence's, not the dateline's */
    a = extract(LEAD "Aleksandr Lukashenko met with Governor of Rostov Oblast Vasily Golubev in Rostov-on-Don.\n");
    e = only_event(a, "meeting away");
    if (e)
        CHECK_STR(place_slug(e->location), "rostov-on-don", "meeting away: in Rostov-on-Don");
    ng_article_free(a);

    /* people who attended the meeting just reported take part in it */
    a = extract(LEAD "Aleksandr Lukashenko met with Governor of Rostov Oblast Vasily Golubev in Minsk.\n"
                     "Prime Minister Ivan Petrov and Minister Oleg Sidorov were also present at the meeting.\n");
    e = only_event(a, "meeting with attendees");
    if (e) {
        CHECK_INT(e->nparticipants, 4, "meeting with attendees: four participants");
        CHECK(has_participant(a, e, "ivan-petrov") && has_participant(a, e, "oleg-sidorov"),
              "meeting with attendees: those present take part");
    }
    ng_article_free(a);

    /* the next sentence may give the day and place the meeting's own did not */
    a = extract(LEAD "Vasily Golubev met with Ivan Petrov.\nThe meeting took place in Rostov-on-Don on 12 July.\n");
    e = only_event(a, "meeting completed by the next sentence");
    if (e) {
        CHECK(e->date.y == 2024 && e->date.m == 7 && e->date.d == 12 && !e->date_defaulted,
              "meeting completed by the next sentence: its day");
        CHECK_STR(place_slug(e->location), "rostov-on-don", "meeting completed by the next sentence: its place");
    }
    ng_article_free(a);

    a = extract(LEAD "Vasily Golubev and Ivan Petrov discussed via video link today the new roadmap.\n");
    e = only_event(a, "meeting via video link");
    if (e)
        CHECK_INT(e->mode, NG_MODE_REMOTE, "meeting via video link: remote");
    ng_article_free(a);

    /* "earlier" alone leaves the day open; "earlier in the day" names it */
    a = extract(LEAD "Aleksandr Lukashenko and Vasily Golubev held talks earlier in the day.\n");
    e = only_event(a, "meeting earlier in the day");
    if (e)
        CHECK(e->date.y == 2024 && e->date.m == 7 && e->date.d == 15, "meeting earlier in the day: that day");
    ng_article_free(a);
}

static void check_remote(const char *sentence, const char *what)
{
    char text[512];
    snprintf(text, sizeof text, "%s%s\n", LEAD, sentence);
    ng_article *a = extract(text);
    const ng_event *e = only_event(a, what);
    if (e) {
        CHECK_INT(e->mode, NG_MODE_REMOTE, what);
        CHECK(e->location == NULL, what);
        CHECK(has_participant(a, e, LUKASHENKO) && has_participant(a, e, GOLUBEV), what);
    }
    ng_article_free(a);
}

static void test_meeting_remote(void)
{
    check_remote("Aleksandr Lukashenko had a phone call with Governor of Rostov Oblast Vasily Golubev.",
                 "meeting by phone call: remote");
    check_remote("Aleksandr Lukashenko held talks with Governor of Rostov Oblast Vasily Golubev via video "
                 "conference.",
                 "meeting by video conference: remote");
    check_remote("Aleksandr Lukashenko and Vasily Golubev spoke by phone.", "meeting 'spoke by phone': remote");
}

static void check_no_meeting(const char *sentence, const char *what)
{
    char text[512];
    snprintf(text, sizeof text, "%s%s\n", LEAD, sentence);
    ng_article *a = extract(text);
    size_t meetings = 0;
    for (size_t i = 0; a && i < a->events.len; i++)
        meetings += !a->events.items[i].is_forum;
    CHECK(a != NULL, what);
    CHECK_INT(meetings, 0, what);
    ng_article_free(a);
}

static void test_meeting_negatives(void)
{
    check_no_meeting("Aleksandr Lukashenko sent greetings to Vasily Golubev and the participants of the meeting.",
                     "no meeting: greetings");
    check_no_meeting("In his message, Aleksandr Lukashenko welcomed Vasily Golubev and the participants of the "
                     "meeting.",
                     "no meeting: a message that welcomes");
    check_no_meeting("Aleksandr Lukashenko congratulated Vasily Golubev on the successful meeting in a telegram.",
                     "no meeting: congratulations by telegram");
    check_no_meeting("Aleksandr Lukashenko addressed a letter to Vasily Golubev ahead of their meeting.",
                     "no meeting: a letter");
    check_no_meeting("Aleksandr Lukashenko will meet with Vasily Golubev next week.",
                     "no meeting: 'will meet next week'");
    check_no_meeting("Aleksandr Lukashenko and Vasily Golubev will hold talks in Minsk next week.",
                     "no meeting: 'will hold talks'");
    check_no_meeting("Aleksandr Lukashenko and Vasily Golubev plan to hold talks in Minsk.",
                     "no meeting: 'plan to hold talks'");
    check_no_meeting("Aleksandr Lukashenko and Vasily Golubev are to meet in Minsk next week.",
                     "no meeting: 'are to meet'");
    check_no_meeting("Aleksandr Lukashenko will have a phone call with Vasily Golubev tomorrow.",
                     "no meeting: a phone call tomorrow");
    check_no_meeting("Vasily Golubev met with students in Rostov-on-Don.", "no meeting: one named person");
    check_no_meeting("A meeting between Aleksandr Lukashenko and Vasily Golubev is planned for next week.",
                     "no meeting: a meeting 'is planned'");
    check_no_meeting("Talks between Aleksandr Lukashenko and Vasily Golubev will take place in August.",
                     "no meeting: talks 'will take place'");
    check_no_meeting("Talks between Aleksandr Lukashenko and Vasily Golubev are scheduled for August.",
                     "no meeting: talks 'are scheduled'");
}

/* The clause after the meeting noun decides, not the whole sentence. */
static void test_meeting_then_plan(void)
{
    ng_article *a = extract(LEAD "The talks between Aleksandr Lukashenko and Vasily Golubev, after which a new "
                                 "forum will be held, took place in Minsk.\n");
    size_t meetings = 0;
    for (size_t i = 0; a && i < a->events.len; i++)
        meetings += !a->events.items[i].is_forum;
    CHECK_INT(meetings, 1, "meeting: a plan in a later clause does not cancel the talks");
    ng_article_free(a);
}

/* "on the same day": the day and place of the meeting just told */
static void test_meeting_same_day(void)
{
    ng_article *a = extract(LEAD "On 10 July Ivan Petrov met with Oleg Sidorov in Kaluga. On the same day, Ivan Petrov "
                                 "met with Pavel Orlov.\n");
    int found = 0;
    for (size_t i = 0; a && i < a->events.len; i++) {
        const ng_event *e = &a->events.items[i];
        if (e->is_forum || !has_participant(a, e, "pavel-orlov"))
            continue;
        found = 1;
        CHECK(e->date.y == 2024 && e->date.m == 7 && e->date.d == 10, "same day: the earlier meeting's day");
        CHECK_STR(place_slug(e->location), "kaluga", "same day: and its place");
    }
    CHECK(found, "same day: the second meeting is found");
    ng_article_free(a);

    /* "on the same afternoon", and the place travelled to before "where" */
    a = extract(LEAD "On 10 July Ivan Petrov met with Oleg Sidorov in Kaluga. On the same afternoon, Ivan Petrov "
                     "travelled to Tula, where he held talks with Pavel Orlov.\n");
    found = 0;
    for (size_t i = 0; a && i < a->events.len; i++) {
        const ng_event *e = &a->events.items[i];
        if (e->is_forum || !has_participant(a, e, "pavel-orlov"))
            continue;
        found = 1;
        CHECK(e->date.y == 2024 && e->date.m == 7 && e->date.d == 10, "same afternoon: the earlier meeting's day");
        CHECK_STR(place_slug(e->location), "tula", "travelled to X, where: X");
    }
    CHECK(found, "same afternoon: the second meeting is found");
    ng_article_free(a);
}

/* ---- forums ----------------------------------------------------------- */

static const ng_event *only_forum(const ng_article *a, const char *what)
{
    const ng_event *e = only_event(a, what);
    if (e) {
        char msg[160];
        snprintf(msg, sizeof msg, "%s: is a forum", what);
        CHECK_INT(e->is_forum, 1, msg);
        snprintf(msg, sizeof msg, "%s: the Forum of Regions series", what);
        CHECK_STR(e->series_slug, "forum-of-regions", msg);
    }
    return e;
}

/* A known series after words that report an edition of it is a forum,
 * undated unless the text dates it; "the next session of X" is another
 * edition than the one just reported. */
static void test_forums_reported(void)
{
    ng_article *a = extract(LEAD "The governor invited Ivan Petrov to take part in the Forum of Regions.\n");
    const ng_event *e = only_forum(a, "forum one is invited to");
    if (e)
        CHECK(!e->date.y, "forum one is invited to: not dated by the publication");
    ng_article_free(a);
    a = extract(LEAD "Oleg Sidorov invited his guest to the 2027 Forum of Regions of Belarus and Russia.\n");
    only_forum(a, "a year between 'to the' and the series");
    ng_article_free(a);
    a = extract(LEAD "The Eurasian Intergovernmental Council met in Almaty on 14 July. Delegates of the Eurasian "
                     "Intergovernmental Council signed six papers. The next session of the Eurasian "
                     "Intergovernmental Council will be held in Minsk in December.\n");
    int forums = 0, minsk = 0;
    for (size_t i = 0; a && i < a->events.len; i++)
        if (a->events.items[i].is_forum) {
            forums++;
            minsk += strcmp(place_slug(a->events.items[i].location), "minsk") == 0;
        }
    CHECK_INT(forums, 2, "'the next session of X': a second edition, not merged with the first");
    CHECK_INT(minsk, 1, "'the next session of X': only the next one is in Minsk");
    ng_article_free(a);
    /* spoken of ahead of its day: the day of the talks is not the session's */
    a = extract(LEAD "The ministers spoke by phone on 10 July, discussing the preparations for the 9th session "
                     "of the Belarus-Oman Intergovernmental Commission, slated for December.\n");
    forums = 0;
    for (size_t i = 0; a && i < a->events.len; i++)
        if (a->events.items[i].is_forum) {
            forums++;
            CHECK(!(a->events.items[i].date.m == 7 && a->events.items[i].date.d == 10),
                  "a session being prepared: not dated by the talks before it");
        }
    CHECK_INT(forums, 1, "a session being prepared: a forum");
    ng_article_free(a);
    /* one session read by two rules is one forum */
    a = extract(LEAD "The 16th meeting of the Belarusian-Tajik intergovernmental commission on trade and "
                     "economic cooperation is scheduled for April in Dushanbe.\n");
    forums = 0;
    for (size_t i = 0; a && i < a->events.len; i++)
        forums += a->events.items[i].is_forum;
    CHECK_INT(forums, 1, "one session, two readings of its name: one forum");
    ng_article_free(a);
    /* an edition set off by commas; a day range dates the forum by its first day */
    a = extract(LEAD "He proposed to hold the next, 9th, meeting of the Belarus-Oman Intergovernmental "
                     "Commission in Minsk. The Supreme Eurasian Economic Council will meet in Minsk on 26-27 "
                     "August.\n");
    int ninth = 0, day26 = 0;
    for (size_t i = 0; a && i < a->events.len; i++) {
        ninth += a->events.items[i].edition == 9;
        day26 += a->events.items[i].date.d == 26;
    }
    CHECK_INT(ninth, 1, "'the next, 9th, meeting of X': edition 9");
    CHECK_INT(day26, 1, "'on 26-27 August': the first day");
    ng_article_free(a);
    /* a body named short after its full name is the same body */
    a = extract(LEAD "A meeting of the Council of Ministers of the Union State was held in Moscow on 3 July. The "
                     "previous meeting of the Council of Ministers was held in Minsk in June.\n");
    int full = 0;
    for (size_t i = 0; a && i < a->events.len; i++)
        full += a->events.items[i].is_forum &&
                strcmp(a->events.items[i].label, "Council of Ministers of the Union State") == 0;
    CHECK_INT(full, 2, "'the previous meeting of the Council of Ministers': the body's full name");
    ng_article_free(a);
}

static void test_forums(void)
{
    ng_article *a = extract(LEAD "The XI Forum of Regions of Belarus and Russia opened in Vitebsk today.\n");
    const ng_event *e = only_forum(a, "forum XI");
    if (e) {
        CHECK_INT(e->edition, 11, "forum XI: edition 11");
        CHECK_STR(place_slug(e->location), "vitebsk", "forum XI: in Vitebsk");
        CHECK(e->date.y == 2024 && e->date.m == 7 && e->date.d == 15, "forum XI: 'today' is the publication day");
        CHECK_INT(e->nparticipants, 0, "forum XI: nobody named takes part");
    }
    CHECK_INT(a ? a->mentions.npersons : 99, 0, "forum XI: the numeral XI is not the name Xi");
    ng_article_free(a);

    a = extract(LEAD "The 26th meeting of the Council for Business Cooperation between Armenia and Georgia was "
                     "held in Tbilisi.\n");
    e = only_event(a, "body named with 'for' and 'between'");
    if (e)
        CHECK(e->is_forum && e->label && strcmp(e->label, "Council for Business Cooperation between Armenia and Georgia") == 0,
              "body named with 'for' and 'between': the whole name");
    ng_article_free(a);

    a = extract(LEAD "The 18th meeting of the Armenia-Georgia Intergovernmental Commission took place in the "
                     "Armenian capital.\n");
    e = only_event(a, "forum in a demonym's capital");
    if (e)
        CHECK(e->location && strcmp(e->location->slug, "yerevan") == 0, "forum in 'the Armenian capital': Yerevan");
    ng_article_free(a);

    a = extract(LEAD "The XII Forum of Regions of Belarus and Russia will be held in Kazan, Ivan Petrov said on "
                     "Tuesday.\n");
    e = only_forum(a, "forum ahead, said on a day");
    if (e)
        CHECK(!e->date.d, "forum ahead, said on a day: the day of the saying is not the forum's");
    ng_article_free(a);

    a = extract("MINSK, 15 July (BelTA) - The 10th Forum of Regions took place in Ufa in 2023.\n");
    e = only_forum(a, "forum after dateline");
    if (e)
        CHECK_INT(e->date.y, 2023, "forum after dateline: the dateline's day is not the forum's");
    ng_article_free(a);

    /* a visit ahead to take part: the session is still to come */
    a = extract(LEAD "Aleksandr Lukashenko will visit Moscow to take part in a session of the Supreme State "
                     "Council.\n");
    for (size_t i = 0; a && i < a->events.len; i++)
        if (a->events.items[i].is_forum)
            CHECK(a->events.items[i].future && !a->events.items[i].date.y,
                  "a session one will visit to take part in: ahead, not dated today");
    ng_article_free(a);

    /* the place and day in the sentence after the forum's */
    a = extract(LEAD "Delegations came to the XII Forum of Regions of Belarus and Russia. The plenary session of "
                     "the forum was held in Nizhny Novgorod on 27 June.\n");
    e = only_forum(a, "forum completed");
    if (e) {
        CHECK_STR(place_slug(e->location), "nizhny-novgorod", "forum completed: the next sentence's place");
        CHECK(e->date.m == 6 && e->date.d == 27, "forum completed: the next sentence's day");
    }
    ng_article_free(a);

    /* no edition: the forum still happened, on its day and in its place */
    a = extract(LEAD "The Forum of Regions of Belarus and Russia opened in Grodno today.\n");
    e = only_forum(a, "forum without edition");
    if (e) {
        CHECK_INT(e->edition, 0, "forum without edition: no edition");
        CHECK_STR(place_slug(e->location), "grodno", "forum without edition: in Grodno");
        CHECK(e->date.y == 2024 && e->date.m == 7 && e->date.d == 15, "forum without edition: today");
    }
    ng_article_free(a);

    a = extract("MINSK, 15 July (BelTA) - Formats such as the Forum of Regions help cooperation.\n");
    CHECK_INT(a ? a->events.len : 99, 0, "forum named in passing after a dateline: no event");
    ng_article_free(a);

    a = extract(LEAD "The 10th Forum of Regions took place in Ufa in 2023.\n");
    e = only_forum(a, "forum 10th");
    if (e) {
        CHECK_INT(e->edition, 10, "forum 10th: edition 10");
        CHECK_INT(e->date.y, 2023, "forum 10th: held in 2023");
        CHECK_INT(e->date_defaulted, 0, "forum 10th: the year is stated, not defaulted");
        CHECK_STR(place_slug(e->location), "ufa", "forum 10th: in Ufa");
    }
    ng_article_free(a);

    a = extract("MINSK, 15 July (BelTA) - Aleksandr Lukashenko addressed the participants of the eleventh Forum of "
                "Regions of Belarus and Russia in Vitebsk.\n");
    e = only_forum(a, "forum 'eleventh'");
    if (e) {
        CHECK_INT(e->edition, 11, "forum 'eleventh': edition 11");
        CHECK(has_participant(a, e, LUKASHENKO), "forum 'eleventh': the speaker takes part");
    }
    ng_article_free(a);

    a = extract(LEAD "The XII Forum of Regions of Belarus and Russia will be held in Nizhny Novgorod in 2025.\n");
    e = only_forum(a, "forum ahead");
    if (e) {
        CHECK_INT(e->edition, 12, "forum ahead: edition 12");
        CHECK_INT(e->future, 1, "forum ahead: still ahead");
        CHECK_INT(e->date_defaulted, 0, "forum ahead: not dated by the publication");
        CHECK_STR(place_slug(e->location), "nizhny-novgorod", "forum ahead: in Nizhny Novgorod");
    }
    ng_article_free(a);

    a = extract(LEAD "Formats such as the Forum of Regions help cooperation.\n");
    CHECK_INT(a ? a->events.len : 99, 0, "forum named in passing: no event");
    ng_article_free(a);

    /* a compound ordinal in words is one edition, not its last word */
    a = extract(LEAD "The thirty-fourth Forum of Regions of Belarus and Russia opened in Brest.\n");
    e = only_forum(a, "forum 'thirty-fourth'");
    if (e)
        CHECK_INT(e->edition, 34, "forum 'thirty-fourth': edition 34, not 4");
    ng_article_free(a);
    /* the edition before the words that name the session */
    a = extract(LEAD "The 17th plenary session of the Supreme State Council took place in Minsk.\n");
    for (size_t i = 0; a && i < a->events.len; i++)
        if (a->events.items[i].is_forum)
            CHECK_INT(a->events.items[i].edition, 17, "'the 17th plenary session of the X': edition 17");
    CHECK(a && a->events.len > 0, "'the 17th plenary session of the X': a forum");
    ng_article_free(a);
    a = extract(LEAD "The twenty second Forum of Regions of Belarus and Russia opened in Brest.\n");
    e = only_forum(a, "forum 'twenty second'");
    if (e)
        CHECK_INT(e->edition, 22, "forum 'twenty second': edition 22");
    ng_article_free(a);
    test_forums_reported();
}

/* ---- people and positions --------------------------------------------- */

/* One person named in full and then by surname: one node, the stated
 * office, and every name mention resolved to that person. */
static void check_one_person(const char *text, const char *slug, int known, const char *type, const char *place,
                             int names, const char *what)
{
    char msg[160];
    ng_article *a = extract(text);
    if (!a) {
        snprintf(msg, sizeof msg, "%s: extracted", what);
        CHECK(0, msg);
        return;
    }
    snprintf(msg, sizeof msg, "%s: one person, not one per mention", what);
    CHECK_INT(a->mentions.npersons, 1, msg);
    snprintf(msg, sizeof msg, "%s: slug", what);
    CHECK_STR(person_slug(a, 0), slug, msg);
    snprintf(msg, sizeof msg, "%s: %s the gazetteer", what, known ? "linked to" : "not in");
    CHECK((a->mentions.persons[0].known != NULL) == known, msg);
    snprintf(msg, sizeof msg, "%s: %s of %s", what, type, place);
    CHECK(has_position(a, slug, type, place), msg);
    int count = 0, resolved = 1;
    for (size_t i = 0; i < a->mentions.len; i++)
        if (a->mentions.items[i].kind == NG_M_NAME) {
            count++;
            resolved &= a->mentions.items[i].person == 0;
        }
    snprintf(msg, sizeof msg, "%s: full name and surnames are name mentions", what);
    CHECK_INT(count, names, msg);
    snprintf(msg, sizeof msg, "%s: each surname resolves to the person", what);
    CHECK(resolved, msg);
    ng_article_free(a);
}

static void test_known_person(void)
{
    check_one_person("MINSK, 15 July (BelTA) - Governor of Rostov Oblast Vasily Golubev arrived in Minsk.\n"
                     "Golubev visited the Minsk Tractor Works. Later Golubev said the region wants more "
                     "Belarusian tractors.\n",
                     GOLUBEV, 1, "Governor", "rostov-region", 3, "known person");
}

static void test_unknown_person(void)
{
    check_one_person("MINSK, 15 July (BelTA) - Rostov-on-Don Mayor Ivan Petrov arrived in Minsk.\n"
                     "Petrov visited the Minsk Tractor Works. Petrov said the city wants more Belarusian "
                     "tractors.\n",
                     "ivan-petrov", 0, "Mayor", "rostov-on-don", 3, "unknown person");

    ng_article *a = extract(LEAD "Mayor of Rostov-on-Don Ivan Petrov arrived in Minsk.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Mayor", "rostov-on-don"), "'Mayor of PLACE NAME': a position");
    ng_article_free(a);
    a = extract(LEAD "Ivan Petrov, Mayor of Rostov-on-Don, arrived in Minsk.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Mayor", "rostov-on-don"), "'NAME, Mayor of PLACE': a position");
    ng_article_free(a);

    a = extract(LEAD "Governor of Rostov Oblast Ivan Petrov arrived in Minsk. Petrov visited a plant.\n");
    CHECK(a && a->mentions.npersons == 1, "unknown governor: one person");
    CHECK(a && has_position(a, "ivan-petrov", "Governor", "rostov-region"), "unknown governor: the stated office");
    ng_article_free(a);
}

/* An envoy's office is his country's; the country he is sent to is not
 * its jurisdiction. */
static void test_envoys_and_titles(void)
{
    ng_article *a = extract(LEAD "Ambassador of Belarus to Russia Ivan Petrov attended the talks. "
                                 "Russian Ambassador to Belarus Oleg Sidorov attended too. "
                                 "Rais of the Republic of Tatarstan Rustam Minnikhanov arrived in Minsk.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Ambassador", "belarus"), "'Ambassador of X to Y NAME': X's");
    CHECK(a && has_position(a, "oleg-sidorov", "Ambassador", "russia"), "'Russian Ambassador to Y NAME': Russia's");
    CHECK(a && has_position(a, "rustam-minnikhanov", "Governor", "tatarstan"), "'Rais of Tatarstan': its head");
    ng_article_free(a);

    a = extract(LEAD "Chairman of the Vitebsk Regional Executive Committee Ivan Petrov arrived. "
                     "Chairman of the Vitebsk City Executive Committee Oleg Sidorov met him.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Chairman", "vitebsk-region"),
          "a regional executive committee: the region's");
    CHECK(a && has_position(a, "oleg-sidorov", "Chairman", "vitebsk"), "a city executive committee: the city's");
    ng_article_free(a);

    /* a minister's portfolio between the title and the name */
    a = extract(LEAD "Minister of Antimonopoly Regulation and Trade Ivan Petrov arrived in Moscow. "
                     "Russian Minister of Industry and Trade Oleg Sidorov met him.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Minister", "belarus"),
          "'Minister of PORTFOLIO NAME': a minister of the article's country");
    CHECK(a && has_position(a, "oleg-sidorov", "Minister", "russia"),
          "'Russian Minister of PORTFOLIO NAME': Russia's minister");
    ng_article_free(a);
    a = extract(LEAD "Minister of Antimonopoly Regulation and Trade of the Republic of Belarus Ivan Petrov met "
                     "Minister of Industry and Trade of the Republic of Tatarstan Oleg Sidorov.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Minister", "belarus"), "a long portfolio with its country");
    CHECK(a && has_position(a, "oleg-sidorov", "Minister", "tatarstan"), "a portfolio with its region");
    ng_article_free(a);
    a = extract(LEAD "The Minister of Industry and Trade toured the plant with Ivan Petrov.\n");
    CHECK(a && a->mentions.npositions == 0, "a portfolio followed by a verb: the later name holds no office");
    ng_article_free(a);

    /* "Rostov Governor NAME": the region whose capital names him; "Governor
     * of Rostov-on-Don" is left as written */
    a = extract(LEAD "Rostov-on-Don Governor Ivan Petrov arrived in Minsk.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Governor", "rostov-region"),
          "'CAPITAL Governor NAME': the capital's region");
    ng_article_free(a);
    a = extract(LEAD "Rostov-on-Don Mayor Ivan Petrov arrived in Minsk.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Mayor", "rostov-on-don"), "'CITY Mayor NAME': the city");
    ng_article_free(a);

    /* a region's president is its Governor */
    a = extract(LEAD "Tatarstan President Ivan Petrov arrived in Minsk.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Governor", "tatarstan"), "'REGION President NAME': Governor");
    CHECK(a && !has_position(a, "ivan-petrov", "President", "tatarstan"), "'REGION President NAME': no President");
    ng_article_free(a);

    /* a chain of places after the title: the first, most specific one */
    a = extract(LEAD "Governor of Rostov Oblast of the Russian Federation Ivan Petrov arrived in Minsk.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Governor", "rostov-region"),
          "'Governor of REGION of COUNTRY NAME': the region");
    CHECK(a && !has_position(a, "ivan-petrov", "Governor", "russia"), "'Governor of REGION of COUNTRY': not the country");
    ng_article_free(a);

    /* a country's institution before the title */
    a = extract(LEAD "Federation Council Speaker Ivan Petrov arrived in Minsk.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Chairman", "russia"), "'Federation Council Speaker NAME': Russia's");
    ng_article_free(a);

    /* the institution before the title: "Vitebsk Oblast Executive Committee Chairman NAME" */
    a = extract(LEAD "Vitebsk Oblast Executive Committee Chairman Ivan Petrov arrived. "
                     "Vitebsk Regional Executive Committee Deputy Chairman Oleg Sidorov met him. "
                     "Vitebsk City Executive Committee Chairman Pavel Orlov joined them.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Chairman", "vitebsk-region"),
          "'PLACE Oblast Executive Committee Chairman NAME': the region's");
    CHECK(a && has_position(a, "oleg-sidorov", "Deputy", "vitebsk-region"),
          "'CITY Regional Executive Committee Deputy Chairman NAME': the region's");
    CHECK(a && has_position(a, "pavel-orlov", "Chairman", "vitebsk"),
          "'CITY City Executive Committee Chairman NAME': the city's");
    ng_article_free(a);

    /* the speaker's title names his region, not a party to the figure */
    a = extract(LEAD "Belarusian exports to Rostov Oblast reached $1.2 billion in 2023, Deputy Chairman of the "
                     "Vitebsk Oblast Executive Committee Ivan Petrov told reporters.\n");
    const ng_claim *titled = only_claim(a, "a speaker with a title");
    if (titled) {
        CHECK(!has_party(titled, "vitebsk-region"), "a speaker with a title: his region is no party");
        CHECK(has_party(titled, "rostov-region"), "a speaker with a title: Rostov Oblast is a party");
    }
    ng_article_free(a);

    /* "US$" is a currency sign, not the United States */
    a = extract(LEAD "Trade between Belarus and Rostov Oblast reached US$ 1.5 billion in 2023.\n");
    const ng_claim *c = only_claim(a, "US$");
    if (c) {
        CHECK_INT(c->nparties, 2, "US$: two parties");
        CHECK(has_party(c, "belarus") && has_party(c, "rostov-region"), "US$: no United States among them");
    }
    ng_article_free(a);
}

/* Spellings of one name meet in one person. */
/* A gloss in brackets after a title is read past; the head of a city
 * under a regional title (akim, khokim) is its Mayor. */
static void test_title_gloss(void)
{
    ng_article *a = extract(LEAD "The guests were seen off by Acting Khokim (Mayor) of Tashkent Ivan Petrov. "
                                 "Akim (Governor) of Kostanay Region Oleg Sidorov joined them.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Mayor", "tashkent"), "'Khokim (Mayor) of CITY NAME': the city's mayor");
    CHECK(a && has_position(a, "oleg-sidorov", "Governor", "kostanay-region"),
          "'Akim (Governor) of REGION NAME': the region's governor");
    ng_article_free(a);
    a = extract(LEAD "Governor of Kaliningrad Ivan Petrov arrived in Minsk.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Governor", "kaliningrad"),
          "'Governor of CITY': a governor stays a governor");
    ng_article_free(a);
    /* a regional title without its region: never the country's */
    a = extract(LEAD "Deputy Governor Ivan Petrov will lead the Kuban delegation to Minsk.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Deputy", "krasnodar-krai"),
          "'Deputy Governor X ... the Kuban delegation': the region the sentence names");
    ng_article_free(a);
    a = extract("MINSK, 15 July (BelTA) - The guests were welcomed by Ivan Petrov, the chairman of the regional "
                "executive committee.\n");
    CHECK(a && !has_position(a, "ivan-petrov", "Chairman", "belarus") &&
              !has_position(a, "ivan-petrov", "Chairman", "minsk"),
          "'the chairman of the regional executive committee' without a region: not the country's nor the dateline's");
    ng_article_free(a);
    a = extract(LEAD "Deputy Governor Ivan Petrov arrived in Tula Oblast.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Deputy", "(none)"),
          "a regional title: the region one arrives in is not the office's");
    ng_article_free(a);
    /* a form of address between the title and the name */
    a = extract(LEAD "Minister of Foreign Affairs of Armenia Mr. Ivan Petrov arrived in Minsk.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Minister", "armenia"), "'Minister of X Mr. NAME': a position");
    ng_article_free(a);
    /* a country heading the second title is not the first's */
    a = extract("HARARE, 15 September 2023 - Foreign Minister Ivan Petrov and Belarus' Foreign Minister Oleg "
                "Sidorov signed the plan.\n");
    CHECK(a && has_position(a, "oleg-sidorov", "Minister", "belarus"), "'Belarus' Minister NAME': Belarus'");
    CHECK(a && !has_position(a, "ivan-petrov", "Minister", "belarus"),
          "'Minister X and Belarus' Minister Y': X is not Belarus' minister");
    ng_article_free(a);
}

/* A regional counterpart holds a region: the one his city names ("his
 * Smolensk colleague"), or that of his country the sentence names. */
static void test_regional_counterparts(void)
{
    ng_article *a = extract(LEAD "Governor of Pskov Region Ivan Petrov and his Smolensk colleague Oleg Sidorov "
                                 "signed the plan.\n");
    CHECK(a && has_position(a, "oleg-sidorov", "Governor", "smolensk-region"),
          "'his Smolensk colleague': the governor of the Smolensk Region");
    ng_article_free(a);
    a = extract(LEAD "Governor of Bryansk Oblast Ivan Petrov and his Belarusian counterpart Oleg Sidorov met in "
                     "Gomel on 14 July.\n");
    CHECK(a && has_position(a, "oleg-sidorov", "Governor", "gomel-region"),
          "'his Belarusian counterpart ... in Gomel': the Gomel Region's governor, not Belarus'");
    ng_article_free(a);
}

/* Two titles joined by a dash are one holder's, the first of the second's
 * place when it names none. */
static void test_dash_title_chain(void)
{
    ng_article *a = extract(LEAD "Chairman of the Cabinet of Ministers of the Kyrgyz Republic - Head of the "
                                 "Presidential Administration Ivan Petrov spoke first.\n");
    CHECK(a && has_position(a, "ivan-petrov", "PrimeMinister", "kyrgyzstan"),
          "dash chain: the first title is the name's");
    CHECK(a && has_position(a, "ivan-petrov", "OtherPosition", "kyrgyzstan"),
          "dash chain: the second title takes the first's place");
    ng_article_free(a);
    a = extract(LEAD "The commission is co-chaired by Deputy Prime Minister - Minister of Trade and Integration of "
                     "Armenia Oleg Sidorov.\n");
    CHECK(a && has_position(a, "oleg-sidorov", "Deputy", "armenia") && !has_position(a, "oleg-sidorov", "Deputy", "belarus"),
          "dash chain: the first title takes the second's place");
    ng_article_free(a);
}

/* Long envoys' titles as real pages misspell them. */
static void test_envoy_typos(void)
{
    ng_article *a = extract(LEAD "The talks were attended by Extraordinary and Plenipotentary Ambassador of the "
                                 "Republic of Belarus to the Republic of Kazakstan Ivan Petrov.\n");
    CHECK(a && has_position(a, "ivan-petrov", "Ambassador", "belarus"),
          "envoy: a misspelt title and a state's form before a bare spelling");
    ng_article_free(a);
}

/* A delegation's head takes the delegation's place: its country for a
 * national title, its region for a regional one. */
static void test_delegation_head_office(void)
{
    ng_article *a = extract(LEAD "Akim of Almaty Ivan Petrov received the Armenian delegation led by Deputy Prime "
                                 "Minister Oleg Sidorov.\n");
    CHECK(a && has_position(a, "oleg-sidorov", "Deputy", "armenia"), "delegation head: the delegation's country");
    ng_article_free(a);
    a = extract(LEAD "A delegation of the Samarkand region of the Republic of Uzbekistan headed by Khokim Oleg "
                     "Sidorov arrived in Brest.\n");
    CHECK(a && has_position(a, "oleg-sidorov", "Governor", "samarkand-region"),
          "delegation head: a regional title takes the delegation's region");
    ng_article_free(a);
}

/* A national office without its country: the country of a family name
 * written first, when the article names it, else the article's own. */
static void test_nation_of_name(void)
{
    ng_article *a = extract("HANOI, 16 April 2025 (VNA) - Belarus and Vietnam signed 12 documents. Belarus sent a "
                            "large delegation. Minister of Industry and Trade Nguyen Hong Dien welcomed the guests "
                            "from Belarus.\n");
    CHECK(a && has_position(a, "nguyen-hong-dien", "Minister", "vietnam"),
          "nation of name: a Vietnamese family name gives Vietnam");
    ng_article_free(a);
}

/* "Belarusian President, Tokayev talk by phone": the comma separates two
 * sides (the gazetteer knows Tokayev as Kazakhstan's president); the title
 * stands for Belarus' president, whose office makes "his Kazakh
 * counterpart" a president. */
static void test_headline_pair_titles(void)
{
    ng_article *a = extract("Belarusian President, Tokayev talk by phone\n\nMINSK, 12 March 2024 (BelTA) - "
                            "Aleksandr Lukashenko held a telephone conversation with his Kazakh counterpart "
                            "Kassym-Jomart Tokayev today.\n");
    CHECK(a && !has_position(a, "kassym-jomart-tokayev", "President", "belarus"),
          "headline pair: Tokayev is not Belarus' president");
    CHECK(a && has_position(a, "aleksandr-lukashenko", "President", "belarus"),
          "headline pair: 'Belarusian President' stands for Lukashenko");
    CHECK(a && has_position(a, "kassym-jomart-tokayev", "President", "kazakhstan"),
          "headline pair: his Kazakh counterpart is Kazakhstan's president");
    ng_article_free(a);
}

static void test_name_variants(void)
{
    ng_article *a = extract("MINSK, 15 July (BelTA) - Alexander Lukashenko arrived in Rostov-on-Don.\n"
                            "Aleksandr Lukashenko visited a plant. Sergei Ivanov showed him around. Sergey Ivanov "
                            "thanked the guests. Ivanov left.\n");
    if (!a) {
        CHECK(0, "name variants: extracted");
        return;
    }
    CHECK_INT(a->mentions.npersons, 2, "name variants: two people");
    CHECK(person_index(a, LUKASHENKO) >= 0, "name variants: Alexander Lukashenko is the gazetteer's");
    CHECK(person_index(a, "sergei-ivanov") >= 0, "name variants: Sergei and Sergey Ivanov are one person");
    ng_article_free(a);
}

static void test_president_reference(void)
{
    ng_article *a = extract("MINSK, 15 July (BelTA) - Aleksandr Lukashenko met with Governor of Rostov Oblast "
                            "Vasily Golubev.\n"
                            "Golubev thanked the President for the hospitality.\n");
    if (!a) {
        CHECK(0, "reference: extracted");
        return;
    }
    CHECK(has_position(a, LUKASHENKO, "President", "belarus"), "reference: 'the President' is Belarus' president");
    int ref = -1;
    for (size_t i = 0; i < a->mentions.len; i++)
        if (a->mentions.items[i].kind == NG_M_REF)
            ref = a->mentions.items[i].person;
    CHECK_STR(person_slug(a, ref), LUKASHENKO, "reference: 'the President' resolves to Lukashenko");
    CHECK_INT(a->mentions.npersons, 2, "reference: no third person");
    ng_article_free(a);
}

/* ---- the interface itself ---------------------------------------------- */

static void test_interface(void)
{
    ng_article *a = (ng_article *)1;
    char err[256] = "";
    ng_input_meta meta = {NULL, "2024-07-15", NULL, 1};
    int rc = ng_article_extract(&a, kb_, "t.txt", (const unsigned char *)"", 0, &meta, err, sizeof err);
    CHECK_INT(rc, NG_EINPUT, "interface: empty input is NG_EINPUT");
    CHECK(a == NULL, "interface: no article on failure");
    CHECK(strstr(err, "t.txt") != NULL, "interface: the message names the input");
    ng_article_free(NULL);

    a = extract("MINSK, 15 July (BelTA) - Aleksandr Lukashenko met with Governor of Rostov Oblast Vasily Golubev "
                "in Minsk.\nTrade between Belarus and Rostov Oblast reached $2.5 billion in 2023.\n");
    if (a) {
        ng_article_counts k;
        ng_article_count(a, &k);
        CHECK_INT(k.persons, 2, "interface: counts people");
        CHECK_INT(k.meetings, 1, "interface: counts meetings");
        CHECK_INT(k.forums, 0, "interface: counts forums");
        CHECK_INT(k.claims, 1, "interface: counts claims");
        CHECK_INT(strlen(ng_article_sha256(a)), 64, "interface: sha256 in hex");
        CHECK(a->doc.issued.y == 2024 && a->doc.issued.m == 7 && a->doc.issued.d == 15,
              "interface: the caller's date is the publication date");
    }
    ng_article_free(a);
}

/* Datelines of partner agencies: a place in mixed case with a full date
 * and an agency's mark, an ordinal day with a comma before the year. */
static ng_article *extract_undated(const char *text)
{
    ng_article *a = NULL;
    char err[256];
    ng_input_meta meta = {NULL, NULL, NULL, 1};
    if (ng_article_extract(&a, kb_, "t.txt", (const unsigned char *)text, strlen(text), &meta, err,
                           sizeof err) != NG_OK)
        return NULL;
    return a;
}

static void check_issued(const char *text, int y, int m, int d, const char *what)
{
    ng_article *a = extract_undated(text);
    CHECK(a && a->doc.issued.y == y && a->doc.issued.m == m && a->doc.issued.d == d, what);
    ng_article_free(a);
}

static void test_partner_datelines(void)
{
    check_issued("Farmers sign deals\nTashkent, 14.05.2025 / Dunyo /. Ivan Petrov visited the plant.\n", 2025, 5, 14,
                 "dateline: a mixed-case place, a dotted date and an agency's mark");
    check_issued("Farmers sign deals\nDUBAI, 3rd March, 2025 (WAM) -- Ivan Petrov visited the plant.\n", 2025, 3, 3,
                 "dateline: an ordinal day and a comma before the year");
    check_issued("Farmers sign deals\nWed 05-02-2025 10:15 AM\nIvan Petrov visited the plant.\n", 2025, 2, 5,
                 "stamp: weekday and hyphenated date");
    check_issued("Farmers sign deals\nMinsk, 14.05.2025 was a warm day, and Ivan Petrov visited the plant.\n", 0, 0, 0,
                 "a mixed-case place and a date in running text are no dateline");
}

/* Partner offices: a parliament's president or speaker is its Chairman, a
 * chairman of the cabinet is the prime minister, a named parliament gives
 * its country. */
static void check_office(const char *text, const char *slug, const char *type, const char *place, const char *what)
{
    ng_article *a = extract(text);
    CHECK(a && has_position(a, slug, type, place), what);
    ng_article_free(a);
}

static void test_partner_offices(void)
{
    check_office("MINSK, 15 July (BelTA) - President of the National Assembly of Armenia Aram Sargsyan arrived.\n",
                 "aram-sargsyan", "Chairman", "armenia", "office: a parliament's president is Chairman");
    check_office("MINSK, 15 July (BelTA) - Chairman of the Cabinet of Ministers of the Kyrgyz Republic Almaz "
                 "Beishenov opened the plant.\n",
                 "almaz-beishenov", "PrimeMinister", "kyrgyzstan", "office: the cabinet's chairman is PrimeMinister");
    check_office("BISHKEK, 15 July (BelTA) - The commission met. The Kyrgyz part is headed by Deputy Chairman of the "
                 "Cabinet of Ministers Almaz Beishenov.\n",
                 "almaz-beishenov", "Deputy", "kyrgyzstan", "office: the head of a side takes the side's country");
    check_office("MINSK, 15 July (BelTA) - Ivan Petrov, Minister of Industry and Trade of Russia, arrived.\n",
                 "ivan-petrov", "Minister", "russia", "office: an apposition's portfolio ends in its country");
    check_office("MINSK, 15 July (BelTA) - Mayor of Bishkek and Head of the Capital Almaz Beishenov arrived.\n",
                 "almaz-beishenov", "Mayor", "bishkek", "office: two titles joined by 'and' before one name");
    check_office("BAKU, 15 July (BelTA) - Ivan Petrov met with head of the Executive Power of Ganja Elnur Huseynov.\n",
                 "elnur-huseynov", "Mayor", "ganja", "office: the head of a city's Executive Power is its Mayor");
    check_office("MINSK, 15 July (BelTA) - Speaker of the Jogorku Kenesh Nurlan Toktosunov arrived.\n",
                 "nurlan-toktosunov", "Chairman", "kyrgyzstan", "office: a named parliament gives its country");
    check_office("MINSK, 15 July (BelTA) - Extraordinary and Plenipotentiary Ambassador of the People's Republic "
                 "of China to the Republic of Belarus Wang Lei arrived.\n",
                 "wang-lei", "Ambassador", "china", "office: a long ambassador's title before the name");
    check_office("MINSK, 15 July (BelTA) - Toraga (Speaker) of the Jogorku Kenesh Nurlan Toktosunov arrived.\n",
                 "nurlan-toktosunov", "Chairman", "kyrgyzstan", "office: the Toraga is the parliament's speaker");
    check_office("MINSK, 15 July (BelTA) - Ivan Petrov met a delegation from Kazan led by Deputy Mayor Oleg "
                 "Sidorov.\n",
                 "oleg-sidorov", "Deputy", "kazan", "office: a city's title is of the city the delegation is from");
    /* a national office without its country, contrasted with Belarus's:
     * the other side's (the dateline's country) */
    check_office("BAKU, 15 July (Azertac) - Minister of Economy Kamran Aliyev and his Belarusian counterpart Ivan "
                 "Petrov discussed trade. Belarus and Azerbaijan signed a plan. Belarus wants more.\n",
                 "kamran-aliyev", "Minister", "azerbaijan", "office: contrasted with his Belarusian counterpart");
    const char *chain = "MUSCAT, 15 July (ONA) - Ahmed Saleh, Deputy Prime Minister and Minister of Foreign "
                        "Affairs, received Ivan Petrov, Minister of Foreign Affairs of the Republic of Belarus. "
                        "Belarus hopes for more.\n";
    check_office(chain, "ahmed-saleh", "Minister", "oman", "office: the second title of a chain, contrasted with Belarus");
    check_office(chain, "ahmed-saleh", "Deputy", "oman", "office: the first title of a chain");
    check_office("MINSK, 15 July (BelTA) - Deputy Minister of Investment, Industry and Trade of Uzbekistan Rustam "
                 "Kholov took part.\n",
                 "rustam-kholov", "Deputy", "uzbekistan", "office: commas inside a ministry's portfolio");
    check_office("MINSK, 15 July (BelTA) - Omar Saif, Minister of State for Foreign Trade, said Belarus traded more.\n",
                 "omar-saif", "Minister", "belarus", "office: an apposition with a portfolio");
    /* a passive's agent holds the title, not the subject */
    check_office("BAKU, 15 July (Azertac) - Ivan Petrov was received by Head of the Shaki City Executive Power "
                 "Elnur Huseynov.\n",
                 "elnur-huseynov", "Mayor", "shaki", "office: the head of a city's executive power is its Mayor");
    {
        ng_article *a = extract("BAKU, 15 July (Azertac) - Ivan Petrov was received by Head of the Shaki City "
                                "Executive Power Elnur Huseynov.\n");
        CHECK(a && !has_position(a, "ivan-petrov", "Mayor", "shaki") && !has_position(a, "ivan-petrov", "Governor", "shaki"),
              "office: 'X was received by TITLE Y' gives X no title");
        ng_article_free(a);
    }
    /* a title whose place was named before it */
    check_office("MINSK, 15 July (BelTA) - Akim of Pavlodar region Ivan Petrov met a delegation of the Grodno "
                 "Regional Executive Committee led by its chairman Oleg Sidorov.\n",
                 "oleg-sidorov", "Chairman", "grodno-region", "office: 'its chairman' is the named body's");
    check_office("MINSK, 15 July (BelTA) - Governor Ivan Petrov received a delegation of the Brest region headed "
                 "by the chairman of the regional executive committee Oleg Sidorov.\n",
                 "oleg-sidorov", "Chairman", "brest-region", "office: 'the regional executive committee' is the "
                 "region named before");
    check_office("MINSK, 15 July (BelTA) - Governor-General of Gilan Province Reza Karimi visited Minsk.\n",
                 "reza-karimi", "Governor", "gilan-province", "office: a Governor-General is Governor");
}

/* A forum said to be ahead takes no day from another clause of its
 * sentence; a day written after its name is its own. */
static void check_forum_day(const char *text, int y, int mo, int d, const char *what)
{
    ng_article *a = extract(text);
    int found = 0;
    for (size_t i = 0; a && i < a->events.len; i++) {
        const ng_event *e = &a->events.items[i];
        if (!e->is_forum)
            continue;
        found = 1;
        CHECK(e->date.y == y && e->date.m == mo && e->date.d == d, what);
    }
    CHECK(found, what);
    ng_article_free(a);
}

static void test_forum_ahead(void)
{
    check_forum_day("MINSK, 15 July (BelTA) - On 12 July the ministers discussed the 9th session of the "
                    "Belarusian-Mongolian Intergovernmental Commission, slated for October in Ulaanbaatar.\n",
                    0, 0, 0, "forum ahead: no day from the clause before its name");
    check_forum_day("MINSK, 15 July (BelTA) - The ministers prepared the 9th session of the "
                    "Belarusian-Mongolian Intergovernmental Commission, scheduled for 3 October 2024 in Ulaanbaatar.\n",
                    2024, 10, 3, "forum ahead: a day after its name is its own");
}

/* A list of other headlines after the article: its places are mentions
 * (GOLD.md counts places in site chrome), its people and figures no facts */
static void test_trailing_chrome(void)
{
    ng_article *a = extract("MINSK, 15 July (BelTA) - Governor Ivan Petrov visited Minsk.\n"
                            "Related news\n"
                            "Yakutia to host fair of northern crafts\n"
                            "Governor Oleg Sidorov opens bridge\n");
    int yakutia = 0;
    for (size_t i = 0; a && i < a->mentions.len; i++)
        yakutia |= a->mentions.items[i].kind == NG_M_PLACE && strcmp(a->mentions.items[i].place->slug, "sakha-republic") == 0;
    CHECK(yakutia, "trailing chrome: a place in another headline is a mention");
    CHECK(a && person_index(a, "oleg-sidorov") < 0, "trailing chrome: a person in another headline is none");
    ng_article_free(a);
}

int main(void)
{
    ng_kb *kb = check_kb();
    kb_ = kb;
    test_meeting();
    test_partner_datelines();
    test_partner_offices();
    test_forum_ahead();
    test_trailing_chrome();
    test_meeting_remote();
    test_meeting_negatives();
    test_meeting_then_plan();
    test_meeting_same_day();
    test_forums();
    test_known_person();
    test_unknown_person();
    test_envoys_and_titles();
    test_title_gloss();
    test_regional_counterparts();
    test_dash_title_chain();
    test_envoy_typos();
    test_delegation_head_office();
    test_nation_of_name();
    test_headline_pair_titles();
    test_name_variants();
    test_president_reference();
    test_interface();
    ng_kb_close(kb);
    CHECK_DONE();
}
