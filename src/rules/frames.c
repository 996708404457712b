/*
 * frames.c - captures into facts, defaults and merges (see frames.h).
 *
 * Each policy is a named function: sentence_day, publication_default,
 * dateline_default here; the merges with facts told before
 * (ng_dc_same_meeting, ng_dc_same_forum, ng_dc_complete_event) and the
 * "participant=previous" policy are discourse policies (discourse.h). They read the
 * annotation store, never the raw text, and hold no English: the words
 * they consult are lexicon classes (lex:remote-cue, lex:time-unknown,
 * lex:future-cue).
 */
#include "frames.h"
#include "discourse.h"

#include <stdlib.h>
#include <string.h>

/* What a rule's match says, slot by slot, before defaults. */
typedef struct {
    int participants[NG_MAX_PARTICIPANTS];
    int nparticipants;
    const ng_place *location;
    const ng_timex *date;
    int mode;
    size_t name_start, name_end;    /* a forum's name, in tokens */
    int edition;
    int person;
    const ng_office *office;
    const char *type;
    const ng_place *jurisdiction;
    int date_unknown;               /* rule:set "date=unknown" */
    int previous_people;            /* rule:set "participant=previous" */
    int joins;                      /* rule:set "participant=joins" */
    int host;                       /* rule:set "participant=host" */
    int past_period;                /* "in 2022" in or after the match */
    int name_told;                  /* rule:set "name=told" */
} slots;

typedef struct {
    const ng_frame_ctx *c;
    slots *s;
    int slot;
} filling;

static int sentence_has(const ng_frame_ctx *c, enum ng_lx cls)
{
    const ng_sentence *sen = &c->sentences->items[c->si];
    return ng_lx_has(c->kb, cls, &c->doc->toks, sen->tok_start, sen->tok_end);
}

static int is_person_span(int type)
{
    return type == NG_A_PERSON || type == NG_A_OFFICE || type == NG_A_REF || type == NG_A_PRONOUN;
}

/* One annotation inside a capture, offered to the slot it is bound to. */
static void offer(const ng_annot *x, void *ctx)
{
    filling *f = ctx;
    slots *s = f->s;
    const ng_annots *an = f->c->an;
    switch (f->slot) {
    case NG_SLOT_PARTICIPANT:
        if (is_person_span(x->type))
            ng_dc_add_participant(s->participants, &s->nparticipants, x->person);
        break;
    case NG_SLOT_PERSON:
        if (is_person_span(x->type) && x->person >= 0 && s->person < 0)
            s->person = x->person;
        break;
    case NG_SLOT_LOCATION:
        /* a city or a region; a country alone places no event */
        if (x->type == NG_A_PLACE && !s->location && !(x->place->classes & NG_COUNTRY))
            s->location = x->place;
        break;
    case NG_SLOT_JURISDICTION:
        if ((x->type == NG_A_PLACE || x->type == NG_A_DEMONYM) && !s->jurisdiction)
            s->jurisdiction = x->place;
        /* an institution of the lexicon stands for its country ("of the
         * House of Representatives") */
        if (x->type == NG_A_TITLE && x->office && !x->office->type && x->office->jurisdiction && !s->jurisdiction)
            s->jurisdiction = x->office->jurisdiction;
        break;
    case NG_SLOT_DATE:
        if (x->type == NG_A_DATE && !s->date && an->dates[x->value].from.y)
            s->date = &an->dates[x->value];
        break;
    case NG_SLOT_EDITION:
        if (x->type == NG_A_ORDINAL && !s->edition)
            s->edition = x->value;
        break;
    case NG_SLOT_OFFICE:
        if ((x->type == NG_A_TITLE || x->type == NG_A_OFFICE) && x->office && x->office->type && !s->office) {
            s->office = x->office;
            if (x->place && !s->jurisdiction)
                s->jurisdiction = x->place;
        }
        break;
    default:
        break;
    }
}

static void read_captures(const ng_frame_ctx *c, const ng_rule *r, const ng_pmatch *pm, slots *s)
{
    memset(s, 0, sizeof *s);
    s->person = -1;
    for (size_t i = 0; i < c->an->ndates; i++)
        s->past_period |= c->an->dates[i].tok_start >= pm->start &&
                          ng_timex_past_period(&c->an->dates[i], c->doc->issued);
    for (size_t i = 0; i < r->nbinds; i++) {
        const size_t *span = pm->cap[r->binds[i].cap];
        if (span[0] >= span[1])
            continue; /* an optional capture that took nothing */
        if (r->binds[i].slot == NG_SLOT_NAME) {
            s->name_start = span[0];
            s->name_end = span[1];
            continue;
        }
        filling f = {c, s, r->binds[i].slot};
        ng_annots_each(c->an, span[0], span[1], offer, &f);
    }
    for (size_t i = 0; i < r->nsets; i++) {
        const ng_setting *st = &r->sets[i];
        if (st->slot == NG_SLOT_MODE)
            s->mode = strcmp(st->value, "remote") == 0 ? NG_MODE_REMOTE : NG_MODE_IN_PERSON;
        else if (st->slot == NG_SLOT_TYPE)
            s->type = st->value;
        else if (st->slot == NG_SLOT_DATE)
            s->date_unknown = 1;
        else if (st->slot == NG_SLOT_NAME)
            s->name_told = 1;
        else if (st->slot == NG_SLOT_PARTICIPANT && strcmp(st->value, "joins") == 0)
            s->joins = 1;
        else if (st->slot == NG_SLOT_PARTICIPANT && strcmp(st->value, "host") == 0)
            s->host = 1;
        else if (st->slot == NG_SLOT_PARTICIPANT)
            s->previous_people = 1;
    }
}

/* ---- defaults ------------------------------------------------------- */

/* A day the sentence states, not a base of comparison. */
static const ng_timex *sentence_day(const ng_frame_ctx *c)
{
    for (size_t i = 0; i < c->an->ndates; i++) {
        const ng_timex *x = &c->an->dates[i];
        if (x->precision == NG_PREC_DAY && x->from.y && !x->comparison)
            return x;
    }
    return NULL;
}

/* A same-day report takes the publication date, unless the sentence says
 * the time is not known ("they last met"). */
static int publication_default(const ng_frame_ctx *c, ng_date *d)
{
    if (!c->doc->issued.y || sentence_has(c, NG_LX_TIME_UNKNOWN))
        return 0;
    *d = c->doc->issued;
    return 1;
}

static const ng_place *dateline_default(const ng_frame_ctx *c)
{
    const ng_doc *doc = c->doc;
    if (doc->dateline_tok_end == doc->dateline_tok_start)
        return NULL;
    const ng_mentions *m = c->m;
    size_t mi = ng_mentions_from(m, doc->dateline_tok_start);
    if (mi < m->len && m->items[mi].kind == NG_M_PLACE && m->items[mi].tok_start < doc->dateline_tok_end)
        return m->items[mi].place;
    return NULL;
}

/* "discussing the preparations for the 26th session of X": the forum is
 * spoken of ahead of its day, so a day before its name is another's. */
static int prospect_before(const ng_frame_ctx *c, size_t name_start)
{
    return ng_lx_has(c->kb, NG_LX_PROSPECT_CUE, &c->doc->toks, c->sentences->items[c->si].tok_start, name_start);
}

static ng_span sentence_span(const ng_frame_ctx *c)
{
    const ng_sentence *sen = &c->sentences->items[c->si];
    const ng_tokens *t = &c->doc->toks;
    return (ng_span){t->toks[sen->tok_start].start, t->toks[sen->tok_end - 1].end};
}

/* "Baku has today hosted the 9th session of ...": a place that hosts
 * (lex:host-verb, at most lex:host-verb-gap words after it) before the
 * forum's name at token name. */
static const ng_place *host_place(const ng_frame_ctx *c, size_t name)
{
    const ng_sentence *sen = &c->sentences->items[c->si];
    const ng_tokens *t = &c->doc->toks;
    size_t gap = ng_kb_window(c->kb, NG_LW_HOST_VERB_GAP);
    for (size_t mi = ng_mentions_from(c->m, sen->tok_start); mi < c->m->len && c->m->items[mi].tok_start < name;
         mi++) {
        const ng_mention *p = &c->m->items[mi];
        if (p->kind != NG_M_PLACE || p->in_name)
            continue;
        for (size_t k = p->tok_end; k < name && k <= p->tok_end + gap; k++) {
            if (ng_lx_match(c->kb, NG_LX_HOST_VERB, t, k, name, NULL))
                return p->place;
            if (t->toks[k].kind != NG_TOK_WORD || (t->toks[k].flags & NG_TF_UPPER))
                break;
        }
    }
    return NULL;
}

/* A forum the sentence speaks of as ahead: a future cue anywhere, or "will"
 * right after its name ("The XII Forum in Kazan will focus on ..."). */
static int forum_ahead(const ng_frame_ctx *c, const slots *s)
{
    size_t reach = ng_kb_window(c->kb, NG_LW_EVENT_VERB_REACH);
    size_t end = c->sentences->items[c->si].tok_end;
    size_t to = s->name_end + reach < end ? s->name_end + reach : end;
    return sentence_has(c, NG_LX_FUTURE_CUE) || ng_lx_has(c->kb, NG_LX_FUTURE_AUX, &c->doc->toks, s->name_end, to);
}

static void event_date(const ng_frame_ctx *c, const slots *s, ng_event *x)
{
    const ng_timex *d = s->date ? s->date : sentence_day(c);
    /* a forum said to be ahead, or spoken of ahead of its day ("talks on
     * 10 November about the session slated for December", "preparations for
     * the 26th session"), takes no day written before its name, in another
     * clause (src/events.c does the same) */
    if (d && !s->date && x->is_forum && s->name_end > s->name_start && d->tok_start < s->name_start &&
        (prospect_before(c, s->name_start) || sentence_has(c, NG_LX_FUTURE_CUE)))
        d = NULL;
    /* "The XII Forum will focus on ..., X said on Tuesday", "MOSCOW, May
     * 20. The XII Forum ...": the day of a report is not the forum's */
    if (d && !s->date && x->is_forum && forum_ahead(c, s) &&
        (ng_timex_of_saying(c->kb, &c->doc->toks, c->sentences->items[c->si].tok_start, d) ||
         (d->tok_start >= c->doc->dateline_tok_start && d->tok_start < c->doc->dateline_tok_end)))
        d = NULL;
    ng_discourse dc = {c->kb, c->doc, c->sentences, c->m, NULL};
    /* "The day before, X and Y spoke by phone": the day before the event
     * told last, not before the publication */
    if ((!d || !ng_timex_is_calendar(c->kb, &c->doc->toks, d)) && !x->is_forum && ng_dc_day_from_event(&dc, c->si, c->ev, &x->date))
        return;
    if (d) {
        x->date = d->precision == NG_PREC_DAY ? d->from
                                              : (ng_date){d->from.y, d->precision == NG_PREC_MONTH ? d->from.m : 0, 0};
        return;
    }
    const ng_event *before = sentence_has(c, NG_LX_SAME_DAY_AS_BEFORE) ? ng_dc_event_of_same_day(c->ev, sentence_span(c).start) : NULL;
    if (before) {
        x->date = before->date; /* "The same day, the business forum took place" */
        return;
    }
    if (s->date_unknown || (s->past_period && !x->is_forum))
        return; /* "their last meeting", "in 2022": a past meeting without its day */
    if (x->is_forum) {
        /* a forum is dated by what the text says: a name in passing is no
         * report of the day (the gold leaves such dates empty); one the
         * sentence reports held ("In the afternoon, Baku hosted the 12th
         * session") is of the trip's day told just before */
        x->future = sentence_has(c, NG_LX_FUTURE_CUE);
        if (!x->future && !sentence_has(c, NG_LX_TIME_UNKNOWN) && host_place(c, s->name_start))
            ng_dc_trip_day(&dc, c->si, &x->date);
        /* "The 5th meeting of the working group has been held in
         * Krasnodar": the news of the day */
        if (!x->future && !x->date.y && sentence_has(c, NG_LX_EVENT_HELD_NOW))
            x->date_defaulted = publication_default(c, &x->date);
        return;
    }
    if (!sentence_has(c, NG_LX_TIME_UNKNOWN) && !sentence_has(c, NG_LX_SAME_DAY) &&
        (ng_dc_visit_day(&dc, c->si, &x->date) || ng_dc_trip_day(&dc, c->si, &x->date)))
        return; /* "arrived on Tuesday. In Mogilev, X and Y discussed ..." */
    x->date_defaulted = publication_default(c, &x->date);
}

/* ---- merges: the discourse policies of src/discourse.h ------------- */

/* "The next meeting of the X": a lex:other-edition-cue shortly before the
 * name speaks of another edition than the one reported. */
static int names_other_edition(const ng_frame_ctx *c, size_t name_start)
{
    size_t floor = c->sentences->items[c->si].tok_start;
    size_t back = ng_kb_window(c->kb, NG_LW_EVENT_CONTEXT_LOOKBACK);
    return ng_lx_has(c->kb, NG_LX_OTHER_EDITION_CUE, &c->doc->toks,
                     name_start > floor + back ? name_start - back : floor, name_start);
}

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

/* ---- frames --------------------------------------------------------- */

/* The last meeting the article told before the sentence matched, in
 * text order: the C extractors' meetings come first in the list and the
 * rules' after them, so the list's order is not the text's. */
static ng_event *previous_meeting(const ng_frame_ctx *c, int skip_past)
{
    size_t here = sentence_span(c).start;
    ng_event *best = NULL;
    for (size_t i = 0; i < c->ev->len; i++) {
        ng_event *y = &c->ev->items[i];
        if (!y->is_forum && !(skip_past && y->past) && y->span.start < here &&
            (!best || y->span.start >= best->span.start))
            best = y;
    }
    return best;
}

/* Discourse policy "previous": "their latest meeting", "the two leaders":
 * the people of the last meeting the article told before. */
static void previous_people(const ng_frame_ctx *c, slots *s)
{
    const ng_event *y = previous_meeting(c, 0);
    for (int k = 0; y && k < y->nparticipants; k++) {
        int joined = 0;
        for (int a = 0; a < y->nattendees && !joined; a++)
            joined = y->attendees[a] == y->participants[k];
        if (!joined) /* "their": the meeting's own people, not who sat in */
            ng_dc_add_participant(s->participants, &s->nparticipants, y->participants[k]);
    }
}

/* Policy "joins": "The talks were also attended by X", "The delegation
 * also included X": the people captured join the meeting told before;
 * no new meeting. */
static int join_previous(const ng_frame_ctx *c, const slots *s)
{
    ng_event *y = previous_meeting(c, 1);
    if (!y || !s->nparticipants)
        return 0;
    if (y->narrow)
        return 1; /* talks of two alone: who "also took part" sat in the session around them */
    for (int k = 0; k < s->nparticipants; k++) {
        int had = y->nparticipants;
        ng_dc_add_participant(y->participants, &y->nparticipants, s->participants[k]);
        if (y->nparticipants > had)
            ng_dc_add_participant(y->attendees, &y->nattendees, s->participants[k]);
    }
    ng_dc_sort_participants(y->participants, y->nparticipants);
    return 1;
}

/* Policy "host": a headline that names only the guest ("Meeting with
 * Governor X" over "Welcoming the guest, Y noted ..."): the host is the
 * first other person named by the body's first lex:headline-host-sentences
 * sentences. Only a headline has one. */
static void host_person(const ng_frame_ctx *c, slots *s)
{
    if (c->sentences->items[c->si].kind != NG_PARA_TITLE)
        return;
    size_t left = ng_kb_window(c->kb, NG_LW_HEADLINE_HOST_SENTENCES);
    for (size_t k = c->si + 1; k < c->sentences->len && left > 0; k++) {
        const ng_sentence *sen = &c->sentences->items[k];
        if (sen->kind != NG_PARA_BODY)
            continue;
        left--;
        for (size_t mi = ng_mentions_from(c->m, sen->tok_start);
             mi < c->m->len && c->m->items[mi].tok_start < sen->tok_end; mi++) {
            const ng_mention *x = &c->m->items[mi];
            int had = s->nparticipants;
            if (x->kind == NG_M_NAME && x->person >= 0)
                ng_dc_add_participant(s->participants, &s->nparticipants, x->person);
            if (s->nparticipants > had)
                return;
        }
    }
}

static int fill_meeting(ng_frame_ctx *c, const ng_rule *r, slots *s)
{
    if (s->joins)
        return join_previous(c, s);
    if (s->previous_people)
        previous_people(c, s);
    if (s->host)
        host_person(c, s);
    if (s->nparticipants < 2)
        return 0;
    ng_event x;
    memset(&x, 0, sizeof x);
    memcpy(x.participants, s->participants, sizeof x.participants);
    x.nparticipants = s->nparticipants;
    ng_dc_sort_participants(x.participants, x.nparticipants);
    x.mode = s->mode ? s->mode : sentence_has(c, NG_LX_REMOTE_CUE) ? NG_MODE_REMOTE : NG_MODE_IN_PERSON;
    x.sidelines = sentence_has(c, NG_LX_FORUM_ANCHOR);
    event_date(c, s, &x);
    if (x.mode == NG_MODE_IN_PERSON) {
        x.location = s->location;
        if (!x.location && x.date.y && ng_date_cmp(x.date, c->doc->issued) == 0)
            x.location = dateline_default(c);
    }
    x.span = sentence_span(c);
    x.rule = r->id;
    x.past = (s->date_unknown || s->past_period) && !x.date.y;
    ng_event *y = ng_dc_same_meeting(c->ev, &x, x.past, c->sentences->items[c->si].kind == NG_PARA_TITLE);
    if (y) {
        ng_dc_complete_event(y, &x); /* the same sentence too: a place the C did not read */
        return 1;
    }
    *new_event(c->ev) = x;
    return 1;
}

/* "On the sidelines of the commission, the business forum gathered ...":
 * an event held beside the forum told last takes its day and place when
 * its own sentence gives none. */
static void beside_forum(const ng_frame_ctx *c, ng_event *x)
{
    size_t here = sentence_span(c).start;
    const ng_event *best = NULL;
    for (size_t i = 0; i < c->ev->len; i++) {
        const ng_event *y = &c->ev->items[i];
        if (y->is_forum && !y->future && !y->other_edition && y->date.y && y->span.start < here &&
            (!best || y->span.start >= best->span.start))
            best = y;
    }
    if (!best)
        return;
    if (!x->date.y) {
        x->date = best->date;
        x->date_defaulted = best->date_defaulted;
    }
    if (!x->location)
        x->location = best->location;
}

static int fill_forum(ng_frame_ctx *c, const ng_rule *r, const slots *s)
{
    if (s->name_end <= s->name_start)
        return 0;
    const ng_tokens *t = &c->doc->toks;
    ng_event x;
    memset(&x, 0, sizeof x);
    x.is_forum = 1;
    for (size_t k = s->name_start; k < s->name_end && !x.series_slug; k++) {
        ng_series *series = NULL;
        /* the series only when its name ends the forum's: "Forum of
         * Regions of Belarus and Uzbekistan" is not the Belarus-Russia one */
        size_t n = ng_kb_match_series(c->kb, t, k, s->name_end, &series);
        if (n && series && k + n == s->name_end) {
            x.series_slug = series->slug;
            x.series = series;
            x.label = series->label;
        }
    }
    char *text = x.label ? NULL : ng_tok_surface(t, s->name_start, s->name_end);
    if (text && s->name_told) {
        /* name=told: a head word ("the XII Forum") names another edition
         * of the numbered forum told before whose name it begins, or the
         * number of one told as the next ("preparations for the next Forum
         * of Regions. The eleventh forum is scheduled for 2024"), or
         * nothing */
        const ng_event *told = ng_dc_forum_by_head(c->ev, text);
        free(text);
        if (!told || told->edition == s->edition || (!told->edition && !told->other_edition && !told->future))
            return 0;
        text = ng_xstrdup(told->label);
        x.series_slug = told->series_slug;
        x.series = told->series;
    }
    if (text)
        x.label = text;
    x.edition = s->edition;
    x.other_edition = names_other_edition(c, s->name_start);
    event_date(c, s, &x);
    x.location = s->location ? s->location : host_place(c, s->name_start);
    if (sentence_has(c, NG_LX_FORUM_ANCHOR))
        beside_forum(c, &x);
    memcpy(x.participants, s->participants, sizeof x.participants);
    x.nparticipants = s->nparticipants;
    ng_dc_sort_participants(x.participants, x.nparticipants);
    x.span = sentence_span(c);
    x.rule = r->id;
    ng_event *y = ng_dc_same_forum(c->ev, &x);
    if (y) {
        ng_dc_complete_event(y, &x);
        /* one session read twice in a sentence is named in full */
        if (ng_dc_same_sentence(&x, y) && !x.series_slug && !y->series_slug && strlen(x.label) > strlen(y->label)) {
            free(y->label);
            y->label = text ? text : ng_xstrdup(x.label);
            text = NULL;
        }
        free(text);
        return 1;
    }
    ng_event *z = new_event(c->ev);
    *z = x;
    z->label = text ? text : ng_xstrdup(x.label);
    z->series_slug = x.series_slug ? ng_xstrdup(x.series_slug) : NULL;
    return 1;
}

static int fill_position(ng_frame_ctx *c, const ng_rule *r, const slots *s, size_t tok)
{
    const char *type = s->type ? s->type : s->office ? s->office->type : NULL;
    const ng_place *place = s->jurisdiction ? s->jurisdiction : s->office ? s->office->jurisdiction : NULL;
    if (s->person < 0 || !type)
        return 0;
    ng_mentions *m = c->m;
    for (size_t i = 0; i < m->npositions; i++) {
        const ng_xposition *p = &m->positions[i];
        if (p->person == s->person && strcmp(p->type, type) == 0 && (p->jurisdiction == place || !place))
            return 1;
    }
    if (m->npositions >= 4096)
        return 0;
    if (m->npositions == m->poscap) {
        m->poscap = m->poscap ? m->poscap * 2 : 16;
        m->positions = ng_xrealloc(m->positions, m->poscap * sizeof *m->positions);
    }
    /* the type string must outlive the article: the rule owns it */
    m->positions[m->npositions++] = (ng_xposition){s->person, type, place, tok, r->id};
    return 1;
}

int ng_frame_fill(ng_frame_ctx *c, const ng_rule *r, const ng_pmatch *pm)
{
    slots s;
    read_captures(c, r, pm, &s);
    switch (r->frame) {
    case NG_FRAME_MEETING: return fill_meeting(c, r, &s);
    case NG_FRAME_FORUM: return fill_forum(c, r, &s);
    case NG_FRAME_POSITION: return fill_position(c, r, &s, pm->start);
    default: return 0;
    }
}
