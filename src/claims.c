/*
 * claims.c - economic claims (see facts.h).
 *
 * Each amount of money in a body sentence is a claim. Its slots are read
 * from the part of the sentence that belongs to it: between the previous
 * amount (or the sentence start) and the next indicator word (or the next
 * amount). "In 2024, trade reached $2.46 billion (up by 10.5% over 2023),
 * exports amounted to $1.66 billion (up by 1.2%)" gives trade 10.5% and
 * exports 1.2%, both for 2024. What a claim takes from other sentences
 * or from the article as a whole (a period, a currency, a change, the
 * sides, the speaker, a repeated figure) is decided by the named policies
 * of discourse.h.
 */
#include "facts.h"
#include "ns.h"
#include "money.h"
#include "claim_slots.h"
#include "discourse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_MONEY 16
#define MAX_TIMEX 16
#define MAX_KEYS 32

typedef struct {
    ng_discourse dc;        /* the article, as the discourse policies see it */
    ng_dc_speakers sp;
    int article_trades;
} ctx;

static const char *indicator_near(const ctx *c, size_t si, size_t money_start, size_t money_end,
                                  size_t seg_start, size_t seg_end, size_t *kw_start, size_t *next_kw)
{
    const ng_sentence *sen = &c->dc.s->items[si];
    const ng_tokens *t = &c->dc.doc->toks;
    ng_kb_hit keys[MAX_KEYS];
    size_t n = ng_lx_find_all(c->dc.kb, NG_LX_INDICATOR, t, sen->tok_start, sen->tok_end, keys, MAX_KEYS);
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
    /* "You mean regional product?" - "Yes, two trillion." */
    if (!n && (best = ng_dc_answered_indicator(&c->dc, si)) != NULL)
        return best;
    /* a bare figure ("we will reach $1bn") in an article about trade is
     * a trade figure: the words near it name no other measure */
    return c->article_trades ? NG_INDICATOR_TRADE : NG_INDICATOR_OTHER;
}

/* The places whose trade it is: those the sentence names (a country
 * drops out when one of its regions is named), completed with the
 * article's own pair. */
/* "Deputy Chairman of the Vitebsk Oblast Executive Committee Pavel
 * Orekhov told reporters": a place inside a title names whom the speaker
 * serves, not whose trade the figure is. */
static int in_title(const ctx *c, size_t mi)
{
    const ng_tokens *t = &c->dc.doc->toks;
    const ng_mention *x = &c->dc.m->items[mi];
    if (ng_lx_match(c->dc.kb, NG_LX_INSTITUTION_TAIL, t, x->tok_end, t->ntok, NULL))
        return 1;
    size_t k = x->tok_start;
    if (k > 0 && ng_lx_word(c->dc.kb, NG_LX_DEFINITE_ARTICLE, t, k - 1))
        k--;
    if (k == 0 || !ng_lx_word(c->dc.kb, NG_LX_OF_LINK, t, k - 1))
        return 0;
    size_t gap = ng_kb_window(c->dc.kb, NG_LW_OFFICE_OF_GAP);
    for (size_t j = mi; j-- > 0 && c->dc.m->items[j].tok_end + gap >= k;)
        if (c->dc.m->items[j].tok_end == k - 1 && c->dc.m->items[j].kind == NG_M_OFFICE)
            return 1;
    return 0;
}

/* "contracts signed at the Forum of Regions of Belarus and Russia": the
 * places of an event's name are no parties to the figure. */
static int in_event_name(const ctx *c, const ng_sentence *sen, const ng_mention *x)
{
    const ng_tokens *t = &c->dc.doc->toks;
    size_t back = ng_kb_window(c->dc.kb, NG_LW_SERIES_NAME_LOOKBACK);
    size_t from = x->tok_start > sen->tok_start + back ? x->tok_start - back : sen->tok_start;
    for (size_t j = from; j < x->tok_start; j++) {
        ng_series *series = NULL;
        size_t n = ng_kb_match_series(c->dc.kb, t, j, sen->tok_end, &series);
        if (n && series && j + n >= x->tok_end)
            return 1;
    }
    return 0;
}

/* "Belarusian-Uzbek trade", "Belarusian exports": an adjective of a
 * country names a party when it joins another by a hyphen or stands
 * right before the measure. */
static int demonym_party(const ctx *c, size_t i)
{
    const ng_mentions *m = c->dc.m;
    const ng_tokens *t = &c->dc.doc->toks;
    const ng_mention *x = &m->items[i];
    if (x->kind != NG_M_DEMONYM)
        return 0;
    if (ng_tok_is(t, x->tok_end, '-') && i + 1 < m->len && m->items[i + 1].kind == NG_M_DEMONYM &&
        m->items[i + 1].tok_start == x->tok_end + 1)
        return 1;
    if (i > 0 && m->items[i - 1].kind == NG_M_DEMONYM && m->items[i - 1].tok_end + 1 == x->tok_start &&
        ng_tok_is(t, x->tok_start - 1, '-'))
        return 1;
    return ng_lx_match(c->dc.kb, NG_LX_INDICATOR, t, x->tok_end, t->ntok, NULL) != 0;
}

/* The places named in [from, to) of the sentence that may be parties. */
static int places_named(const ctx *c, const ng_sentence *sen, size_t from, size_t to, const ng_place **named)
{
    const ng_mentions *m = c->dc.m;
    int n = 0;
    for (size_t i = ng_mentions_from(m, from); i < m->len && m->items[i].tok_start < to; i++) {
        const ng_mention *x = &m->items[i];
        if ((x->kind != NG_M_PLACE && !demonym_party(c, i)) || n >= 8 || in_title(c, i) || in_event_name(c, sen, x))
            continue;
        /* a city is a party ("trade between Minsk and Moscow"), not where
         * something happened ("signed in Minsk") */
        if (!(x->place->classes & (NG_COUNTRY | NG_REGION)) && x->tok_start > sen->tok_start &&
            ng_lx_word(c->dc.kb, NG_LX_SCENE_PREPOSITION, &c->dc.doc->toks, x->tok_start - 1))
            continue;
        int dup = 0;
        for (int k = 0; k < n; k++)
            dup |= named[k] == x->place;
        if (!dup)
            named[n++] = x->place;
    }
    return n;
}


/* "the region's trade with Belarus", "trade between the region and
 * Belarus": a region told before stands for "the region" (the last one
 * named before the sentence that does not lie in the other side). */
static const ng_place *region_anaphor(const ctx *c, const ng_sentence *sen, size_t from, size_t to,
                                      const ng_place *other)
{
    const ng_tokens *t = &c->dc.doc->toks;
    const ng_kb *kb = c->dc.kb;
    int said = 0;
    for (size_t k = from; k + 2 < to && !said; k++)
        said = ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, k) && ng_lx_word(kb, NG_LX_REGION_ANAPHOR, t, k + 1) &&
               !(t->toks[k + 1].flags & NG_TF_UPPER) &&
               (ng_tok_is(t, k + 2, '\'') || ng_lx_word(kb, NG_LX_LIST_CONJUNCTION, t, k + 2));
    if (!said)
        return NULL;
    const ng_mentions *m = c->dc.m;
    for (size_t i = ng_mentions_from(m, sen->tok_start); i > 0; i--) {
        const ng_mention *x = &m->items[i - 1];
        if (x->kind == NG_M_PLACE && (x->place->classes & NG_REGION) && x->place != other &&
            !(other && ng_place_within(x->place, other)))
            return x->place;
    }
    return NULL;
}

/* The places of the figure's own clause ("trade with Smolensk Oblast fell
 * to $640 million, while trade with Bryansk Oblast rose to ..."), else of
 * its sentence. */
static void parties_for(const ctx *c, const ng_sentence *sen, size_t seg_start, size_t seg_end, ng_claim *cl)
{
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
            ng_claim_add_party(cl, named[i]);
    }
    if (cl->nparties >= 2)
        return;
    const ng_place *region = n == 1 ? region_anaphor(c, sen, seg_start, seg_end, named[0]) : NULL;
    if (region) {
        ng_claim_add_party(cl, region);
        return;
    }
    if (!n && ng_dc_two_regions(&c->dc, sen, cl))
        return;
    ng_dc_article_sides(&c->dc, cl);
}

/* The sides of the figure before carry over (ng_dc_parties_of_previous)
 * to claim cl of sentence si, given the places its sentence names. */
static void parties_of_previous(const ctx *c, const ng_claims *out, size_t si, ng_claim *cl)
{
    const ng_claim *p = ng_dc_parties_source(&c->dc, out, si, cl);
    if (!p)
        return;
    const ng_sentence *sen = &c->dc.s->items[si];
    const ng_place *named[8];
    int n = places_named(c, sen, sen->tok_start, sen->tok_end, named);
    ng_dc_parties_of_previous(p, named, n, cl);
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

/* Where the clause of a figure ends: at a semicolon, or a comma before a
 * word that opens another clause (", with exports accounting for ...",
 * ", and in the first seven months it grew by 14%"). */
static size_t clause_end(const ng_kb *kb, const ng_tokens *t, size_t from, size_t to)
{
    for (size_t j = from; j < to; j++)
        if (ng_tok_is(t, j, ';') || (ng_tok_is(t, j, ',') && ng_lx_word(kb, NG_LX_CLAUSE_OPENER, t, j + 1)))
            return j;
    return to;
}

/* An exchange rate is no claim about the economy: "the rate stood at 3.2
 * rubles per dollar", "USD 3.2 BYN". */
static int exchange_rate(const ctx *c, size_t money, size_t money_end, size_t seg_start, size_t seg_end)
{
    const ng_tokens *t = &c->dc.doc->toks;
    /* a currency before the number and another after it */
    if (money > seg_start && ng_lx_match(c->dc.kb, NG_LX_CURRENCY, t, money - 1, money, NULL) &&
        t->toks[money].kind == NG_TOK_NUM)
        return 1;
    const char *first = NULL, *other = NULL;
    if (ng_lx_match(c->dc.kb, NG_LX_CURRENCY, t, money, money_end, &first) && first)
        for (size_t j = money + 1; j < money_end + 1 && j < seg_end; j++)
            if (ng_lx_match(c->dc.kb, NG_LX_CURRENCY, t, j, seg_end, &other) && other && strcmp(other, first) != 0)
                return 1; /* "USD 3.27 BYN" */
    size_t back = ng_kb_window(c->dc.kb, NG_LW_RATE_CUE_LOOKBACK), reach = ng_kb_window(c->dc.kb, NG_LW_RATE_CUE_REACH);
    size_t lo = money > seg_start + back ? money - back : seg_start;
    size_t hi = money_end + reach < seg_end ? money_end + reach : seg_end;
    return ng_lx_has(c->dc.kb, NG_LX_RATE_CUE, t, lo, money) || ng_lx_has(c->dc.kb, NG_LX_RATE_AFTER, t, money_end, hi);
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

static void share_twins(ng_claims *out, const ng_kb *kb, const ng_tokens *t, const ng_money *money,
                        const size_t *claim_of, size_t nm)
{
    size_t gap = ng_kb_window(kb, NG_LW_TWIN_AMOUNT_GAP);
    for (size_t k = 0; k + 1 < nm; k++) {
        if (claim_of[k] == (size_t)-1 || claim_of[k + 1] == (size_t)-1 || !ng_tok_is(t, money[k].tok_end, '(') ||
            money[k + 1].tok_start > money[k].tok_end + gap)
            continue;
        copy_twin_slots(&out->items[claim_of[k]], &out->items[claim_of[k + 1]]);
        copy_twin_slots(&out->items[claim_of[k + 1]], &out->items[claim_of[k]]);
    }
}

/* "..., with an increase of 9%": a clause that only states the growth of
 * the figure before it (lexicon change-clause). */
static int change_clause(const ctx *c, size_t seg_end, size_t sen_end, double *ch)
{
    const ng_tokens *t = &c->dc.doc->toks;
    if (!ng_tok_is(t, seg_end, ',') || !ng_lx_match(c->dc.kb, NG_LX_CHANGE_CLAUSE, t, seg_end + 1, sen_end, NULL))
        return 0;
    size_t reach = ng_kb_window(c->dc.kb, NG_LW_CHANGE_CLAUSE_REACH);
    return ng_claim_change_in(c->dc.kb, t, seg_end + 1, seg_end + reach < sen_end ? seg_end + reach : sen_end, 0, ch);
}

static void sentence_claims(ctx *c, ng_claims *out, size_t si)
{
    const ng_sentence *sen = &c->dc.s->items[si];
    const ng_tokens *t = &c->dc.doc->toks;
    ng_money money[MAX_MONEY];
    size_t nm = ng_money_find(c->dc.kb, t, sen->tok_start, sen->tok_end, money, MAX_MONEY);
    if (!nm)
        return;
    ng_timex tx[MAX_TIMEX];
    size_t nx = ng_timex_find(c->dc.kb, t, sen->tok_start, sen->tok_end, c->dc.doc->issued, tx, MAX_TIMEX);
    size_t claim_of[MAX_MONEY];
    for (size_t k = 0; k < nm; k++) {
        claim_of[k] = (size_t)-1;
        if (!money[k].unit) {
            /* an amount without a currency takes that of the text's
             * series around it; a round sum, in talk of trade, the one
             * such trade figures are given in */
            const char *unit = ng_dc_series_currency(&c->dc, si);
            ng_kb_hit h[1];
            if (!unit && ng_lx_find_all(c->dc.kb, NG_LX_INDICATOR_TRADE, t, sen->tok_start, sen->tok_end, h, 1))
                ng_lx_match(c->dc.kb, NG_LX_TRADECURRENCY, t, money[k].tok_end - 1, money[k].tok_end, &unit);
            if (!unit)
                continue;
            money[k].unit = unit;
        }
        size_t seg_start = k ? money[k - 1].tok_end : sen->tok_start;
        size_t seg_end = clause_end(c->dc.kb, t, money[k].tok_end, k + 1 < nm ? money[k + 1].tok_start : sen->tok_end);
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
        if (ng_claim_change_in(c->dc.kb, t, kw, money[k].tok_start, 1, &ch) ||
            ng_claim_change_in(c->dc.kb, t, money[k].tok_end, next_kw, 0, &ch) ||
            (k + 1 == nm && change_clause(c, seg_end, sen->tok_end, &ch))) {
            cl->has_change = 1;
            cl->change = ch;
        }
        cl->qualifier = ng_claim_qualifier_before(c->dc.kb, t, seg_start, money[k].tok_start);
        /* "was planned at $1 billion but reached $900 million": a cue
         * before a contrast is the earlier figure's */
        size_t proj_from = k && ng_lx_has(c->dc.kb, NG_LX_CONTRAST_OPENER, t, seg_start, money[k].tok_start)
                               ? seg_start : sen->tok_start;
        cl->projected = ng_claim_projected_in(c->dc.kb, t, proj_from, money[k].tok_start, money[k].tok_end, seg_end);
        ng_claim_period_for(c->dc.kb, t, tx, nx, money[k].tok_start, seg_end, k ? money[k - 1].tok_end : (size_t)-1, cl);
        ng_dc_period_of_previous(&c->dc, si, seg_start, seg_end, tx, nx, cl);
        ng_dc_change_of_previous(&c->dc, si, cl);
        parties_for(c, sen, seg_start, seg_end, cl);
        parties_of_previous(c, out, si, cl);
        cl->speaker = ng_dc_speaker_for(&c->sp, si, t, money[k].tok_start);
        cl->span = (ng_span){t->toks[sen->tok_start].start, t->toks[sen->tok_end - 1].end};
        if (k + 1 == nm) {
            ng_dc_follow_anaphor(&c->dc, si, cl);
            ng_dc_change_of_next(&c->dc, si, cl);
        }
        int at_forum = strcmp(cl->indicator, NG_INDICATOR_CONTRACTS) == 0 &&
                       ng_lx_has(c->dc.kb, NG_LX_FORUM_CUE, t, sen->tok_start, sen->tok_end);
        if (strcmp(cl->indicator, NG_INDICATOR_CONTRACTS) == 0 && !cl->period_start.y &&
            !ng_claim_own_time(c->dc.kb, t, tx, nx, sen->tok_start, sen->tok_end))
            at_forum |= ng_dc_forum_year(&c->dc, si, cl);
        if (at_forum)
            ng_dc_forum_countries(&c->dc, cl);
        else
            ng_dc_period_carry(&c->dc, out, si, cl);
    }
    share_twins(out, c->dc.kb, t, money, claim_of, nm);
}

void ng_claims_find(ng_claims *out, const ng_doc *doc, const ng_sentences *s, const ng_mentions *m,
                    const ng_kb *kb)
{
    memset(out, 0, sizeof *out);
    ctx c = {{0}, {0}, 0};
    ng_dc_init(&c.dc, kb, doc, s, m);
    ng_dc_speakers_find(&c.sp, &c.dc);
    for (size_t i = 0; i < s->len && !c.article_trades; i++)
        if (s->items[i].kind == NG_PARA_BODY &&
            ng_lx_has(kb, NG_LX_INDICATOR_TRADE, &doc->toks, s->items[i].tok_start, s->items[i].tok_end))
            c.article_trades = 1;
    for (size_t i = 0; i < s->len; i++)
        if (s->items[i].kind == NG_PARA_BODY)
            sentence_claims(&c, out, i);
    ng_dc_merge_claims(kb, out);
    ng_dc_speakers_free(&c.sp);
}

void ng_claims_free(ng_claims *c)
{
    for (size_t i = 0; i < c->len; i++)
        free(c->items[i].period_label);
    free(c->items);
    memset(c, 0, sizeof *c);
}

