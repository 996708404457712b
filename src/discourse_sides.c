/*
 * discourse_sides.c - the article's sides (see discourse.h, "sides"): the
 * country it speaks for, the place its talk is with, and a region of home
 * that speaks for it, counted over the whole article once its mentions are
 * read (mentions.c asks at the end of ng_mentions_find).
 */
#include "discourse.h"

#include <stdlib.h>

typedef struct {
    const ng_place *place;
    int count;
    size_t first;     /* token of the first mention; (size_t)-1: only by a person's office */
} place_count;

typedef struct {
    place_count *pc;
    size_t n;
} place_counts;

static place_count *count_of(place_counts *c, const ng_place *p, size_t tok)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->pc[i].place == p)
            return &c->pc[i];
    c->pc[c->n] = (place_count){p, 0, tok};
    return &c->pc[c->n++];
}

static int better(const place_count *a, const place_count *b)
{
    return !b || a->count > b->count || (a->count == b->count && a->first < b->first);
}

/* Each place named, once a mention; each country of a known person's
 * office (as of the article's day), twice a person. */
static place_counts count_places(const ng_mentions *m)
{
    place_counts c = {ng_xcalloc(m->len + m->npersons + 1, sizeof(place_count)), 0};
    for (size_t i = 0; i < m->len; i++)
        if (m->items[i].kind == NG_M_PLACE)
            count_of(&c, m->items[i].place, m->items[i].tok_start)->count++;
    for (size_t i = 0; i < m->npersons; i++) {
        const ng_known_position *k = ng_person_known(m->persons[i].known, NULL, m->as_of);
        if (!k || !k->jurisdiction)
            continue;
        const ng_place *country = ng_place_country(k->jurisdiction);
        if (country)
            count_of(&c, country, (size_t)-1)->count += 2;
    }
    return c;
}

/* Home: the country counted most (the first named on a tie). */
static const ng_place *home_country(const place_counts *c)
{
    const place_count *home = NULL;
    for (size_t i = 0; i < c->n; i++)
        if ((c->pc[i].place->classes & NG_COUNTRY) && better(&c->pc[i], home))
            home = &c->pc[i];
    return home ? home->place : NULL;
}

/* Partner: among places named outside home, a region named at least
 * twice (or the only kind named), else the country named most. */
static const ng_place *partner_place(const place_counts *c, const ng_place *home)
{
    const place_count *region = NULL, *country = NULL;
    for (size_t i = 0; i < c->n; i++) {
        const ng_place *p = c->pc[i].place;
        if (c->pc[i].first == (size_t)-1 || (home && ng_place_within(p, home)))
            continue;
        if ((p->classes & NG_REGION) && better(&c->pc[i], region))
            region = &c->pc[i];
        else if ((p->classes & NG_COUNTRY) && better(&c->pc[i], country))
            country = &c->pc[i];
    }
    if (region && (region->count >= 2 || !country))
        return region->place;
    return country ? country->place : NULL;
}

/* Region to region ("Vitebsk Region and Yaroslavl Region sign ..."): with
 * a region as partner, the region of home named most, at least twice,
 * speaks for home; else NULL. */
static const ng_place *home_region(const place_counts *c, const ng_place *home, const ng_place *partner)
{
    const place_count *own = NULL;
    for (size_t i = 0; i < c->n; i++) {
        const ng_place *p = c->pc[i].place;
        if (c->pc[i].first != (size_t)-1 && home && p != home && (p->classes & NG_REGION) &&
            ng_place_within(p, home) && c->pc[i].count >= 2 && better(&c->pc[i], own))
            own = &c->pc[i];
    }
    return own && partner && (partner->classes & NG_REGION) ? own->place : NULL;
}

void ng_dc_find_sides(ng_mentions *m)
{
    place_counts c = count_places(m);
    m->home = home_country(&c);
    m->partner = partner_place(&c, m->home);
    m->home_side = home_region(&c, m->home, m->partner);
    free(c.pc);
}
