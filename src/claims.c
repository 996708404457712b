/*
 * claims.c - economic claims (see facts.h).
 *
 * Each amount of money in a body sentence is a claim. Its slots are read
 * from the part of the sentence that belongs to it: between the previous
 * amount (or the sentence start) and the next indicator word (or the next
 * amount). "In 2024, trade reached $2.46 billion (up by 10.5% over 2023),
 * exports amounted to $1.66 billion (up by 1.2%)" gives trade 10.5% and
 * exports 1.2%, both for 2024. Speakers come from quotations and
 * reporting verbs; an unattributed sentence continues its paragraph's
 * speaker, as reported speech does.
 */
#include "facts.h"
#include "money.h"
#include "claim_slots.h"
#include "claim_speakers.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_MONEY 16
#define MAX_TIMEX 16
#define MAX_KEYS 32

static int has_phrase(const ng_kb *kb, const char *cls, const ng_tokens *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (ng_kb_match(kb, cls, t, i, b, NULL))
            return 1;
    return 0;
}

typedef struct {
    const ng_kb *kb;
    const ng_doc *doc;
    const ng_sentences *s;
    const ng_mentions *m;
    ng_claim_speakers sp;
    int article_trades;
    const ng_place *focus;  /* the region the article is about, or NULL */
} ctx;

static int ends_in_question(const ng_tokens *t, const ng_sentence *sen)
{
    for (size_t k = sen->tok_end; k > sen->tok_start; k--)
        if (!ng_tok_is(t, k - 1, '"') && !ng_tok_is(t, k - 1, '\''))
            return ng_tok_is(t, k - 1, '?');
    return 0;
}

static const char *indicator_near(const ctx *c, size_t si, size_t money_start, size_t money_end,
                                  size_t seg_start, size_t seg_end, size_t *kw_start, size_t *next_kw)
{
    const ng_sentence *sen = &c->s->items[si];
    const ng_tokens *t = &c->doc->toks;
    ng_kb_hit keys[MAX_KEYS];
    size_t n = ng_kb_find_all(c->kb, "indicator", t, sen->tok_start, sen->tok_end, keys, MAX_KEYS);
    const char *best = NULL;
    *kw_start = seg_start;
    *next_kw = seg_end;
    for (size_t k = 0; k < n; k++)
        if (keys[k].start >= money_end) {
            *next_kw = keys[k].start < seg_end ? keys[k].start : seg_end;
            break;
        }
    for (size_t k = n; k > 0; k--)
        if (keys[k - 1].end <= money_start && keys[k - 1].start >= seg_start) {
            *kw_start = keys[k - 1].start;
            return keys[k - 1].value;
        }
    for (size_t k = 0; k < n; k++)
        if (keys[k].start >= money_end && keys[k].start < seg_end) {
            best = keys[k].value;
            *next_kw = seg_end;
            return best;
        }
    /* a word after a clause break names the next clause's figure */
    for (size_t k = n; k > 0; k--)
        if (keys[k - 1].end <= money_start)
            return keys[k - 1].value;
    /* "You mean regional product?" - "Yes, two trillion.": a sentence
     * without a measure of its own answers the question just before it */
    if (!n && si > 0 && c->s->items[si - 1].kind == NG_PARA_BODY && ends_in_question(t, &c->s->items[si - 1])) {
        const ng_sentence *pv = &c->s->items[si - 1];
        ng_money mm[1];
        size_t np = ng_kb_find_all(c->kb, "indicator", t, pv->tok_start, pv->tok_end, keys, MAX_KEYS);
        if (np && !ng_money_find(c->kb, t, pv->tok_start, pv->tok_end, mm, 1))
            return keys[np - 1].value;
    }
    /* a bare figure ("we will reach $1bn") in an article about trade is
     * a trade figure: the words near it name no other measure */
    return c->article_trades ? "Trade" : "OtherIndicator";
}

/* "signed a roadmap for 2024-2026 and contracts worth $40 million": the
 * term of a document joined to the figure by "and", not its period ("the
 * programme for 2024-2026 envisages $500 million" keeps it). */
static int document_term(const ctx *c, const ng_timex *x, size_t money)
{
    const ng_tokens *t = &c->doc->toks;
    size_t k = x->tok_start;
    if (k < 2 || !ng_tok_eq(t, k - 1, "for") || x->tok_end >= money)
        return 0;
    int joined = 0;
    for (size_t j = x->tok_end; j < money && !joined; j++)
        joined = ng_tok_eq(t, j, "and");
    for (size_t back = 1; joined && back <= 2 && back + 1 <= k; back++)
        if (ng_kb_match(c->kb, "document-noun", t, k - 1 - back, k - 1, NULL) == back)
            return 1;
    return 0;
}

/* prev_end: where the figure before this one in the sentence ends, or
 * (size_t)-1; a time right after it ("$500 million in 2023 compared to
 * $400 million in 2022") is that figure's, not this one's. */
static void period_for(const ctx *c, const ng_timex *x, size_t nx, size_t money, size_t seg_end, size_t prev_end,
                       ng_claim *cl)
{
    const ng_timex *best = NULL;
    for (size_t i = 0; i < nx; i++) {
        if (x[i].comparison || !x[i].from.y || x[i].precision == NG_PREC_DAY || x[i].weekday_led ||
            document_term(c, &x[i], money))
            continue;
        if (prev_end != (size_t)-1 && x[i].tok_start >= prev_end && x[i].tok_start <= prev_end + 1 &&
            x[i].tok_end <= money)
            continue;
        if (x[i].tok_end <= money)
            best = &x[i];
    }
    if (!best)
        for (size_t i = 0; i < nx; i++)
            if (!x[i].comparison && x[i].from.y && x[i].precision != NG_PREC_DAY && x[i].tok_start > money &&
                x[i].tok_start < seg_end) {
                best = &x[i];
                break;
            }
    if (!best)
        return;
    const ng_tokens *t = &c->doc->toks;
    /* "in 2016 and Q1 2017": two periods joined by "and" span both */
    const ng_timex *first = best;
    if (best > x && ng_tok_eq(t, best->tok_start - 1, "and") && best[-1].tok_end + 1 == best->tok_start &&
        !best[-1].comparison && best[-1].from.y && best[-1].precision != NG_PREC_DAY &&
        ng_date_cmp(best[-1].from, best->from) < 0)
        first = best - 1;
    cl->period_start = first->from;
    cl->period_end = best->to;
    free(cl->period_label);
    cl->period_label = ng_xstrndup(t->text + t->toks[first->tok_start].start,
                                   t->toks[best->tok_end - 1].end - t->toks[first->tok_start].start);
}

static void add_party(ng_claim *cl, const ng_place *p)
{
    if (!p)
        return;
    for (int i = 0; i < cl->nparties; i++)
        if (cl->parties[i] == p)
            return;
    if (cl->nparties < NG_MAX_PARTIES)
        cl->parties[cl->nparties++] = p;
}

/* The places whose trade it is: those the sentence names (a country
 * drops out when one of its regions is named), completed with the
 * article's own pair. */
/* "Deputy Chairman of the Vitebsk Oblast Executive Committee Pavel
 * Orekhov told reporters": a place inside a title names whom the speaker
 * serves, not whose trade the figure is. */
static int in_title(const ctx *c, size_t mi)
{
    const ng_tokens *t = &c->doc->toks;
    const ng_mention *x = &c->m->items[mi];
    if (ng_kb_match(c->kb, "institution-tail", t, x->tok_end, t->ntok, NULL))
        return 1;
    size_t k = x->tok_start;
    if (k > 0 && ng_tok_eq(t, k - 1, "the"))
        k--;
    if (k == 0 || !ng_tok_eq(t, k - 1, "of"))
        return 0;
    for (size_t j = mi; j-- > 0 && c->m->items[j].tok_end + 2 >= k;)
        if (c->m->items[j].tok_end == k - 1 && c->m->items[j].kind == NG_M_OFFICE)
            return 1;
    return 0;
}

/* "contracts signed at the Forum of Regions of Belarus and Russia": the
 * places of an event's name are no parties to the figure. */
static int in_event_name(const ctx *c, const ng_sentence *sen, const ng_mention *x)
{
    const ng_tokens *t = &c->doc->toks;
    size_t from = x->tok_start > sen->tok_start + 8 ? x->tok_start - 8 : sen->tok_start;
    for (size_t j = from; j < x->tok_start; j++) {
        ng_series *series = NULL;
        size_t n = ng_kb_match_series(c->kb, t, j, sen->tok_end, &series);
        if (n && series && j + n >= x->tok_end)
            return 1;
    }
    return 0;
}

/* "Trade between the two regions": the region of home and the foreign
 * region the article named last before tok. 1 when both were found. */
static int regions_named_before(const ctx *c, size_t tok, ng_claim *cl)
{
    const ng_mentions *m = c->m;
    const ng_place *own = NULL, *other = NULL;
    for (size_t i = ng_mentions_from(m, tok); i > 0 && (!own || !other); i--) {
        const ng_mention *x = &m->items[i - 1];
        if (x->kind != NG_M_PLACE || !(x->place->classes & NG_REGION))
            continue;
        if (m->home && ng_place_within(x->place, m->home)) {
            if (!own)
                own = x->place;
        } else if (!other) {
            other = x->place;
        }
    }
    if (!own || !other)
        return 0;
    add_party(cl, own);
    add_party(cl, other);
    return 1;
}

/* "Belarusian-Uzbek trade", "Belarusian exports": an adjective of a
 * country names a party when it joins another by a hyphen or stands
 * right before the measure. */
static int demonym_party(const ctx *c, size_t i)
{
    const ng_mentions *m = c->m;
    const ng_tokens *t = &c->doc->toks;
    const ng_mention *x = &m->items[i];
    if (x->kind != NG_M_DEMONYM)
        return 0;
    if (ng_tok_is(t, x->tok_end, '-') && i + 1 < m->len && m->items[i + 1].kind == NG_M_DEMONYM &&
        m->items[i + 1].tok_start == x->tok_end + 1)
        return 1;
    if (i > 0 && m->items[i - 1].kind == NG_M_DEMONYM && m->items[i - 1].tok_end + 1 == x->tok_start &&
        ng_tok_is(t, x->tok_start - 1, '-'))
        return 1;
    return ng_kb_match(c->kb, "indicator", t, x->tok_end, t->ntok, NULL) != 0;
}

/* The places named in [from, to) of the sentence that may be parties. */
static int places_named(const ctx *c, const ng_sentence *sen, size_t from, size_t to, const ng_place **named)
{
    const ng_mentions *m = c->m;
    int n = 0;
    for (size_t i = ng_mentions_from(m, from); i < m->len && m->items[i].tok_start < to; i++) {
        const ng_mention *x = &m->items[i];
        if ((x->kind != NG_M_PLACE && !demonym_party(c, i)) || n >= 8 || in_title(c, i) || in_event_name(c, sen, x))
            continue;
        /* a city is a party ("trade between Minsk and Moscow"), not where
         * something happened ("signed in Minsk") */
        if (!(x->place->classes & (NG_COUNTRY | NG_REGION)) && x->tok_start > sen->tok_start &&
            (ng_tok_eq(&c->doc->toks, x->tok_start - 1, "in") || ng_tok_eq(&c->doc->toks, x->tok_start - 1, "at") ||
             ng_tok_eq(&c->doc->toks, x->tok_start - 1, "near") || ng_tok_eq(&c->doc->toks, x->tok_start - 1, "to")))
            continue;
        int dup = 0;
        for (int k = 0; k < n; k++)
            dup |= named[k] == x->place;
        if (!dup)
            named[n++] = x->place;
    }
    return n;
}

/* The article's region: the region named most often in its body, at
 * least twice. */
/* The body speaks of "the region" (lex:region-ref) at least twice. */
static int region_referred(const ng_kb *kb, const ng_sentences *s, const ng_tokens *t)
{
    int n = 0;
    for (size_t i = 0; i < s->len && n < 2; i++)
        if (s->items[i].kind == NG_PARA_BODY)
            for (size_t k = s->items[i].tok_start; k < s->items[i].tok_end && n < 2; k++)
                n += ng_kb_match(kb, "region-ref", t, k, s->items[i].tok_end, NULL) != 0;
    return n >= 2;
}

static const ng_place *focus_region(const ng_kb *kb, const ng_mentions *m, const ng_sentences *s,
                                    const ng_tokens *tokens)
{
    enum { MAX_REGIONS = 64 };
    const ng_place *seen[MAX_REGIONS];
    int count[MAX_REGIONS], n = 0;
    for (size_t i = 0; i < m->len; i++) {
        const ng_mention *x = &m->items[i];
        if (x->kind != NG_M_PLACE || !(x->place->classes & NG_REGION) || (x->place->classes & NG_COUNTRY) ||
            s->items[ng_sentence_of(s, x->tok_start)].kind != NG_PARA_BODY)
            continue;
        int k = 0;
        while (k < n && seen[k] != x->place)
            k++;
        if (k == n) {
            if (n == MAX_REGIONS)
                continue;
            seen[n] = x->place;
            count[n++] = 0;
        }
        count[k]++;
    }
    int best = -1; /* the first named wins a tie */
    for (int k = 0; k < n; k++)
        if (count[k] >= 2 && (best < 0 || count[k] > count[best]))
            best = k;
    /* the only region named, which the text goes on calling "the region" */
    if (best < 0 && n == 1 && region_referred(kb, s, tokens))
        best = 0;
    return best < 0 ? NULL : seen[best];
}

/* A side of the article, or the article's region when it lies in it. */
static const ng_place *focus_for(const ctx *c, const ng_place *side)
{
    if (side && c->focus && c->focus != side && (side->classes & NG_COUNTRY) && ng_place_within(c->focus, side))
        return c->focus;
    return side;
}

static const ng_place *country_at(const ng_mentions *m, size_t i);

static int former(const ctx *c, const ng_place *p)
{
    return ng_kb_key_in(c->kb, "former-country", p->label);
}

/* The country the article speaks most of, other than skip: its places
 * (a city or region counts for its country), adjectives ("Belarusian")
 * and, twice, the offices of the known people it names. For an article
 * that names one country while its people and cities name the other
 * ("Lukashenko met the President of Uzbekistan in Minsk"). */
static const ng_place *article_country(const ctx *c, const ng_place *skip)
{
    const ng_mentions *m = c->m;
    enum { MAX_COUNTRIES = 32 };
    const ng_place *seen[MAX_COUNTRIES];
    int count[MAX_COUNTRIES], n = 0;
    size_t total = m->len + m->npersons;
    for (size_t i = 0; i < total; i++) {
        const ng_place *p = country_at(m, i);
        if (!p || p == skip)
            continue;
        int k = 0;
        while (k < n && seen[k] != p)
            k++;
        if (k == n) {
            if (n == MAX_COUNTRIES)
                continue;
            seen[n] = p;
            count[n++] = 0;
        }
        count[k] += i < m->len ? 1 : 2;
    }
    int best = -1;
    for (int k = 0; k < n; k++)
        if ((best < 0 || count[k] > count[best]) && !former(c, seen[k]))
            best = k;
    return best < 0 ? NULL : seen[best];
}

/* The country of mention i, or of known person i - m->len. */
static const ng_place *country_at(const ng_mentions *m, size_t i)
{
    if (i < m->len) {
        const ng_mention *x = &m->items[i];
        return x->kind == NG_M_PLACE || x->kind == NG_M_DEMONYM ? ng_place_country(x->place) : NULL;
    }
    const ng_known_position *k = ng_person_known(m->persons[i - m->len].known, NULL, m->as_of);
    return k && k->jurisdiction ? ng_place_country(k->jurisdiction) : NULL;
}

/* The places of the figure's own clause ("trade with Smolensk Oblast fell
 * to $640 million, while trade with Bryansk Oblast rose to ..."), else of
 * its sentence. */
static void parties_for(const ctx *c, const ng_sentence *sen, size_t seg_start, size_t seg_end, ng_claim *cl)
{
    const ng_mentions *m = c->m;
    const ng_place *named[8];
    int n = places_named(c, sen, seg_start, seg_end, named);
    if (!n)
        n = places_named(c, sen, sen->tok_start, sen->tok_end, named);
    for (int i = 0; i < n; i++) {
        int container = 0;
        for (int k = 0; k < n; k++)
            if (k != i && named[k] != named[i] && ng_place_within(named[k], named[i]))
                container = 1;
        if (!container)
            add_party(cl, named[i]);
    }
    if (cl->nparties >= 2)
        return;
    if (!n && has_phrase(c->kb, "two-regions-ref", &c->doc->toks, sen->tok_start, sen->tok_end) &&
        regions_named_before(c, sen->tok_start, cl))
        return;
    const ng_place *home = m->home_side ? m->home_side : m->home;
    if (cl->nparties == 1) {
        const ng_place *p = cl->parties[0];
        if (m->home && ng_place_within(p, m->home))
            add_party(cl, m->partner);
        else
            add_party(cl, home);
        return;
    }
    /* a figure that names no place is of the article's sides; when the
     * article is about a region, the region stands for its country */
    const ng_place *partner = m->partner;
    /* "the collapse of the USSR": a country that is no more is history,
     * not a side of today's trade */
    if (home && former(c, home))
        home = article_country(c, home);
    if (!home)
        home = article_country(c, NULL);
    const ng_place *home_country = home && ng_place_country(home) ? ng_place_country(home) : home;
    if (home_country && (!partner || ng_place_within(partner, home_country)))
        partner = article_country(c, home_country);
    add_party(cl, focus_for(c, home));
    add_party(cl, focus_for(c, partner));
}

/* "Our target is $250 million by 2027", "The two countries aim at $1.5
 * billion": a figure whose sentence names no side, or one of the sides of
 * the figure just before (within two sentences), goes on with that
 * figure's sides; "Gomel Oblast accounted for $11.4 million of this
 * amount": a region of one side stands in for it. Measured: partners
 * claim.parties 23/30 -> 30/30, devtest 9/10 -> 10/10, dev unchanged. */
static void parties_of_previous(const ctx *c, const ng_claims *out, size_t si, ng_claim *cl)
{
    if (out->len < 2)
        return;
    const ng_claim *p = &out->items[out->len - 2];
    size_t ps = ng_sentence_of(c->s, p->money_tok);
    if (p->nparties != 2 || ps == (size_t)-1 || ps >= si || ps + 2 < si)
        return;
    /* contracts signed at a forum are the two countries' (GOLD.md), no
     * sides for the talk of trade after them */
    if (strcmp(p->indicator, "Contracts") == 0 && strcmp(cl->indicator, "Contracts") != 0)
        return;
    const ng_sentence *sen = &c->s->items[si];
    const ng_place *named[8];
    int n = places_named(c, sen, sen->tok_start, sen->tok_end, named);
    const ng_place *a = p->parties[0], *b = p->parties[1];
    if (n > 1)
        return;
    if (n == 1 && named[0] != a && named[0] != b) {
        if (ng_place_within(named[0], a))
            a = named[0];
        else if (ng_place_within(named[0], b))
            b = named[0];
        else
            return;
    }
    cl->nparties = 0;
    add_party(cl, a);
    add_party(cl, b);
}

static ng_claim *new_claim(ng_claims *out)
{
    if (out->len == out->cap) {
        out->cap = out->cap ? out->cap * 2 : 8;
        out->items = ng_xrealloc(out->items, out->cap * sizeof *out->items);
    }
    ng_claim *cl = &out->items[out->len++];
    memset(cl, 0, sizeof *cl);
    cl->speaker = -1;
    return cl;
}

/* "We once dreamed of $1bn. This year ... we will overcome this
 * milestone.": the next sentence qualifies the figure. */
static void follow_anaphor(ctx *c, size_t si, ng_claim *cl)
{
    if (si + 1 >= c->s->len || c->s->items[si + 1].para != c->s->items[si].para)
        return;
    const ng_sentence *nx = &c->s->items[si + 1];
    const ng_tokens *t = &c->doc->toks;
    ng_money mm[2];
    if (ng_money_find(c->kb, t, nx->tok_start, nx->tok_end, mm, 2))
        return;
    size_t at = (size_t)-1, len = 0;
    for (size_t i = nx->tok_start; i < nx->tok_end && at == (size_t)-1; i++)
        if ((len = ng_kb_match(c->kb, "figure-anaphor", t, i, nx->tok_end, NULL)) != 0)
            at = i;
    /* "to double this figure" sets a new figure, it does not qualify this one */
    size_t verb = at != (size_t)-1 && at > nx->tok_start + 2 ? at - 2 : nx->tok_start;
    if (at == (size_t)-1 || has_phrase(c->kb, "figure-transform", t, verb, at))
        return;
    const char *q = ng_claim_qualifier_before(c->kb, t, nx->tok_start, at);
    if (strcmp(cl->qualifier, "Exact") == 0)
        cl->qualifier = q;
    if (has_phrase(c->kb, "projected-cue", t, nx->tok_start, at))
        cl->projected = 1;
    if (!cl->period_start.y) {
        ng_timex x[MAX_TIMEX];
        size_t n = ng_timex_find(c->kb, t, nx->tok_start, nx->tok_end, c->doc->issued, x, MAX_TIMEX);
        period_for(c, x, n, nx->tok_end, nx->tok_end, (size_t)-1, cl);
    }
}

/* "Trade reached $640 million. This is 12% more than a year before.":
 * growth stated in the next sentence of the paragraph, which gives no
 * figure and names no other measure, is the figure's. */
static void change_of_next(const ctx *c, size_t si, ng_claim *cl)
{
    if (si + 1 >= c->s->len || c->s->items[si + 1].para != c->s->items[si].para)
        return;
    const ng_sentence *nx = &c->s->items[si + 1];
    const ng_tokens *t = &c->doc->toks;
    ng_money mm[1];
    if (ng_money_find(c->kb, t, nx->tok_start, nx->tok_end, mm, 1))
        return;
    ng_kb_hit h[MAX_KEYS];
    size_t n = ng_kb_find_all(c->kb, "indicator", t, nx->tok_start, nx->tok_end, h, MAX_KEYS);
    for (size_t k = 0; k < n; k++)
        if (strcmp(h[k].value, cl->indicator) != 0)
            return;
    double ch;
    if (ng_claim_change_in(c->kb, t, nx->tok_start, nx->tok_end, 0, &ch)) {
        cl->has_change = 1;
        cl->change = ch;
    }
}

/* "The parties summed up the results of 2024.": a sentence without a figure
 * that names the period the next sentence's figures are of. */
static int sets_period(const ctx *c, size_t si)
{
    const ng_sentence *sen = &c->s->items[si];
    const ng_tokens *t = &c->doc->toks;
    ng_money mm[1];
    return !ng_money_find(c->kb, t, sen->tok_start, sen->tok_end, mm, 1) &&
           has_phrase(c->kb, "period-setting", t, sen->tok_start, sen->tok_end);
}

/* The sentence names a time of its own, even one that cannot be resolved
 * ("last year" without a publication date), or says "today". */
static int own_time(const ctx *c, const ng_timex *x, size_t nx, const ng_sentence *sen)
{
    for (size_t i = 0; i < nx; i++)
        if (!x[i].comparison)
            return 1;
    return has_phrase(c->kb, "present-cue", &c->doc->toks, sen->tok_start, sen->tok_end);
}

/* "Trade slipped in 2015. Turnover came to $878 million.": the sentence
 * before, in the same paragraph, speaks of the same measure without a
 * figure of its own, so the period it names is this figure's ("The
 * agreement was signed in 2015." names the year of something else). */
static int figureless_before(const ctx *c, size_t si, const char *indicator)
{
    if (si == 0 || c->s->items[si - 1].para != c->s->items[si].para)
        return 0;
    const ng_sentence *pv = &c->s->items[si - 1];
    ng_money mm[1];
    if (ng_money_find(c->kb, &c->doc->toks, pv->tok_start, pv->tok_end, mm, 1))
        return 0;
    ng_kb_hit h[MAX_KEYS];
    size_t n = ng_kb_find_all(c->kb, "indicator", &c->doc->toks, pv->tok_start, pv->tok_end, h, MAX_KEYS);
    for (size_t k = 0; k < n; k++)
        if (strcmp(h[k].value, indicator) == 0)
            return 1;
    return 0;
}

/* "The parties reviewed the results of the first half of 2024. Trade over
 * this period reached ...": the period the sentence before names. */
static void period_of_previous(const ctx *c, size_t si, ng_claim *cl)
{
    if (si == 0 || c->s->items[si - 1].para != c->s->items[si].para)
        return;
    const ng_sentence *pv = &c->s->items[si - 1];
    ng_timex x[MAX_TIMEX];
    size_t n = ng_timex_find(c->kb, &c->doc->toks, pv->tok_start, pv->tok_end, c->doc->issued, x, MAX_TIMEX);
    period_for(c, x, n, pv->tok_end, pv->tok_end, (size_t)-1, cl);
}

/* Where the clause of a figure ends: at a semicolon, or a comma before a
 * word that opens another clause (", with exports accounting for ...",
 * ", and in the first seven months it grew by 14%"). */
static size_t clause_end(const ng_kb *kb, const ng_tokens *t, size_t from, size_t to)
{
    for (size_t j = from; j < to; j++)
        if (ng_tok_is(t, j, ';') || (ng_tok_is(t, j, ',') && ng_kb_word_in(kb, "clause-opener", t, j + 1)))
            return j;
    return to;
}

/* The currency of the amounts nearest sentence si, within six
 * sentences either way (the same sentence first), or NULL when none
 * there has one. */
static const char *series_currency(const ctx *c, size_t si)
{
    for (size_t d = 0; d <= 6; d++)
        for (int side = 0; side < 2; side++) {
            size_t k = side ? si + d : si - d;
            if ((side && k >= c->s->len) || (!side && d > si) || (d == 0 && side))
                continue;
            const ng_sentence *x = &c->s->items[k];
            if (x->kind != NG_PARA_BODY)
                continue;
            ng_money mm[MAX_MONEY];
            size_t n = ng_money_find(c->kb, &c->doc->toks, x->tok_start, x->tok_end, mm, MAX_MONEY);
            for (size_t j = 0; j < n; j++)
                if (mm[j].unit)
                    return mm[j].unit;
        }
    return NULL;
}

/* An exchange rate is no claim about the economy: "the rate stood at 3.2
 * rubles per dollar", "USD 3.2 BYN". */
static int exchange_rate(const ctx *c, size_t money, size_t money_end, size_t seg_start, size_t seg_end)
{
    const ng_tokens *t = &c->doc->toks;
    /* a currency before the number and another after it */
    if (money > seg_start && ng_kb_match(c->kb, "currency", t, money - 1, money, NULL) &&
        t->toks[money].kind == NG_TOK_NUM)
        return 1;
    const char *first = NULL, *other = NULL;
    if (ng_kb_match(c->kb, "currency", t, money, money_end, &first) && first)
        for (size_t j = money + 1; j < money_end + 1 && j < seg_end; j++)
            if (ng_kb_match(c->kb, "currency", t, j, seg_end, &other) && other && strcmp(other, first) != 0)
                return 1; /* "USD 3.27 BYN" */
    size_t lo = money > seg_start + 6 ? money - 6 : seg_start;
    size_t hi = money_end + 4 < seg_end ? money_end + 4 : seg_end;
    return has_phrase(c->kb, "rate-cue", t, lo, money) || has_phrase(c->kb, "rate-after", t, money_end, hi);
}

/* "In 2022, the forum took place in Grodno. [...] Many contracts were
 * concluded, worth RUB65 billion.": contracts after a forum named with
 * its year, earlier in the paragraph, are the forum's, of its year. */
static int year_of_forum(const ctx *c, size_t si, ng_claim *cl)
{
    const ng_tokens *t = &c->doc->toks;
    for (size_t k = si, looked = 0; k > 0 && looked < 4; k--, looked++) {
        const ng_sentence *pv = &c->s->items[k - 1];
        if (pv->para != c->s->items[si].para)
            return 0;
        if (!has_phrase(c->kb, "forum-cue", t, pv->tok_start, pv->tok_end))
            continue;
        ng_timex x[MAX_TIMEX];
        size_t n = ng_timex_find(c->kb, t, pv->tok_start, pv->tok_end, c->doc->issued, x, MAX_TIMEX);
        for (size_t i = 0; i < n; i++)
            if (!x[i].comparison && x[i].from.y && x[i].precision == NG_PREC_YEAR && !x[i].future) {
                period_for(c, &x[i], 1, pv->tok_end, pv->tok_end, (size_t)-1, cl);
                return 1;
            }
        return 0;
    }
    return 0;
}

/* Contracts signed at a forum are between the two countries: the
 * parties become their countries, and the other side's country is added
 * when only one remains. Their period is only one the sentence states. */
static void countries_of(const ctx *c, ng_claim *cl)
{
    const ng_place *had[NG_MAX_PARTIES];
    int n = cl->nparties;
    for (int i = 0; i < n; i++)
        had[i] = cl->parties[i];
    cl->nparties = 0;
    for (int i = 0; i < n; i++) {
        const ng_place *country = ng_place_country(had[i]);
        add_party(cl, country ? country : had[i]);
    }
    if (cl->nparties == 1) {
        const ng_place *home = c->m->home ? ng_place_country(c->m->home) : NULL;
        const ng_place *partner = c->m->partner ? ng_place_country(c->m->partner) : NULL;
        if (home && home != cl->parties[0])
            add_party(cl, home);
        else if (partner && partner != cl->parties[0])
            add_party(cl, partner);
        /* else the first other country the article's places lie in */
        for (size_t i = 0; i < c->m->len && cl->nparties == 1; i++) {
            const ng_mention *x = &c->m->items[i];
            const ng_place *country = x->kind == NG_M_PLACE ? ng_place_country(x->place) : NULL;
            if (country && country != cl->parties[0])
                add_party(cl, country);
        }
    }
}

/* "3.2 billion yuan (about 445 million U.S. dollars) in 2024, up 17
 * percent": the same figure in two currencies, the second in brackets
 * right after the first (GOLD.md: two claims). What the sentence says of
 * one twin (its change, its period) it says of both. */
static void copy_twin_slots(const ng_claim *from, ng_claim *to)
{
    if (!to->has_change && from->has_change) {
        to->has_change = 1;
        to->change = from->change;
    }
    if (!to->period_start.y && from->period_start.y) {
        to->period_start = from->period_start;
        to->period_end = from->period_end;
        free(to->period_label);
        to->period_label = from->period_label ? ng_xstrdup(from->period_label) : NULL;
    }
}

static void share_twins(ng_claims *out, const ng_tokens *t, const ng_money *money, const size_t *claim_of, size_t nm)
{
    for (size_t k = 0; k + 1 < nm; k++) {
        if (claim_of[k] == (size_t)-1 || claim_of[k + 1] == (size_t)-1 || !ng_tok_is(t, money[k].tok_end, '(') ||
            money[k + 1].tok_start > money[k].tok_end + 3)
            continue;
        copy_twin_slots(&out->items[claim_of[k]], &out->items[claim_of[k + 1]]);
        copy_twin_slots(&out->items[claim_of[k + 1]], &out->items[claim_of[k]]);
    }
}

/* "..., with an increase of 9%": a clause that only states the growth of
 * the figure before it (lexicon change-clause). */
static int change_clause(const ctx *c, size_t seg_end, size_t sen_end, double *ch)
{
    const ng_tokens *t = &c->doc->toks;
    if (!ng_tok_is(t, seg_end, ',') || !ng_kb_match(c->kb, "change-clause", t, seg_end + 1, sen_end, NULL))
        return 0;
    return ng_claim_change_in(c->kb, t, seg_end + 1, seg_end + 8 < sen_end ? seg_end + 8 : sen_end, 0, ch);
}

static void sentence_claims(ctx *c, ng_claims *out, size_t si)
{
    const ng_sentence *sen = &c->s->items[si];
    const ng_tokens *t = &c->doc->toks;
    ng_money money[MAX_MONEY];
    size_t nm = ng_money_find(c->kb, t, sen->tok_start, sen->tok_end, money, MAX_MONEY);
    if (!nm)
        return;
    ng_timex tx[MAX_TIMEX];
    size_t nx = ng_timex_find(c->kb, t, sen->tok_start, sen->tok_end, c->doc->issued, tx, MAX_TIMEX);
    size_t claim_of[MAX_MONEY];
    for (size_t k = 0; k < nm; k++) {
        claim_of[k] = (size_t)-1;
        if (!money[k].unit) {
            /* an amount without a currency takes that of the text's
             * series around it; a round sum, in talk of trade, the one
             * such trade figures are given in */
            const char *unit = series_currency(c, si);
            ng_kb_hit h[1];
            if (!unit && ng_kb_find_all(c->kb, "indicator-Trade", t, sen->tok_start, sen->tok_end, h, 1))
                ng_kb_match(c->kb, "tradecurrency", t, money[k].tok_end - 1, money[k].tok_end, &unit);
            if (!unit)
                continue;
            money[k].unit = unit;
        }
        size_t seg_start = k ? money[k - 1].tok_end : sen->tok_start;
        size_t seg_end = clause_end(c->kb, t, money[k].tok_end, k + 1 < nm ? money[k + 1].tok_start : sen->tok_end);
        if (exchange_rate(c, money[k].tok_start, money[k].tok_end, seg_start, seg_end))
            continue;
        size_t kw, next_kw;
        ng_claim *cl = new_claim(out);
        claim_of[k] = out->len - 1;
        cl->indicator = indicator_near(c, si, money[k].tok_start, money[k].tok_end, seg_start, seg_end, &kw,
                                       &next_kw);
        cl->mantissa = money[k].mantissa;
        cl->decimals = money[k].decimals;
        cl->unit = money[k].unit;
        cl->money_tok = money[k].tok_start;
        double ch;
        if (ng_claim_change_in(c->kb, t, kw, money[k].tok_start, 1, &ch) ||
            ng_claim_change_in(c->kb, t, money[k].tok_end, next_kw, 0, &ch) ||
            (k + 1 == nm && change_clause(c, seg_end, sen->tok_end, &ch))) {
            cl->has_change = 1;
            cl->change = ch;
        }
        cl->qualifier = ng_claim_qualifier_before(c->kb, t, seg_start, money[k].tok_start);
        /* "was planned at $1 billion but reached $900 million": a cue
         * before a contrast is the earlier figure's */
        size_t proj_from = k && has_phrase(c->kb, "contrast-opener", t, seg_start, money[k].tok_start)
                               ? seg_start : sen->tok_start;
        cl->projected = ng_claim_projected_in(c->kb, t, proj_from, money[k].tok_start, money[k].tok_end, seg_end);
        period_for(c, tx, nx, money[k].tok_start, seg_end, k ? money[k - 1].tok_end : (size_t)-1, cl);
        if (!cl->period_start.y &&
            (has_phrase(c->kb, "period-anaphor", t, seg_start, seg_end) || sets_period(c, si - (si > 0)) ||
             (!cl->projected && !own_time(c, tx, nx, sen) && figureless_before(c, si, cl->indicator))))
            period_of_previous(c, si, cl);
        /* "Trade slipped in 2015 by a quarter. Turnover came to $878
         * million.": the growth of the same measure just before */
        if (!cl->has_change && !cl->projected && figureless_before(c, si, cl->indicator)) {
            const ng_sentence *pv = &c->s->items[si - 1];
            double ch;
            if (ng_claim_change_in(c->kb, t, pv->tok_start, pv->tok_end, 0, &ch)) {
                cl->has_change = 1;
                cl->change = ch;
            }
        }
        parties_for(c, sen, seg_start, seg_end, cl);
        parties_of_previous(c, out, si, cl);
        cl->speaker = ng_claim_speaker_for(&c->sp, si, t, money[k].tok_start);
        cl->span = (ng_span){t->toks[sen->tok_start].start, t->toks[sen->tok_end - 1].end};
        if (k + 1 == nm) {
            follow_anaphor(c, si, cl);
            if (!cl->has_change)
                change_of_next(c, si, cl);
        }
        /* a figure without a period goes on with its paragraph's period, or
         * with that of the same measure in the sentence just before (a
         * report of one-sentence paragraphs, region after region) */
        int at_forum = strcmp(cl->indicator, "Contracts") == 0 &&
                       has_phrase(c->kb, "forum-cue", t, sen->tok_start, sen->tok_end);
        if (strcmp(cl->indicator, "Contracts") == 0 && !cl->period_start.y && !own_time(c, tx, nx, sen))
            at_forum |= year_of_forum(c, si, cl);
        if (at_forum)
            countries_of(c, cl);
        if (!cl->period_start.y && !cl->projected && !at_forum) {
            for (size_t j = out->len - 1, looked = 0; j > 0 && looked < 8; j--, looked++) {
                const ng_claim *p = &out->items[j - 1];
                size_t ps = ng_sentence_of(c->s, p->money_tok);
                if (c->s->items[ps].para != sen->para &&
                    (ps + 1 != si || strcmp(p->indicator, cl->indicator) != 0))
                    break;
                if (p->period_start.y && !p->projected) {
                    cl->period_start = p->period_start;
                    cl->period_end = p->period_end;
                    if (p->period_label)
                        cl->period_label = ng_xstrdup(p->period_label);
                    break;
                }
            }
        }
    }
    share_twins(out, t, money, claim_of, nm);
}

/* The same figure said twice in an article is one claim. */
/* Folds a repeated figure into its first mention. Merged claims are only
 * marked and compacted at the end: removing them one by one would make
 * input with thousands of amounts quadratic. */
static void merge_claims(ng_claims *out)
{
    unsigned char *gone = out->len ? ng_xcalloc(out->len, 1) : NULL;
    for (size_t i = 0; i < out->len; i++) {
        ng_claim *a = &out->items[i];
        if (gone[i])
            continue;
        /* a repeated figure comes within a few claims */
        for (size_t j = i + 1; j < out->len && j < i + 64; j++) {
            ng_claim *b = &out->items[j];
            if (gone[j] || strcmp(a->indicator, b->indicator) || a->mantissa != b->mantissa ||
                a->decimals != b->decimals || strcmp(a->unit, b->unit) || a->projected != b->projected)
                continue;
            if (!a->period_start.y && b->period_start.y) {
                a->period_start = b->period_start;
                a->period_end = b->period_end;
                free(a->period_label);
                a->period_label = b->period_label;
                b->period_label = NULL;
            }
            if (!a->has_change && b->has_change) {
                a->has_change = 1;
                a->change = b->change;
            }
            if (a->speaker < 0)
                a->speaker = b->speaker;
            free(b->period_label);
            b->period_label = NULL;
            gone[j] = 1;
        }
    }
    size_t kept = 0;
    for (size_t i = 0; i < out->len; i++)
        if (!gone[i])
            out->items[kept++] = out->items[i];
    out->len = kept;
    free(gone);
}

void ng_claims_find(ng_claims *out, const ng_doc *doc, const ng_sentences *s, const ng_mentions *m,
                    const ng_kb *kb)
{
    memset(out, 0, sizeof *out);
    ctx c = {kb, doc, s, m, {0}, 0, NULL};
    ng_claim_speakers_find(&c.sp, doc, s, m, kb);
    c.focus = focus_region(kb, m, s, &doc->toks);
    for (size_t i = 0; i < s->len && !c.article_trades; i++)
        if (s->items[i].kind == NG_PARA_BODY &&
            has_phrase(kb, "indicator-Trade", &doc->toks, s->items[i].tok_start, s->items[i].tok_end))
            c.article_trades = 1;
    for (size_t i = 0; i < s->len; i++)
        if (s->items[i].kind == NG_PARA_BODY)
            sentence_claims(&c, out, i);
    merge_claims(out);
    ng_claim_speakers_free(&c.sp);
}

void ng_claims_free(ng_claims *c)
{
    for (size_t i = 0; i < c->len; i++)
        free(c->items[i].period_label);
    free(c->items);
    memset(c, 0, sizeof *c);
}
