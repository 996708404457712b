/*
 * discourse_events.c - the event policies of discourse.h: a meeting or
 * forum told again is the one told before, and completes it; "the two
 * leaders" are the people of the last meeting told. Used by the rule
 * frames (src/rules/frames.c).
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

ng_event *ng_dc_same_meeting(ng_events *ev, const ng_event *x)
{
    for (size_t i = 0; i < ev->len; i++) {
        ng_event *y = &ev->items[i];
        if (y->is_forum)
            continue;
        if (ng_dc_same_sentence(x, y))
            return y;
        if (y->mode == x->mode && y->nparticipants == x->nparticipants &&
            memcmp(y->participants, x->participants, (size_t)x->nparticipants * sizeof(int)) == 0)
            return y;
    }
    return NULL;
}

ng_event *ng_dc_same_forum(ng_events *ev, const ng_event *x)
{
    for (size_t i = 0; i < ev->len; i++) {
        ng_event *y = &ev->items[i];
        if (!y->is_forum || (x->edition && y->edition && x->edition != y->edition))
            continue;
        if (x->series_slug ? y->series_slug && strcmp(x->series_slug, y->series_slug) == 0
                           : strcasecmp(x->label, y->label) == 0)
            return y;
    }
    return NULL;
}

void ng_dc_complete_event(ng_event *y, const ng_event *x)
{
    if (!y->location)
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
