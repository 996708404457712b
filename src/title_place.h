/*
 * title_place.h - the place a title phrase names.
 *
 * "Governor of Leningrad Oblast of the Russian Federation", "Chairman of the
 * State Assembly (Il Tumen) of the Republic of Sakha (Yakutia)", "Vitebsk
 * Oblast Executive Committee Chairman", "Belarusian Ambassador": the
 * jurisdiction written before or after an office word, read from the
 * mentions (places, demonyms, institutions of the lexicon) and the
 * lexicon's institution words. Used by positions.c.
 */
#ifndef NG_TITLE_PLACE_H
#define NG_TITLE_PLACE_H

#include "mentions.h"

/* The region city p is the capital of (and part of), else p itself. */
const ng_place *ng_capital_region_or_self(const ng_place *p);

/* "Kaliningrad Governor": a governor's place written before the title is
 * the region of that capital; other offices keep pre as written. */
const ng_place *ng_title_governed_region(const ng_place *pre, const char *type);

/* The place or institution written right before the office word at token
 * start ("Belarusian", "Vitebsk Oblast Executive Committee"): *place is
 * set (else left), and the phrase's first token returned (start when
 * there is none). */
size_t ng_title_pre_modifier(const ng_kb *kb, const ng_mentions *m, const ng_tokens *t, size_t start,
                             const ng_place **place);

/* After the office word ending at token end: "of [the] PLACE['s PLACE]",
 * "of the INSTITUTION [of PLACE]", a body's or place's other name in
 * brackets, and an envoy's destination ("to Russia", passed over). *place
 * becomes the jurisdiction (an institution of no country: home); returns
 * the token after the phrase (end when there is none), up to limit. */
size_t ng_title_post_modifier(const ng_kb *kb, const ng_mentions *m, const ng_tokens *t, size_t end, size_t limit,
                              const ng_place **place, const ng_place *home);

#endif
