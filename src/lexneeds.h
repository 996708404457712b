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
    X(ATTENDANCE_CUE, "attendance-cue")                   \
    X(ATTENDANCE_ALSO, "attendance-also")                 \
    X(BODY_HEAD, "body-head")                             \
    X(COPULA, "copula")                                   \
    X(EVENT_CONTEXT, "event-context")                     \
    X(EVENT_HEAD, "event-head")                           \
    X(EVENT_HELD, "event-held")                           \
    X(EVENT_HELD_NOW, "event-held-now")                   \
    X(EVENT_UNDER_WAY, "event-under-way")                 \
    X(FORUM_NOUN, "forum-noun")                           \
    X(FORUM_WORD, "forum-word")                           \
    X(LINK_TRIGGER, "link-trigger")                       \
    X(FUTURE_CUE, "future-cue")                           \
    X(FUTURE_MODAL, "future-modal")                       \
    X(INSTITUTION_TAIL, "institution-tail")               \
    X(MEETING_NEGATIVE, "meeting-negative")               \
    X(MEETING_NOUN, "meeting-noun")                       \
    X(MEETING_PLANNED, "meeting-planned")                 \
    X(MEETING_TRIGGER, "meeting-trigger")                 \
    X(MONTH, "month")                                     \
    X(TIME_CLAUSE_LEAD, "time-clause-lead")               \
    X(RATE_CHANGE_MARK, "rate-change-mark")               \
    X(REPRESENTED_BY, "represented-by")                   \
    X(NATIONAL_OFFICE, "national-office")                 \
    X(OFFICE_NEEDS_PLACE, "office-needs-place")           \
    X(ORDINAL, "ordinal")                                 \
    X(PAST_EDITION_CUE, "past-edition-cue")               \
    X(PORTFOLIO_GLUE, "portfolio-glue")                   \
    X(PORTFOLIO_OFFICE, "portfolio-office")               \
    X(REGION_ANAPHOR, "region-anaphor")                   \
    X(REGIONAL_INSTITUTION_TAIL, "regional-institution-tail")\
    X(REMOTE_CUE, "remote-cue")                           \
    X(SAME_DAY, "same-day")                               \
    X(SAME_DAY_AS_BEFORE, "same-day-as-before")           \
    X(TIME_UNKNOWN, "time-unknown")                       \
    X(VENUE, "venue")                                     \
    X(CITY_HEAD_TITLE, "city-head-title")                 \
    X(OTHER_EDITION_CUE, "other-edition-cue")             \
    X(PROSPECT_CUE, "prospect-cue")                       \
    X(REGIONAL_TITLE, "regional-title")                   \
    X(SERIES_CONTEXT, "series-context")                   \
    /* single function words the extractors test a token against */\
    X(ORDINAL_SUFFIX, "ordinal-suffix")                   \
    X(PLACE_PREPOSITION, "place-preposition")             \
    X(DEFINITE_ARTICLE, "definite-article")               \
    X(ARTICLE, "article")                                 \
    X(OF_LINK, "of-link")                                 \
    X(NAME_JOINER, "name-joiner")                         \
    X(POSSESSIVE_S, "possessive-s")                       \
    X(CAPITAL_NOUN, "capital-noun")                       \
    X(SERIES_LEAD, "series-lead")                         \
    X(TO_LINK, "to-link")                                 \
    X(OFFICE_DETERMINER, "office-determiner")             \
    X(DESTINATION_PREPOSITION, "destination-preposition") \
    X(ARRIVAL_VERB, "arrival-verb")                       \
    X(EVENT_DAY_BEFORE, "event-day-before")               \
    X(EVENT_DAY_AFTER, "event-day-after")                 \
    X(INTERVIEW_CUE, "interview-cue")                     \
    X(HOST_VERB, "host-verb")                             \
    X(PLACE_RELATIVE, "place-relative")                   \
    /* claims.c, claim_slots.c, discourse*.c */           \
    X(ABOUT_BLOCKER, "about-blocker")                     \
    X(ACCORDING_TO, "according-to")                       \
    X(CHANGE_DOWN, "change-down")                         \
    X(CHANGE_UP, "change-up")                             \
    X(CLAUSE_OPENER, "clause-opener")                     \
    X(CONTRAST_OPENER, "contrast-opener")                 \
    X(CURRENCY, "currency")                               \
    X(DOCUMENT_NOUN, "document-noun")                     \
    X(FIGURE_ANAPHOR, "figure-anaphor")                   \
    X(FIGURE_FILLER, "figure-filler")                     \
    X(FIGURE_TRANSFORM, "figure-transform")               \
    X(FORMER_COUNTRY, "former-country")                   \
    X(FORUM_CUE, "forum-cue")                             \
    X(FRACTION, "fraction")                               \
    X(INDEX_CUE, "index-cue")                             \
    X(INDICATOR, "indicator")                             \
    X(INDICATOR_TRADE, "indicator-Trade")                 \
    X(MULTIPLIER, "multiplier")                           \
    X(PERCENT_WORD, "percent-word")                       \
    X(PERIOD_ANAPHOR, "period-anaphor")                   \
    X(PERIOD_SETTING, "period-setting")                   \
    X(PRESENT_CUE, "present-cue")                         \
    X(PROJECTED_AFTER, "projected-after")                 \
    X(PROJECTED_CUE, "projected-cue")                     \
    X(PROJECTED_INFINITIVE, "projected-infinitive")       \
    X(PROJECTED_PREDICATE, "projected-predicate")         \
    X(QUALIFIER, "qualifier")                             \
    X(RATE_AFTER, "rate-after")                           \
    X(RATE_CUE, "rate-cue")                               \
    X(REGION_REF, "region-ref")                           \
    X(SAY_VERB, "say-verb")                               \
    X(TRADECURRENCY, "tradecurrency")                     \
    X(TWO_REGIONS_REF, "two-regions-ref")                 \
    /* function words of the claims (settings.ttl) */     \
    X(LIST_CONJUNCTION, "list-conjunction")               \
    X(TERM_PREPOSITION, "term-preposition")               \
    X(SCENE_PREPOSITION, "scene-preposition")             \
    X(COUNTING_ARTICLE, "counting-article")               \
    X(TIMES_WORD, "times-word")                           \
    /* mentions.c */                                      \
    X(GIVEN_NAME, "given-name")                           \
    X(NAME_PARTICLE, "name-particle")                     \
    X(NAME_TITLE, "name-title")                           \
    X(HONORIFIC, "honorific")                             \
    X(NATION, "nation")                                   \
    X(MEETING_BACK_REFERENCE, "meeting-back-reference")   \
    X(WHOLE_TRIP_CUE, "whole-trip-cue")                   \
    X(FORUM_ANCHOR, "forum-anchor")                       \
    X(STATE_FORM, "state-form")                           \
    X(DELEGATION_HEAD_OFFICE, "delegation-head-office")   \
    X(NOT_NAME_WORD, "not-name-word")                     \
    X(NOT_PLACE_AFTER, "not-place-after")                 \
    X(NOT_SURNAME, "not-surname")                         \
    X(PERSON_OBJECT_VERB, "person-object-verb")           \
    X(PERSON_RELATIVE, "person-relative")                 \
    X(PLACE_HEAD_WORD, "place-head-word")                 \
    X(PLACE_NAME_FOLLOWER, "place-name-follower")         \
    X(PLACE_ADJECTIVE_SUFFIX, "place-adjective-suffix")   \
    X(PLURAL_REF, "plural-ref")                           \
    X(PRONOUN, "pronoun")                                 \
    X(REGION_ADJECTIVE, "region-adjective")               \
    X(INSTITUTION_ADJECTIVE, "institution-adjective")     \
    X(NAME_SUFFIX_WORD, "name-suffix-word")               \
    X(SIDE_CLAUSE_LEAD, "side-clause-lead")               \
    X(TITLE_CHAIN_LINK, "title-chain-link")               \
    X(FUTURE_AUX, "future-aux")                           \
    X(SIDE_NOUN, "side-noun")                             \
    X(MEETING_DETAIL_CLAUSE, "meeting-detail-clause")     \
    X(MEETING_SEQUEL, "meeting-sequel")                   \
    X(NARROW_FORMAT, "narrow-format")                     \
    X(MUNICIPAL_TITLE, "municipal-title")                 \
    X(DISTRICT_WORD, "district-word")                     \
    X(REGION_PLURAL, "region-plural")                     \
    X(TITLE_CASE_SMALL, "title-case-small")               \
    X(TITLE_CONNECTOR, "title-connector")                 \
    X(TITLE_MODIFIER, "title-modifier")                   \
    X(PATRONYMIC_SUFFIX, "patronymic-suffix")             \
    X(APPOSITION_ARTICLE, "apposition-article")           \
    /* dates.c, money.c */                                \
    X(ABBREVIATED_MONTH, "abbreviated-month")             \
    X(DAYSHIFT, "dayshift")                               \
    X(HALF, "half")                                       \
    X(MONTHSHIFT, "monthshift")                           \
    X(VISITDAY, "visitday")                               \
    X(VISITLENGTH, "visitlength")                         \
    X(MONTHSPAN, "monthspan")                             \
    X(NUMBER, "number")                                   \
    X(QUANTITY_NOUN, "quantity-noun")                     \
    X(QUARTER, "quarter")                                 \
    X(TIME_SEPARATOR, "time-separator")                   \
    X(WEEKDAY, "weekday")                                 \
    X(YEAR_PREPOSITION, "year-preposition")               \
    X(YEARSHIFT, "yearshift")                             \
    X(AMOUNT_YEAR_CUE, "amount-year-cue")                 \
    X(BARE_AMOUNT_BLOCKER, "bare-amount-blocker")         \
    X(BARE_AMOUNT_FOLLOW, "bare-amount-follow")           \
    X(SERIES_AMOUNT_FOLLOW, "series-amount-follow")       \
    X(DENOMINATOR, "denominator")                         \
    X(ROUND_SUM_ADJECTIVE, "round-sum-adjective")         \
    X(SCALE, "scale")                                     \
    X(SINGULAR_CURRENCY, "singular-currency")             \
    X(RANGE_WORD, "range-word")                           \
    X(BARE_MONTH_CUE, "bare-month-cue")                   \
    X(LAST_MONTH_CUE, "last-month-cue")                   \
    X(MONTHS_NOUN, "months-noun")                         \
    X(DEADLINE_PREPOSITION, "deadline-preposition")       \
    X(HORIZON_WORD, "horizon-word")                       \
    X(YEAR_NOUN, "year-noun")                             \
    X(DAY_PREPOSITION, "day-preposition")                 \
    X(COMPARISON_OVER, "comparison-over")                 \
    X(COMPARISON_WORD, "comparison-word")                 \
    X(COMPARISON_LEAD, "comparison-lead")                 \
    X(COMPARISON_LINK, "comparison-link")                 \
    X(CHANGE_BASE_LEAD, "change-base-lead")               \
    X(CHANGE_BASE_LINK, "change-base-link")               \
    X(PERIOD_NOUN, "period-noun")                         \
    X(INDEFINITE_ARTICLE, "indefinite-article")           \
    X(OWNER_PRONOUN, "owner-pronoun")                     \
    X(PASSIVE_AGENT, "passive-agent")                     \
    X(DELEGATION_AT_HEAD, "delegation-at-head")           \
    X(DELEGATION_HEAD_TITLE, "delegation-head-title")     \
    X(DELEGATION_LED_BY, "delegation-led-by")             \
    X(DELEGATION_NOUN, "delegation-noun")                 \
    X(EVE_OF, "eve-of")                                   \
    X(NO_MEETING_CUE, "no-meeting-cue")                   \
    X(PAIR_WORD, "pair-word")                             \
    X(REFERENCE_MODIFIER, "reference-modifier")           \
    X(VISIT_CUE, "visit-cue")                             \
    X(CHANGE_CLAUSE, "change-clause")                     \
    X(NAME_SUFFIX, "name-suffix")                         \
    X(FAMILY_NAME_FIRST, "family-name-first")             \
    X(PLACE_IN_NAME_TAIL, "place-in-name-tail")           \
    X(WEEKDAY_AHEAD_CUE, "weekday-ahead-cue")             \
    /* reader.c (page chrome and stamps), sentences.c */  \
    X(ABBREVIATION, "abbreviation")                       \
    X(CHROME_LINE, "chrome-line")                         \
    X(CHROME_PREFIX, "chrome-prefix")                     \
    X(CHROME_TAIL, "chrome-tail")                         \
    X(DATE_PREFIX, "date-prefix")                         \
    X(CLOCK_PM, "clock-pm")                               \
    X(CLOCK_AM, "clock-am")                               \
    X(SINCE, "since")                                     \
    X(STAMP_SEPARATOR, "stamp-separator")                 \
    /* the rule engine (src/rules/) */                    \
    X(CLAUSE_BOUNDARY, "clause-boundary")


/* X(handle, "setting name in the lexicon") */
#define NG_LEX_SETTINGS(X)                                  \
    X(MEETING_MODAL_LOOKBACK, "meeting-modal-lookback")   \
    X(LOCATION_ADJECTIVES, "location-adjectives")         \
    X(CAPITAL_PLACE_REACH, "capital-place-reach")         \
    X(LOCATION_PLACE_REACH, "location-place-reach")       \
    X(PROPER_PHRASE_MAX, "proper-phrase-max")             \
    X(EVENT_NAME_LOOKBACK, "event-name-lookback")         \
    X(EVENT_CONTEXT_LOOKBACK, "event-context-lookback")   \
    X(EDITION_CONTEXT_LOOKBACK, "edition-context-lookback")\
    X(EVENT_VERB_REACH, "event-verb-reach")               \
    X(FORUM_FUTURE_LOOKBACK, "forum-future-lookback")     \
    X(FORUM_FUTURE_REACH, "forum-future-reach")           \
    X(MERGE_LOOKBACK, "merge-lookback")                   \
    X(SUBHEADING_MAX, "subheading-max")                   \
    X(FOLLOW_UP_SENTENCES, "follow-up-sentences")         \
    X(INSTITUTION_TAIL_LOOKBACK, "institution-tail-lookback")\
    X(NAME_LOOKBACK, "name-lookback")                     \
    X(COPULA_SKIP, "copula-skip")                         \
    X(COPULA_LOOKBACK, "copula-lookback")                 \
    X(PORTFOLIO_REACH, "portfolio-reach")                 \
    X(GLUE_LOOKBACK, "glue-lookback")                     \
    X(SERIES_NAME_LOOKBACK, "series-name-lookback")       \
    X(CURRENCY_SERIES_SENTENCES, "currency-series-sentences")\
    X(RATE_CUE_LOOKBACK, "rate-cue-lookback")             \
    X(RATE_CUE_REACH, "rate-cue-reach")                   \
    X(FORUM_YEAR_SENTENCES, "forum-year-sentences")       \
    X(PERIOD_CARRY_CLAIMS, "period-carry-claims")         \
    X(CLAIM_MERGE_LOOKAHEAD, "claim-merge-lookahead")     \
    X(FIGURE_TRANSFORM_LOOKBACK, "figure-transform-lookback")\
    X(DIRECTION_LOOKBACK, "direction-lookback")           \
    X(DIRECTION_REACH, "direction-reach")                 \
    X(QUALIFIER_LOOKBACK, "qualifier-lookback")           \
    X(QUALIFIER_PHRASE_MAX, "qualifier-phrase-max")       \
    X(PROJECTED_AFTER_REACH, "projected-after-reach")     \
    X(SAY_SUBJECT_LOOKBACK, "say-subject-lookback")       \
    X(SAY_OBJECT_REACH, "say-object-reach")               \
    X(ACCORDING_TO_REACH, "according-to-reach")           \
    X(QUOTE_ATTRIBUTION_REACH, "quote-attribution-reach") \
    X(QUOTE_SPEAKER_LOOKBACK, "quote-speaker-lookback")   \
    X(BARE_AMOUNT_LOOKBACK, "bare-amount-lookback")       \
    X(TITLE_NAME_LOOKBACK, "title-name-lookback")         \
    X(TITLE_GLOSS_MAX, "title-gloss-max")                 \
    X(DELEGATION_HEAD_REACH, "delegation-head-reach")     \
    X(TRIP_DAY_LOOKBACK, "trip-day-lookback")             \
    X(SAME_DAY_LOOKBACK, "same-day-lookback")             \
    X(TRIP_PLACE_LOOKBACK, "trip-place-lookback")         \
    X(HEADLINE_HOST_SENTENCES, "headline-host-sentences") \
    X(HOST_VERB_GAP, "host-verb-gap")                     \
    X(VISIT_DAY_LOOKBACK, "visit-day-lookback")           \
    X(DELEGATION_HEAD_LOOKBACK, "delegation-head-lookback")\
    X(DELEGATION_REFERENCE_LOOKBACK, "delegation-reference-lookback")\
    X(CHANGE_CLAUSE_REACH, "change-clause-reach")         \
    X(TWIN_AMOUNT_GAP, "twin-amount-gap")                 \
    X(OFFICE_OF_GAP, "office-of-gap")                     \
    X(PARTIES_CARRY_SENTENCES, "parties-carry-sentences") \
    X(DOCUMENT_NOUN_MAX, "document-noun-max")             \
    X(TITLE_PLACE_REACH, "title-place-reach")             \
    X(ANAPHORIC_PLACE_SENTENCES, "anaphoric-place-sentences")\
    X(WEEKDAY_AHEAD_LOOKBACK, "weekday-ahead-lookback")

#define NG_LX_ENUM(id, name) NG_LX_##id,
enum ng_lx { NG_LEX_CLASSES(NG_LX_ENUM) NG_LX_COUNT };
#undef NG_LX_ENUM
#define NG_LW_ENUM(id, name) NG_LW_##id,
enum ng_lw { NG_LEX_SETTINGS(NG_LW_ENUM) NG_LW_COUNT };
#undef NG_LW_ENUM

#endif
