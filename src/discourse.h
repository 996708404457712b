/*
 * discourse.h - what crosses sentences. A fact is read from one sentence;
 * the policies here are the named ways in which it takes a slot from
 * another sentence, or from the article as a whole. Each is one function
 * that states its policy in its comment, and each has a unit test of its
 * own (tests/unit/test_discourse.c; the follow-ups tests/unit/test_followups.c).
 *
 *   claims, periods   ng_dc_period_of_previous, ng_dc_period_carry,
 *                     ng_dc_forum_year, ng_dc_follow_anaphor
 *   claims, measures  ng_dc_answered_indicator, ng_dc_series_currency
 *   claims, change    ng_dc_change_of_previous, ng_dc_change_of_next
 *   sides             ng_dc_focus_region, ng_dc_two_regions,
 *                     ng_dc_article_sides, ng_dc_forum_countries,
 *                     ng_dc_parties_source, ng_dc_parties_of_previous,
 *                     ng_dc_find_sides (discourse_sides.c; used by
 *                     mentions.c)
 *   speakers          ng_dc_speakers_find, ng_dc_speaker_for
 *                     (discourse_speakers.c)
 *   events            ng_dc_previous_people, ng_dc_same_meeting,
 *                     ng_dc_same_forum, ng_dc_complete_event (the rule
 *                     frames), ng_dc_merge_meeting, ng_dc_merge_forums
 *                     (events.c) (discourse_events.c)
 *   merges            ng_dc_merge_claims
 *   follow-ups        ng_dc_completes_meeting, ng_dc_complete_meeting,
 *                     ng_dc_completes_forum, ng_dc_complete_forum,
 *                     ng_dc_attends, ng_dc_joins_meeting,
 *                     ng_dc_join_meeting, ng_dc_same_day,
 *                     ng_dc_context_place, ng_dc_told_of_another_day,
 *                     ng_dc_last_two_named, ng_dc_body_full_name
 *                     (discourse_followups.c; used by events.c)
 *   names             ng_dc_name_surname, ng_dc_name_family_first,
 *                     ng_dc_name_back_reference (discourse_names.c;
 *                     used by mentions.c), ng_dc_title_holder,
 *                     ng_dc_pronoun_antecedent (used by positions.c)
 *
 * Not here yet (see docs/rules.md, "Discourse"): the two meeting merges
 * (of events.c and of the rule frames) are still two.
 */
#ifndef NG_DISCOURSE_H
#define NG_DISCOURSE_H

#include <stddef.h>

#include "facts.h"
#include "kb.h"
#include "mentions.h"
#include "reader.h"
#include "sentences.h"

/* An article as the policies see it. */
typedef struct {
    const ng_kb *kb;
    const ng_doc *doc;
    const ng_sentences *s;
    const ng_mentions *m;
    const ng_place *focus;      /* the region the article is about, or NULL */
} ng_discourse;

/* Fills dc, and finds the article's focus region (ng_dc_focus_region). */
void ng_dc_init(ng_discourse *dc, const ng_kb *kb, const ng_doc *doc, const ng_sentences *s,
                const ng_mentions *m);

/* ---- claims: periods -------------------------------------------------- */

/* Policy "period of the sentence before". A figure that has no period yet
 * takes the one named by the sentence before it in its paragraph when its
 * clause [seg_start, seg_end) points back ("over this period",
 * lex:period-anaphor), when the sentence before (for the first sentence:
 * itself) sets a period and gives no figure ("The parties summed up the
 * results of 2024.", lex:period-setting), or when the figure is no goal,
 * its sentence (times x[0..nx)) names no time of its own, and the
 * sentence before speaks of the same measure without a figure ("Trade
 * slipped in 2015. Turnover came to $878 million."). */
void ng_dc_period_of_previous(const ng_discourse *dc, size_t si, size_t seg_start, size_t seg_end,
                              const ng_timex *x, size_t nx, ng_claim *cl);

/* Policy "period carried through the paragraph". The claim last in out,
 * of sentence si, without a period and no goal, takes the period of the
 * latest earlier claim that has one and is no goal, among the
 * lex:period-carry-claims before it, in its paragraph, or in the sentence
 * just before when that claim is of the same measure (a report of
 * one-sentence paragraphs, region after region). */
void ng_dc_period_carry(const ng_discourse *dc, const ng_claims *out, size_t si, ng_claim *cl);

/* Policy "contracts of a forum's year". Contracts told after a sentence
 * of the same paragraph, among the lex:forum-year-sentences before, that
 * names a forum (lex:forum-cue) with a year are the forum's, of that
 * year: "In 2022, the forum took place in Grodno. [...] Contracts worth
 * RUB65 billion were concluded." Returns 1 when it found such a forum. */
int ng_dc_forum_year(const ng_discourse *dc, size_t si, ng_claim *cl);

/* Policy "the next sentence qualifies the figure". The last figure of
 * sentence si takes a qualifier, a goal cue and a period from the next
 * sentence of its paragraph when that one gives no figure and points back
 * at this one (lex:figure-anaphor: "We once dreamed of $1bn. This year we
 * will overcome this milestone."), unless it sets a new figure from it
 * (lex:figure-transform: "to double this figure"). */
void ng_dc_follow_anaphor(const ng_discourse *dc, size_t si, ng_claim *cl);

/* ---- claims: measures and currency ------------------------------------ */

/* Policy "an answer takes the question's measure". Sentence si names no
 * measure; when the body sentence before it is a question that names one
 * and gives no figure ("You mean regional product?" - "Yes, two
 * trillion."), returns the last measure it names, else NULL. */
const char *ng_dc_answered_indicator(const ng_discourse *dc, size_t si);

/* Policy "an amount without a currency takes its series' currency". The
 * currency of the amounts nearest body sentence si, within
 * lex:currency-series-sentences either way (the same sentence first, then
 * before, then after), or NULL when none there has one. */
const char *ng_dc_series_currency(const ng_discourse *dc, size_t si);

/* ---- claims: change --------------------------------------------------- */

/* Policy "growth said just before". A figure with no change of its own
 * and no goal takes the growth stated by the sentence before it in its
 * paragraph, when that one speaks of the same measure without a figure
 * ("Trade slipped in 2015 by a quarter. Turnover came to $878 million."). */
void ng_dc_change_of_previous(const ng_discourse *dc, size_t si, ng_claim *cl);

/* Policy "growth said just after". The last figure of sentence si takes
 * the growth stated by the next sentence of its paragraph, when that one
 * gives no figure and names no other measure ("Trade reached $640
 * million. This is 12% more than a year before."). */
void ng_dc_change_of_next(const ng_discourse *dc, size_t si, ng_claim *cl);

/* ---- sides ------------------------------------------------------------ */

/* Policy "the article's region". The region (not a country) named most
 * often in the body, at least twice (the first named wins a tie); else
 * the only region named, when the body goes on calling it "the region"
 * (lex:region-ref) at least twice; else NULL. */
const ng_place *ng_dc_focus_region(const ng_discourse *dc);

/* Policy "the two regions". When sentence sen speaks of "the two regions"
 * (lex:two-regions-ref), its parties are the region of home and the
 * foreign region the article named last before it. Returns 1 when both
 * were found and added. */
int ng_dc_two_regions(const ng_discourse *dc, const ng_sentence *sen, ng_claim *cl);

/* Policy "the article's sides". A figure naming one place takes the other
 * side of the article; a figure naming none is of the article's home and
 * partner sides (a country that is no more, lex:former-country, is no
 * side; a missing side is the country the article speaks most of), each
 * side a country standing for the article's focus region in it. */
void ng_dc_article_sides(const ng_discourse *dc, ng_claim *cl);

/* Policy "the sides of the figure before". "Our target is $250 million by
 * 2027", "The two countries aim at $1.5 billion": the claim last in out
 * (cl, of sentence si) goes on with the two sides of the claim just before
 * it when that one lies within lex:parties-carry-sentences before si (and
 * is no forum's contracts, unless cl is contracts too): that claim, which
 * ng_dc_parties_of_previous takes, is returned, else NULL. */
const ng_claim *ng_dc_parties_source(const ng_discourse *dc, const ng_claims *out, size_t si, const ng_claim *cl);
/* ... when cl's sentence names (named[0..n), the places claims.c reads as
 * possible parties) no place or one of those sides, cl's parties become
 * the two sides; a region of one side named instead stands in for it
 * ("Gomel Oblast accounted for $11.4 million of this amount"). Measured:
 * partners claim.parties 23/30 -> 30/30, devtest 9/10 -> 10/10. */
void ng_dc_parties_of_previous(const ng_claim *p, const ng_place *const *named, int n, ng_claim *cl);

/* Policy "contracts at a forum are between countries". The parties become
 * their countries, and when only one remains, the home (else the
 * partner, else the first other) country of the article is added. */
void ng_dc_forum_countries(const ng_discourse *dc, ng_claim *cl);

/* Policy "the article's home and partner" (discourse_sides.c; mentions.c
 * asks it once the article's mentions are read). Home: the country the
 * article speaks for, the one named most, a known person's office in it
 * counting twice (the first named wins a tie). Partner: the place its talk
 * is with, among the places named outside home: a region named at least
 * twice (or the only kind named), else the country named most. Home side:
 * with a region as partner, the region of home named most, at least
 * twice, which speaks for home ("Vitebsk Region and Yaroslavl Region
 * sign ..."); else NULL. Sets m->home, m->partner, m->home_side. */
void ng_dc_find_sides(ng_mentions *m);

/* ---- speakers (discourse_speakers.c) ------------------------------------ */

typedef struct {
    int *sentence;   /* per sentence: attributed speaker (person index) or -1 */
    int *running;    /* per sentence: the last attributed speaker before it in its paragraph */
    int *quote;      /* per quotation: speaker or -1 */
    size_t nquotes;
} ng_dc_speakers;

/* Finds the speakers of the sentences and quotations of the article:
 * reporting verbs ("X said", "according to X"), an interview's label
 * ("X: ..."), a quotation's attribution after or before it, and a
 * quotation going on its speaker's words. */
void ng_dc_speakers_find(ng_dc_speakers *sp, const ng_discourse *dc);
/* Policy "who says it". The speaker of the figure at token tok of
 * sentence si: its quotation's, else its sentence's, else (reported
 * speech going on through its paragraph) the paragraph's last; or -1. */
int ng_dc_speaker_for(const ng_dc_speakers *sp, size_t si, const ng_tokens *t, size_t tok);
void ng_dc_speakers_free(ng_dc_speakers *sp);

/* ---- events (discourse_events.c; used by the rule frames) ---------------- */

/* Adds person (not -1) to list[0..*n) once, while there is room
 * (NG_MAX_PARTICIPANTS); ng_dc_sort_participants orders a list. */
void ng_dc_add_participant(int *list, int *n, int person);
void ng_dc_sort_participants(int *list, int n);
/* True when two events were told by the same sentence. */
int ng_dc_same_sentence(const ng_event *a, const ng_event *b);

/* Policy "the people of the last meeting" (rule:set
 * "participant=previous"): "their latest meeting", "the two leaders" are
 * the participants of the last meeting in ev, added to list. */
void ng_dc_previous_people(const ng_events *ev, int *list, int *n);

/* Policy "a meeting told twice is one". The meeting of ev that x repeats:
 * one of the same sentence whose people hold x's or are held by them (a
 * sentence may tell two meetings of other people), a headline's (headline)
 * whose people the meeting holds, or one of the same people in the same
 * mode; a past meeting without its day (past) is no dated one. Else NULL. */
ng_event *ng_dc_same_meeting(ng_events *ev, const ng_event *x, int past, int headline);

/* Policy "a forum told twice is one". The forum of ev that x repeats: the
 * same series (or, without one, the same name in any case) and no other
 * edition; else NULL. */
ng_event *ng_dc_same_forum(ng_events *ev, const ng_event *x);

/* Policy "the same day as the event before": "The same day, the business
 * forum took place". Of the events of ev told before byte offset here,
 * the last in the text with a day the text states (not one still ahead);
 * else the last meeting dated by the publication ("X received Y. Earlier
 * that day Y met Z"); or NULL. ev is in text order only within a stage:
 * the rules' events follow all of the C extractors'. */
const ng_event *ng_dc_event_of_same_day(const ng_events *ev, size_t here);

/* Policy "where that day's events were": of the in-person events of ev
 * told before byte offset here on day d with a place, the last in the
 * text ("On the sidelines of the summit in Astana, X met Y. ... On the same
 * day X also met Z": Astana), or NULL. */
const ng_place *ng_dc_place_of_day(const ng_events *ev, size_t here, ng_date d);

/* Policy "a meeting on the sidelines": a meeting whose sentence sets it
 * beside the forum just told ("Before the session the co-chairs held a
 * one-on-one conversation") and states no day takes the day of the last
 * forum told before it, and its place. Run once all events are found. */
void ng_dc_sideline_meetings(ng_events *ev);

/* Policy "a forum named by its head word": "the XII Forum will be held in
 * Nizhny Novgorod" after "the Forum of Regions of Belarus and Russia". The
 * last forum of ev whose name begins with the word `head` (its series and
 * label are the new edition's), or NULL. */
const ng_event *ng_dc_forum_by_head(const ng_events *ev, const char *head);

/* Policy "a repeat completes what was told". The event y found before
 * takes from its repeat x the place and edition it lacked, a date the
 * text states over one defaulted, and x's participants. */
void ng_dc_complete_event(ng_event *y, const ng_event *x);

/* Policy "a meeting told twice is one" of the C extractor (events.c).
 * The meeting among the lex:merge-lookback last events of e with x's
 * people and mode, and a date that agrees or is defaulted on one side
 * ("met today", "during the talks"), takes x's stated date over its
 * defaulted one and the place it lacked. Returns 1 when x was merged. */
int ng_dc_merge_meeting(const ng_kb *kb, ng_events *e, const ng_event *x);

/* Policy "a forum named twice is one" of the C extractor (events.c). A
 * forum with the same name and no other edition as one among the
 * lex:merge-lookback before it is folded into that one, which takes its
 * edition, place, participants, a stated date over a defaulted one, and
 * its report that the forum is still ahead. */
void ng_dc_merge_forums(const ng_kb *kb, ng_events *e);

/* ---- events: what later sentences carry (discourse_followups.c; events.c) -- */

/* What a sentence states that may complete an event told before, read by
 * events.c: a day (not a base of comparison) and where something was. */
typedef struct {
    int has_day;
    ng_date day;
    const ng_place *place;    /* NULL when it names none */
} ng_dc_stated;

/* Policy "the sentences after a meeting complete it". Sentence si, among
 * the lex:follow-up-sentences after sentence told_si that told the meeting,
 * and telling no new one, completes it when it names a meeting and says it
 * was held (lex:meeting-noun, lex:event-held: "The talks took place in
 * Yaroslavl on 2 October."). */
int ng_dc_completes_meeting(const ng_discourse *dc, size_t si, size_t told_si);
/* ... and then meeting x takes the day stated over one defaulted or none,
 * and, met in person, the place stated over none or over that of a
 * defaulted day (the dateline's). */
void ng_dc_complete_meeting(ng_event *x, const ng_dc_stated *st);

/* Policy "the sentences after a forum complete it". As for a meeting, for
 * forum x not said to be ahead, when sentence si names a forum and says it
 * was held (lex:forum-noun, lex:event-held: "The plenary session of the
 * forum was held in Nizhny Novgorod"). */
int ng_dc_completes_forum(const ng_discourse *dc, size_t si, size_t told_si, const ng_event *x);
/* ... and then forum x takes the day stated over one defaulted or none,
 * and the place stated when it had none. */
void ng_dc_complete_forum(ng_event *x, const ng_dc_stated *st);

/* Policy "people who attend the paragraph's forum". Sentence si, telling
 * no new forum, says someone attended (lex:attendance-cue: "It was
 * attended by X"): its people join the forum its paragraph told. */
int ng_dc_attends(const ng_discourse *dc, size_t si);

/* Policy "people who join the meeting just told". Body sentence si of a
 * paragraph with no forum says someone attended a meeting
 * (lex:attendance-cue and lex:meeting-noun: "Boris Gryzlov also attended
 * the talks"): its people join meeting x, the last told, unless x was
 * told in passing (x->past). They are no new meeting. */
int ng_dc_joins_meeting(const ng_discourse *dc, size_t si, const ng_event *x);
/* ... or, right after the meeting's own sentence (si == told_si + 1), a
 * body sentence that names no event (lex:attendance-also: "First Deputy
 * Chairman X also attended."). */
int ng_dc_also_attends(const ng_discourse *dc, size_t si, size_t told_si, const ng_event *x);
/* ... the cue alone: a body sentence that tells who attended "the talks"
 * ("The talks were also attended by X and Y"). With no meeting told
 * before, it still reports no meeting of X and Y: the one it speaks of is
 * told elsewhere (a headline the rules read). */
int ng_dc_tells_attendance(const ng_discourse *dc, size_t si);
/* ... people[0..n) join x as participants, the new ones as attendees. */
void ng_dc_join_meeting(ng_event *x, const int *people, int n);

/* Policy "on the same day". Sentence si, a meeting's that states no day of
 * its own, refers to the day told before (lex:same-day-as-before: "On the
 * same day", "On that day"): the day told last. When one of the
 * lex:same-day-lookback sentences before it, after the latest event told
 * with a stated day not ahead, states a day of its own ("arrived on 15
 * March. On that day ..."), *day becomes that day and NULL is returned;
 * else *day becomes that event's day and the event is returned (its place
 * may stand for the meeting's). No cue: NULL, *day untouched. */
const ng_event *ng_dc_same_day(const ng_discourse *dc, size_t si, const ng_events *e, ng_date *day);

/* Policy "a meeting at the place of its context". An in-person meeting
 * whose sentence names no place is at that of the forum its paragraph told
 * with a place before it (paragraph_forum, or NULL), else at that of the
 * event it shares its day with (same_day, from ng_dc_same_day, or NULL). */
const ng_place *ng_dc_context_place(const ng_event *paragraph_forum, const ng_event *same_day);

/* Policy "a trip of another day". True when e holds a meeting (not ahead)
 * of a stated day other than issued ("On 9 December X met Y. ... During
 * the trip X also met Z"): a later meeting without a day is of that trip,
 * not of the publication day (GOLD.md: unknown, to be completed by a
 * later or repeated report). */
int ng_dc_told_of_another_day(const ng_events *e, ng_date issued);

/* Policy "the day of the trip told just before". "The delegation arrived
 * in Minsk on Tuesday. In Mogilev, X held talks with Y": a meeting whose
 * sentence gives no day takes the day, not after the report's, that one
 * of the lex:trip-day-lookback body sentences before it states (the
 * nearest one; none when that sentence speaks of a day ahead, nor when
 * the meeting's sentence places it in the whole trip, lex:whole-trip-cue).
 * Returns 1 and sets *day when it applies. */
int ng_dc_trip_day(const ng_discourse *dc, size_t si, ng_date *day);

/* Policy "the day of the visit by its order". Sentence si says "On the
 * second day of the visit" (lex:visitday-N): *day becomes the day the
 * nearest of the lex:visit-day-lookback sentences before it that tells an
 * arrival (lex:arrival-verb) states, plus N-1; for "the final day" (N = 0),
 * plus the visit's length told in those sentences ("a three-day visit",
 * lex:visitlength-N) less one. Never after the publication. Returns 1 when
 * it applies. */
int ng_dc_visit_day(const ng_discourse *dc, size_t si, ng_date *day);

/* Policy "a day from the event told before". Sentence si says "The day
 * before" or "a day earlier" (lex:event-day-before), "the next day" or "a
 * day later" (lex:event-day-after) without a calendar day: *day becomes
 * the day of the article's own event, the first of ev told before it with
 * a whole day (the publication's too), less one ("The session took place
 * yesterday ... The day before, X and Y spoke by phone"); or the day told
 * last, of the first told (not defaulted) or after it, plus one ("On
 * Thursday X held talks with Y. The next day Z received X"). Returns 1
 * when it applies. */
int ng_dc_day_from_event(const ng_discourse *dc, size_t si, const ng_events *e, ng_date *day);

/* Policy "where the trip went last". "X arrived in Baku on Tuesday. On
 * the same day he held talks with Y": an in-person meeting whose sentence
 * names no place is at the place that the nearest of the
 * lex:trip-place-lookback body sentences before it tells someone arrived
 * at or travelled to (lex:arrival-verb and a place right after it), or
 * NULL. */
const ng_place *ng_dc_trip_place(const ng_discourse *dc, size_t si);

/* Policy "the two named last". Mention mi is a plural reference that
 * speaks of a pair (lex:pair-word: "the two premiers", "both governors")
 * and the article told no meeting before: the last two people named
 * before it are added to list[0..*n). Returns 1 when there were two. */
int ng_dc_last_two_named(const ng_discourse *dc, size_t mi, int *list, int *n);

/* Policy "a body named short". "The previous meeting of the Council of
 * Ministers": an event name (label, taken) that is the first whole words
 * of the name of a forum told before, of a known series or not ("the Council of
 * Ministers of the Union State") is that forum's: returns the name to
 * use, label itself or a new copy of the full name. */
char *ng_dc_body_full_name(const ng_events *e, char *label);

/* ---- names (discourse_names.c; used by mentions.c) ------------------------ */

/* Policy "a full name gives its surname". Person who, told for the first
 * time, may be named later by the last word of its label ("Petrov" after
 * "Ivan Petrov", "Putin" after "the President of Russia Vladimir Putin");
 * of two people told with one surname, the first keeps it. */
void ng_dc_name_surname(ng_mentions *m, int who);

/* Policy "a family name written first is the short name". A name of n
 * tokens at i that opens with a family name (lex:family-name-first: "Zhou
 * Naixiang", "Bui Thanh Son") may be named later by that word ("According
 * to Zhou"), unless a person told before holds it. */
void ng_dc_name_family_first(ng_mentions *m, const ng_kb *kb, const ng_tokens *t, size_t i, size_t n, int who);

/* Policy "a short name is the person told before". Token i (of a sentence
 * ending at end), a capitalized word, is one of the short names the two
 * policies above gave, and starts no place of the gazetteer: returns the
 * person it names, else -1. A surname told before its full name, or never
 * with one, names nobody. */
int ng_dc_name_back_reference(const ng_mentions *m, const ng_kb *kb, const ng_tokens *t, size_t i, size_t end);

/* Policy "the title is its holder told before". A title used as a
 * reference, mention x ("the governor", "the head of state"), of position
 * type type (of place, when the text gives one), is the person last
 * stated before it to hold that office (of a place within place, or
 * holding it); else the one person of the article whom the gazetteer
 * gives that office on the article's day. When several held it, the
 * subject of the sentence before (subject, >= 0) is preferred if they are
 * one of them: "X, Governor of A, and Z, Governor of B, met. X noted ...
 * The governor recalled" is X. *held becomes the office's jurisdiction as
 * known (place when nothing is). Returns the person or -1 ("the head of
 * the Russian region" names no new office). */
int ng_dc_title_holder(const ng_mentions *m, const ng_mention *x, const char *type, const ng_place *place, int subject,
                       const ng_place **held);

/* Policy "a pronoun is the subject of the sentence before". Pronoun
 * mention mi ("X met with Y. '...', he said.") with no person of its own
 * sentence before it (outside quotations) stands for the first person of
 * the sentence before, in its paragraph, the subject in this genre; else
 * for last_person, the last one named. Inside a phrase opening its
 * sentence ("During his stay in Kazan, X met Y") it is the subject named
 * right after the phrase. */
int ng_dc_pronoun_antecedent(const ng_mentions *m, const ng_doc *doc, const ng_sentences *s, size_t mi,
                             int last_person);
/* Policy "a headline's title is the lead's subject". A title in the
 * headline whose holder is told nowhere, followed by a meeting trigger
 * ("Akim of Kostanay region receives delegation", the trigger at token
 * after), is held by the person who opens the body's first sentence with a
 * meeting trigger after the name ("Kairat Abdrakhmanov received a
 * delegation"). The person, or -1. */
int ng_dc_headline_subject(const ng_mentions *m, const ng_doc *doc, const ng_sentences *s, const ng_kb *kb,
                           size_t after);
/* The first person named in sentence si - 1, outside quotations, when it
 * lies in si's paragraph: the subject of the sentence before; else -1. */
int ng_dc_previous_subject(const ng_mentions *m, const ng_doc *doc, const ng_sentences *s, size_t si);

/* ---- merges ----------------------------------------------------------- */

/* Keeps the items[0..n) (each size bytes) whose gone flag is 0, in order,
 * frees gone, and returns how many are kept. The merges mark what they
 * fold and compact once: removing items one by one would make input with
 * thousands of them quadratic. */
size_t ng_dc_compact(void *items, size_t size, size_t n, unsigned char *gone);

/* Policy "a figure said twice is one claim". A claim of the same measure,
 * value, currency and status as one among the lex:claim-merge-lookahead
 * before it is folded into that one, which takes the period, change and
 * speaker it lacked. */
void ng_dc_merge_claims(const ng_kb *kb, ng_claims *out);

#endif
