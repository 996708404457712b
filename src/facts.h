/*
 * facts.h - the facts of one article, as plain C: what the extractors
 * produce and the emitter turns into triples. Nothing here knows RDF.
 */
#ifndef NG_FACTS_H
#define NG_FACTS_H

#include <stddef.h>

#include "dates.h"
#include "kb.h"
#include "mentions.h"
#include "reader.h"
#include "sentences.h"

#define NG_MAX_PARTICIPANTS 8
#define NG_MAX_PARTIES 4

typedef struct {
    size_t start, end;          /* byte offsets of the evidence sentence */
} ng_span;

enum ng_mode { NG_MODE_NONE = 0, NG_MODE_IN_PERSON, NG_MODE_REMOTE };

typedef struct {
    int is_forum;
    char *label;                /* forum name */
    char *series_slug;          /* forum series or NULL */
    const ng_series *series;    /* ... and its names, for the graph */
    int edition;                /* 0 when not given */
    ng_date date;               /* y == 0 when unknown; precision by m/d */
    int date_defaulted;         /* taken from the publication date */
    int future;                 /* the text says it is still ahead */
    int other_edition;          /* "the next/previous session of X": not
                                 * the edition the article reports */
    int participants[NG_MAX_PARTICIPANTS];
    int nparticipants;
    int attendees[NG_MAX_PARTICIPANTS]; /* participants who joined it later ("also
                                * attended by"): not "their" of "their last meeting" */
    int nattendees;
    int sidelines;              /* its sentence sets it beside the forum just told
                                 * ("Before the session, X and Y held talks") */
    int past;                   /* a past meeting told in passing ("our meeting in
                                 * Kazan in 2023"): nobody joins it later */
    int narrow;                 /* held "in a narrow format", "one-on-one": nobody
                                 * joins it later */
    const ng_place *location;
    int mode;
    ng_span span;
    const char *rule;           /* id of the rule that found it (ng:rule) */
} ng_event;

typedef struct {
    const char *indicator;      /* "Trade", "Exports", ... */
    long long mantissa;         /* value = mantissa / 10^decimals */
    int decimals;
    const char *unit;           /* ISO 4217 */
    ng_date period_start, period_end; /* y == 0 when unknown */
    char *period_label;
    const ng_place *parties[NG_MAX_PARTIES];
    int nparties;
    int projected;
    const char *qualifier;      /* "Exact", "MoreThan", "LessThan", "About" */
    int has_change;
    double change;              /* percent */
    int speaker;                /* person index or -1 */
    ng_span span;
    size_t money_tok;
} ng_claim;

typedef struct {
    ng_event *items;
    size_t len, cap;
} ng_events;

typedef struct {
    ng_claim *items;
    size_t len, cap;
} ng_claims;

void ng_events_find(ng_events *out, const ng_doc *doc, const ng_sentences *s, const ng_mentions *m,
                    const ng_kb *kb);
void ng_events_free(ng_events *e);
/* True when x is a month or a year written out ("in 2022", "in August
 * 2023") that ended before the article's month: a meeting told with it is
 * a past one whose day is not known (GOLD.md: date null), not a same-day
 * report. */
int ng_timex_past_period(const ng_timex *x, ng_date issued);

void ng_claims_find(ng_claims *out, const ng_doc *doc, const ng_sentences *s, const ng_mentions *m,
                    const ng_kb *kb);
void ng_claims_free(ng_claims *c);

#endif
