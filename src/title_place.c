/*
 * title_place.c - the place a title phrase names (see title_place.h):
 * before the title ("Vitebsk Oblast Executive Committee Chairman") and
 * after it ("of the State Council of the Republic of Tatarstan").
 */
#include "title_place.h"

#include <string.h>

static int is_place_like(const ng_mention *x)
{
    return x->kind == NG_M_PLACE || x->kind == NG_M_DEMONYM;
}

/* The region a city is the capital of, else the place itself. */
const ng_place *ng_capital_region_or_self(const ng_place *p)
{
    const ng_place *r = ng_place_region_of_capital(p);
    return r ? r : p;
}

/* "the Minsk Regional Executive Committee": a regional body named after
 * its centre is the region's, even where the centre is no part of it. */
static const ng_place *region_of_centre(const ng_place *p)
{
    return p->centre_of ? p->centre_of : ng_capital_region_or_self(p);
}

/* "Kaliningrad Governor", "the Tula governor": English names a governor's
 * region by its capital before the title; the governor holds the region
 * (a federal city, being no region's capital, stays itself). Only the
 * word before the title: "Governor of X" names X as written. */
const ng_place *ng_title_governed_region(const ng_place *pre, const char *type)
{
    return pre && type && strcmp(type, NG_TYPE_GOVERNOR) == 0 ? ng_capital_region_or_self(pre) : pre;
}

/* An institution named before the title: "Vitebsk Oblast Executive
 * Committee Chairman", "Grodno Regional Executive Committee Deputy
 * Chairman" (the region's), "Minsk City Executive Committee Chairman" (the
 * city's). Returns the phrase start, or start when there is none. */
static size_t institution_before(const ng_kb *kb, const ng_mentions *m, const ng_tokens *t, size_t start,
                                 const ng_place **place)
{
    size_t most = ng_kb_window(kb, NG_LW_INSTITUTION_TAIL_LOOKBACK);
    for (size_t back = 1; back <= most && back <= start; back++) {
        size_t j = start - back;
        if (ng_lx_match(kb, NG_LX_INSTITUTION_TAIL, t, j, start, NULL) != back)
            continue;
        size_t mi = ng_mention_ending_at(m, j);
        if (mi == (size_t)-1 || m->items[mi].kind != NG_M_PLACE)
            continue;
        *place = m->items[mi].place;
        if (ng_lx_match(kb, NG_LX_REGIONAL_INSTITUTION_TAIL, t, j, start, NULL) == back)
            *place = region_of_centre(*place);
        return m->items[mi].tok_start;
    }
    return start;
}

/* Pre-modifier: "Belarus President", "Russia's Governor", "Belarus' First
 * Deputy PM". Returns the phrase start. */
size_t ng_title_pre_modifier(const ng_kb *kb, const ng_mentions *m, const ng_tokens *t, size_t start,
                             const ng_place **place)
{
    size_t probe = start;
    if (probe >= 2 && ng_lx_word(kb, NG_LX_POSSESSIVE_S, t, probe - 1) &&
        ng_tok_is(t, probe - 2, '\''))
        probe -= 2;
    else if (probe >= 1 && ng_tok_is(t, probe - 1, '\''))
        probe -= 1;
    size_t mi = ng_mention_ending_at(m, probe);
    if (mi != (size_t)-1 && is_place_like(&m->items[mi])) {
        *place = m->items[mi].place;
        return m->items[mi].tok_start;
    }
    /* "Federation Council Speaker": an institution of a known country */
    if (mi != (size_t)-1 && m->items[mi].kind == NG_M_REF && m->items[mi].office && !m->items[mi].office->type &&
        m->items[mi].office->jurisdiction) {
        *place = m->items[mi].office->jurisdiction;
        return m->items[mi].tok_start;
    }
    return institution_before(kb, m, t, start, place);
}

/* "Ambassador of Belarus to Russia": the country an envoy is sent to is
 * not the office's jurisdiction; the phrase is passed over. */
static size_t skip_destination(const ng_kb *kb, const ng_mentions *m, const ng_tokens *t, size_t k, size_t limit)
{
    if (k + 1 >= limit || !ng_lx_word(kb, NG_LX_TO_LINK, t, k))
        return k;
    size_t j = ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, k + 1) ? k + 2 : k + 1;
    /* "to the Republic of Kazakstan": a state's form before a spelling the
     * gazetteer knows only bare */
    if (j < limit && ng_mention_at(m, j) == (size_t)-1)
        j += ng_lx_match(kb, NG_LX_STATE_FORM, t, j, limit, NULL);
    size_t mi = ng_mention_at(m, j);
    return mi != (size_t)-1 && m->items[mi].kind == NG_M_PLACE ? m->items[mi].tok_end : k;
}

/* True when place p is part of outer (a region of its country, say). */
static int lies_in(const ng_place *p, const ng_place *outer)
{
    for (int depth = 0; p && depth < 8; depth++)
        if ((p = p->part_of) == outer)
            return 1;
    return 0;
}

/* Post-modifier: "of [the] PLACE['s PLACE]", "of the INSTITUTION", and
 * an envoy's destination after either. */
size_t ng_title_post_modifier(const ng_kb *kb, const ng_mentions *m, const ng_tokens *t, size_t end, size_t limit,
                              const ng_place **place, const ng_place *home)
{
    size_t k = end;
    if (!ng_lx_word(kb, NG_LX_OF_LINK, t, k))
        return skip_destination(kb, m, t, end, limit);
    k++;
    if (ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, k))
        k++;
    size_t got = end;
    int fixed = 0; /* an institution's own country outranks later places */
    while (k < limit) {
        size_t mi = ng_mention_at(m, k);
        if (mi == (size_t)-1) {
            /* "Chairman of the State Council of the Republic of Tatarstan":
             * a body named before the place it belongs to */
            size_t body = got == end ? ng_lx_match(kb, NG_LX_INSTITUTION_TAIL, t, k, limit, NULL) : 0;
            if (!body || !ng_lx_word(kb, NG_LX_OF_LINK, t, k + body))
                break;
            k += body + 1;
            k += ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, k) ? 1 : 0;
            continue;
        }
        const ng_mention *x = &m->items[mi];
        if (x->kind == NG_M_PLACE || x->kind == NG_M_DEMONYM) {
            /* "Governor of Leningrad Oblast of the Russian Federation":
             * a place followed by the country it lies in keeps the first */
            if (!fixed && !(*place && x->place && lies_in(*place, x->place)))
                *place = x->place;
        } else if (x->kind == NG_M_REF && x->office && !x->office->type) {
            if (!fixed)
                *place = x->office->jurisdiction ? x->office->jurisdiction : home;
            fixed = x->office->jurisdiction != NULL;
        } else {
            break;
        }
        k = got = x->tok_end;
        /* "of the Minsk City Executive Committee", "of the Belarusian leader" */
        size_t tail = ng_lx_match(kb, NG_LX_INSTITUTION_TAIL, t, k, limit, NULL);
        if (tail && !fixed && *place && ng_lx_match(kb, NG_LX_REGIONAL_INSTITUTION_TAIL, t, k, limit, NULL))
            *place = region_of_centre(*place);
        if (tail)
            k = got = k + tail;
        /* "the State Assembly (Il Tumen) of the Republic of Sakha
         * (Yakutia)": a body's or a place's other name in brackets */
        if (ng_tok_is(t, k, '(')) {
            size_t close = k + 1;
            while (close < limit && close < k + 6 && !ng_tok_is(t, close, ')'))
                close++;
            if (close < limit && ng_tok_is(t, close, ')'))
                k = got = close + 1;
        }
        size_t ref = ng_mention_at(m, k);
        if (x->kind == NG_M_DEMONYM && ref != (size_t)-1 && m->items[ref].kind == NG_M_REF)
            k = got = m->items[ref].tok_end;
        if (ng_lx_word(kb, NG_LX_OF_LINK, t, k)) {
            k += ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, k + 1) ? 2 : 1;
            continue;
        }
        /* "Russia's Leningrad Region" */
        if (ng_tok_is(t, k, '\'')) {
            size_t j = k + 1;
            if (ng_lx_word(kb, NG_LX_POSSESSIVE_S, t, j))
                j++;
            if (ng_mention_at(m, j) != (size_t)-1 && m->items[ng_mention_at(m, j)].kind == NG_M_PLACE) {
                k = j;
                continue;
            }
        }
        break;
    }
    return skip_destination(kb, m, t, got, limit);
}
