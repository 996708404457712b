/*
 * events.c - meetings and forums (see facts.h).
 *
 * A meeting is a sentence with a meeting trigger ("met with", "held
 * talks", "phone call", "in a conversation with") and at least two people
 * in it, by name or by resolved reference. Planned meetings, letters and
 * greetings are not meetings (lexicon "meeting-negative", "future-modal").
 * A forum is a known series ("Forum of Regions of Belarus and Russia")
 * with an edition, or a named body's session ("a meeting of the Supreme
 * State Council of ..."). Dates come from the sentence, else from the
 * publication date unless the text says the time is unknown or ahead.
 * What a later sentence adds to an event told before (its day, place or
 * people), and what an earlier one lends it, is decided by the policies
 * of discourse_followups.c; this file reads what each sentence states.
 */
#include "discourse.h"
#include "facts.h"
#include "event_days.h"
#include "resolve.h"

#include <stdlib.h>
#include <string.h>


static ng_event *new_event(ng_events *e)
{
    if (e->len == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 8;
        e->items = ng_xrealloc(e->items, e->cap * sizeof *e->items);
    }
    ng_event *x = &e->items[e->len++];
    memset(x, 0, sizeof *x);
    return x;
}


/* True when a phrase of class cls ends exactly at tok, starting at or after from. */
static int phrase_ends_at(const ng_kb *kb, enum ng_lx cls, const ng_tokens *t, size_t from, size_t tok)
{
    for (size_t k = from; k < tok; k++) {
        size_t n = ng_lx_match(kb, cls, t, k, tok, NULL);
        if (n && k + n == tok)
            return 1;
    }
    return 0;
}


static const ng_place *venue_place(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end)
{
    const char *slug = NULL;
    if (ng_lx_match(kb, NG_LX_VENUE, t, i, end, &slug) && slug)
        return ng_kb_place(kb, slug);
    return NULL;
}

/* "in Minsk", "at the Palace of Independence", "in the capital of
 * Bashkiria", searched from tok on. Cities beat regions beat countries. */
/* "travelled to Suzhou, where he held talks": the place gone to, when a
 * clause opened by "where" follows it. */
static const ng_place *travelled_to_where(const ng_kb *kb, const ng_doc *doc, const ng_mentions *m, size_t i,
                                          size_t end)
{
    const ng_tokens *t = &doc->toks;
    if (!ng_lx_word(kb, NG_LX_DESTINATION_PREPOSITION, t, i))
        return NULL;
    size_t mi = ng_mentions_from(m, i + 1);
    if (mi >= m->len || m->items[mi].tok_start != i + 1 || m->items[mi].kind != NG_M_PLACE)
        return NULL;
    size_t after = m->items[mi].tok_end;
    return after + 1 < end && ng_tok_is(t, after, ',') && ng_lx_word(kb, NG_LX_PLACE_RELATIVE, t, after + 1)
               ? m->items[mi].place
               : NULL;
}

static const ng_place *location_after(const ng_kb *kb, const ng_doc *doc, const ng_mentions *m,
                                      size_t from, size_t end)
{
    const ng_tokens *t = &doc->toks;
    size_t adjectives = ng_kb_window(kb, NG_LW_LOCATION_ADJECTIVES);
    size_t capital_reach = ng_kb_window(kb, NG_LW_CAPITAL_PLACE_REACH);
    size_t place_reach = ng_kb_window(kb, NG_LW_LOCATION_PLACE_REACH);
    for (size_t i = from; i < end; i++) {
        const ng_place *went = travelled_to_where(kb, doc, m, i, end);
        if (went)
            return went;
        if (!ng_lx_word(kb, NG_LX_PLACE_PREPOSITION, t, i))
            continue;
        size_t j = i + 1;
        if (ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, j))
            j++;
        const ng_place *v = venue_place(kb, t, j, end);
        if (v)
            return v;
        /* "in the Kazakh capital" */
        size_t di = ng_mentions_from(m, j);
        if (di < m->len && m->items[di].tok_start == j && m->items[di].kind == NG_M_DEMONYM && m->items[di].place &&
            ng_lx_word(kb, NG_LX_CAPITAL_NOUN, t, m->items[di].tok_end) && m->items[di].place->capital)
            return m->items[di].place->capital;
        /* skip adjectives: "the hospitable capital of" */
        size_t k = j;
        while (k < end && k < j + adjectives && t->toks[k].kind == NG_TOK_WORD &&
               !(t->toks[k].flags & NG_TF_UPPER) && !ng_lx_word(kb, NG_LX_CAPITAL_NOUN, t, k))
            k++;
        if (ng_lx_word(kb, NG_LX_CAPITAL_NOUN, t, k) && ng_lx_word(kb, NG_LX_OF_LINK, t, k + 1)) {
            size_t mi = ng_mentions_from(m, k + 2);
            if (mi < m->len && m->items[mi].kind == NG_M_PLACE && m->items[mi].tok_start <= k + capital_reach &&
                m->items[mi].place->capital)
                return m->items[mi].place->capital;
        }
        size_t mi = ng_mentions_from(m, j);
        if (mi < m->len && m->items[mi].tok_start == j && m->items[mi].kind == NG_M_PLACE) {
            const ng_place *p = m->items[mi].place;
            /* "in northwestern Russia's Karelia": the more specific one */
            size_t after = m->items[mi].tok_end;
            if (ng_tok_is(t, after, '\'')) {
                size_t q = after + 1 + (ng_lx_word(kb, NG_LX_POSSESSIVE_S, t, after + 1) ? 1 : 0);
                size_t mj = ng_mentions_from(m, q);
                if (mj < m->len && m->items[mj].tok_start == q && m->items[mj].kind == NG_M_PLACE)
                    p = m->items[mj].place;
            }
            if (!(p->classes & NG_COUNTRY))
                return p;
        } else if (mi < m->len && m->items[mi].kind == NG_M_PLACE && m->items[mi].tok_start <= j + place_reach) {
            /* "on the island of Valaam in northwestern Russia's Karelia" */
            continue;
        }
    }
    return NULL; /* a country alone is no meeting place */
}

/* Cities listed together ("Vitebsk, Polotsk and Novopolotsk") locate an
 * event in the region that holds them all. */
static const ng_place *common_region(const ng_mentions *m, size_t from, size_t end)
{
    const ng_place *cities[8];
    int n = 0;
    for (size_t i = ng_mentions_from(m, from); i < m->len && m->items[i].tok_start < end; i++)
        if (m->items[i].kind == NG_M_PLACE && (m->items[i].place->classes == NG_CITY) && n < 8)
            cities[n++] = m->items[i].place;
    if (n < 2 || !cities[0]->part_of)
        return NULL;
    const ng_place *region = cities[0]->part_of;
    for (int i = 1; i < n; i++)
        if (!ng_place_within(cities[i], region))
            return NULL;
    return (region->classes & NG_REGION) ? region : NULL;
}

static const ng_place *dateline_place(const ng_doc *doc, const ng_mentions *m)
{
    if (doc->dateline_tok_end == doc->dateline_tok_start)
        return NULL;
    size_t mi = ng_mentions_from(m, doc->dateline_tok_start);
    if (mi < m->len && m->items[mi].kind == NG_M_PLACE && m->items[mi].tok_start < doc->dateline_tok_end)
        return m->items[mi].place;
    return NULL;
}

static int has_meeting(const ng_events *e)
{
    for (size_t j = 0; j < e->len; j++)
        if (!e->items[j].is_forum)
            return 1;
    return 0;
}

/* The people sentence [a, b) names, added to list[0..*n): by name, title,
 * reference or pronoun, and for "they" the discourse's people. */
static void sentence_people(int *list, int *n, const ng_discourse *dc, size_t a, size_t b, const ng_events *e)
{
    const ng_mentions *m = dc->m;
    for (size_t i = ng_mentions_from(m, a); i < m->len && m->items[i].tok_start < b; i++) {
        const ng_mention *k = &m->items[i];
        if (k->kind == NG_M_PLURAL && ng_lx_word(dc->kb, NG_LX_OF_LINK, &dc->doc->toks, k->tok_end)) {
            continue; /* "the presidents of Russia and Belarus, X and Y": named next */
        } else if (k->kind == NG_M_PLURAL && *n >= 2) {
            continue; /* "X and Y had a conversation, during which they ...": the two named */
        } else if (k->kind == NG_M_PLURAL) {
            /* "They last met ...": the people of the last meeting */
            if (has_meeting(e))
                ng_dc_previous_people(e, list, n);
            else
                ng_dc_last_two_named(dc, i, list, n);
        } else if (k->kind == NG_M_NAME || k->kind == NG_M_OFFICE || k->kind == NG_M_REF ||
                   k->kind == NG_M_PRONOUN) {
            ng_dc_add_participant(list, n, k->person);
        }
    }
}

/* "Talks between A and B will take place in August", "A meeting ... is
 * planned for next week": the clause that follows a meeting noun says
 * whether it is still ahead. The clause ends at a comma, so that "The
 * talks, after which a forum will be held, ..." still reports the talks. */
static int planned_after(const ng_kb *kb, const ng_tokens *t, size_t from, size_t end)
{
    size_t stop = from;
    while (stop < end && !ng_tok_is(t, stop, ',') && !ng_tok_is(t, stop, ';'))
        stop++;
    return ng_lx_has(kb, NG_LX_MEETING_PLANNED, t, from, stop);
}

/* "the meeting of the Supreme Eurasian Economic Council": a trigger that
 * names a known forum's session, not a meeting of the sentence's people. */
static int forum_session(const ng_kb *kb, const ng_tokens *t, size_t k, size_t end)
{
    if (k >= end || !ng_lx_word(kb, NG_LX_OF_LINK, t, k))
        return 0;
    if (++k < end && ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, k))
        k++;
    ng_series *series = NULL;
    return k < end && ng_kb_match_series(kb, t, k, end, &series) > 0 && series;
}

/* "Following the meeting, the heads of government signed": a trigger
 * that ends a phrase pointing back at an event told before
 * (lex:meeting-back-reference) and its clause, not a meeting of its own. */
static int points_back(const ng_kb *kb, const ng_tokens *t, size_t a, size_t trig, size_t len, size_t b)
{
    size_t end = trig + len;
    if (end < b && !ng_tok_is(t, end, ',') && !ng_tok_is(t, end, '.'))
        return 0;
    size_t back = ng_kb_window(kb, NG_LW_EVENT_CONTEXT_LOOKBACK);
    for (size_t k = trig > a + back ? trig - back : a; k <= trig; k++)
        if (k + ng_lx_match(kb, NG_LX_MEETING_BACK_REFERENCE, t, k, end, NULL) == end)
            return 1;
    return 0;
}

/* The first meeting trigger of [a, b) that is no forum's session and
 * points back at no event told before. */
static size_t find_trigger(const ng_kb *kb, const ng_tokens *t, size_t a, size_t b, size_t *len)
{
    size_t trig = ng_ev_find_phrase(kb, NG_LX_MEETING_TRIGGER, t, a, b, len);
    while (trig != (size_t)-1 && (forum_session(kb, t, trig + *len, b) || points_back(kb, t, a, trig, *len, b)))
        trig = ng_ev_find_phrase(kb, NG_LX_MEETING_TRIGGER, t, trig + *len, b, len);
    return trig;
}

/* Where a clause of what was said in a meeting begins after token from
 * (", in which ..."), or of what its people did next ("and then joined
 * the enlarged session, attended by ..."): its first token, else end. */
static size_t detail_clause_start(const ng_kb *kb, const ng_tokens *t, size_t from, size_t end)
{
    for (size_t k = from; k + 1 < end; k++) {
        if (ng_tok_is(t, k, ',') && ng_lx_match(kb, NG_LX_MEETING_DETAIL_CLAUSE, t, k + 1, end, NULL))
            return k;
        if (ng_lx_match(kb, NG_LX_MEETING_SEQUEL, t, k, end, NULL))
            return k;
    }
    return end;
}

/* A clause set off by commas before token trig and opened by a relative
 * word (", who accompanied Erdogan,") or by another meeting's time (",
 * before the meeting with X,": lex:time-clause-lead): [*from, *to) when
 * there is one. */
static void side_clause_before(const ng_kb *kb, const ng_tokens *t, size_t a, size_t trig, size_t *from, size_t *to)
{
    for (size_t j = a; j + 1 < trig; j++) {
        if (!ng_tok_is(t, j, ',') || (!ng_lx_word(kb, NG_LX_SIDE_CLAUSE_LEAD, t, j + 1) &&
                                      !ng_lx_match(kb, NG_LX_TIME_CLAUSE_LEAD, t, j + 1, trig, NULL)))
            continue;
        for (size_t k = j + 2; k < trig; k++)
            if (ng_tok_is(t, k, ',')) {
                *from = j;
                *to = k;
                return;
            }
        return;
    }
}

/* The trigger of a meeting held, in sentence s: none that is denied
 * (lex:meeting-negative, lex:no-meeting-cue) or still ahead ("will meet",
 * "is planned"). Its token, or (size_t)-1. */
static size_t held_meeting_trigger(const ng_kb *kb, const ng_tokens *t, const ng_sentence *s)
{
    size_t tl = 0;
    size_t trig = find_trigger(kb, t, s->tok_start, s->tok_end, &tl);
    /* "On Tuesday, before the meeting with X, Y had a phone call with Z":
     * the meeting of the time clause is another one */
    size_t c0 = s->tok_end, c1 = s->tok_end;
    if (trig != (size_t)-1)
        side_clause_before(kb, t, s->tok_start, s->tok_end, &c0, &c1);
    if (trig != (size_t)-1 && c0 < trig && trig < c1 && ng_lx_match(kb, NG_LX_TIME_CLAUSE_LEAD, t, c0 + 1, c1, NULL))
        trig = find_trigger(kb, t, c1, s->tok_end, &tl);
    if (trig == (size_t)-1)
        return (size_t)-1;
    /* "had a telephone conversation with X, in which he thanked him for his
     * greetings and invited him to the forum": what the talk was about is
     * no denial of the talk */
    size_t end = detail_clause_start(kb, t, trig + tl, s->tok_end);
    if (ng_lx_has(kb, NG_LX_MEETING_NEGATIVE, t, s->tok_start, end) ||
        ng_lx_has(kb, NG_LX_NO_MEETING_CUE, t, s->tok_start, end))
        return (size_t)-1;
    size_t modal = ng_kb_window(kb, NG_LW_MEETING_MODAL_LOOKBACK);
    size_t look = trig > s->tok_start + modal ? trig - modal : s->tok_start;
    if (ng_lx_has(kb, NG_LX_FUTURE_MODAL, t, look, trig) || planned_after(kb, t, trig + tl, s->tok_end))
        return (size_t)-1;
    return trig;
}

/* The day of meeting x, told by sentence si with its trigger at trig:
 * the sentence's, the day told before ("On the same day"), none for a
 * trip of another day or a past period, else the publication's. Returns
 * the event whose day it shares, or NULL. */
static const ng_event *meeting_date(ng_event *x, const ng_discourse *dc, size_t si, size_t trig, const ng_events *e)
{
    const ng_doc *doc = dc->doc;
    const ng_kb *kb = dc->kb;
    const ng_tokens *t = &doc->toks;
    const ng_sentence *s = &dc->s->items[si];
    int calendar = 0;
    const ng_event *before = NULL;
    if (!ng_ev_meeting_day(kb, doc, s, &x->date, &calendar))
        before = ng_dc_same_day(dc, si, e, &x->date);
    if (!calendar)
        ng_dc_day_from_event(dc, si, e, &x->date); /* "The day before, X and Y spoke by phone" */
    /* "held talks in Beijing on March 1" in an October article: a day
     * without its year that a meeting already held falls on lies before
     * the report, unless the sentence speaks of what is ahead */
    if (x->date.y && calendar && doc->issued.y && ng_date_cmp(x->date, doc->issued) > 0 && !ng_ev_year_written(kb, doc, s) &&
        !ng_lx_has(kb, NG_LX_FUTURE_CUE, t, s->tok_start, s->tok_end) &&
        !ng_lx_has(kb, NG_LX_MEETING_PLANNED, t, s->tok_start, s->tok_end))
        x->date = ng_date_year_earlier(x->date);
    int past = !x->date.y && (ng_ev_past_period_after(kb, doc, trig, s->tok_end) || ng_ev_past_period_in_clause(kb, doc, s, trig));
    if (!x->date.y && !before && !past && !ng_lx_has(kb, NG_LX_SAME_DAY, t, s->tok_start, s->tok_end) &&
        !ng_lx_has(kb, NG_LX_TIME_UNKNOWN, t, s->tok_start, s->tok_end) && !ng_dc_visit_day(dc, si, &x->date))
        ng_dc_trip_day(dc, si, &x->date);
    if (!x->date.y && !past && ng_dc_told_of_another_day(e, doc->issued) &&
        !ng_lx_has(kb, NG_LX_SAME_DAY, t, s->tok_start, s->tok_end))
        x->date_defaulted = 1; /* no day, but one that a later or repeated report may give */
    else if (!x->date.y && !past) {
        if ((!ng_lx_has(kb, NG_LX_TIME_UNKNOWN, t, s->tok_start, s->tok_end) ||
             ng_lx_has(kb, NG_LX_SAME_DAY, t, s->tok_start, s->tok_end)) &&
            doc->issued.y) {
            x->date = doc->issued;
            x->date_defaulted = 1;
        }
    }
    /* undated but for a past period or "last met": told in passing */
    x->past = !x->date.y && !x->date_defaulted && doc->issued.y;
    return before;
}

/* The place of in-person meeting x: the sentence's (after the trigger,
 * then before it), the context's (ng_dc_context_place), where the trip
 * went (ng_dc_trip_place), else for a meeting of the publication day the
 * dateline's. */
static const ng_place *meeting_place(const ng_event *x, const ng_discourse *dc, size_t si, size_t trig,
                                     const ng_event *paragraph_forum, const ng_event *same_day, const ng_events *e)
{
    const ng_sentence *s = &dc->s->items[si];
    const ng_place *p = location_after(dc->kb, dc->doc, dc->m, trig, s->tok_end);
    if (!p)
        p = location_after(dc->kb, dc->doc, dc->m, s->tok_start, trig);
    if (!p)
        p = ng_dc_context_place(paragraph_forum, same_day);
    if (!p)
        p = ng_dc_trip_place(dc, si);
    if (!p && x->date.y && ng_date_cmp(x->date, dc->doc->issued) == 0)
        p = dateline_place(dc->doc, dc->m);
    if (!p && x->date.y)
        p = ng_dc_place_of_day(e, dc->doc->toks.toks[s->tok_start].start, x->date);
    return p;
}

/* ", Ambassador X told BelTA." closing the sentence after token from: who
 * tells of the meeting, not one who took part. The comma's token, else
 * end. */
static size_t attribution_start(const ng_discourse *dc, size_t from, size_t end)
{
    const ng_tokens *t = &dc->doc->toks;
    size_t c = end;
    while (c > from && !ng_tok_is(t, c - 1, ','))
        c--;
    if (c <= from)
        return end;
    const ng_mention *x = NULL; /* the teller: the clause's last person */
    for (size_t k = ng_mentions_from(dc->m, c); k < dc->m->len && dc->m->items[k].tok_start < end; k++) {
        const ng_mention *y = &dc->m->items[k];
        if (y->kind == NG_M_NAME || y->kind == NG_M_OFFICE || y->kind == NG_M_PRONOUN || y->kind == NG_M_REF)
            x = y;
    }
    if (!x)
        return end;
    size_t n = ng_lx_match(dc->kb, NG_LX_SAY_VERB, t, x->tok_end, end, NULL);
    /* "told BelTA", "said." */
    return n && end - (x->tok_end + n) <= 3 ? c - 1 : end;
}


/* "The XIX forum was held in Kostanay with the participation of X and Y
 * via video link": a link (lex:link-trigger) is the only trigger of a
 * sentence that names a forum (a known series, lex:forum-word): X and Y
 * took part in the forum, not in talks. */
static int forum_by_link(const ng_discourse *dc, const ng_sentence *s, size_t trig)
{
    const ng_kb *kb = dc->kb;
    const ng_tokens *t = &dc->doc->toks;
    size_t len = ng_lx_match(kb, NG_LX_LINK_TRIGGER, t, trig, s->tok_end, NULL), tl = 0;
    if (!len || find_trigger(kb, t, trig + len, s->tok_end, &tl) != (size_t)-1)
        return 0;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        ng_series *series = NULL;
        if ((ng_kb_match_series(kb, t, k, s->tok_end, &series) && series) ||
            ng_lx_word(kb, NG_LX_FORUM_WORD, t, k))
            return 1;
    }
    return 0;
}

static void find_meeting(ng_events *e, const ng_discourse *dc, size_t si, const ng_event *paragraph_forum)
{
    const ng_sentence *s = &dc->s->items[si];
    const ng_kb *kb = dc->kb;
    const ng_tokens *t = &dc->doc->toks;
    size_t trig = held_meeting_trigger(kb, t, s);
    if (trig == (size_t)-1 || forum_by_link(dc, s, trig))
        return;
    ng_event x;
    memset(&x, 0, sizeof x);
    /* "Minister X, who accompanied Erdogan, held talks with Y": the
     * people of a side clause before the trigger are not the meeting's */
    size_t c0 = s->tok_end, c1 = s->tok_end;
    side_clause_before(kb, t, s->tok_start, trig, &c0, &c1);
    /* "..., in which the President thanked the governor": not more people */
    size_t detail = detail_clause_start(kb, t, trig, s->tok_end), tl2 = 0;
    if (detail < s->tok_end && find_trigger(kb, t, detail, s->tok_end, &tl2) != (size_t)-1)
        detail = s->tok_end; /* "the visit, during which he held talks with X": the meeting itself */
    /* in a quotation the teller is its "I": a participant */
    size_t told = (t->toks[trig].flags & NG_TF_QUOTED) ? s->tok_end : attribution_start(dc, trig, s->tok_end);
    detail = told < detail ? told : detail;
    sentence_people(x.participants, &x.nparticipants, dc, s->tok_start, c0 < detail ? c0 : detail, e);
    if (c1 < detail)
        sentence_people(x.participants, &x.nparticipants, dc, c1, detail, e);
    if (x.nparticipants < 2)
        return;
    ng_dc_sort_participants(x.participants, x.nparticipants);
    x.mode = ng_lx_has(kb, NG_LX_REMOTE_CUE, t, s->tok_start, s->tok_end) ? NG_MODE_REMOTE : NG_MODE_IN_PERSON;
    const ng_event *same_day = meeting_date(&x, dc, si, trig, e);
    /* "Before the session the co-chairs held talks": see ng_dc_sideline_meetings */
    x.sidelines = ng_lx_has(kb, NG_LX_FORUM_ANCHOR, t, s->tok_start, s->tok_end);
    x.narrow = ng_lx_has(kb, NG_LX_NARROW_FORMAT, t, s->tok_start, s->tok_end);
    if (x.mode == NG_MODE_IN_PERSON)
        x.location = meeting_place(&x, dc, si, trig, paragraph_forum, same_day, e);
    x.span = (ng_span){t->toks[s->tok_start].start, t->toks[s->tok_end - 1].end};
    x.rule = "builtin:meeting-trigger";
    if (ng_dc_merge_meeting(kb, e, &x))
        return;
    *new_event(e) = x;
}

/* "10th", "XI", "eleventh" just before tok. */
static int edition_before(const ng_kb *kb, const ng_tokens *t, size_t tok, size_t floor)
{
    if (tok <= floor)
        return 0;
    size_t i = tok - 1;
    if (t->toks[i].kind == NG_TOK_WORD && i > floor && t->toks[i - 1].kind == NG_TOK_NUM &&
        ng_lx_word(kb, NG_LX_ORDINAL_SUFFIX, t, i))
        return atoi(t->text + t->toks[i - 1].start);
    /* a compound ordinal ends at tok too: "twenty - first" is three
     * tokens, "twenty first" two; try the longest first, so that its
     * last word alone ("first") is not read as the edition */
    const char *v = NULL;
    for (size_t back = 3; back >= 1; back--)
        if (tok >= floor + back && ng_lx_match(kb, NG_LX_ORDINAL, t, tok - back, tok, &v) == back && v)
            return atoi(v);
    if (t->toks[i].kind == NG_TOK_WORD && (t->toks[i].flags & NG_TF_ALLCAPS || t->toks[i].end - t->toks[i].start == 1)) {
        /* Roman numerals */
        int total = 0, prev = 0;
        for (size_t k = t->toks[i].end; k > t->toks[i].start; k--) {
            int v2;
            switch (t->text[k - 1]) {
            case 'I': v2 = 1; break;
            case 'V': v2 = 5; break;
            case 'X': v2 = 10; break;
            case 'L': v2 = 50; break;
            case 'C': v2 = 100; break;
            default: return 0;
            }
            total += v2 < prev ? -v2 : v2;
            if (v2 > prev)
                prev = v2;
        }
        return total > 0 && total < 200 ? total : 0;
    }
    return 0;
}

/* "Supreme State Council of the Belarus-Russia Union State" */
static size_t proper_phrase(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end)
{
    size_t j = i, last = i;
    size_t most = ng_kb_window(kb, NG_LW_PROPER_PHRASE_MAX);
    while (j < end && j < i + most) { /* names are short; this bounds the work */
        if (t->toks[j].kind == NG_TOK_WORD && (t->toks[j].flags & NG_TF_UPPER)) {
            last = ++j;
            continue;
        }
        if ((ng_lx_word(kb, NG_LX_NAME_JOINER, t, j) ||
             (ng_tok_is(t, j, '-') && !(t->toks[j].flags & NG_TF_SPACE))) && j > i) {
            j++;
            continue;
        }
        break;
    }
    return last - i;
}

/* "the 26th plenary session of the X": the edition stands before the
 * words that name the session (lex:event-context, its longest phrase
 * ending at the name). */
static int edition_before_context(const ng_kb *kb, const ng_tokens *t, size_t start, size_t floor)
{
    size_t back = ng_kb_window(kb, NG_LW_EDITION_CONTEXT_LOOKBACK);
    for (size_t k = start > floor + back ? start - back : floor; k < start; k++) {
        size_t n = ng_lx_match(kb, NG_LX_EVENT_CONTEXT, t, k, start, NULL);
        if (n && k + n == start) {
            int e = edition_before(kb, t, k, floor);
            /* "the next, 19th, meeting of the X" */
            if (!e && k > floor + 1 && ng_tok_is(t, k - 1, ','))
                e = edition_before(kb, t, k - 1, floor);
            return e;
        }
    }
    return 0;
}

/* A known series after words that report an edition of it ("take part
 * in the Forum of Regions"), a year between them allowed ("to the 2026
 * Forum of Regions"). */
static int series_reported(const ng_kb *kb, const ng_tokens *t, size_t start, size_t floor)
{
    if (start > floor && t->toks[start - 1].kind == NG_TOK_NUM && t->toks[start - 1].end - t->toks[start - 1].start == 4)
        start--;
    size_t back = ng_kb_window(kb, NG_LW_EVENT_CONTEXT_LOOKBACK);
    return start > floor && phrase_ends_at(kb, NG_LX_SERIES_CONTEXT, t, start > floor + back ? start - back : floor, start);
}

static void find_forum(ng_events *e, const ng_discourse *dc, const ng_sentence *s)
{
    const ng_doc *doc = dc->doc;
    const ng_mentions *m = dc->m;
    const ng_kb *kb = dc->kb;
    const ng_tokens *t = &doc->toks;
    size_t ctx_back = ng_kb_window(kb, NG_LW_EVENT_CONTEXT_LOOKBACK);
    size_t ed_back = ng_kb_window(kb, NG_LW_EDITION_CONTEXT_LOOKBACK);
    for (size_t i = s->tok_start; i < s->tok_end; i++) {
        if (!(t->toks[i].flags & NG_TF_UPPER))
            continue; /* event names are capitalized */
        ng_series *series = NULL;
        size_t n = ng_kb_match_series(kb, t, i, s->tok_end, &series);
        size_t start = i, name_end = i + n;
        /* "a meeting of the X", "a session of X" end in "of" or "the" */
        int context = i > s->tok_start && ng_lx_word(kb, NG_LX_SERIES_LEAD, t, i - 1) &&
                      phrase_ends_at(kb, NG_LX_EVENT_CONTEXT, t, i > s->tok_start + ctx_back ? i - ctx_back : s->tok_start, i);
        char *label = NULL;
        if (n && series) {
            label = ng_xstrdup(series->label);
        } else if (context || ng_lx_word(kb, NG_LX_EVENT_HEAD, t, i)) {
            /* a named body's session, or "the X Summit" */
            if (!(t->toks[i].flags & NG_TF_UPPER))
                continue;
            size_t k = i, back = ng_kb_window(kb, NG_LW_EVENT_NAME_LOOKBACK);
            while (k > s->tok_start && k + back > i && (t->toks[k - 1].flags & NG_TF_UPPER) &&
                   t->toks[k - 1].kind == NG_TOK_WORD)
                k--;
            size_t len = proper_phrase(kb, t, k, s->tok_end);
            int has_head = 0;
            for (size_t q = k; q < k + len; q++)
                if (ng_lx_word(kb, NG_LX_EVENT_HEAD, t, q) || ng_lx_word(kb, NG_LX_BODY_HEAD, t, q))
                    has_head = 1;
            const ng_office *starts_with_office = NULL;
            ng_kb_match_office(kb, t, k, k + len, &starts_with_office);
            int names_person = 0;
            for (size_t q = ng_mentions_from(m, k); q < m->len && m->items[q].tok_start < k + len; q++)
                names_person |= m->items[q].kind == NG_M_NAME;
            if (starts_with_office || names_person)
                continue;
            /* "the XIII Forum of Regions": the series, found at its own word */
            int names_series = 0;
            for (size_t q = i + 1; q < k + len && !names_series; q++) {
                ng_series *other = NULL;
                names_series = ng_kb_match_series(kb, t, q, s->tok_end, &other) && other;
            }
            if (names_series)
                continue;
            if (!len || !has_head || (!context && !ng_lx_word(kb, NG_LX_EVENT_HEAD, t, k + len - 1) &&
                                      !ng_lx_word(kb, NG_LX_EVENT_HEAD, t, i)))
                continue;
            int ctx = phrase_ends_at(kb, NG_LX_EVENT_CONTEXT, t, k > s->tok_start + ctx_back ? k - ctx_back : s->tok_start, k);
            if (!ctx && !context)
                continue;
            start = k;
            name_end = k + len;
            label = ng_dc_body_full_name(e, ng_tok_surface(t, k, name_end));
        } else {
            continue;
        }
        int edition = edition_before(kb, t, start, s->tok_start);
        if (!edition && ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, start - 1) && start >= 2)
            edition = edition_before(kb, t, start - 1, s->tok_start);
        if (!edition)
            edition = edition_before_context(kb, t, start, s->tok_start);
        size_t before_name = start;
        if (edition && before_name > s->tok_start)
            before_name--; /* "a session of the 10th Forum" */
        int ctx = phrase_ends_at(kb, NG_LX_EVENT_CONTEXT, t, start > s->tok_start + ed_back ? start - ed_back : s->tok_start,
                                 start) ||
                  phrase_ends_at(kb, NG_LX_EVENT_CONTEXT, t, start > s->tok_start + ed_back ? start - ed_back : s->tok_start,
                                 before_name);
        /* reported only by its context ("took part in the Forum of
         * Regions"): no day is implied, so the publication date is not its */
        int reported_only = series && !ctx && series_reported(kb, t, start, s->tok_start);
        ctx |= reported_only;
        ng_date day;
        int explicit_day = 0;
        int dated = ng_ev_sentence_day(kb, doc, s, &day, &explicit_day);
        /* a series named in passing ("formats such as the Forum of
         * Regions") is no event report */
        /* right after the name: a later clause may speak of something else */
        size_t reach = ng_kb_window(kb, NG_LW_EVENT_VERB_REACH);
        size_t verb_end = name_end + reach < s->tok_end ? name_end + reach : s->tok_end;
        int under_way = ng_lx_has(kb, NG_LX_EVENT_HELD, t, name_end, verb_end) ||
                        ng_lx_has(kb, NG_LX_EVENT_UNDER_WAY, t, name_end, verb_end);
        /* "talks on November 10, discussing the preparations for the 26th
         * session ..., slated for December": a forum said to be ahead takes
         * no day from another clause, only one written after its name */
        size_t back = ng_kb_window(kb, NG_LW_FORUM_FUTURE_LOOKBACK);
        size_t ahead = ng_kb_window(kb, NG_LW_FORUM_FUTURE_REACH); /* a long name's tail may stand between */
        size_t cue_from = start > s->tok_start + back ? start - back : s->tok_start;
        size_t cue_to = name_end + ahead < s->tok_end ? name_end + ahead : s->tok_end;
        if (dated && (ng_lx_has(kb, NG_LX_FUTURE_CUE, t, cue_from, start) ||
                      ng_lx_has(kb, NG_LX_FUTURE_CUE, t, name_end, cue_to) ||
                      ng_lx_has(kb, NG_LX_FUTURE_AUX, t, name_end, verb_end) ||
                      ng_lx_has(kb, NG_LX_PROSPECT_CUE, t, s->tok_start, start)))
            dated = ng_ev_day_within(kb, doc, start, s->tok_end, &day);
        if (!edition && !ctx && !explicit_day && !under_way) {
            free(label);
            i = name_end - 1;
            continue;
        }
        ng_event *x = new_event(e);
        x->is_forum = 1;
        x->rule = series ? "builtin:forum-series" : "builtin:forum-body";
        x->label = label;
        x->edition = edition;
        x->other_edition = ng_lx_has(kb, NG_LX_OTHER_EDITION_CUE, t,
                                      start > s->tok_start + ctx_back ? start - ctx_back : s->tok_start, start);
        if (series) {
            x->series_slug = ng_xstrdup(series->slug);
            x->series = series;
        }
        if (dated) {
            x->date = day;
        } else if (ng_lx_has(kb, NG_LX_FUTURE_CUE, t, s->tok_start, s->tok_end) ||
                   ng_lx_has(kb, NG_LX_FUTURE_AUX, t, name_end, verb_end)) {
            x->future = 1; /* "The XII Forum in Nizhny Novgorod will focus on ..." */
        } else if (ng_ev_sentence_month_or_year(kb, doc, s, &day)) {
            x->date = day;
        } else if (ng_lx_has(kb, NG_LX_PAST_EDITION_CUE, t, s->tok_start, start)) {
            /* "the previous Forum": held before, on a day not given */
        } else if (ng_lx_has(kb, NG_LX_TIME_UNKNOWN, t, s->tok_start, s->tok_end) &&
                   !ng_lx_has(kb, NG_LX_SAME_DAY, t, s->tok_start, s->tok_end)) {
            /* "the 8th Forum, which was held in Minsk in the summer" */
        } else if (doc->issued.y && !(reported_only && !edition && !under_way)) {
            x->date = doc->issued;
            x->date_defaulted = 1;
        }
        x->location = location_after(kb, doc, m, name_end, s->tok_end);
        if (!x->location)
            x->location = common_region(m, name_end, s->tok_end);
        sentence_people(x->participants, &x->nparticipants, dc, s->tok_start, s->tok_end, e);
        x->span = (ng_span){t->toks[s->tok_start].start, t->toks[s->tok_end - 1].end};
        i = name_end - 1;
    }
}

/* What sentence si states that may complete an event told before. */
static ng_dc_stated stated_in(const ng_discourse *dc, size_t si)
{
    const ng_sentence *sen = &dc->s->items[si];
    ng_dc_stated st = {0, {0, 0, 0}, NULL};
    int calendar = 0;
    st.has_day = ng_ev_sentence_day(dc->kb, dc->doc, sen, &st.day, &calendar);
    st.place = location_after(dc->kb, dc->doc, dc->m, sen->tok_start, sen->tok_end);
    return st;
}

/* "Boris Gryzlov also attended the talks": the people of sentence si
 * join meeting x (ng_dc_join_meeting). */
static void join_meeting(ng_event *x, const ng_discourse *dc, size_t si, const ng_events *e)
{
    const ng_sentence *sen = &dc->s->items[si];
    int people[NG_MAX_PARTICIPANTS], n = 0;
    /* the people already in x first, so that a full x takes the same
     * people in the same order as when they were added to it directly */
    for (int i = 0; i < x->nparticipants; i++)
        people[n++] = x->participants[i];
    sentence_people(people, &n, dc, sen->tok_start, sen->tok_end, e);
    ng_dc_join_meeting(x, people, n);
}

/* Where events.c is in the article: the events told last, which later
 * sentences may complete or join (the discourse policies decide). */
typedef struct {
    size_t para, para_forum_placed, para_forum;
    size_t last_meeting, last_meeting_sen;
    size_t last_forum, last_forum_sen;
} event_cursor;

#define NONE ((size_t)-1)

/* The forums of sentence i, and what it adds to the forum told before.
 * Returns 1 when the sentence is told of a forum's attendance only. */
static int forum_sentence(ng_events *out, const ng_discourse *dc, size_t i, event_cursor *c)
{
    const ng_sentence *sen = &dc->s->items[i];
    size_t before = out->len;
    find_forum(out, dc, sen);
    for (size_t k = before; k < out->len; k++) {
        if (out->items[k].location)
            c->para_forum_placed = k;
        c->para_forum = c->last_forum = k;
        c->last_forum_sen = i;
    }
    if (out->len != before)
        return 0;
    /* "The plenary session of the forum was held in Nizhny Novgorod" */
    if (c->last_forum != NONE && ng_dc_completes_forum(dc, i, c->last_forum_sen, &out->items[c->last_forum])) {
        ng_dc_stated st = stated_in(dc, i);
        ng_dc_complete_forum(&out->items[c->last_forum], &st);
    }
    /* "It was attended by ...", "X also took part in the forum"; and
     * "The meeting was attended by ..." when the only meeting told so far
     * is a forum's session */
    size_t attended = c->para_forum != NONE ? c->para_forum : c->last_meeting == NONE ? c->last_forum : NONE;
    if (attended != NONE && ng_dc_attends(dc, i)) {
        ng_event *f = &out->items[attended];
        sentence_people(f->participants, &f->nparticipants, dc, sen->tok_start, sen->tok_end, out);
        /* "X and Y met one-on-one and then joined the session, attended
         * by Z": a meeting told before the attendance is still told */
        size_t len = 0, cue = ng_ev_find_phrase(dc->kb, NG_LX_ATTENDANCE_CUE, &dc->doc->toks, sen->tok_start, sen->tok_end, &len);
        size_t trig = find_trigger(dc->kb, &dc->doc->toks, sen->tok_start, sen->tok_end, &len);
        return c->para_forum == NONE && (trig == (size_t)-1 || trig > cue);
    }
    return 0;
}

/* The meeting of sentence i, or what it adds to the meeting told before.
 * A headline tells a meeting too: "Head of State meets with Governor of
 * Kaliningrad Region" over a body of topics. */
static void meeting_sentence(ng_events *out, const ng_discourse *dc, size_t i, event_cursor *c)
{
    if (c->para_forum == NONE && c->last_meeting != NONE &&
        (ng_dc_joins_meeting(dc, i, &out->items[c->last_meeting]) ||
         ng_dc_also_attends(dc, i, c->last_meeting_sen, &out->items[c->last_meeting]))) {
        join_meeting(&out->items[c->last_meeting], dc, i, out);
        return;
    }
    if (c->para_forum == NONE && c->last_meeting == NONE && ng_dc_tells_attendance(dc, i))
        return;
    /* "X and Y held talks in a narrow format. Z also took part in the
     * meeting": the session around the talks, not talks of Z's own */
    if (c->last_meeting != NONE && out->items[c->last_meeting].narrow && ng_dc_tells_attendance(dc, i))
        return;
    ng_event context;
    if (c->para_forum_placed != NONE)
        context = out->items[c->para_forum_placed]; /* a copy: the array may move */
    size_t had = out->len;
    find_meeting(out, dc, i, c->para_forum_placed != NONE ? &context : NULL);
    if (out->len > had) {
        c->last_meeting = out->len - 1;
        c->last_meeting_sen = i;
    } else if (c->last_meeting != NONE && ng_dc_completes_meeting(dc, i, c->last_meeting_sen)) {
        ng_dc_stated st = stated_in(dc, i);
        ng_dc_complete_meeting(&out->items[c->last_meeting], &st);
    }
}

/* "Talks of the heads of government" between two paragraphs of the body:
 * a short line without a full stop that names the section after it, where
 * the meeting is told with its day and place. */
static int is_subheading(const ng_discourse *dc, size_t si)
{
    const ng_sentence *sen = &dc->s->items[si];
    const ng_tokens *t = &dc->doc->toks;
    if (sen->kind != NG_PARA_BODY || si == 0 || dc->s->items[si - 1].kind != NG_PARA_BODY ||
        sen->tok_end - sen->tok_start > ng_kb_window(dc->kb, NG_LW_SUBHEADING_MAX) ||
        (si + 1 < dc->s->len && dc->s->items[si + 1].para == sen->para) ||
        (si > 0 && dc->s->items[si - 1].para == sen->para))
        return 0;
    size_t last = sen->tok_end - 1;
    return t->toks[last].kind == NG_TOK_WORD;
}

void ng_events_find(ng_events *out, const ng_doc *doc, const ng_sentences *s, const ng_mentions *m,
                    const ng_kb *kb)
{
    memset(out, 0, sizeof *out);
    /* the events ask no policy that reads the article's focus region */
    ng_discourse dc = {kb, doc, s, m, NULL};
    event_cursor c = {NONE, NONE, NONE, NONE, 0, NONE, 0};
    for (size_t i = 0; i < s->len; i++) {
        const ng_sentence *sen = &s->items[i];
        if (sen->kind != NG_PARA_BODY && sen->kind != NG_PARA_TITLE)
            continue;
        if (sen->para != c.para) {
            c.para = sen->para;
            c.para_forum_placed = c.para_forum = NONE;
        }
        if (!forum_sentence(out, &dc, i, &c) && !is_subheading(&dc, i))
            meeting_sentence(out, &dc, i, &c);
    }
    ng_dc_merge_forums(kb, out);
}

void ng_events_free(ng_events *e)
{
    for (size_t i = 0; i < e->len; i++) {
        free(e->items[i].label);
        free(e->items[i].series_slug);
    }
    free(e->items);
    memset(e, 0, sizeof *e);
}
