/*
 * event_days.h - the day, month or year a sentence gives an event.
 *
 * What events.c asks of a sentence's dates: its day (not a base of
 * comparison, "up 5% against 1 March"), a meeting's day ("on the eve of the
 * session, which opens on Friday" is Thursday), a month or year written
 * out, and a past period that makes a meeting one told in passing ("met in
 * Kazan in 2022": day unknown).
 */
#ifndef NG_EVENT_DAYS_H
#define NG_EVENT_DAYS_H

#include "dates.h"
#include "facts.h"
#include "kb.h"
#include "reader.h"
#include "sentences.h"

/* The first phrase of class cls in [a, b): its token, *len its length;
 * (size_t)-1 when there is none. */
size_t ng_ev_find_phrase(const ng_kb *kb, enum ng_lx cls, const ng_tokens *t, size_t a, size_t b, size_t *len);

/* The first day stated in [a, b), neither a base of comparison nor a
 * report's own day ("X said on Tuesday"): for events said to be ahead. */
int ng_ev_day_within(const ng_kb *kb, const ng_doc *doc, size_t a, size_t b, ng_date *out);

/* The first day the sentence states, not a base of comparison; *calendar:
 * a calendar date, not a relative one ("yesterday"). */
int ng_ev_sentence_day(const ng_kb *kb, const ng_doc *doc, const ng_sentence *s, ng_date *out, int *calendar);

/* A meeting's day: the first day not after the publication, the day
 * before one written after lex:eve-of. */
int ng_ev_meeting_day(const ng_kb *kb, const ng_doc *doc, const ng_sentence *s, ng_date *out, int *calendar);

/* "held in June 2025": a month or year with its year written, no range,
 * no comparison, nothing ahead. */
int ng_ev_sentence_month_or_year(const ng_kb *kb, const ng_doc *doc, const ng_sentence *s, ng_date *out);

/* A past period in the trigger's own clause before it ("In October 2023 X
 * and Y held talks"). */
int ng_ev_past_period_in_clause(const ng_kb *kb, const ng_doc *doc, const ng_sentence *s, size_t trig);

/* The sentence writes a year. */
int ng_ev_year_written(const ng_kb *kb, const ng_doc *doc, const ng_sentence *s);

/* A past period in [from, end), up to a clause of its own. */
int ng_ev_past_period_after(const ng_kb *kb, const ng_doc *doc, size_t from, size_t end);

#endif
