/*
 * lexneeds.h - the lexicon classes and settings the C extractors ask for.
 *
 * The C names a class by a handle (NG_LX_MEETING_TRIGGER), never by a
 * string: ng_kb_finish resolves every handle once, and ng_kb_open refuses a
 * lexicon that lacks one, naming the class. A misspelt or missing class is
 * an error at load, not a silent miss on every token.
 *
 * Settings (NG_LW_...) are the token windows of the extractors: how far
 * they look back or ahead. Their values are `lex:window` numbers in
 * ontology/lexicon/settings.ttl (see docs/rules.md, "Settings the C
 * extractors read").
 */
#ifndef NG_LEXNEEDS_H
#define NG_LEXNEEDS_H

/* X(handle, "class name in the lexicon") */
#define NG_LEX_CLASSES(X)                                   \
    X(ATTENDANCE_CUE, "attendance-cue")                     \
    X(BODY_HEAD, "body-head")                               \
    X(CITY_HEAD_TITLE, "city-head-title")                   \
    X(COPULA, "copula")                                     \
    X(DELEGATION_AT_HEAD, "delegation-at-head")             \
    X(DELEGATION_HEAD_TITLE, "delegation-head-title")       \
    X(DELEGATION_LED_BY, "delegation-led-by")               \
    X(DELEGATION_NOUN, "delegation-noun")                   \
    X(EVE_OF, "eve-of")                                     \
    X(EVENT_CONTEXT, "event-context")                       \
    X(EVENT_HEAD, "event-head")                             \
    X(EVENT_HELD, "event-held")                             \
    X(EVENT_UNDER_WAY, "event-under-way")                   \
    X(FORUM_NOUN, "forum-noun")                             \
    X(FUTURE_CUE, "future-cue")                             \
    X(FUTURE_MODAL, "future-modal")                         \
    X(INSTITUTION_TAIL, "institution-tail")                 \
    X(MEETING_NEGATIVE, "meeting-negative")                 \
    X(MEETING_NOUN, "meeting-noun")                         \
    X(MEETING_PLANNED, "meeting-planned")                   \
    X(MEETING_TRIGGER, "meeting-trigger")                   \
    X(MONTH, "month")                                       \
    X(NO_MEETING_CUE, "no-meeting-cue")                     \
    X(NATIONAL_OFFICE, "national-office")                   \
    X(OFFICE_NEEDS_PLACE, "office-needs-place")             \
    X(ORDINAL, "ordinal")                                   \
    X(PAIR_WORD, "pair-word")                               \
    X(PAST_EDITION_CUE, "past-edition-cue")                 \
    X(PORTFOLIO_GLUE, "portfolio-glue")                     \
    X(PORTFOLIO_OFFICE, "portfolio-office")                 \
    X(REFERENCE_MODIFIER, "reference-modifier")             \
    X(REGION_ANAPHOR, "region-anaphor")                     \
    X(REGIONAL_INSTITUTION_TAIL, "regional-institution-tail") \
    X(REMOTE_CUE, "remote-cue")                             \
    X(SAME_DAY, "same-day")                                 \
    X(SAME_DAY_AS_BEFORE, "same-day-as-before")             \
    X(TIME_UNKNOWN, "time-unknown")                         \
    X(VENUE, "venue")                                       \
    X(VISIT_CUE, "visit-cue")                               \
    /* single function words the extractors test a token against */ \
    X(ORDINAL_SUFFIX, "ordinal-suffix")                     \
    X(PLACE_PREPOSITION, "place-preposition")               \
    X(DEFINITE_ARTICLE, "definite-article")                 \
    X(ARTICLE, "article")                                   \
    X(OF_LINK, "of-link")                                   \
    X(NAME_JOINER, "name-joiner")                           \
    X(POSSESSIVE_S, "possessive-s")                         \
    X(CAPITAL_NOUN, "capital-noun")                         \
    X(SERIES_LEAD, "series-lead")                           \
    X(TO_LINK, "to-link")                                   \
    X(OFFICE_DETERMINER, "office-determiner")

/* X(handle, "setting name in the lexicon") */
#define NG_LEX_SETTINGS(X)                                  \
    X(MEETING_MODAL_LOOKBACK, "meeting-modal-lookback")     \
    X(LOCATION_ADJECTIVES, "location-adjectives")           \
    X(CAPITAL_PLACE_REACH, "capital-place-reach")           \
    X(LOCATION_PLACE_REACH, "location-place-reach")         \
    X(PROPER_PHRASE_MAX, "proper-phrase-max")               \
    X(EVENT_NAME_LOOKBACK, "event-name-lookback")           \
    X(EVENT_CONTEXT_LOOKBACK, "event-context-lookback")     \
    X(EDITION_CONTEXT_LOOKBACK, "edition-context-lookback") \
    X(EVENT_VERB_REACH, "event-verb-reach")                 \
    X(MERGE_LOOKBACK, "merge-lookback")                     \
    X(FOLLOW_UP_SENTENCES, "follow-up-sentences")           \
    X(INSTITUTION_TAIL_LOOKBACK, "institution-tail-lookback") \
    X(NAME_LOOKBACK, "name-lookback")                       \
    X(COPULA_SKIP, "copula-skip")                           \
    X(COPULA_LOOKBACK, "copula-lookback")                   \
    X(PORTFOLIO_REACH, "portfolio-reach")                   \
    X(GLUE_LOOKBACK, "glue-lookback")                       \
    X(TITLE_GLOSS_MAX, "title-gloss-max")                   \
    X(DELEGATION_HEAD_REACH, "delegation-head-reach")

#define NG_LX_ENUM(id, name) NG_LX_##id,
enum ng_lx { NG_LEX_CLASSES(NG_LX_ENUM) NG_LX_COUNT };
#undef NG_LX_ENUM
#define NG_LW_ENUM(id, name) NG_LW_##id,
enum ng_lw { NG_LEX_SETTINGS(NG_LW_ENUM) NG_LW_COUNT };
#undef NG_LW_ENUM

#endif
