/*
 * discourse.c - the policies by which a claim takes a slot from another
 * sentence or from the whole article (see discourse.h, where each policy
 * is stated). Speakers are in discourse_speakers.c.
 */
#include "discourse.h"
#include "ns.h"
#include "claim_slots.h"
#include "money.h"

#include <stdlib.h>
#include <string.h>

#define MAX_MONEY 16
#define MAX_TIMEX 16
#define MAX_KEYS 32

/* True when the sentence gives an amount of money. */
static int has_figure(const ng_discourse *dc, const ng_sentence *sen)
{
    ng_money mm[1];
    return ng_money_find(dc->kb, &dc->doc->toks, sen->tok_start, sen->tok_end, mm, 1) != 0;
}

/* The sentence after si in its paragraph when it gives no figure, or NULL. */
static const ng_sentence *figureless_next(const ng_discourse *dc, size_t si)
{
    if (si + 1 >= dc->s->len || dc->s->items[si + 1].para != dc->s->items[si].para ||
        has_figure(dc, &dc->s->items[si + 1]))
        return NULL;
    return &dc->s->items[si + 1];
}

/* The sentence before si in its paragraph, or NULL. */
static const ng_sentence *previous_in_paragraph(const ng_discourse *dc, size_t si)
{
    if (si == 0 || dc->s->items[si - 1].para != dc->s->items[si].para)
        return NULL;
    return &dc->s->items[si - 1];
}

/* "The parties summed up the results of 2024.": a sentence without a figure
 * that names the period the next sentence's figures are of. */
static int sets_period(const ng_discourse *dc, size_t si)
{
    const ng_sentence *sen = &dc->s->items[si];
    return !has_figure(dc, sen) &&
           ng_lx_has(dc->kb, NG_LX_PERIOD_SETTING, &dc->doc->toks, sen->tok_start, sen->tok_end);
}

/* "Trade slipped in 2015. Turnover came to $878 million.": the sentence
 * before, in the same paragraph, speaks of the same measure without a
 * figure of its own, so the period it names is this figure's ("The
 * agreement was signed in 2015." names the year of something else). */
static int figureless_before(const ng_discourse *dc, size_t si, const char *indicator)
{
    const ng_sentence *pv = previous_in_paragraph(dc, si);
    if (!pv || has_figure(dc, pv))
        return 0;
    ng_kb_hit h[MAX_KEYS];
    size_t n = ng_lx_find_all(dc->kb, NG_LX_INDICATOR, &dc->doc->toks, pv->tok_start, pv->tok_end, h, MAX_KEYS);
    for (size_t k = 0; k < n; k++)
        if (strcmp(h[k].value, indicator) == 0)
            return 1;
    return 0;
}

/* "The parties reviewed the results of the first half of 2024. Trade over
 * this period reached ...": the period the sentence before names. */
static void period_of_previous(const ng_discourse *dc, size_t si, ng_claim *cl)
{
    const ng_sentence *pv = previous_in_paragraph(dc, si);
    if (!pv)
        return;
    ng_timex x[MAX_TIMEX];
    size_t n = ng_timex_find(dc->kb, &dc->doc->toks, pv->tok_start, pv->tok_end, dc->doc->issued, x, MAX_TIMEX);
    /* "They signed an action plan for 2025-2027. Contracts worth ...": a
     * document's term is no period of the next sentence's figures */
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (!ng_claim_after_document(dc->kb, &dc->doc->toks, &x[i]))
            x[kept++] = x[i];
    ng_claim_period_for(dc->kb, &dc->doc->toks, x, kept, pv->tok_end, pv->tok_end, (size_t)-1, cl);
}

void ng_dc_period_of_previous(const ng_discourse *dc, size_t si, size_t seg_start, size_t seg_end,
                              const ng_timex *x, size_t nx, ng_claim *cl)
{
    const ng_sentence *sen = &dc->s->items[si];
    const ng_tokens *t = &dc->doc->toks;
    if (!cl->period_start.y &&
        (ng_lx_has(dc->kb, NG_LX_PERIOD_ANAPHOR, t, seg_start, seg_end) || sets_period(dc, si - (si > 0)) ||
         (!cl->projected && !ng_claim_own_time(dc->kb, t, x, nx, sen->tok_start, sen->tok_end) &&
          figureless_before(dc, si, cl->indicator))))
        period_of_previous(dc, si, cl);
}

void ng_dc_period_carry(const ng_discourse *dc, const ng_claims *out, size_t si, ng_claim *cl)
{
    if (cl->period_start.y || cl->projected)
        return;
    const ng_sentence *sen = &dc->s->items[si];
    size_t reach = ng_kb_window(dc->kb, NG_LW_PERIOD_CARRY_CLAIMS);
    for (size_t j = out->len - 1, looked = 0; j > 0 && looked < reach; j--, looked++) {
        const ng_claim *p = &out->items[j - 1];
        size_t ps = ng_sentence_of(dc->s, p->money_tok);
        if (dc->s->items[ps].para != sen->para && (ps + 1 != si || strcmp(p->indicator, cl->indicator) != 0))
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

int ng_dc_forum_year(const ng_discourse *dc, size_t si, ng_claim *cl)
{
    const ng_tokens *t = &dc->doc->toks;
    size_t reach = ng_kb_window(dc->kb, NG_LW_FORUM_YEAR_SENTENCES);
    for (size_t k = si, looked = 0; k > 0 && looked < reach; k--, looked++) {
        const ng_sentence *pv = &dc->s->items[k - 1];
        if (pv->para != dc->s->items[si].para)
            return 0;
        if (!ng_lx_has(dc->kb, NG_LX_FORUM_CUE, t, pv->tok_start, pv->tok_end))
            continue;
        ng_timex x[MAX_TIMEX];
        size_t n = ng_timex_find(dc->kb, t, pv->tok_start, pv->tok_end, dc->doc->issued, x, MAX_TIMEX);
        for (size_t i = 0; i < n; i++)
            if (!x[i].comparison && x[i].from.y && x[i].precision == NG_PREC_YEAR && !x[i].future) {
                ng_claim_period_for(dc->kb, t, &x[i], 1, pv->tok_end, pv->tok_end, (size_t)-1, cl);
                return 1;
            }
        return 0;
    }
    return 0;
}

void ng_dc_follow_anaphor(const ng_discourse *dc, size_t si, ng_claim *cl)
{
    const ng_sentence *nx = figureless_next(dc, si);
    if (!nx)
        return;
    const ng_tokens *t = &dc->doc->toks;
    size_t at = (size_t)-1, len = 0;
    for (size_t i = nx->tok_start; i < nx->tok_end && at == (size_t)-1; i++)
        if ((len = ng_lx_match(dc->kb, NG_LX_FIGURE_ANAPHOR, t, i, nx->tok_end, NULL)) != 0)
            at = i;
    /* "to double this figure" sets a new figure, it does not qualify this one */
    size_t back = ng_kb_window(dc->kb, NG_LW_FIGURE_TRANSFORM_LOOKBACK);
    size_t verb = at != (size_t)-1 && at > nx->tok_start + back ? at - back : nx->tok_start;
    if (at == (size_t)-1 || ng_lx_has(dc->kb, NG_LX_FIGURE_TRANSFORM, t, verb, at))
        return;
    const char *q = ng_claim_qualifier_before(dc->kb, t, nx->tok_start, at);
    if (strcmp(cl->qualifier, NG_QUALIFIER_EXACT) == 0)
        cl->qualifier = q;
    if (ng_lx_has(dc->kb, NG_LX_PROJECTED_CUE, t, nx->tok_start, at))
        cl->projected = 1;
    if (!cl->period_start.y) {
        ng_timex x[MAX_TIMEX];
        size_t n = ng_timex_find(dc->kb, t, nx->tok_start, nx->tok_end, dc->doc->issued, x, MAX_TIMEX);
        ng_claim_period_for(dc->kb, t, x, n, nx->tok_end, nx->tok_end, (size_t)-1, cl);
    }
}

/* The last token of sen before closing quotes is a question mark. */
static int ends_in_question(const ng_tokens *t, const ng_sentence *sen)
{
    for (size_t k = sen->tok_end; k > sen->tok_start; k--)
        if (!ng_tok_is(t, k - 1, '"') && !ng_tok_is(t, k - 1, '\''))
            return ng_tok_is(t, k - 1, '?');
    return 0;
}

const char *ng_dc_answered_indicator(const ng_discourse *dc, size_t si)
{
    const ng_tokens *t = &dc->doc->toks;
    if (si == 0 || dc->s->items[si - 1].kind != NG_PARA_BODY || !ends_in_question(t, &dc->s->items[si - 1]))
        return NULL;
    const ng_sentence *pv = &dc->s->items[si - 1];
    ng_kb_hit keys[MAX_KEYS];
    size_t np = ng_lx_find_all(dc->kb, NG_LX_INDICATOR, t, pv->tok_start, pv->tok_end, keys, MAX_KEYS);
    if (np && !has_figure(dc, pv))
        return keys[np - 1].value;
    return NULL;
}

const char *ng_dc_series_currency(const ng_discourse *dc, size_t si)
{
    size_t reach = ng_kb_window(dc->kb, NG_LW_CURRENCY_SERIES_SENTENCES);
    for (size_t d = 0; d <= reach; d++)
        for (int side = 0; side < 2; side++) {
            size_t k = side ? si + d : si - d;
            if ((side && k >= dc->s->len) || (!side && d > si) || (d == 0 && side))
                continue;
            const ng_sentence *x = &dc->s->items[k];
            if (x->kind != NG_PARA_BODY)
                continue;
            ng_money mm[MAX_MONEY];
            size_t n = ng_money_find(dc->kb, &dc->doc->toks, x->tok_start, x->tok_end, mm, MAX_MONEY);
            for (size_t j = 0; j < n; j++)
                if (mm[j].unit)
                    return mm[j].unit;
        }
    return NULL;
}

void ng_dc_change_of_previous(const ng_discourse *dc, size_t si, ng_claim *cl)
{
    if (cl->has_change || cl->projected || !figureless_before(dc, si, cl->indicator))
        return;
    const ng_sentence *pv = &dc->s->items[si - 1];
    double ch;
    if (ng_claim_change_in(dc->kb, &dc->doc->toks, pv->tok_start, pv->tok_end, 0, &ch)) {
        cl->has_change = 1;
        cl->change = ch;
    }
}

void ng_dc_change_of_next(const ng_discourse *dc, size_t si, ng_claim *cl)
{
    if (cl->has_change)
        return;
    const ng_sentence *nx = figureless_next(dc, si);
    if (!nx)
        return;
    const ng_tokens *t = &dc->doc->toks;
    ng_kb_hit h[MAX_KEYS];
    size_t n = ng_lx_find_all(dc->kb, NG_LX_INDICATOR, t, nx->tok_start, nx->tok_end, h, MAX_KEYS);
    for (size_t k = 0; k < n; k++)
        if (strcmp(h[k].value, cl->indicator) != 0)
            return;
    double ch;
    if (ng_claim_change_in(dc->kb, t, nx->tok_start, nx->tok_end, 0, &ch)) {
        cl->has_change = 1;
        cl->change = ch;
    }
}

/* The body speaks of "the region" (lex:region-ref) at least twice. */
static int region_referred(const ng_kb *kb, const ng_sentences *s, const ng_tokens *t)
{
    int n = 0;
    for (size_t i = 0; i < s->len && n < 2; i++)
        if (s->items[i].kind == NG_PARA_BODY)
            for (size_t k = s->items[i].tok_start; k < s->items[i].tok_end && n < 2; k++)
                n += ng_lx_match(kb, NG_LX_REGION_REF, t, k, s->items[i].tok_end, NULL) != 0;
    return n >= 2;
}

const ng_place *ng_dc_focus_region(const ng_discourse *dc)
{
    const ng_kb *kb = dc->kb;
    const ng_mentions *m = dc->m;
    const ng_sentences *s = dc->s;
    const ng_tokens *tokens = &dc->doc->toks;
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

void ng_dc_init(ng_discourse *dc, const ng_kb *kb, const ng_doc *doc, const ng_sentences *s,
                const ng_mentions *m)
{
    *dc = (ng_discourse){kb, doc, s, m, NULL};
    dc->focus = ng_dc_focus_region(dc);
}

int ng_dc_two_regions(const ng_discourse *dc, const ng_sentence *sen, ng_claim *cl)
{
    if (!ng_lx_has(dc->kb, NG_LX_TWO_REGIONS_REF, &dc->doc->toks, sen->tok_start, sen->tok_end))
        return 0;
    size_t tok = sen->tok_start;
    const ng_mentions *m = dc->m;
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
    ng_claim_add_party(cl, own);
    ng_claim_add_party(cl, other);
    return 1;
}

/* A side of the article, or the article's region when it lies in it. */
static const ng_place *focus_for(const ng_discourse *dc, const ng_place *side)
{
    if (side && dc->focus && dc->focus != side && (side->classes & NG_COUNTRY) && ng_place_within(dc->focus, side))
        return dc->focus;
    return side;
}

static const ng_place *country_at(const ng_mentions *m, size_t i);

static int former(const ng_discourse *dc, const ng_place *p)
{
    return ng_lx_key_in(dc->kb, NG_LX_FORMER_COUNTRY, p->label);
}

/* The country the article speaks most of, other than skip: its places
 * (a city or region counts for its country), adjectives ("Belarusian")
 * and, twice, the offices of the known people it names. For an article
 * that names one country while its people and cities name the other
 * ("Lukashenko met the President of Uzbekistan in Minsk"). */
static const ng_place *article_country(const ng_discourse *dc, const ng_place *skip)
{
    const ng_mentions *m = dc->m;
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
        if ((best < 0 || count[k] > count[best]) && !former(dc, seen[k]))
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
    const ng_person *k = m->persons[i - m->len].known;
    return k && k->nknown && k->known[0].jurisdiction ? ng_place_country(k->known[0].jurisdiction) : NULL;
}

void ng_dc_article_sides(const ng_discourse *dc, ng_claim *cl)
{
    const ng_mentions *m = dc->m;
    const ng_place *home = m->home_side ? m->home_side : m->home;
    if (cl->nparties == 1) {
        const ng_place *p = cl->parties[0];
        if (m->home && ng_place_within(p, m->home))
            ng_claim_add_party(cl, m->partner);
        else
            ng_claim_add_party(cl, home);
        return;
    }
    /* a figure that names no place is of the article's sides; when the
     * article is about a region, the region stands for its country */
    const ng_place *partner = m->partner;
    /* "the collapse of the USSR": a country that is no more is history,
     * not a side of today's trade */
    if (home && former(dc, home))
        home = article_country(dc, home);
    if (!home)
        home = article_country(dc, NULL);
    const ng_place *home_country = home && ng_place_country(home) ? ng_place_country(home) : home;
    if (home_country && (!partner || ng_place_within(partner, home_country)))
        partner = article_country(dc, home_country);
    ng_claim_add_party(cl, focus_for(dc, home));
    ng_claim_add_party(cl, focus_for(dc, partner));
}

void ng_dc_forum_countries(const ng_discourse *dc, ng_claim *cl)
{
    const ng_place *had[NG_MAX_PARTIES];
    int n = cl->nparties;
    for (int i = 0; i < n; i++)
        had[i] = cl->parties[i];
    cl->nparties = 0;
    for (int i = 0; i < n; i++) {
        const ng_place *country = ng_place_country(had[i]);
        ng_claim_add_party(cl, country ? country : had[i]);
    }
    if (cl->nparties == 1) {
        const ng_place *home = dc->m->home ? ng_place_country(dc->m->home) : NULL;
        const ng_place *partner = dc->m->partner ? ng_place_country(dc->m->partner) : NULL;
        if (home && home != cl->parties[0])
            ng_claim_add_party(cl, home);
        else if (partner && partner != cl->parties[0])
            ng_claim_add_party(cl, partner);
        /* else the first other country the article's places lie in */
        for (size_t i = 0; i < dc->m->len && cl->nparties == 1; i++) {
            const ng_mention *x = &dc->m->items[i];
            const ng_place *country = x->kind == NG_M_PLACE ? ng_place_country(x->place) : NULL;
            if (country && country != cl->parties[0])
                ng_claim_add_party(cl, country);
        }
    }
}

/* Merged claims are only marked and compacted at the end: removing them
 * one by one would make input with thousands of amounts quadratic. */
void ng_dc_merge_claims(const ng_kb *kb, ng_claims *out)
{
    size_t reach = ng_kb_window(kb, NG_LW_CLAIM_MERGE_LOOKAHEAD);
    unsigned char *gone = out->len ? ng_xcalloc(out->len, 1) : NULL;
    for (size_t i = 0; i < out->len; i++) {
        ng_claim *a = &out->items[i];
        if (gone[i])
            continue;
        /* a repeated figure comes within a few claims */
        for (size_t j = i + 1; j < out->len && j < i + reach; j++) {
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
    out->len = ng_dc_compact(out->items, sizeof *out->items, out->len, gone);
}

const ng_claim *ng_dc_parties_source(const ng_discourse *dc, const ng_claims *out, size_t si, const ng_claim *cl)
{
    if (out->len < 2)
        return NULL;
    const ng_claim *p = &out->items[out->len - 2];
    size_t ps = ng_sentence_of(dc->s, p->money_tok);
    if (p->nparties != 2 || ps == (size_t)-1 || ps >= si ||
        ps + ng_kb_window(dc->kb, NG_LW_PARTIES_CARRY_SENTENCES) < si)
        return NULL;
    /* contracts signed at a forum are the two countries' (GOLD.md), no
     * sides for the talk of trade after them */
    if (strcmp(p->indicator, NG_INDICATOR_CONTRACTS) == 0 && strcmp(cl->indicator, NG_INDICATOR_CONTRACTS) != 0)
        return NULL;
    return p;
}

void ng_dc_parties_of_previous(const ng_claim *p, const ng_place *const *named, int n, ng_claim *cl)
{
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
    ng_claim_add_party(cl, a);
    ng_claim_add_party(cl, b);
}
