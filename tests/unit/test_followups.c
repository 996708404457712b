/*
 * test_followups.c - the event policies of src/discourse.h that carry a
 * day, a place or people from one sentence to another
 * (src/discourse_followups.c), each on its own: an article written for
 * the test gives the sentences, and the policy is called directly on
 * events made here, so that a check fails for the policy it names.
 *
 * Every policy has a case where it applies and one where it must not.
 */
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "check.h"
#include "check_article.h"
#include "discourse.h"

static const ng_kb *kb_;

static ng_event meeting(int a, int b)
{
    ng_event x;
    memset(&x, 0, sizeof x);
    x.participants[0] = a;
    x.participants[1] = b;
    x.nparticipants = 2;
    x.mode = NG_MODE_IN_PERSON;
    return x;
}

#define LEAD "MINSK, 15 July (BelTA) - Belarus and Rostov Oblast discussed cooperation.\n"

static void test_complete_meeting(void)
{
    check_doc d = check_read_doc(kb_, LEAD "Ivan Petrov met Oleg Sidorov. The talks were held in Grodno on 12 July.\n"
                            "Trade grew. Exports grew. The talks were held in Vitebsk.\n");
    size_t told = check_sentence_with(&d, "Ivan Petrov met"), next = check_sentence_with(&d, "in Grodno");
    size_t far = check_sentence_with(&d, "in Vitebsk");
    CHECK(told != (size_t)-1 && next == told + 1 && far > told + 2, "complete meeting: the sentences are found");
    if (next != told + 1 || far == (size_t)-1) {
        ng_article_free(d.a);
        return;
    }
    CHECK_INT(ng_dc_completes_meeting(&d.dc, next, told), 1, "complete meeting: the next sentence says it was held");
    CHECK_INT(ng_dc_completes_meeting(&d.dc, far, told), 0, "complete meeting: not past lex:follow-up-sentences");
    CHECK_INT(ng_dc_completes_meeting(&d.dc, told + 2, told), 0, "complete meeting: not a sentence that names none");
    ng_event x = meeting(1, 2);
    x.date = (ng_date){2024, 7, 15};
    x.date_defaulted = 1;
    x.location = ng_kb_place(kb_, "minsk");
    ng_dc_stated st = {1, {2024, 7, 12}, ng_kb_place(kb_, "grodno")};
    ng_dc_complete_meeting(&x, &st);
    CHECK(x.date.d == 12 && !x.date_defaulted && x.location == st.place,
          "complete meeting: the day stated over the publication's, and its place over the dateline's");
    ng_event y = meeting(1, 2);
    y.date = (ng_date){2024, 7, 10};
    y.location = ng_kb_place(kb_, "minsk");
    ng_dc_complete_meeting(&y, &st);
    CHECK(y.date.d == 10 && y.location == ng_kb_place(kb_, "minsk"),
          "complete meeting: not over a stated day and its place");
    ng_event z = meeting(1, 2);
    z.mode = NG_MODE_REMOTE;
    ng_dc_complete_meeting(&z, &st);
    CHECK(z.location == NULL && z.date.d == 12, "complete meeting: a call takes the day, no place");
    ng_article_free(d.a);
}

static void test_complete_forum(void)
{
    check_doc d = check_read_doc(kb_, LEAD "The XI Forum of Regions of Belarus and Russia opened. The forum was held in Grodno.\n");
    size_t told = check_sentence_with(&d, "opened"), next = check_sentence_with(&d, "in Grodno");
    ng_event f;
    memset(&f, 0, sizeof f);
    f.is_forum = 1;
    CHECK_INT(ng_dc_completes_forum(&d.dc, next, told, &f), 1, "complete forum: the next sentence says it was held");
    f.future = 1;
    CHECK_INT(ng_dc_completes_forum(&d.dc, next, told, &f), 0, "complete forum: not a forum still ahead");
    f.future = 0;
    ng_dc_stated st = {0, {0, 0, 0}, ng_kb_place(kb_, "grodno")};
    ng_dc_complete_forum(&f, &st);
    CHECK(f.location == st.place && !f.date.y, "complete forum: the place it lacked, no day unsaid");
    st.place = ng_kb_place(kb_, "minsk");
    ng_dc_complete_forum(&f, &st);
    CHECK(f.location == ng_kb_place(kb_, "grodno"), "complete forum: not over the place it had");
    ng_article_free(d.a);
}

static void test_join_meeting(void)
{
    check_doc d = check_read_doc(kb_, LEAD "Ivan Petrov met Oleg Sidorov. Boris Gryzlov also attended the talks.\n"
                            "Anna Orlova was present at the exhibition.\n");
    size_t joins = check_sentence_with(&d, "also attended"), other = check_sentence_with(&d, "exhibition");
    ng_event x = meeting(1, 2);
    CHECK_INT(ng_dc_joins_meeting(&d.dc, joins, &x), 1, "join meeting: attended the talks");
    CHECK_INT(ng_dc_joins_meeting(&d.dc, other, &x), 0, "join meeting: not what names no meeting");
    CHECK_INT(ng_dc_attends(&d.dc, other), 1, "attends: present, for the paragraph's forum");
    x.past = 1;
    CHECK_INT(ng_dc_joins_meeting(&d.dc, joins, &x), 0, "join meeting: not a meeting told in passing");
    x.past = 0;
    int people[3] = {2, 7, 0};
    ng_dc_join_meeting(&x, people, 3);
    CHECK(x.nparticipants == 4 && x.participants[0] == 0 && x.participants[3] == 7,
          "join meeting: the new people join, in order");
    CHECK(x.nattendees == 2 && x.attendees[0] == 7 && x.attendees[1] == 0, "join meeting: as attendees");
    ng_article_free(d.a);
}

static void test_same_day(void)
{
    check_doc d = check_read_doc(kb_, LEAD "Ivan Petrov arrived in Minsk on 10 July. On the same day, he met Oleg Sidorov.\n"
                            "He met Anna Orlova.\n");
    size_t cue = check_sentence_with(&d, "On the same day"), none = check_sentence_with(&d, "Anna Orlova");
    ng_event items[2] = {meeting(1, 2), meeting(3, 4)};
    items[0].date = (ng_date){2024, 7, 9};
    items[0].location = ng_kb_place(kb_, "grodno");
    items[1].date = (ng_date){2024, 7, 15};
    items[1].date_defaulted = 1;
    const ng_token *toks = d.dc.doc->toks.toks;
    const ng_sentence *told = &d.dc.s->items[cue - 1]; /* the event's own sentence */
    items[0].span = (ng_span){toks[told->tok_start].start, toks[told->tok_end - 1].end};
    ng_events ev = {items, 2, 2};
    ng_date day = {0, 0, 0};
    CHECK(ng_dc_same_day(&d.dc, cue, &ev, &day) == &items[0] && day.d == 9,
          "same day: the latest event of a stated day, not one of a defaulted day");
    items[0].span = (ng_span){0, 1};
    day = (ng_date){0, 0, 0};
    CHECK(ng_dc_same_day(&d.dc, cue, &ev, &day) == NULL && day.d == 10,
          "same day: a day stated after the latest event is nearer");
    ev.len = 0;
    day = (ng_date){0, 0, 0};
    CHECK(ng_dc_same_day(&d.dc, cue, &ev, &day) == NULL && day.d == 10,
          "same day: else the day the sentence before states");
    ev.len = 2;
    day = (ng_date){0, 0, 0};
    CHECK(ng_dc_same_day(&d.dc, none, &ev, &day) == NULL && day.y == 0, "same day: not without the cue");
    ng_event forum_placed;
    memset(&forum_placed, 0, sizeof forum_placed);
    forum_placed.location = ng_kb_place(kb_, "vitebsk");
    CHECK(ng_dc_context_place(&forum_placed, &items[0]) == forum_placed.location,
          "context place: the paragraph's forum first");
    CHECK(ng_dc_context_place(NULL, &items[0]) == items[0].location, "context place: else the same day's event");
    CHECK(ng_dc_context_place(NULL, NULL) == NULL, "context place: none without context");
    ng_article_free(d.a);
}

static void test_trip_day(void)
{
    check_doc d = check_read_doc(kb_, "MINSK, 15 July 2024 (BelTA) - The delegation arrived in Minsk on Tuesday.\n"
                       "In Grodno, Ivan Petrov held talks with Oleg Sidorov.\n"
                       "Ivan Petrov will come back on 20 July. Later he met Anna Orlova.\n");
    size_t talks = check_sentence_with(&d, "In Grodno"), later = check_sentence_with(&d, "Later he met");
    ng_date day = {0, 0, 0};
    CHECK(ng_dc_trip_day(&d.dc, talks, &day) == 1 && day.m == 7 && day.d == 9,
          "trip day: the past day stated just before");
    day = (ng_date){0, 0, 0};
    CHECK(ng_dc_trip_day(&d.dc, later, &day) == 0 && day.y == 0, "trip day: not a day ahead of the report");
    ng_article_free(d.a);
    d = check_read_doc(kb_, "MINSK, 15 July 2024 (BelTA) - On Monday the delegation went to Grodno.\n"
                            "There Ivan Petrov met Oleg Sidorov.\n");
    day = (ng_date){0, 0, 0};
    CHECK(ng_dc_trip_day(&d.dc, check_sentence_with(&d, "There Ivan"), &day) == 1 && day.m == 7 && day.d == 15,
          "trip day: the report's own day, stated just before, too");
    ng_article_free(d.a);
}

static void test_trip_place(void)
{
    check_doc d = check_read_doc(kb_, "MINSK, 15 July 2024 (BelTA) - The delegation arrived in Grodno on Tuesday.\n"
                       "The guests toured a dairy plant. Ivan Petrov held talks with Oleg Sidorov.\n"
                       "On Wednesday the delegation travelled to Brest, a border city. Ivan Petrov met Anna Orlova.\n"
                       "The talks were also attended by Pavel Orlov.\n");
    size_t talks = check_sentence_with(&d, "held talks"), met = check_sentence_with(&d, "met Anna");
    size_t first = check_sentence_with(&d, "arrived in");
    CHECK(ng_dc_trip_place(&d.dc, talks) == ng_kb_place(kb_, "grodno"), "trip place: where the trip arrived");
    CHECK(ng_dc_trip_place(&d.dc, met) == ng_kb_place(kb_, "brest"), "trip place: the nearest destination");
    CHECK(ng_dc_trip_place(&d.dc, first) == NULL, "trip place: none before any arrival");
    size_t attended = check_sentence_with(&d, "also attended");
    CHECK_INT(ng_dc_tells_attendance(&d.dc, attended), 1, "attendance: the talks were attended by");
    CHECK_INT(ng_dc_tells_attendance(&d.dc, talks), 0, "attendance: not a meeting of its own");
    ng_article_free(d.a);
}

static void test_visit_day(void)
{
    check_doc d = check_read_doc(kb_, "MINSK, 15 July 2024 (BelTA) - Ivan Petrov ended a three-day visit.\n"
                       "The delegation arrived in Grodno on 9 July.\n"
                       "On the second day of the visit, Ivan Petrov met Oleg Sidorov.\n"
                       "On the final day of the visit, he met Anna Orlova.\n"
                       "He spoke of the first day of the visit.\n");
    size_t second = check_sentence_with(&d, "second day"), last = check_sentence_with(&d, "final day");
    size_t arrived = check_sentence_with(&d, "arrived in");
    ng_date day = {0, 0, 0};
    CHECK(ng_dc_visit_day(&d.dc, second, &day) == 1 && day.m == 7 && day.d == 10,
          "visit day: the arrival's day plus one");
    day = (ng_date){0, 0, 0};
    CHECK(ng_dc_visit_day(&d.dc, last, &day) == 1 && day.d == 11, "visit day: the last of a three-day visit");
    day = (ng_date){0, 0, 0};
    CHECK(ng_dc_visit_day(&d.dc, arrived, &day) == 0 && day.y == 0, "visit day: none without the cue");
    ng_article_free(d.a);
}

static void test_day_from_event(void)
{
    check_doc d = check_read_doc(kb_, LEAD "The session was held yesterday. Ivan Petrov met Anna Orlova on Monday.\n"
                            "The day before, Ivan Petrov and Oleg Sidorov spoke by phone.\n"
                            "The next day Ivan Petrov left.\n");
    size_t before = check_sentence_with(&d, "The day before"), next = check_sentence_with(&d, "The next day");
    size_t session = check_sentence_with(&d, "The session"), monday = check_sentence_with(&d, "on Monday");
    const ng_token *toks = d.dc.doc->toks.toks;
    ng_event items[2] = {meeting(1, 2), meeting(3, 4)};
    items[0].date = (ng_date){2024, 7, 14};
    items[0].span = (ng_span){toks[d.dc.s->items[session].tok_start].start, toks[d.dc.s->items[session].tok_end - 1].end};
    items[1].date = (ng_date){2024, 7, 8};
    items[1].span = (ng_span){toks[d.dc.s->items[monday].tok_start].start, toks[d.dc.s->items[monday].tok_end - 1].end};
    ng_events ev = {items, 2, 2};
    ng_date day = {0, 0, 0};
    CHECK(ng_dc_day_from_event(&d.dc, before, &ev, &day) == 1 && day.d == 13,
          "day from event: the day before the article's own event, not the aside's");
    CHECK(ng_dc_day_from_event(&d.dc, next, &ev, &day) == 1 && day.d == 15, "day from event: the next day");
    day = (ng_date){0, 0, 0};
    CHECK(ng_dc_day_from_event(&d.dc, monday, &ev, &day) == 0 && day.y == 0, "day from event: none without the cue");
    ng_article_free(d.a);
}

/* "The next day" after a visit's days told in order: the day after the
 * day told last, not after a lead dated only by the publication. */
static void test_next_day_of_visit(void)
{
    check_doc d = check_read_doc(kb_, LEAD "The programme included a session of the council.\n"
                            "On Thursday Ivan Petrov held talks with Anna Orlova.\n"
                            "The next day Oleg Sidorov received Ivan Petrov.\n");
    size_t lead = check_sentence_with(&d, "The programme"), thursday = check_sentence_with(&d, "On Thursday");
    size_t next = check_sentence_with(&d, "The next day");
    const ng_token *toks = d.dc.doc->toks.toks;
    ng_event items[2] = {meeting(1, 2), meeting(3, 4)};
    items[0].date = (ng_date){2024, 7, 15};
    items[0].date_defaulted = 1;
    items[0].span = (ng_span){toks[d.dc.s->items[lead].tok_start].start, toks[d.dc.s->items[lead].tok_end - 1].end};
    items[1].date = (ng_date){2024, 7, 11};
    items[1].span = (ng_span){toks[d.dc.s->items[thursday].tok_start].start, toks[d.dc.s->items[thursday].tok_end - 1].end};
    ng_events ev = {items, 2, 2};
    ng_date day = {0, 0, 0};
    CHECK(ng_dc_day_from_event(&d.dc, next, &ev, &day) == 1 && day.d == 12,
          "next day of a visit: after Thursday's talks, not after the publication");
    ng_article_free(d.a);
}

static void test_another_day(void)
{
    ng_event items[1] = {meeting(1, 2)};
    ng_events ev = {items, 1, 1};
    ng_date issued = {2024, 7, 15};
    items[0].date = (ng_date){2024, 7, 9};
    CHECK_INT(ng_dc_told_of_another_day(&ev, issued), 1, "another day: a meeting of a stated earlier day");
    items[0].date_defaulted = 1;
    CHECK_INT(ng_dc_told_of_another_day(&ev, issued), 0, "another day: not a defaulted day");
    items[0].date_defaulted = 0;
    items[0].date = issued;
    CHECK_INT(ng_dc_told_of_another_day(&ev, issued), 0, "another day: not the publication's");
}

static void test_last_two_named(void)
{
    check_doc d = check_read_doc(kb_, LEAD "Ivan Petrov greeted Oleg Sidorov. The two governors signed a plan.\n"
                            "They spoke later.\n");
    const ng_mentions *m = &d.a->mentions;
    size_t pair = (size_t)-1, they = (size_t)-1;
    for (size_t i = 0; i < m->len; i++)
        if (m->items[i].kind == NG_M_PLURAL)
            *(pair == (size_t)-1 ? &pair : &they) = i;
    CHECK(pair != (size_t)-1 && they != (size_t)-1, "last two named: the references are found");
    if (they == (size_t)-1) {
        ng_article_free(d.a);
        return;
    }
    int list[NG_MAX_PARTICIPANTS], n = 0;
    CHECK_INT(ng_dc_last_two_named(&d.dc, pair, list, &n), 1, "last two named: the two governors");
    CHECK(n == 2 && list[0] != list[1], "last two named: two people");
    n = 0;
    CHECK_INT(ng_dc_last_two_named(&d.dc, they, list, &n), 0, "last two named: not 'they', which names no pair");
    ng_article_free(d.a);
}

static void test_body_full_name(void)
{
    ng_event items[1];
    memset(items, 0, sizeof items);
    items[0].is_forum = 1;
    items[0].label = "Council of Ministers of the Union State";
    ng_events ev = {items, 1, 1};
    char *name = ng_dc_body_full_name(&ev, strdup("Council of Ministers"));
    CHECK_STR(name, "Council of Ministers of the Union State", "body full name: the first whole words of one told");
    free(name);
    name = ng_dc_body_full_name(&ev, strdup("Council of Min"));
    CHECK_STR(name, "Council of Min", "body full name: not a part of a word");
    free(name);
    items[0].series_slug = "union-state-council-of-ministers";
    name = ng_dc_body_full_name(&ev, strdup("Council of Ministers"));
    CHECK_STR(name, "Council of Ministers of the Union State", "body full name: a known series' name too");
    free(name);
    name = ng_dc_body_full_name(&ev, strdup("Council of the Republic"));
    CHECK_STR(name, "Council of the Republic", "body full name: not another body's");
    free(name);
}

int main(void)
{
    ng_kb *kb = check_kb();
    kb_ = kb;
    test_complete_meeting();
    test_complete_forum();
    test_join_meeting();
    test_same_day();
    test_trip_day();
    test_trip_place();
    test_visit_day();
    test_day_from_event();
    test_next_day_of_visit();
    test_another_day();
    test_last_two_named();
    test_body_full_name();
    ng_kb_close(kb);
    CHECK_DONE();
}
