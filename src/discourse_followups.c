/*
 * discourse_followups.c - the event policies of discourse.h that carry a
 * day, a place or people from one sentence to another: the sentences
 * after a meeting or forum that complete it, people who join it, "on the
 * same day", the place of the paragraph's forum, a trip's other days, "the
 * two premiers", a body named short. events.c reads what each sentence
 * states (its day, its place, its people); these policies decide which
 * event that completes, and what it takes.
 */
#include "discourse.h"

#include <stdlib.h>
#include <string.h>

#define MAX_TIMEX 16

/* True when a phrase of the class lies in sentence si. */
static int says(const ng_discourse *dc, enum ng_lx cls, size_t si)
{
    const ng_sentence *s = &dc->s->items[si];
    return ng_lx_has(dc->kb, cls, &dc->doc->toks, s->tok_start, s->tok_end);
}

/* True when sentence si lies within lex:follow-up-sentences after told_si. */
static int follows(const ng_discourse *dc, size_t si, size_t told_si)
{
    return si <= told_si + ng_kb_window(dc->kb, NG_LW_FOLLOW_UP_SENTENCES);
}

int ng_dc_completes_meeting(const ng_discourse *dc, size_t si, size_t told_si)
{
    return follows(dc, si, told_si) && says(dc, NG_LX_MEETING_NOUN, si) && says(dc, NG_LX_EVENT_HELD, si);
}

void ng_dc_complete_meeting(ng_event *x, const ng_dc_stated *st)
{
    int defaulted = x->date_defaulted || !x->date.y;
    if (defaulted && st->has_day) {
        x->date = st->day;
        x->date_defaulted = 0;
    }
    /* a meeting dated by the publication may have the dateline's place */
    if (x->mode == NG_MODE_IN_PERSON && st->place && (!x->location || defaulted))
        x->location = st->place;
}

int ng_dc_completes_forum(const ng_discourse *dc, size_t si, size_t told_si, const ng_event *x)
{
    return follows(dc, si, told_si) && !x->future && says(dc, NG_LX_FORUM_NOUN, si) &&
           (says(dc, NG_LX_EVENT_HELD, si) || says(dc, NG_LX_EVENT_UNDER_WAY, si));
}

void ng_dc_complete_forum(ng_event *x, const ng_dc_stated *st)
{
    /* a forum is dated by its first day: "The forum opened on Monday"
     * after a report of its Tuesday dates it to Monday */
    int earlier = st->has_day && x->date.y && x->date.d && st->day.d && ng_date_cmp(st->day, x->date) < 0;
    if (((x->date_defaulted || !x->date.y) && st->has_day) || earlier) {
        x->date = st->day;
        x->date_defaulted = 0;
    }
    if (!x->location)
        x->location = st->place;
}

int ng_dc_attends(const ng_discourse *dc, size_t si)
{
    return says(dc, NG_LX_ATTENDANCE_CUE, si);
}

int ng_dc_tells_attendance(const ng_discourse *dc, size_t si)
{
    return dc->s->items[si].kind == NG_PARA_BODY && says(dc, NG_LX_ATTENDANCE_CUE, si) &&
           says(dc, NG_LX_MEETING_NOUN, si);
}

int ng_dc_joins_meeting(const ng_discourse *dc, size_t si, const ng_event *x)
{
    return !x->past && !x->narrow && ng_dc_tells_attendance(dc, si);
}

int ng_dc_also_attends(const ng_discourse *dc, size_t si, size_t told_si, const ng_event *x)
{
    return !x->past && !x->narrow && si == told_si + 1 && dc->s->items[si].kind == NG_PARA_BODY &&
           says(dc, NG_LX_ATTENDANCE_ALSO, si) && !says(dc, NG_LX_FORUM_NOUN, si);
}

void ng_dc_join_meeting(ng_event *x, const int *people, int n)
{
    int had = x->nparticipants;
    for (int i = 0; i < n; i++)
        ng_dc_add_participant(x->participants, &x->nparticipants, people[i]);
    for (int i = had; i < x->nparticipants && x->nattendees < NG_MAX_PARTICIPANTS; i++)
        x->attendees[x->nattendees++] = x->participants[i];
    ng_dc_sort_participants(x->participants, x->nparticipants);
}

/* A day written in sentence si, not a base of comparison. */
static int day_of_sentence(const ng_discourse *dc, size_t si, ng_date *out)
{
    const ng_sentence *s = &dc->s->items[si];
    ng_timex x[MAX_TIMEX];
    size_t n = ng_timex_find(dc->kb, &dc->doc->toks, s->tok_start, s->tok_end, dc->doc->issued, x, MAX_TIMEX);
    for (size_t i = 0; i < n; i++)
        if (x[i].precision == NG_PREC_DAY && x[i].from.y && !x[i].comparison) {
            *out = x[i].from;
            return 1;
        }
    return 0;
}

const ng_event *ng_dc_same_day(const ng_discourse *dc, size_t si, const ng_events *e, ng_date *day)
{
    if (!says(dc, NG_LX_SAME_DAY_AS_BEFORE, si))
        return NULL;
    const ng_sentence *cue = &dc->s->items[si];
    const ng_event *y = ng_dc_event_of_same_day(e, dc->doc->toks.toks[cue->tok_start].start);
    /* the day told last: a sentence after the latest dated event that
     * states a day of its own ("On Wednesday he visited the plant. On the
     * same day he was received by ...") is nearer than that event */
    size_t back = ng_kb_window(dc->kb, NG_LW_SAME_DAY_LOOKBACK);
    for (size_t k = si; k > 0 && si - k < back; k--) {
        const ng_sentence *s = &dc->s->items[k - 1];
        if (y && dc->doc->toks.toks[s->tok_end - 1].end <= y->span.end)
            break;
        if (s->kind == NG_PARA_BODY && day_of_sentence(dc, k - 1, day))
            return NULL;
    }
    if (y)
        *day = y->date;
    return y;
}

int ng_dc_trip_day(const ng_discourse *dc, size_t si, ng_date *day)
{
    if (says(dc, NG_LX_WHOLE_TRIP_CUE, si))
        return 0; /* "During the trip X also met Z": some day of it */
    const ng_date issued = dc->doc->issued;
    size_t back = ng_kb_window(dc->kb, NG_LW_TRIP_DAY_LOOKBACK);
    for (size_t k = si; k > 0 && si - k < back; k--) {
        const ng_sentence *s = &dc->s->items[k - 1];
        if (s->kind != NG_PARA_BODY)
            continue;
        ng_date d;
        if (day_of_sentence(dc, k - 1, &d)) {
            if (!issued.y || ng_date_cmp(d, issued) > 0)
                return 0; /* a day ahead */
            *day = d;
            return 1;
        }
    }
    return 0;
}

/* The place right after lex:arrival-verb in sentence si ("arrived in the
 * city of Ganja" reads no further than "arrived in the"), or NULL. */
static const ng_place *arrival_place(const ng_discourse *dc, size_t si)
{
    const ng_sentence *s = &dc->s->items[si];
    const ng_tokens *t = &dc->doc->toks;
    for (size_t i = s->tok_start; i < s->tok_end; i++) {
        size_t n = ng_lx_match(dc->kb, NG_LX_ARRIVAL_VERB, t, i, s->tok_end, NULL);
        if (!n)
            continue;
        size_t j = i + n;
        if (ng_lx_word(dc->kb, NG_LX_DEFINITE_ARTICLE, t, j))
            j++;
        size_t mi = ng_mentions_from(dc->m, j);
        if (mi < dc->m->len && dc->m->items[mi].tok_start == j && dc->m->items[mi].kind == NG_M_PLACE)
            return dc->m->items[mi].place;
    }
    return NULL;
}

/* The first value of a lexicon family in tokens [from, to), or -1. */
static int family_value(const ng_discourse *dc, enum ng_lx cls, size_t from, size_t to)
{
    const char *v = NULL;
    for (size_t i = from; i < to; i++)
        if (ng_lx_match(dc->kb, cls, &dc->doc->toks, i, to, &v) && v)
            return atoi(v);
    return -1;
}

int ng_dc_visit_day(const ng_discourse *dc, size_t si, ng_date *day)
{
    const ng_sentence *s = &dc->s->items[si];
    int order = family_value(dc, NG_LX_VISITDAY, s->tok_start, s->tok_end);
    if (order < 0)
        return 0;
    /* bounded: a page of such cues without an arrival stays linear */
    size_t back = ng_kb_window(dc->kb, NG_LW_VISIT_DAY_LOOKBACK), floor = si > back ? si - back : 0;
    ng_date first;
    size_t k = si;
    while (k > floor && !(arrival_place(dc, k - 1) && day_of_sentence(dc, k - 1, &first)))
        k--;
    if (k == floor)
        return 0;
    if (order == 0) {
        size_t from = dc->s->items[floor].tok_start;
        int length = family_value(dc, NG_LX_VISITLENGTH, from, s->tok_start);
        if (length < 1)
            return 0;
        order = length;
    }
    ng_date d = ng_date_add_days(first, order - 1);
    if (dc->doc->issued.y && ng_date_cmp(d, dc->doc->issued) > 0)
        return 0;
    *day = d;
    return 1;
}

/* Of the events told before byte offset here with a whole day (only days
 * the text states when stated: none defaulted to the publication's), not
 * ahead and not before *from when given: the first, or the last. */
static const ng_event *event_with_day(const ng_events *e, size_t here, int stated, int last, const ng_date *from)
{
    const ng_event *y = NULL;
    for (size_t k = 0; k < e->len; k++) {
        const ng_event *x = &e->items[k];
        if (!x->date.y || !x->date.d || x->future || x->span.start >= here || (stated && x->date_defaulted) ||
            (from && ng_date_cmp(x->date, *from) < 0))
            continue;
        if (!y || (last ? x->span.start > y->span.start : x->span.start < y->span.start))
            y = x;
    }
    return y;
}

int ng_dc_day_from_event(const ng_discourse *dc, size_t si, const ng_events *e, ng_date *day)
{
    int shift = says(dc, NG_LX_EVENT_DAY_BEFORE, si) ? -1 : says(dc, NG_LX_EVENT_DAY_AFTER, si) ? 1 : 0;
    if (!shift)
        return 0;
    /* the article's own event, the first told with a whole day (its
     * lead's, often of the publication day): "the day before" counts from
     * what the report is about, not from an aside told since */
    size_t here = dc->doc->toks.toks[dc->s->items[si].tok_start].start;
    const ng_event *y = event_with_day(e, here, 0, 0, NULL);
    /* "the next day" goes on from the day told last of a visit's days
     * told in order ("On Thursday X held talks with Y. The next day, Z
     * received X"), not from an aside of an earlier day */
    const ng_event *first = shift > 0 ? event_with_day(e, here, 1, 0, NULL) : NULL;
    if (first)
        y = event_with_day(e, here, 1, 1, &first->date);
    if (!y)
        return 0;
    *day = ng_date_add_days(y->date, shift);
    return 1;
}

const ng_place *ng_dc_trip_place(const ng_discourse *dc, size_t si)
{
    size_t back = ng_kb_window(dc->kb, NG_LW_TRIP_PLACE_LOOKBACK);
    for (size_t k = si; k > 0 && si - k < back; k--) {
        if (dc->s->items[k - 1].kind != NG_PARA_BODY)
            continue;
        const ng_place *p = arrival_place(dc, k - 1);
        if (p)
            return p;
    }
    return NULL;
}

const ng_place *ng_dc_context_place(const ng_event *paragraph_forum, const ng_event *same_day)
{
    if (paragraph_forum && paragraph_forum->location)
        return paragraph_forum->location;
    return same_day ? same_day->location : NULL;
}

int ng_dc_told_of_another_day(const ng_events *e, ng_date issued)
{
    for (size_t k = 0; k < e->len; k++) {
        const ng_event *y = &e->items[k];
        if (!y->is_forum && !y->future && y->date.y && y->date.d && !y->date_defaulted &&
            ng_date_cmp(y->date, issued) != 0)
            return 1;
    }
    return 0;
}

int ng_dc_last_two_named(const ng_discourse *dc, size_t mi, int *list, int *n)
{
    const ng_mentions *m = dc->m;
    const ng_mention *k = &m->items[mi];
    if (!ng_lx_has(dc->kb, NG_LX_PAIR_WORD, &dc->doc->toks, k->tok_start, k->tok_end))
        return 0;
    int two[2] = {-1, -1};
    for (size_t j = mi; j > 0 && two[1] < 0; j--) {
        const ng_mention *y = &m->items[j - 1];
        if ((y->kind == NG_M_NAME || y->kind == NG_M_OFFICE) && y->person >= 0 && y->person != two[0])
            two[two[0] < 0 ? 0 : 1] = y->person;
    }
    if (two[1] < 0)
        return 0;
    ng_dc_add_participant(list, n, two[0]);
    ng_dc_add_participant(list, n, two[1]);
    return 1;
}

char *ng_dc_body_full_name(const ng_events *e, char *label)
{
    size_t n = strlen(label);
    for (size_t i = e->len; i > 0; i--) {
        const ng_event *y = &e->items[i - 1];
        if (y->is_forum && y->label && strlen(y->label) > n + 1 && strncmp(y->label, label, n) == 0 &&
            y->label[n] == ' ') {
            free(label);
            return ng_xstrdup(y->label);
        }
    }
    return label;
}
