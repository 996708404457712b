/*
 * discourse_events.c - the event policies of discourse.h: a meeting or
 * forum told again is the one told before, and completes it; "the two
 * leaders" are the people of the last meeting told. Used by the C
 * extractor of events (src/events.c) and the rule frames
 * (src/rules/frames.c).
 */
#include "discourse.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

void ng_dc_add_participant(int *list, int *n, int person)
{
    if (person < 0)
        return;
    for (int i = 0; i < *n; i++)
        if (list[i] == person)
            return;
    if (*n < NG_MAX_PARTICIPANTS)
        list[(*n)++] = person;
}

size_t ng_dc_compact(void *items, size_t size, size_t n, unsigned char *gone)
{
    char *p = items;
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (!gone || !gone[i]) {
            if (kept != i)
                memcpy(p + kept * size, p + i * size, size);
            kept++;
        }
    free(gone);
    return kept;
}

static int cmp_int(const void *a, const void *b)
{
    return *(const int *)a - *(const int *)b;
}

void ng_dc_sort_participants(int *list, int n)
{
    qsort(list, (size_t)n, sizeof(int), cmp_int);
}

int ng_dc_same_sentence(const ng_event *a, const ng_event *b)
{
    return a->span.start == b->span.start && a->span.end == b->span.end;
}

void ng_dc_previous_people(const ng_events *ev, int *list, int *n)
{
    for (size_t i = ev->len; i > 0; i--) {
        const ng_event *y = &ev->items[i - 1];
        if (y->is_forum)
            continue;
        for (int k = 0; k < y->nparticipants; k++)
            ng_dc_add_participant(list, n, y->participants[k]);
        return;
    }
}

/* True when every participant of a is one of b's. */
static int people_within(const ng_event *a, const ng_event *b)
{
    for (int i = 0; i < a->nparticipants; i++) {
        int found = 0;
        for (int k = 0; k < b->nparticipants && !found; k++)
            found = a->participants[i] == b->participants[k];
        if (!found)
            return 0;
    }
    return 1;
}

/* True when a and b tell the same day: equal days, or one of them dated
 * only by the publication. */
static int same_day(const ng_event *a, const ng_event *b)
{
    return a->date_defaulted || b->date_defaulted || (a->date.y && ng_date_cmp(a->date, b->date) == 0);
}

/* A remote and an in-person meeting of the same people on the same day are
 * one meeting: the genre says "in person" by saying nothing, and a headline
 * or a later sentence drops the "by video link" of the lead. */
static int modes_agree(const ng_event *a, const ng_event *b)
{
    return a->mode == b->mode || same_day(a, b);
}

/* The remote report of a meeting outweighs the silent one. */
static void take_remote_mode(ng_event *y, const ng_event *x)
{
    if (x->mode == NG_MODE_REMOTE && y->mode != NG_MODE_REMOTE) {
        y->mode = NG_MODE_REMOTE;
        y->location = NULL; /* a remote meeting has no place (GOLD.md) */
    }
}

ng_event *ng_dc_same_meeting(ng_events *ev, const ng_event *x, int past, int headline)
{
    for (size_t i = 0; i < ev->len; i++) {
        ng_event *y = &ev->items[i];
        if (y->is_forum)
            continue;
        /* one sentence may tell two meetings of other people: "had a
         * working lunch with X and visited Gyumri, where Y briefed the
         * guests" */
        if (ng_dc_same_sentence(x, y) && (people_within(x, y) || people_within(y, x)))
            return y;
        /* a past meeting told without its day ("our meeting in Kazan last
         * year") is not the dated one the same people hold now */
        if ((past && y->date.y) || (y->past && x->date.y))
            continue;
        /* a headline names the main people of the meeting its body tells
         * with the others who joined it */
        if (headline && people_within(x, y) && (x->date_defaulted || ng_date_cmp(x->date, y->date) == 0))
            return y;
        /* "X received Y and Z ... X briefed the guests": some of a meeting's
         * people on its day are that meeting */
        if (y->mode == x->mode && same_day(x, y) && y->nparticipants > x->nparticipants && people_within(x, y))
            return y;
        if (modes_agree(x, y) && y->nparticipants == x->nparticipants &&
            memcmp(y->participants, x->participants, (size_t)x->nparticipants * sizeof(int)) == 0)
            return y;
    }
    return NULL;
}

static int name_within(const char *a, const char *b);

ng_event *ng_dc_same_forum(ng_events *ev, const ng_event *x)
{
    for (size_t i = 0; i < ev->len; i++) {
        ng_event *y = &ev->items[i];
        if (!y->is_forum || (x->edition && y->edition && x->edition != y->edition) ||
            x->other_edition != y->other_edition)
            continue;
        if (x->series_slug ? y->series_slug && strcmp(x->series_slug, y->series_slug) == 0
                           : strcasecmp(x->label, y->label) == 0)
            return y;
        /* the same numbered session, its body named short */
        if (x->edition && x->edition == y->edition && !x->series_slug && y->label && name_within(x->label, y->label))
            return y;
        /* two rules reading one session of one sentence, one name longer
         * ("the intergovernmental commission [on trade]", "the X
         * commission ..., the commission's 14th meeting") */
        if (ng_dc_same_sentence(x, y) && !x->series_slug && !y->series_slug && y->label &&
            (strncasecmp(x->label, y->label, strlen(y->label)) == 0 ||
             strncasecmp(x->label, y->label, strlen(x->label)) == 0 || name_within(x->label, y->label)))
            return y;
    }
    return NULL;
}

const ng_event *ng_dc_event_of_same_day(const ng_events *ev, size_t here)
{
    const ng_event *best = NULL, *defaulted = NULL;
    for (size_t k = 0; k < ev->len; k++) {
        const ng_event *y = &ev->items[k];
        if (!y->date.y || !y->date.d || y->future || y->span.start >= here)
            continue;
        if (!y->date_defaulted && (!best || y->span.start >= best->span.start))
            best = y;
        /* "X received Y. Earlier that day Y met Z": the day of the report */
        if (y->date_defaulted && !y->is_forum && (!defaulted || y->span.start >= defaulted->span.start))
            defaulted = y;
    }
    return best ? best : defaulted;
}

const ng_place *ng_dc_place_of_day(const ng_events *ev, size_t here, ng_date d)
{
    const ng_event *best = NULL;
    for (size_t k = 0; k < ev->len; k++) {
        const ng_event *y = &ev->items[k];
        if (y->location && y->mode != NG_MODE_REMOTE && !y->future && y->date.d && ng_date_cmp(y->date, d) == 0 &&
            y->span.start < here && (!best || y->span.start >= best->span.start))
            best = y;
    }
    return best ? best->location : NULL;
}

void ng_dc_sideline_meetings(ng_events *ev)
{
    for (size_t i = 0; i < ev->len; i++) {
        ng_event *x = &ev->items[i];
        if (x->is_forum || !x->sidelines || (x->date.y && !x->date_defaulted && x->location))
            continue;
        const ng_event *f = NULL;
        for (size_t k = 0; k < ev->len; k++) {
            const ng_event *y = &ev->items[k];
            /* a session still ahead or of another year told since ("agreed to
             * hold the next session in Astana this spring") hosts nothing */
            if (y->is_forum && y->date.y && !y->future && !y->other_edition && y->span.start <= x->span.start &&
                (!f || y->span.start >= f->span.start))
                f = y;
        }
        if (!f)
            continue;
        int undated = !x->date.y || x->date_defaulted;
        if (undated) {
            x->date = f->date;
            x->date_defaulted = f->date_defaulted;
        }
        /* its place, over the dateline's that came with the default day */
        if (f->location && x->mode != NG_MODE_REMOTE && (undated || !x->location))
            x->location = f->location;
    }
}

const ng_event *ng_dc_forum_by_head(const ng_events *ev, const char *head)
{
    size_t n = strlen(head);
    for (size_t i = ev->len; i > 0; i--) {
        const ng_event *y = &ev->items[i - 1];
        if (y->is_forum && y->label && strncasecmp(y->label, head, n) == 0 && y->label[n] == ' ')
            return y;
    }
    return NULL;
}

void ng_dc_complete_event(ng_event *y, const ng_event *x)
{
    if (!y->is_forum)
        take_remote_mode(y, x);
    if (!y->location && !(y->mode == NG_MODE_REMOTE && !y->is_forum))
        y->location = x->location;
    if (!y->edition)
        y->edition = x->edition;
    if ((!y->date.y || y->date_defaulted) && x->date.y && !x->date_defaulted) {
        y->date = x->date;
        y->date_defaulted = 0;
    }
    for (int i = 0; i < x->nparticipants; i++)
        ng_dc_add_participant(y->participants, &y->nparticipants, x->participants[i]);
    ng_dc_sort_participants(y->participants, y->nparticipants);
}

static int same_people(const ng_event *a, const ng_event *b)
{
    if (a->nparticipants != b->nparticipants)
        return 0;
    for (int i = 0; i < a->nparticipants; i++)
        if (a->participants[i] != b->participants[i])
            return 0;
    return 1;
}

int ng_dc_merge_meeting(const ng_kb *kb, ng_events *e, const ng_event *x)
{
    size_t back = ng_kb_window(kb, NG_LW_MERGE_LOOKBACK);
    for (size_t i = e->len > back ? e->len - back : 0; i < e->len; i++) {
        ng_event *y = &e->items[i];
        if (y->is_forum || !modes_agree(x, y) || !same_people(x, y))
            continue;
        /* "recalled that their previous meeting took place in July 2023":
         * a past meeting told in passing is not the one reported now */
        if ((x->past && y->date.y) || (y->past && x->date.y))
            continue;
        int dates_agree = ng_date_cmp(x->date, y->date) == 0;
        if (!dates_agree && !x->date_defaulted && !y->date_defaulted)
            continue;
        take_remote_mode(y, x);
        if (!dates_agree && y->date_defaulted) {
            y->date = x->date;
            y->date_defaulted = x->date_defaulted;
        }
        if (!y->location && y->mode != NG_MODE_REMOTE)
            y->location = x->location;
        return 1;
    }
    return 0;
}

/* True when one name holds the other as whole words, in any case ("the
 * 18th meeting of the Intergovernmental Commission" after "the 18th meeting
 * of the Kazakhstan-Belarus Intergovernmental Commission on Trade"). */
static int name_within(const char *a, const char *b)
{
    const char *longer = strlen(a) >= strlen(b) ? a : b, *shorter = longer == a ? b : a;
    size_t n = strlen(shorter);
    for (const char *p = longer; *p; p++) {
        if (strncasecmp(p, shorter, n) != 0)
            continue;
        int starts = p == longer || p[-1] == ' ' || p[-1] == '-';
        int ends = p[n] == '\0' || p[n] == ' ';
        if (starts && ends)
            return 1;
    }
    return 0;
}

/* Merged forums are marked and compacted at the end (see
 * ng_dc_merge_claims). A numbered session named short is the same session
 * of the body named in full. */
void ng_dc_merge_forums(const ng_kb *kb, ng_events *e)
{
    size_t ahead = ng_kb_window(kb, NG_LW_MERGE_LOOKBACK);
    unsigned char *gone = e->len ? ng_xcalloc(e->len, 1) : NULL;
    for (size_t i = 0; i < e->len; i++) {
        ng_event *a = &e->items[i];
        if (!a->is_forum || gone[i])
            continue;
        for (size_t j = i + 1; j < e->len && j < i + ahead; j++) {
            ng_event *b = &e->items[j];
            int same = !gone[j] && b->is_forum && a->other_edition == b->other_edition &&
                       ((strcmp(a->label, b->label) == 0 && (a->edition == b->edition || !a->edition || !b->edition)) ||
                        (a->edition && a->edition == b->edition && name_within(a->label, b->label)));
            if (!same)
                continue;
            if (!a->edition)
                a->edition = b->edition;
            /* one report that the event is still ahead outweighs a date
             * taken from the publication date */
            if (b->future && a->date_defaulted) {
                a->date = b->date;
                a->date_defaulted = 0;
            }
            if (a->future && b->date_defaulted)
                b->date.y = 0;
            a->future |= b->future;
            if (!a->location)
                a->location = b->location;
            if (a->date_defaulted && !b->date_defaulted && b->date.y) {
                a->date = b->date;
                a->date_defaulted = 0;
            }
            if (!a->date.y && b->date.y) {
                a->date = b->date;
                a->date_defaulted = b->date_defaulted;
            }
            for (int p = 0; p < b->nparticipants; p++)
                ng_dc_add_participant(a->participants, &a->nparticipants, b->participants[p]);
            free(b->label);
            free(b->series_slug);
            b->label = b->series_slug = NULL;
            gone[j] = 1;
        }
    }
    e->len = ng_dc_compact(e->items, sizeof *e->items, e->len, gone);
}
