/*
 * test_meetings.c - meetings whose actor is not a name: a delegation
 * ("the guests", "the Belarusian delegation") standing for its head, an
 * office ("the acting head of the region") standing for its holder; and the
 * welcomes, addresses and gatherings that are no meetings. Every article
 * is written for the test (publication date 15 July 2024, a Monday).
 */
#include <string.h>

#include "article.h"
#include "check.h"
#include "check_article.h"

static const ng_kb *kb_;

#define LEAD "MINSK, 15 July (BelTA) - Belarus and Rostov Oblast discussed cooperation.\n"

/* The article of LEAD and body. */
static ng_article *extract_body(const char *body)
{
    char text[1024];
    snprintf(text, sizeof text, "%s%s\n", LEAD, body);
    return check_extract(kb_, text);
}

static size_t meetings(const ng_article *a)
{
    size_t n = 0;
    for (size_t i = 0; a && i < a->events.len; i++)
        n += !a->events.items[i].is_forum;
    return n;
}

static int has_participant(const ng_article *a, const ng_event *e, const char *slug)
{
    for (int i = 0; i < e->nparticipants; i++)
        if (strcmp(check_person_slug(a, e->participants[i]), slug) == 0)
            return 1;
    return 0;
}

/* A meeting of the article with both people, or NULL. */
static const ng_event *meeting_of(const ng_article *a, const char *p, const char *q)
{
    for (size_t i = 0; a && i < a->events.len; i++) {
        const ng_event *e = &a->events.items[i];
        if (!e->is_forum && has_participant(a, e, p) && has_participant(a, e, q))
            return e;
    }
    return NULL;
}

/* The last forum of the article whose name holds part, or NULL. */
static const ng_event *forum_named(const ng_article *a, const char *part)
{
    const ng_event *f = NULL;
    for (size_t i = 0; a && i < a->events.len; i++)
        if (a->events.items[i].is_forum && a->events.items[i].label && strstr(a->events.items[i].label, part))
            f = &a->events.items[i];
    return f;
}

static void check_meeting(const char *body, const char *p, const char *q, const char *what)
{
    ng_article *a = extract_body(body);
    CHECK(meeting_of(a, p, q) != NULL, what);
    ng_article_free(a);
}

static void check_no_meeting(const char *body, const char *what)
{
    ng_article *a = extract_body(body);
    CHECK(a != NULL, what);
    CHECK_INT(meetings(a), 0, what);
    ng_article_free(a);
}

/* "the guests" is the head of the delegation introduced before it */
static void test_delegation_head(void)
{
    check_meeting("A delegation of Omsk Oblast led by Governor Oleg Sidorov arrived in Grodno. Chairman of the Grodno "
                  "Oblast Executive Committee Ivan Petrov held talks with the guests.",
                  "oleg-sidorov", "ivan-petrov", "delegation: 'the guests' after 'a delegation led by X'");
    check_meeting("Governor of Omsk Oblast Oleg Sidorov arrived in Minsk at the head of a delegation on Sunday. On "
                  "Monday, Minister of Industry Ivan Petrov met with the visitors.",
                  "oleg-sidorov", "ivan-petrov", "delegation: 'at the head of a delegation'");
    check_meeting("The head of the Russian delegation, Governor of Omsk Oblast Oleg Sidorov, toured a plant. Later, "
                  "the Belarusian Prime Minister Ivan Petrov received the delegation.",
                  "oleg-sidorov", "ivan-petrov", "delegation: 'the head of the Russian delegation, X'");
    check_meeting("Governor of Omsk Oblast Oleg Sidorov is paying a working visit to Minsk. The delegation also "
                  "took part in a videoconference with Head of the Republic of Tatarstan Rustam Minnikhanov.",
                  "oleg-sidorov", "rustam-minnikhanov", "delegation: the visitor heads it, not the 'Head of' after it");
    /* a region's delegation without a head: the governor of that region named before */
    check_meeting("Governor of Omsk Oblast Oleg Sidorov toured a plant. The Omsk delegation arrived on Sunday. On "
                  "Monday the guests held talks with Minister of Industry Ivan Petrov.",
                  "oleg-sidorov", "ivan-petrov", "delegation: the region's governor heads the region's delegation");
    /* no head named before: the reference stands for nobody */
    check_no_meeting("The delegation visited a plant. Minister of Industry Ivan Petrov held talks with the guests.",
                     "delegation: no head, no meeting");
    /* an airport welcome is no meeting, even of a delegation's head */
    check_no_meeting("A delegation led by Governor of Omsk Oblast Oleg Sidorov arrived in Minsk. At the airport the "
                     "guests were met by Minister of Industry Ivan Petrov.",
                     "delegation: an airport welcome is no meeting");
}

/* "the acting head of the region" is the governor named before */
static void test_office_actor(void)
{
    check_meeting("Acting Governor of Kursk Oblast Aleksandr Khinshtein visited a plant. On Friday, the acting head of "
                  "the region received in Kursk the Ambassador of Belarus to Russia, Oleg Sidorov.",
                  "aleksandr-khinshtein", "oleg-sidorov", "office actor: 'the acting head of the region'");
    check_meeting("Rustam Minnikhanov opened a plant. On Friday, the Tatarstan leader met with Minister Ivan Petrov.",
                  "rustam-minnikhanov", "ivan-petrov", "office actor: 'the Tatarstan leader' is its head");
    check_no_meeting("Former Governor of Omsk Oblast Oleg Sidorov visited a plant. The head of the delegation met "
                     "with students.",
                     "office actor: 'the head of the delegation' is no governor");
}

/* a meeting told with a past year or month has no day (GOLD.md) */
static void test_past_period(void)
{
    ng_article *a =
        extract_body("Governor Oleg Sidorov recalled his meeting with Minister Ivan Petrov in Minsk in 2022.");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e != NULL, "past period: the meeting is found");
    CHECK(e && !e->date.y, "past period: 'in 2022' leaves the day unknown, not the publication date");
    CHECK(e && e->location && strcmp(e->location->slug, "minsk") == 0, "past period: the place stays");
    ng_article_free(a);
    a = extract_body("In 2023 trade grew by 5%, Governor Oleg Sidorov said at the talks with Minister Ivan Petrov.");
    e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->date.y == 2024 && e->date.m == 7 && e->date.d == 15,
          "past period: a year before the trigger dates the figure, not the talks");
    ng_article_free(a);
    a = extract_body("In October 2023 Governor Oleg Sidorov and Minister Ivan Petrov held talks in Astana.");
    e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && !e->date.y, "past period: one in the trigger's own clause leaves the day unknown");
    ng_article_free(a);
    a = extract_body("Governor Oleg Sidorov met Minister Ivan Petrov and toured the tractor plant, which has "
                     "made engines since 2009.");
    e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->date.y == 2024 && e->date.m == 7 && e->date.d == 15,
          "past period: one in a relative clause after the talks dates something else");
    ng_article_free(a);
    a = extract_body("Governor Oleg Sidorov held talks with Minister Ivan Petrov in Kazan in March.");
    e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && !e->date.d, "past period: an earlier month without its year is not the publication day");
    ng_article_free(a);
    /* LEAD is of 15 July: a day of a held meeting lies before it */
    a = extract_body("Governor Oleg Sidorov held talks with Minister Ivan Petrov in Kazan on 10 December.");
    e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->date.y == 2023 && e->date.m == 12, "a held meeting's day without its year: the last one before");
    ng_article_free(a);
    a = extract_body("The day before, Governor Oleg Sidorov and Minister Ivan Petrov held a video conference.");
    e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->date.m == 7 && e->date.d == 14, "'the day before': the day before the report");
    ng_article_free(a);
}

/* "On 9 July X met Y. ... During the trip X also met Z": not the
 * publication day */
static void test_trip_day(void)
{
    ng_article *a = extract_body(
        "On 9 July Governor Oleg Sidorov met with Minister Ivan Petrov in Kazan. During the trip Oleg Sidorov "
        "also held a meeting with Ambassador Pavel Orlov.");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "pavel-orlov");
    CHECK(e != NULL, "trip day: the later meeting is found");
    CHECK(e && !e->date.y, "trip day: it is not dated with the publication day");
    e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->date.d == 9, "trip day: the first keeps its stated day");
    ng_article_free(a);
}

/* "the two premiers" with no meeting before: the last two named */
static void test_pair_reference(void)
{
    check_meeting("The session of the council took place in Minsk. The Belarusian side was led by Prime Minister Ivan "
                  "Petrov, the Russian one by Prime Minister Oleg Sidorov. Before the session, the two premiers had a "
                  "one-on-one conversation.",
                  "ivan-petrov", "oleg-sidorov", "pair: 'the two premiers' are the last two named");
    check_no_meeting("Prime Minister Ivan Petrov spoke. Before the session, the two premiers had a conversation.",
                     "pair: one person named is no pair");
}

/* a weekday after a verb of what is ahead is the next such day; a
 * meeting "on the eve of" an event of that day was the day before */
static void test_weekday_ahead(void)
{
    ng_article *a = extract_body(
        "Governor Oleg Sidorov and Minister Ivan Petrov held talks in Brest on the eve of the session of the "
        "Council of Ministers, which opens on Tuesday.");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->date.y == 2024 && e->date.m == 7 && e->date.d == 15,
          "weekday ahead: talks on the eve of Tuesday 16 July were on the 15th");
    ng_article_free(a);
    a = extract_body("On Friday, Governor Oleg Sidorov met with Minister Ivan Petrov.");
    e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->date.m == 7 && e->date.d == 12, "weekday: 'On Friday' in a report is the Friday before");
    ng_article_free(a);
}

/* a headline tells a meeting, with its titles and no articles */
static void test_headline(void)
{
    ng_article *a = check_extract(kb_, "Head of State meets with Governor of Pskov Oblast\n15 July 2024\n"
                                       "Aleksandr Lukashenko spoke about flax and trade. Mikhail Vedernikov "
                                       "spoke about roads.\n");
    const ng_event *e = meeting_of(a, "aleksandr-lukashenko", "mikhail-vedernikov");
    CHECK(e != NULL, "headline: 'Head of State meets with Governor of Pskov Oblast'");
    CHECK(e && e->date.d == 15, "headline: the meeting of the day");
    ng_article_free(a);
}

/* "our meeting in Kazan in 2023" is a meeting of the two, not of who
 * sat in on today's talks; and nobody joins it later */
static void test_our_past_meeting(void)
{
    ng_article *a = extract_body(
        "Governor Oleg Sidorov held talks with Minister Ivan Petrov in Minsk. Deputy Minister Pavel Orlov also "
        "took part in the talks. \"We remember our meeting in Kazan in 2023,\" Oleg Sidorov said. Ambassador "
        "Anna Belova also took part in the negotiations.");
    const ng_event *past = NULL, *now = NULL;
    for (size_t i = 0; a && i < a->events.len; i++) {
        const ng_event *e = &a->events.items[i];
        if (!e->is_forum && e->location && strcmp(e->location->slug, "kazan") == 0)
            past = e;
        else if (!e->is_forum)
            now = e;
    }
    CHECK(past && past->nparticipants == 2 && !past->date.y, "our past meeting: the two, undated");
    CHECK(now && now->nparticipants == 4, "our past meeting: later attendees join today's talks");
    ng_article_free(a);
}

static void test_triggers(void)
{
    check_meeting("Deputy Foreign Minister Oleg Sidorov held consultations with Ambassador Ivan Petrov in Minsk.",
                  "oleg-sidorov", "ivan-petrov", "trigger: 'held consultations with'");
    check_meeting("Ambassador Ivan Petrov paid a courtesy call on Governor Oleg Sidorov.", "oleg-sidorov",
                  "ivan-petrov", "trigger: 'paid a courtesy call on'");
    check_meeting("On 12 July Governor Oleg Sidorov had a video call with Minister Ivan Petrov.", "oleg-sidorov",
                  "ivan-petrov", "trigger: 'had a video call with'");
    check_no_meeting("Consultations with Ambassador Ivan Petrov and Governor Oleg Sidorov will be held in May.",
                     "trigger: planned consultations are no meeting");
    check_no_meeting("The previous forum was held in Kostanay in 2023 with the participation of Governor Oleg "
                     "Sidorov and Minister Ivan Petrov via video link.",
                     "trigger: a video link to a forum is no talks");
    check_meeting("On 12 July Governor Oleg Sidorov held talks with Minister Ivan Petrov via video link.",
                  "oleg-sidorov", "ivan-petrov", "trigger: talks by video link are a meeting");
}

/* The month May is no modal "may": a meeting on a day of May stands, one
 * that "may" take place does not (lexicon: lex:lowercaseTerm). */
static void test_month_may(void)
{
    check_meeting("Governor Oleg Sidorov and Minister Ivan Petrov discussed cooperation on 12 May.", "oleg-sidorov",
                  "ivan-petrov", "May: a meeting on 12 May");
    check_no_meeting("Governor Oleg Sidorov and Minister Ivan Petrov may discuss cooperation in autumn.",
                     "may: a meeting that may happen is none");
}

/* A videoconference told again without its "video" is the same meeting,
 * still remote and without a place. */
static void test_remote_told_twice(void)
{
    ng_article *a = extract_body("Governor Oleg Sidorov held a videoconference with Minister Ivan Petrov today. "
                                 "Oleg Sidorov and Ivan Petrov discussed supplies of machinery.");
    CHECK_INT(meetings(a), 1, "remote told twice: one meeting");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->mode == NG_MODE_REMOTE && !e->location, "remote told twice: remote, no place");
    ng_article_free(a);
}

/* "the heads of government" are the pair just named; "the meeting of the
 * Supreme State Council" is a forum's session, not their meeting */
static void test_plural_office(void)
{
    check_meeting("The Georgian side was headed by Prime Minister Oleg Sidorov, the Armenian side by Prime Minister "
                  "Ivan Petrov. Before the session, the heads of government held talks in a narrow format.",
                  "oleg-sidorov", "ivan-petrov", "plural office: the heads of government just named");
    ng_article *a = extract_body("On 10 July Governor Oleg Sidorov had a telephone conversation with Minister Ivan "
                                 "Petrov. They discussed the preparations for the meeting of the Supreme State "
                                 "Council, which will be held in Minsk on 26 July.");
    CHECK_INT(meetings(a), 1, "forum session: 'the meeting of the Supreme State Council' is no second meeting");
    ng_article_free(a);
}

/* "Before the session the co-chairs held talks": the pair just named, on
 * the session's day and in its place */
static void test_co_chairs(void)
{
    ng_article *a = extract_body("The third meeting of the working group on cooperation between Vitebsk Oblast and "
                                 "Tver Oblast was held in Vitebsk on 11 July. The session was co-chaired by Deputy "
                                 "Governor Oleg Sidorov and Deputy Minister Ivan Petrov. Before the session the "
                                 "co-chairs held a one-on-one conversation.");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e != NULL, "co-chairs: a meeting of the two");
    CHECK(e && e->date.m == 7 && e->date.d == 11 && e->location && strcmp(e->location->slug, "vitebsk") == 0,
          "co-chairs: the session's day and place");
    ng_article_free(a);
}

/* "X, who accompanied Y, held talks with his counterpart Z": Y, named in
 * the side clause, is neither a participant nor whom "his" stands for */
static void test_side_clause(void)
{
    ng_article *a = extract_body("Governor Oleg Sidorov, who accompanied Minister Ivan Petrov, held talks with his "
                                 "Belarusian counterpart Pavel Orlov.");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "pavel-orlov");
    CHECK(e != NULL, "side clause: a meeting of the subject and the counterpart");
    CHECK(e && e->nparticipants == 2, "side clause: the person it names does not take part");
    ng_article_free(a);
}

/* "On the sidelines of the commission, the business forum gathered ...":
 * the forum beside the session told before takes its day and place */
static void test_beside_forum(void)
{
    ng_article *a = extract_body("The 9th meeting of the Belarus-Oman Intergovernmental Commission took place in "
                                 "Muscat on 14 July. On the sidelines of the commission, the Belarus-Oman Business "
                                 "Forum gathered some 80 companies.");
    const ng_event *f = forum_named(a, "Business Forum");
    CHECK(f != NULL, "beside a forum: the business forum is found");
    CHECK(f && f->date.m == 7 && f->date.d == 14, "beside a forum: the session's day");
    CHECK(f && f->location && strcmp(f->location->slug, "muscat") == 0, "beside a forum: the session's place");
    ng_article_free(a);
}

/* "The XII Forum will focus on ..., X said on Tuesday": the day of the
 * saying is not the forum's, which is still ahead */
static void test_forum_ahead(void)
{
    ng_article *a = extract_body("The twelfth Forum of Regions of Belarus and Russia in Kazan will focus on "
                                 "machine building, Speaker Oleg Sidorov said on Tuesday.");
    const ng_event *f = forum_named(a, "Forum of Regions");
    CHECK(f != NULL && f->edition == 12, "forum ahead: the twelfth Forum is found");
    CHECK(f && !f->date.y, "forum ahead: no day from the saying");
    ng_article_free(a);
}

/* "had a telephone conversation with X, in which he thanked the governor
 * for his greetings and invited him": what was said is no denial of the
 * call, and whom it names does not join it */
static void test_detail_clause(void)
{
    ng_article *a = extract_body("Governor of Tver Oblast Pavel Orlov visited the plant. On 10 July Governor Oleg "
                                 "Sidorov had a telephone conversation with Minister Ivan Petrov, in which the "
                                 "minister thanked the governor for his greetings and invited him to the forum.");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e != NULL, "detail clause: the call is a meeting");
    CHECK(e && e->nparticipants == 2, "detail clause: 'the governor' in it does not join the call");
    ng_article_free(a);
    a = extract_body("The visit of Governor Oleg Sidorov to Minsk in May, during which he held talks with Minister "
                     "Ivan Petrov, was a success.");
    CHECK(meeting_of(a, "oleg-sidorov", "ivan-petrov") != NULL,
          "detail clause: talks told in it are the meeting itself");
    ng_article_free(a);
}

/* "X and Y met one-on-one and then joined the enlarged session, attended by
 * Z": Z attended the session, not the meeting */
static void test_sequel_clause(void)
{
    ng_article *a = extract_body("Governor Oleg Sidorov and Minister Ivan Petrov first met one-on-one and then joined "
                                 "the enlarged session, attended by Speaker Pavel Orlov.");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e != NULL, "sequel clause: the two who met");
    CHECK(e && e->nparticipants == 2, "sequel clause: whom the next event names does not take part");
    CHECK(e && e->date.y == 2024 && e->date.m == 7 && e->date.d == 15, "sequel clause: 'first met' is of the day");
    ng_article_free(a);
}

/* "X and Y held talks in a narrow format. Z also took part in the
 * meeting": Z sat in the session around the talks, not in them */
static void test_narrow_format(void)
{
    ng_article *a = extract_body("Before the session, Governor Oleg Sidorov and Minister Ivan Petrov held talks in a "
                                 "narrow format. Speaker Pavel Orlov also took part in the meeting. The meeting was "
                                 "also attended by Ambassador Anton Belov.");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->nparticipants == 2, "narrow format: nobody joins the talks later");
    CHECK(meetings(a) == 1, "narrow format: no meeting of the later attendees");
    ng_article_free(a);
}

/* "The forum will be held on 14-15 October, X said after talks with Y on
 * Friday": a held meeting takes the sentence's day that is not ahead */
static void test_day_not_ahead(void)
{
    ng_article *a = extract_body("The forum will be held in Kazan on 14-15 October, Speaker Oleg Sidorov told "
                                 "reporters after his talks with Minister Ivan Petrov in Moscow on Friday.");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->date.y == 2024 && e->date.m == 7 && e->date.d == 12, "day not ahead: the talks' Friday");
    ng_article_free(a);
}

/* "the session of the X commission ..., which was held in Baku and was
 * the commission's 14th meeting": one forum, named in full, numbered */
static void test_session_read_twice(void)
{
    ng_article *a = extract_body("The plan was signed at the session of the Belarusian-Omani intergovernmental "
                                 "commission for trade, which was held in Muscat on 11 July and was the "
                                 "commission's 9th meeting.");
    size_t forums = 0;
    for (size_t i = 0; a && i < a->events.len; i++)
        forums += a->events.items[i].is_forum;
    const ng_event *f = forum_named(a, "intergovernmental commission for trade");
    CHECK(forums == 1, "session read twice: one forum");
    CHECK(f && f->edition == 9, "session read twice: its number");
    CHECK(f && f->location && strcmp(f->location->slug, "muscat") == 0, "session read twice: its place");
    ng_article_free(a);
}

/* A session still ahead, told between the forum and a meeting on its
 * sidelines, hosts no meeting */
static void test_sidelines_skip_ahead(void)
{
    ng_article *a = extract_body("Governor Oleg Sidorov attended the meeting of the Eurasian Intergovernmental "
                                 "Council in Almaty on 12 July. The sides agreed to hold the 5th session of the "
                                 "Belarus-Oman intergovernmental commission in Muscat this autumn. On the sidelines "
                                 "of the council, Governor Oleg Sidorov also met with Minister Ivan Petrov.");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->date.m == 7 && e->date.d == 12, "sidelines: the day of the forum held, not of one ahead");
    CHECK(e && e->location && strcmp(e->location->slug, "almaty") == 0, "sidelines: the place of the forum held");
    ng_article_free(a);
}

/* "During his stay in Kazan, X met Y": "his" is X's, not the last person
 * named before */
static void test_opening_phrase_pronoun(void)
{
    ng_article *a = extract_body("Ambassador Pavel Orlov said trade had grown. During his stay in Kazan, Governor "
                                 "Oleg Sidorov met with Minister Ivan Petrov.");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->nparticipants == 2, "opening phrase: its pronoun is the subject after it");
    ng_article_free(a);
}

/* "Talks of the heads of government" between paragraphs: a subheading
 * tells no meeting of its own day */
static void test_subheading(void)
{
    ng_article *a = extract_body("Trade will grow, Prime Minister Oleg Sidorov said after the talks with Prime "
                                 "Minister of Kyrgyzstan Ivan Petrov in Bishkek on 15 July.\n\nThe delegation is on "
                                 "a visit to Kyrgyzstan on 14-16 July.\n\nTalks of the heads of government\n\n"
                                 "Oleg Sidorov called the talks useful.");
    CHECK(meetings(a) == 1, "subheading: one meeting, not one more of the heading");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->date.d == 15, "subheading: the meeting keeps the day of its report");
    ng_article_free(a);
}

/* "X met Y, Minister Z told reporters": Z tells of the meeting; inside a
 * quotation the teller is its "I" and takes part */
static void test_attribution(void)
{
    ng_article *a = extract_body("Governor Oleg Sidorov met with Speaker Ivan Petrov in Kazan, Minister Pavel "
                                 "Orlov told reporters.");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->nparticipants == 2, "attribution: the teller takes no part");
    ng_article_free(a);
}

/* A meeting of a day already told, with no place of its own, was where
 * that day's events were */
static void test_place_of_day(void)
{
    ng_article *a = extract_body("On 14 July Governor Oleg Sidorov held talks with Minister Ivan Petrov in Kazan. "
                                 "On the same day Governor Oleg Sidorov also met with Speaker Pavel Orlov.");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "pavel-orlov");
    CHECK(e && e->date.m == 7 && e->date.d == 14, "place of the day: the day told before");
    CHECK(e && e->location && strcmp(e->location->slug, "kazan") == 0, "place of the day: that day's place");
    ng_article_free(a);
}

/* "on the eve of" dates the day before the event it names, unless the day
 * is set off by a comma as the eve's own */
static void test_eve_of(void)
{
    ng_article *a = extract_body("On the eve of the summit, on 14 July, Governor Oleg Sidorov held talks with "
                                 "Minister Ivan Petrov.");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->date.m == 7 && e->date.d == 14, "eve of: a day set off by a comma is the eve's own");
    ng_article_free(a);
    a = extract_body("Governor Oleg Sidorov held talks with Minister Ivan Petrov on the eve of the session that "
                     "opened on 14 July.");
    e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->date.m == 7 && e->date.d == 13, "eve of: the day before the session's day");
    ng_article_free(a);
}

/* a past meeting of the same people told after today's keeps to itself */
static void test_past_meeting_after(void)
{
    ng_article *a = extract_body("Governor Oleg Sidorov met Minister Ivan Petrov in Kazan. Oleg Sidorov recalled that "
                                 "his previous meeting with Ivan Petrov took place in Omsk in July 2023.");
    int dated = 0;
    for (size_t i = 0; a && i < a->events.len; i++)
        dated += !a->events.items[i].is_forum && a->events.items[i].date.y == 2024 && a->events.items[i].date.d == 15;
    CHECK_INT(dated, 1, "past meeting after: today's meeting keeps the publication's day");
    ng_article_free(a);
}

static const ng_event *forum_of(const ng_article *a)
{
    for (size_t i = 0; a && i < a->events.len; i++)
        if (a->events.items[i].is_forum)
            return &a->events.items[i];
    return NULL;
}

/* "Kazan hosted the 9th session": where it was held; "In the afternoon"
 * it was held on the day told before */
static void test_forum_host(void)
{
    ng_article *a = extract_body("Governor Oleg Sidorov arrived in Omsk on 10 July and held talks with Minister Ivan "
                                 "Petrov. In the afternoon, Omsk hosted the 9th meeting of the Belarusian-Kazakh "
                                 "intergovernmental commission.");
    const ng_event *f = forum_of(a);
    CHECK(f && f->edition == 9, "forum host: the session is found");
    CHECK(f && f->location && strcmp(f->location->slug, "omsk") == 0, "forum host: the place that hosted it");
    CHECK(f && f->date.m == 7 && f->date.d == 10, "forum host: 'in the afternoon' of the day told before");
    ng_article_free(a);
    a = extract_body("Omsk hopes that Minsk will host the next meeting of the Belarusian-Kazakh intergovernmental "
                     "commission.");
    f = forum_of(a);
    CHECK(!f || !f->location || strcmp(f->location->slug, "omsk") != 0, "forum host: not a place that only hopes");
    ng_article_free(a);
    a = extract_body("In the summer, Governor Oleg Sidorov took part in the ninth Forum of Regions of Belarus and "
                     "Russia in Grodno.");
    f = forum_of(a);
    CHECK(f && f->edition == 9 && !f->date.y, "forum: a season names no day, so none is taken from the publication");
    ng_article_free(a);
    a = extract_body("The third Eastern Economic Forum opened in Vladivostok today.");
    f = forum_of(a);
    CHECK(f && f->edition == 3 && f->series_slug && strcmp(f->series_slug, "eastern-economic-forum") == 0,
          "forum: a yearly forum of the partners is a series of the lexicon, with its edition");
    ng_article_free(a);
}

/* After a forum: "Following the meeting, ..." points back at it; "they"
 * after two names is those two; "After the plenary part" sets a meeting
 * on the forum's day */
static void test_after_a_session(void)
{
    ng_article *a = extract_body("A meeting of the Council of Ministers of the Union State took place in Moscow on "
                                 "12 July. It was chaired by Prime Minister Oleg Sidorov. Minister Anna Orlova also "
                                 "spoke. Following the meeting, the heads of government signed 12 documents. After "
                                 "the plenary part, Oleg Sidorov and Ivan Petrov had a one-on-one conversation, "
                                 "during which they discussed energy prices.");
    CHECK_INT(meetings(a), 1, "after a session: one meeting, the conversation");
    const ng_event *e = meeting_of(a, "oleg-sidorov", "ivan-petrov");
    CHECK(e && e->nparticipants == 2, "after a session: 'they' are the two named");
    CHECK(e && e->date.m == 7 && e->date.d == 12, "after a session: the session's day");
    ng_article_free(a);
}

static void test_not_meetings(void)
{
    check_no_meeting("Governor Oleg Sidorov and Minister Ivan Petrov are expected to address the forum via video "
                     "link.",
                     "no meeting: an address to a forum by video link");
    check_no_meeting("Oleg Sidorov was met by Ivan Petrov at the railway station of Grodno.",
                     "no meeting: a welcome at the station");
    check_no_meeting("Governor Oleg Sidorov and Minister Ivan Petrov will gather with other officials in Kazan for the "
                     "meeting of the council.",
                     "no meeting: a gathering ahead");
}

/* "X also attended." right after the meeting's sentence: X was at it. */
static void test_also_attended(void)
{
    check_meeting("Governor Oleg Sidorov met Minister Ivan Petrov in Minsk on 3 May. Deputy Minister Anton Belov "
                  "also attended.",
                  "oleg-sidorov", "anton-belov", "also attended: the next sentence's person joins the meeting");
    ng_article *a = extract_body("Governor Oleg Sidorov met Minister Ivan Petrov in Minsk on 3 May. The two discussed "
                                 "trade. Deputy Minister Anton Belov also attended.");
    CHECK(a && !meeting_of(a, "oleg-sidorov", "anton-belov"), "also attended: not two sentences later");
    ng_article_free(a);
}

/* "The council held a meeting on Wednesday ... On the same day, X was
 * received by Y": the council's day; and a meeting told before "attended
 * by" in its own sentence is still a meeting. */
static void test_council_day(void)
{
    ng_article *a = extract_body("The Council of Ministers of the Union State of Russia and Belarus held a meeting "
                                 "in Minsk on Thursday. Trade was discussed.\nOn the same day, Prime Minister Ivan "
                                 "Petrov was received by President Oleg Sidorov.");
    const ng_event *e = meeting_of(a, "ivan-petrov", "oleg-sidorov");
    CHECK(e && e->date.m == 7 && e->date.d == 11, "council day: 'on the same day' is the council's Thursday");
    ng_article_free(a);
    a = extract_body("The Supreme State Council of the Union State convened in Minsk on Friday.\nPresident Ivan "
                     "Petrov and President Oleg Sidorov first met one-on-one and then joined the enlarged session, "
                     "attended by Prime Minister Anton Belov.");
    CHECK(meeting_of(a, "ivan-petrov", "oleg-sidorov") != NULL,
          "council day: a meeting before 'attended by' in its sentence stands");
    ng_article_free(a);
}

/* "the decisions adopted at the 14th meeting of the commission": a past
 * session, not one of the publication day. */
static void test_past_session_decisions(void)
{
    ng_article *a = extract_body("Governor Oleg Sidorov and Minister Ivan Petrov discussed the implementation of the "
                                 "decisions adopted at the 14th meeting of the Omsk-Grodno Intergovernmental "
                                 "Commission on Economic Cooperation.");
    const ng_event *f = forum_named(a, "Commission");
    CHECK(f && f->edition == 14 && !f->date.y, "past session: the 14th meeting, undated");
    ng_article_free(a);
}

/* A past meeting of the same people after a report of another day's
 * meeting is a meeting of its own, undated. */
static void test_past_meeting_after_other_day(void)
{
    ng_article *a = extract_body("Governor Oleg Sidorov was received by Minister Ivan Petrov in Ankara on Friday. "
                                 "Oleg Sidorov and Ivan Petrov previously met in Kazan in October 2023.");
    size_t undated = 0, friday = 0;
    for (size_t i = 0; a && i < a->events.len; i++) {
        const ng_event *e = &a->events.items[i];
        if (e->is_forum)
            continue;
        undated += !e->date.y && e->location && strcmp(e->location->slug, "kazan") == 0;
        friday += e->date.m == 7 && e->date.d == 12;
    }
    CHECK(undated == 1 && friday == 1, "past meeting: one on Friday, one in Kazan without its day");
    ng_article_free(a);
}

/* "Subscribe | Search" in the menu above the headline starts no page
 * tail; "Read also" after the text does. */
static void test_page_tail(void)
{
    ng_article *a = check_extract(kb_, "News | Politics | Regions\nSubscribe | Search\n\nTalks in Minsk\n\n15 July "
                                       "2024\n\nGovernor Oleg Sidorov met Minister Ivan Petrov in Minsk on Monday "
                                       "to discuss trade and the supply of tractors.\n");
    CHECK(meeting_of(a, "oleg-sidorov", "ivan-petrov") != NULL, "page tail: a menu's 'Subscribe' ends nothing");
    ng_article_free(a);
    a = check_extract(kb_, "Talks in Minsk\n\n15 July 2024\n\nThe two regions discussed the supply of tractors "
                           "and the building of houses this year.\n\nRead also\n\nGovernor Oleg Sidorov met "
                           "Minister Ivan Petrov in Minsk on Monday.\n");
    CHECK(a && meeting_of(a, "oleg-sidorov", "ivan-petrov") == NULL, "page tail: after 'Read also', other news");
    ng_article_free(a);
}

/* ", before the meeting with X," is another meeting's time: its people
 * are not this meeting's. */
static void test_time_clause(void)
{
    ng_article *a = extract_body("On Friday morning, before the meeting with Governor Oleg Sidorov, Minister Ivan "
                                 "Petrov had a phone call with Ambassador Anton Belov.");
    const ng_event *e = meeting_of(a, "ivan-petrov", "anton-belov");
    CHECK(e && e->mode == NG_MODE_REMOTE && !has_participant(a, e, "oleg-sidorov"),
          "time clause: the call's people, not the other meeting's");
    ng_article_free(a);
}

/* "expressed their intention to meet again during the XII Forum": a
 * forum ahead, not one of the publication day. */
static void test_forum_intended(void)
{
    ng_article *a = extract_body("Governor Oleg Sidorov and Minister Ivan Petrov expressed their intention to meet "
                                 "again during the XII Forum of Regions of Belarus and Russia.");
    const ng_event *f = forum_named(a, "Forum of Regions");
    CHECK(f && f->edition == 12 && !f->date.y, "intended: the XII Forum, undated");
    ng_article_free(a);
}

int main(void)
{
    ng_kb *kb = check_kb();
    kb_ = kb;
    test_delegation_head();
    test_office_actor();
    test_past_period();
    test_forum_host();
    test_past_meeting_after();
    test_eve_of();
    test_trip_day();
    test_pair_reference();
    test_weekday_ahead();
    test_headline();
    test_our_past_meeting();
    test_triggers();
    test_month_may();
    test_remote_told_twice();
    test_plural_office();
    test_co_chairs();
    test_side_clause();
    test_beside_forum();
    test_forum_ahead();
    test_detail_clause();
    test_sequel_clause();
    test_place_of_day();
    test_narrow_format();
    test_day_not_ahead();
    test_session_read_twice();
    test_sidelines_skip_ahead();
    test_opening_phrase_pronoun();
    test_subheading();
    test_attribution();
    test_after_a_session();
    test_not_meetings();
    test_also_attended();
    test_council_day();
    test_past_session_decisions();
    test_past_meeting_after_other_day();
    test_page_tail();
    test_time_clause();
    test_forum_intended();
    ng_kb_close(kb);
    CHECK_DONE();
}
