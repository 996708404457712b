/*
 * positions.c - offices and coreference (see positions.h).
 *
 * A title phrase is an office word with what qualifies it: a place or
 * demonym before it ("Belarus President", "Belarusian Ambassador"), and
 * "of [the] PLACE" or "of the INSTITUTION" after it. The phrase attaches
 * to a name right after it, or to a name right before it in brackets or
 * apposition. A phrase that attaches to nobody and follows "the" is a
 * reference: it stands for the person of the article who holds that
 * office (stated earlier, or known from the gazetteer: the discourse
 * policy ng_dc_title_holder; a pronoun's, ng_dc_pronoun_antecedent).
 */
#include "discourse.h"
#include "ns.h"
#include "positions.h"
#include "title_place.h"

#include <stdlib.h>
#include <string.h>

/* post_modifier reads the lexicon; set once per ng_positions_find call */
static _Thread_local const ng_kb *kb_of_positions;

typedef struct {
    size_t start, end;            /* the whole title phrase, in tokens */
    const char *type;
    const ng_place *place;        /* jurisdiction written in the phrase */
} title_phrase;


/* "Khokim (Mayor) of Tashkent": a short gloss in brackets right after a
 * title explains it to the reader; the title goes on after it. Returns
 * the token after the gloss, or end when there is none. */
static size_t skip_gloss(const ng_kb *kb, const ng_tokens *t, size_t end, size_t limit)
{
    if (!ng_tok_is(t, end, '('))
        return end;
    size_t max = ng_kb_window(kb, NG_LW_TITLE_GLOSS_MAX);
    for (size_t k = end + 1; k < limit && k <= end + max + 1; k++) {
        if (ng_tok_is(t, k, ')'))
            return k > end + 1 ? k + 1 : end;
        if (t->toks[k].kind != NG_TOK_WORD)
            return end;
    }
    return end;
}

/* The head of a city under a regional title ("Khokim of Tashkent") is
 * its Mayor. */
static const char *city_head_type(const ng_kb *kb, const ng_tokens *t, const ng_mention *x, const char *type,
                                  const ng_place *place)
{
    if (!type || strcmp(type, NG_TYPE_GOVERNOR) != 0 || !place || !(place->classes & NG_CITY) ||
        (place->classes & NG_REGION))
        return type;
    for (size_t k = x->tok_start; k < x->tok_end; k++)
        if (ng_lx_word(kb, NG_LX_CITY_HEAD_TITLE, t, k))
            return NG_TYPE_MAYOR;
    return type;
}

/* A title or institution of lexicon class cls in [a, b): of a region
 * (lex:regional-title), of a city (lex:municipal-title). */
static int title_in(const ng_kb *kb, enum ng_lx cls, const ng_tokens *t, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (ng_lx_match(kb, cls, t, k, b, NULL))
            return 1;
    return 0;
}

/* How local a title is: a city's, a region's, else a country's. */
enum title_level { TITLE_NATIONAL, TITLE_REGIONAL, TITLE_MUNICIPAL };

static enum title_level title_level(const ng_kb *kb, const ng_tokens *t, size_t a, size_t b, const char *type)
{
    if (title_in(kb, NG_LX_MUNICIPAL_TITLE, t, a, b))
        return TITLE_MUNICIPAL;
    int regional = title_in(kb, NG_LX_REGIONAL_TITLE, t, a, b) || !ng_lx_key_in(kb, NG_LX_NATIONAL_OFFICE, type);
    return regional ? TITLE_REGIONAL : TITLE_NATIONAL;
}

/* The one region (not a country, not a city) the sentence names other
 * than as a destination or venue ("in", "at", "to"): the region a
 * regional office without a stated place is of; NULL when none or two. */
static const ng_place *sentence_region(const ng_mentions *m, const ng_tokens *t, const ng_kb *kb, size_t a, size_t b)
{
    const ng_place *found = NULL;
    for (size_t k = ng_mentions_from(m, a); k < m->len && m->items[k].tok_start < b; k++) {
        const ng_mention *x = &m->items[k];
        if (x->kind != NG_M_PLACE || !x->place || !(x->place->classes & NG_REGION) ||
            (x->place->classes & NG_COUNTRY))
            continue;
        size_t before = x->tok_start;
        if (before > a && ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, before - 1))
            before--;
        if (before > a && (ng_lx_word(kb, NG_LX_PLACE_PREPOSITION, t, before - 1) ||
                           ng_lx_word(kb, NG_LX_TO_LINK, t, before - 1)))
            continue;
        if (found && found != x->place)
            return NULL;
        found = x->place;
    }
    return found;
}

/* "Governor of Bryansk Oblast X and his Belarusian counterpart Y met in
 * Gomel": a regional counterpart of a country is of the region (or the
 * region of the city) of that country his sentence names; NULL when none. */
static const ng_place *counterpart_region(const ng_mentions *m, const ng_place *country, size_t a, size_t b)
{
    for (size_t k = ng_mentions_from(m, a); k < m->len && m->items[k].tok_start < b; k++) {
        const ng_mention *x = &m->items[k];
        if (x->kind != NG_M_PLACE || !x->place || (x->place->classes & NG_COUNTRY) ||
            !ng_place_within(x->place, country))
            continue;
        const ng_place *r = (x->place->classes & NG_REGION) ? x->place : ng_place_region_of_capital(x->place);
        if (r)
            return r;
    }
    return NULL;
}

static int needs_place(const ng_kb *kb, const ng_tokens *t, const ng_mention *x)
{
    return ng_lx_match(kb, NG_LX_OFFICE_NEEDS_PLACE, t, x->tok_start, x->tok_end, NULL) ==
           x->tok_end - x->tok_start;
}

/* "Tatarstan President": the president of a region (no country) is its
 * head, a Governor (GOLD.md, settled cases). */
static const char *head_of_region(const char *type, const ng_place *place)
{
    if (place && strcmp(type, NG_TYPE_PRESIDENT) == 0 && !(place->classes & NG_COUNTRY) &&
        (place->classes & NG_REGION))
        return NG_TYPE_GOVERNOR;
    return type;
}

static void add_position(ng_mentions *m, int person, const char *type, const ng_place *place, size_t tok)
{
    if (person < 0 || !type)
        return;
    if (m->npositions >= 4096)
        return; /* no article states that many offices; hostile input does */
    type = head_of_region(type, place);
    for (size_t i = 0; i < m->npositions; i++) {
        ng_xposition *p = &m->positions[i];
        if (p->person == person && strcmp(p->type, type) == 0 && (p->jurisdiction == place || !place))
            return; /* "Governor Xu said" after "Hunan Governor Xu Dazhe": the same office */
    }
    if (m->npositions == m->poscap) {
        m->poscap = m->poscap ? m->poscap * 2 : 16;
        m->positions = ng_xrealloc(m->positions, m->poscap * sizeof *m->positions);
    }
    m->positions[m->npositions++] = (ng_xposition){person, type, place, tok, NULL};
}

/* Where the text names no jurisdiction: the person's known office of
 * that kind, else (for national offices) the article's own country. */
/* The country a person's family name written first belongs to ("Nguyen
 * Hong Dien": Vietnam; lexicon family "nation-COUNTRY"), when the article
 * names that country; else NULL. */
static const ng_place *nation_of_name(const ng_mentions *m, const ng_kb *kb, const ng_tokens *t, int person)
{
    const ng_place *nation = NULL;
    for (size_t i = 0; i < m->len; i++) {
        if (m->items[i].kind != NG_M_NAME || m->items[i].person != person)
            continue;
        const char *slug = NULL; /* the first mention of the name decides */
        if (ng_lx_match(kb, NG_LX_NATION, t, m->items[i].tok_start, m->items[i].tok_end, &slug) == 1 && slug)
            nation = ng_kb_place(kb, slug);
        break;
    }
    for (size_t i = 0; nation && i < m->len; i++)
        if (m->items[i].kind == NG_M_PLACE && m->items[i].place && ng_place_within(m->items[i].place, nation))
            return nation;
    return NULL;
}

static const ng_place *default_place(const ng_mentions *m, const ng_kb *kb, const ng_tokens *t, int person,
                                     const char *type)
{
    const ng_known_position *k = person >= 0 ? ng_person_known(m->persons[person].known, type, m->as_of) : NULL;
    if (k)
        return k->jurisdiction;
    if (!ng_lx_key_in(kb, NG_LX_NATIONAL_OFFICE, type))
        return NULL;
    const ng_place *nation = person >= 0 ? nation_of_name(m, kb, t, person) : NULL;
    return nation ? nation : m->home;
}

static const char *last_type_before(const ng_mentions *m, size_t tok)
{
    const char *type = NULL;
    size_t best = 0;
    for (size_t i = 0; i < m->npositions; i++)
        if (m->positions[i].tok < tok && m->positions[i].tok >= best) {
            best = m->positions[i].tok;
            type = m->positions[i].type;
        }
    return type;
}

static int only_glue(const ng_tokens *t, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (!(ng_tok_is(t, k, ',') || ng_tok_is(t, k, '[') || ng_tok_is(t, k, '(') ||
              ng_lx_word(kb_of_positions, NG_LX_ARTICLE, t, k)))
            return 0;
    return 1;
}

/* The nearest name mention in the sentence before tok, skipping a
 * relative clause (", who headed ..., "). */
static int name_before(const ng_mentions *m, size_t sent_start, size_t tok)
{
    size_t i = ng_mentions_from(m, tok);
    size_t most = ng_kb_window(kb_of_positions, NG_LW_NAME_LOOKBACK);
    for (size_t seen = 0; i > 0 && seen < most; seen++) {
        i--;
        const ng_mention *x = &m->items[i];
        if (x->tok_start < sent_start)
            break;
        if (x->kind == NG_M_NAME)
            return x->person;
    }
    return -1;
}

/* "X became an ambassador to Russia", "X was appointed head of ...". */
static int copula_subject(const ng_mentions *m, const ng_tokens *t, const ng_kb *kb, size_t sent_start,
                          size_t phrase_start)
{
    size_t k = phrase_start;
    size_t skips = ng_kb_window(kb, NG_LW_COPULA_SKIP), longest = ng_kb_window(kb, NG_LW_COPULA_LOOKBACK);
    for (size_t skip = 0; skip < skips && k > sent_start; skip++) {
        /* find a copula ending at k */
        for (size_t back = 1; back <= longest && back <= k - sent_start; back++) {
            if (ng_lx_match(kb, NG_LX_COPULA, t, k - back, k, NULL) == back)
                return name_before(m, sent_start, k - back);
        }
        k--;
        if (t->toks[k].kind == NG_TOK_PUNCT && !ng_tok_is(t, k, '\''))
            return -1;
        /* "X was received by Head of ... Y": the title is the agent's */
        if (ng_lx_word(kb, NG_LX_PASSIVE_AGENT, t, k))
            return -1;
    }
    return -1;
}

/* "headed by the chairman of the regional executive committee X", "the
 * deputy akim of the region", "led by its chairman X": the title's place is
 * the region (or a city's region) named last before it, in its sentence
 * (for "its") or in the two before. NULL without such a cue or place. */
static const ng_place *anaphoric_place(const ng_mentions *m, const ng_doc *doc, const ng_kb *kb,
                                       const ng_mention *x, size_t sent_start, size_t look_from)
{
    const ng_tokens *t = &doc->toks;
    size_t k = x->tok_end;
    int its = x->tok_start > sent_start && ng_lx_word(kb, NG_LX_OWNER_PRONOUN, t, x->tok_start - 1);
    int region = k + 2 < t->ntok && ng_lx_word(kb, NG_LX_OF_LINK, t, k) &&
                 ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, k + 1) && !(t->toks[k + 2].flags & NG_TF_UPPER) &&
                 ng_lx_word(kb, NG_LX_REGION_ANAPHOR, t, k + 2);
    if (!its && !region)
        return NULL;
    size_t from = its ? sent_start : look_from;
    for (size_t i = ng_mentions_from(m, x->tok_start); i > 0 && m->items[i - 1].tok_start >= from; i--) {
        const ng_mention *y = &m->items[i - 1];
        /* "a delegation of the Council of the Republic headed by its
         * Chairperson": the body's own country */
        if (its && y->kind == NG_M_REF && y->office && !y->office->type && y->office->jurisdiction)
            return y->office->jurisdiction;
        if (y->kind != NG_M_PLACE || !y->place || (y->place->classes & NG_COUNTRY))
            continue;
        /* the dateline's city is where the agency writes from */
        if (y->tok_start >= doc->dateline_tok_start && y->tok_start < doc->dateline_tok_end)
            continue;
        const ng_place *r = (y->place->classes & NG_REGION) ? NULL : ng_capital_region_or_self(y->place);
        return r ? r : y->place;
    }
    return NULL;
}

/* A comma inside a portfolio's list: "Investment, Industry and Trade". */
static int portfolio_comma(const ng_tokens *t, size_t j, size_t sent_end)
{
    return ng_tok_is(t, j, ',') && j + 1 < sent_end && j > 0 && (t->toks[j + 1].flags & NG_TF_UPPER) &&
           (t->toks[j - 1].flags & NG_TF_UPPER) && t->toks[j + 1].kind == NG_TOK_WORD;
}

/* The name after "of PORTFOLIO" when the title is one a portfolio may
 * follow: capitalized words and their glue ("Industry and Trade"), up to
 * a name. -1 when there is none. A place in the portfolio ("of the
 * Republic of Tatarstan") is the office's. */
static int name_after_portfolio(const ng_mentions *m, const ng_tokens *t, const ng_kb *kb, const ng_mention *x,
                                size_t sent_end, const ng_place **place)
{
    size_t len = x->tok_end - x->tok_start;
    if (ng_lx_match(kb, NG_LX_PORTFOLIO_OFFICE, t, x->tok_start, x->tok_end, NULL) != len)
        return -1;
    /* "Minister of Industry" may go on: "... and Trade Oleg Sidorov" */
    int has_of = 0;
    for (size_t k = x->tok_start; k < x->tok_end; k++)
        has_of |= ng_lx_word(kb, NG_LX_OF_LINK, t, k);
    size_t from = ng_lx_word(kb, NG_LX_OF_LINK, t, x->tok_end) ? x->tok_end + 1 : x->tok_end;
    if (from == x->tok_end && !has_of)
        return -1;
    size_t words = has_of;
    const ng_place *named = NULL; /* "... and Trade of the Republic of Tatarstan" */
    for (size_t j = from; j < sent_end && j <= x->tok_end + ng_kb_window(kb, NG_LW_PORTFOLIO_REACH); j++) {
        size_t mi = ng_mention_at(m, j);
        if (words && mi != (size_t)-1 && m->items[mi].kind == NG_M_NAME) {
            if (named)
                *place = named;
            return m->items[mi].person;
        }
        if (mi != (size_t)-1 && m->items[mi].kind == NG_M_PLACE)
            named = m->items[mi].place;
        if (t->toks[j].kind == NG_TOK_WORD && (t->toks[j].flags & NG_TF_UPPER))
            words++;
        else if (!ng_lx_word(kb, NG_LX_PORTFOLIO_GLUE, t, j) && !portfolio_comma(t, j, sent_end))
            return -1;
    }
    return -1;
}

/* The end of "of PORTFOLIO" after a title a portfolio may follow, in an
 * apposition: "X, Minister of State for Foreign Trade, said". The title's
 * end when there is none. */
static size_t portfolio_end(const ng_tokens *t, const ng_kb *kb, const ng_mention *x, size_t sent_end)
{
    size_t len = x->tok_end - x->tok_start, j = x->tok_end;
    if (ng_lx_match(kb, NG_LX_PORTFOLIO_OFFICE, t, x->tok_start, x->tok_end, NULL) != len)
        return x->tok_end;
    /* "Minister of Industry" may go on: "... and Trade of Russia," */
    int has_of = 0;
    for (size_t k = x->tok_start; k < x->tok_end; k++)
        has_of |= ng_lx_word(kb, NG_LX_OF_LINK, t, k);
    if (ng_lx_word(kb, NG_LX_OF_LINK, t, j))
        j++;
    else if (!has_of)
        return x->tok_end;
    for (; j < sent_end; j++)
        if (!(t->toks[j].kind == NG_TOK_WORD && (t->toks[j].flags & NG_TF_UPPER)) &&
            !ng_lx_word(kb, NG_LX_PORTFOLIO_GLUE, t, j))
            break;
    return j;
}

/* The place that ends a portfolio in an apposition: "X, Minister of
 * Industry and Trade of Russia, said" (the last place the portfolio
 * names, as in "of the Republic of Tatarstan"); NULL when none. */
static const ng_place *portfolio_place(const ng_mentions *m, const ng_tokens *t, const ng_kb *kb,
                                       const ng_mention *x, size_t sent_end)
{
    size_t end = portfolio_end(t, kb, x, sent_end);
    const ng_place *named = NULL;
    for (size_t j = x->tok_end; j < end; j++) {
        size_t mi = ng_mention_at(m, j);
        if (mi != (size_t)-1 && m->items[mi].kind == NG_M_NAME)
            return NULL; /* "Minister of Taxes NAME and Belarus's ...": a name ends it */
        if (mi != (size_t)-1 && m->items[mi].kind == NG_M_PLACE && m->items[mi].tok_end <= end)
            named = m->items[mi].place;
    }
    return named;
}

/* A national office the text gives no country, in a sentence that gives
 * place's office to someone else ("Minister of Economy X and his Belarusian
 * counterpart Y", "Deputy PM X talked with Deputy PM of Belarus Y"): the
 * office is the other side's, so not place. */
static int contrasted(const ng_mentions *m, const ng_tokens *t, const ng_mention *x, const ng_place *place,
                      size_t sent_start, size_t sent_end)
{
    size_t own = ng_kb_window(kb_of_positions, NG_LW_TITLE_PLACE_REACH);
    size_t gap = ng_kb_window(kb_of_positions, NG_LW_OFFICE_OF_GAP);
    for (size_t i = ng_mentions_from(m, sent_start); i < m->len && m->items[i].tok_start < sent_end; i++) {
        const ng_mention *y = &m->items[i];
        if (y == x || (y->kind != NG_M_PLACE && y->kind != NG_M_DEMONYM) || !y->place || y->place != place)
            continue;
        int near = y->tok_start >= x->tok_start && y->tok_start <= x->tok_end + own;
        size_t k = y->tok_start;
        if (k > 2 && ng_lx_word(kb_of_positions, NG_LX_DEFINITE_ARTICLE, t, k - 1))
            k--; /* "of the Republic of Belarus" */
        int of_title = k > 1 && ng_lx_word(kb_of_positions, NG_LX_OF_LINK, t, k - 1) && i > 0 &&
                       (m->items[i - 1].kind == NG_M_REF || m->items[i - 1].kind == NG_M_OFFICE) &&
                       m->items[i - 1].tok_end + gap >= k;
        /* "Belarusian Minister Y", "Belarus' Minister Y" */
        size_t title_at = y->tok_end;
        if (y->kind == NG_M_PLACE && ng_tok_is(t, title_at, '\''))
            title_at += 1 + (title_at + 1 < sent_end && ng_lx_word(kb_of_positions, NG_LX_POSSESSIVE_S, t, title_at + 1));
        int before_title = (y->kind == NG_M_DEMONYM || title_at > y->tok_end) && i + 1 < m->len &&
                           m->items[i + 1].tok_start == title_at &&
                           (m->items[i + 1].kind == NG_M_REF || m->items[i + 1].kind == NG_M_OFFICE);
        /* near x, "of Belarus" is x's own; a place heading another title
         * ("X and Belarus' Minister Y") never is */
        if ((of_title && !near) || (before_title && y->tok_start > x->tok_end))
            return 1;
    }
    return 0;
}

/* The other side of a contrasted office: the dateline's country, else the
 * article's partner country; NULL when neither differs from place. */
static const ng_place *other_side(const ng_mentions *m, const ng_place *place)
{
    if (m->dateline_country && m->dateline_country != place)
        return m->dateline_country;
    const ng_place *c = m->partner ? ng_place_country(m->partner) : NULL;
    return c != place ? c : NULL;
}

/* "Chairman of the Cabinet of Ministers of X - Head of the Presidential
 * Administration NAME": a title joined by a dash to a second one is the
 * holder's of the name after the second (its capitalized words, "of",
 * "the", "and" between). -1 when the dash leads to no such name. */
static int name_after_dash_chain(const ng_mentions *m, const ng_kb *kb, const ng_tokens *t, size_t k,
                                 size_t sent_end, const ng_place **place, int dash_only)
{
    /* "Deputy Prime Minister - Minister of ...", and where no name stands
     * before the title: "Mayor of Ulaanbaatar and Governor of the Capital
     * City NAME", "Chairman of the Majlisi Milli, Mayor of Dushanbe NAME" */
    if (!ng_tok_is(t, k, '-') &&
        (dash_only || (!ng_tok_is(t, k, ',') && !ng_lx_word(kb, NG_LX_TITLE_CHAIN_LINK, t, k))))
        return -1;
    size_t next = ng_mention_at(m, k + 1);
    if (next == (size_t)-1 || m->items[next].kind != NG_M_REF || !m->items[next].office ||
        !m->items[next].office->type)
        return -1;
    /* "Deputy Prime Minister - Minister of Trade of Kazakhstan NAME": the
     * first title without a place is of the second's */
    const ng_place *second = m->items[next].office_place;
    size_t reach = ng_kb_window(kb, NG_LW_GLUE_LOOKBACK) * 4;
    for (size_t j = m->items[next].tok_end; j < sent_end && j < m->items[next].tok_end + reach; j++) {
        size_t mi = ng_mention_at(m, j);
        if (mi != (size_t)-1 && m->items[mi].kind == NG_M_PLACE && !second)
            second = m->items[mi].place;
        if (mi != (size_t)-1 && m->items[mi].kind == NG_M_NAME) {
            if (!*place)
                *place = second;
            return m->items[mi].person;
        }
        if (!(t->toks[j].flags & NG_TF_UPPER) && !ng_lx_word(kb, NG_LX_PORTFOLIO_GLUE, t, j))
            return -1;
    }
    return -1;
}

/* "X - Head of the Presidential Administration NAME": the second title of
 * a dash chain is of the first one's place when it names none. */
static const ng_place *dash_chain_place(const ng_mentions *m, const ng_tokens *t, const ng_mention *x)
{
    if (x->tok_start < 1 || !ng_tok_is(t, x->tok_start - 1, '-'))
        return NULL;
    /* the title before the dash: the nearest office mention, past the
     * places of its own phrase */
    for (size_t i = ng_mentions_from(m, x->tok_start); i > 0; i--) {
        const ng_mention *y = &m->items[i - 1];
        if (y->kind == NG_M_REF || y->kind == NG_M_OFFICE)
            return y->office ? y->office_place : NULL;
        if (y->kind != NG_M_PLACE)
            return NULL;
    }
    return NULL;
}

/* "Uzbekistan, an observer, was represented by Deputy Prime Minister X":
 * a national title right after lex:represented-by is of the country the
 * sentence opens with; NULL when none. */
static const ng_place *represented_place(const ng_mentions *m, const ng_kb *kb, const ng_tokens *t,
                                         const ng_mention *x, size_t sent_start, int regional)
{
    size_t k = x->tok_start > sent_start + 4 ? x->tok_start - 4 : sent_start;
    while (k < x->tok_start && k + ng_lx_match(kb, NG_LX_REPRESENTED_BY, t, k, x->tok_start, NULL) != x->tok_start)
        k++;
    size_t first = ng_mentions_from(m, sent_start);
    if (regional || k == x->tok_start || first >= m->len || m->items[first].tok_start != sent_start)
        return NULL;
    const ng_mention *y = &m->items[first];
    return y->kind == NG_M_PLACE && y->place && (y->place->classes & NG_COUNTRY) ? y->place : NULL;
}

/* "the Belarusian delegation led by Deputy Prime Minister X", "a delegation
 * of the Samarkand region headed by Khokim X", "a delegation from Ankara led
 * by Deputy Mayor X": a title right after the words that introduce a
 * delegation's head is of the place the delegation names (a city for a
 * city's title, a region for a regional one, else a country); NULL when
 * none. */
static const ng_place *delegation_place(const ng_mentions *m, const ng_kb *kb, const ng_tokens *t,
                                        const ng_mention *x, size_t sent_start, enum title_level level)
{
    int regional = level != TITLE_NATIONAL;
    size_t reach = ng_kb_window(kb, NG_LW_DELEGATION_HEAD_REACH);
    size_t led = (size_t)-1;
    for (size_t k = x->tok_start > sent_start + 3 ? x->tok_start - 3 : sent_start; k < x->tok_start && led == (size_t)-1; k++)
        if (k + ng_lx_match(kb, NG_LX_DELEGATION_LED_BY, t, k, x->tok_start, NULL) == x->tok_start)
            led = k;
    if (led == (size_t)-1)
        return represented_place(m, kb, t, x, sent_start, regional);
    /* the nearest noun whose place is written: "The Belarusian part of the
     * committee was represented by a delegation ... led by Minister X" is
     * the Belarusian part's */
    size_t noun = (size_t)-1, from = 0;
    for (size_t k = led; k > sent_start && k + reach + 4 > led && noun == (size_t)-1; k--) {
        if (!ng_lx_match(kb, NG_LX_DELEGATION_NOUN, t, k - 1, led, NULL) && !ng_lx_word(kb, NG_LX_SIDE_NOUN, t, k - 1))
            continue;
        from = k - 1 > sent_start + 2 ? k - 3 : sent_start;
        size_t i = ng_mentions_from(m, from);
        if (i < m->len && m->items[i].tok_start < led && (m->items[i].kind == NG_M_PLACE || m->items[i].kind == NG_M_DEMONYM))
            noun = k - 1;
    }
    if (noun == (size_t)-1)
        return NULL;
    const ng_place *country = NULL;
    for (size_t i = ng_mentions_from(m, from); i < m->len && m->items[i].tok_start < led; i++) {
        const ng_mention *y = &m->items[i];
        if ((y->kind != NG_M_PLACE && y->kind != NG_M_DEMONYM) || !y->place)
            continue;
        if (level == TITLE_MUNICIPAL && (y->place->classes & NG_CITY))
            return y->place;
        if (!(y->place->classes & NG_COUNTRY)) {
            const ng_place *r = (y->place->classes & NG_REGION) ? y->place : ng_capital_region_or_self(y->place);
            if (regional && r)
                return r;
            if (!country)
                country = ng_place_country(y->place);
        } else if (!country) {
            country = y->place;
        }
    }
    return regional ? NULL : country;
}

/* "Belarusian President, Tokayev talk by phone": a name after a title and
 * a comma is no apposition when the gazetteer knows its holder in that
 * office elsewhere on the article's day. */
static int known_elsewhere(const ng_mentions *m, int person, const char *type, const ng_place *place)
{
    const ng_known_position *k = ng_person_known(m->persons[person].known, type, m->as_of);
    return k && place && k->jurisdiction && !ng_place_within(k->jurisdiction, place) &&
           !ng_place_within(place, k->jurisdiction);
}

/* "Minister of Foreign Affairs Mr Sergei Aleinik": the name after a form
 * of address (lex:honorific) and its full stop. */
static size_t after_honorific(const ng_kb *kb, const ng_tokens *t, size_t k, size_t sent_end)
{
    size_t n = k < sent_end ? ng_lx_match(kb, NG_LX_HONORIFIC, t, k, sent_end, NULL) : 0;
    if (!n)
        return k;
    k += n;
    return ng_tok_is(t, k, '.') ? k + 1 : k;
}

/* counterparts_only: the second pass, after references are resolved,
 * for "his Kazakh counterpart X" whose first person's office only a
 * reference told ("Belarusian President, Tokayev talk by phone"). */
static void attach_titles(ng_mentions *m, const ng_doc *doc, const ng_sentences *s, const ng_kb *kb,
                          int counterparts_only)
{
    const ng_tokens *t = &doc->toks;
    for (size_t i = 0; i < m->len; i++) {
        ng_mention *x = &m->items[i];
        if (x->kind != NG_M_REF || !x->office || !x->office->type)
            continue;
        if (counterparts_only && strcmp(x->office->type, NG_TYPE_COUNTERPART) != 0)
            continue;
        size_t si = ng_sentence_of(s, x->tok_start);
        if (si == (size_t)-1)
            continue;
        size_t sent_start = s->items[si].tok_start, sent_end = s->items[si].tok_end;
        title_phrase tp = {x->tok_start, x->tok_end, x->office->type, x->office->jurisdiction};
        const ng_place *pre = NULL, *post = NULL;
        tp.start = ng_title_pre_modifier(kb, m, t, x->tok_start, &pre);
        tp.end = ng_title_post_modifier(kb, m, t, skip_gloss(kb, t, x->tok_end, sent_end), sent_end, &post, m->home);
        pre = ng_title_governed_region(pre, tp.type);
        if (!post && tp.end == x->tok_end)
            post = portfolio_place(m, t, kb, x, sent_end);
        tp.place = post ? post : (pre ? pre : tp.place);
        if (!tp.place || tp.place == m->home) {
            size_t back = ng_kb_window(kb, NG_LW_ANAPHORIC_PLACE_SENTENCES);
            size_t from = s->items[si >= back ? si - back : 0].tok_start;
            const ng_place *a = anaphoric_place(m, doc, kb, x, sent_start, from);
            tp.place = a ? a : tp.place;
        }
        if (!tp.place)
            tp.place = dash_chain_place(m, t, x);
        if (!tp.place)
            tp.place = delegation_place(m, kb, t, x, sent_start, title_level(kb, t, x->tok_start, tp.end, tp.type));
        tp.type = city_head_type(kb, t, x, tp.type, tp.place);
        x->office_place = tp.place;
        int counterpart = strcmp(tp.type, NG_TYPE_COUNTERPART) == 0;
        if (needs_place(kb, t, x) && !tp.place)
            continue;
        if (counterpart) {
            tp.type = last_type_before(m, x->tok_start);
            if (tp.type && !post && pre && tp.place == pre) /* "his Smolensk colleague": the region */
                tp.place = ng_title_governed_region(pre, tp.type);
        }
        if (!tp.type)
            continue;
        /* a name right after: "Governor Aleksandr Beglov", "..., Alexander Drozdenko" */
        size_t k = tp.end;
        if (ng_tok_is(t, k, ','))
            k++;
        k = after_honorific(kb, t, k, sent_end);
        size_t mi = ng_mention_at(m, k);
        int person = -1;
        if (mi != (size_t)-1 && m->items[mi].kind == NG_M_NAME &&
            !(k > tp.end && known_elsewhere(m, m->items[mi].person, tp.type, tp.place))) {
            person = m->items[mi].person;
            /* "President Alexander Lukashenko of the Republic of Belarus" */
            const ng_place *after = NULL;
            if (!tp.place && ng_title_post_modifier(kb, m, t, m->items[mi].tok_end, sent_end, &after, m->home) >
                                 m->items[mi].tok_end)
                tp.place = after;
        }
        if (person < 0) {
            const ng_place *chain_place = tp.place;
            person = name_after_dash_chain(m, kb, t, k, sent_end, &chain_place, 1);
            if (person >= 0)
                tp.place = chain_place;
        }
        /* "Minister of Antimonopoly Regulation and Trade Ivan Petrov" */
        if (person < 0 && tp.end == x->tok_end)
            person = name_after_portfolio(m, t, kb, x, sent_end, &tp.place);
        /* a name right before: "Nikolai Snopkov [Belarus' First Deputy PM]" */
        if (person < 0 && tp.start > sent_start) {
            size_t j = tp.start;
            while (j > sent_start && only_glue(t, j - 1, j) && tp.start - j < ng_kb_window(kb, NG_LW_GLUE_LOOKBACK))
                j--;
            size_t before = ng_mention_ending_at(m, j);
            /* "X, the Governor of Y," is an apposition; "With X, the head of
             * state noted" is not: a comma needs a closing comma or stop */
            size_t e = tp.end == x->tok_end ? portfolio_end(t, kb, x, sent_end) : tp.end;
            /* "X, Deputy Prime Minister and Minister of ...,": a title chain */
            size_t next = ng_mention_at(m, e + 1);
            int chained = ng_lx_word(kb, NG_LX_PORTFOLIO_GLUE, t, e) && next != (size_t)-1 &&
                          m->items[next].kind == NG_M_REF && m->items[next].office && m->items[next].office->type;
            int closed = e >= sent_end || ng_tok_is(t, e, ',') || ng_tok_is(t, e, '.') || ng_tok_is(t, e, ')') ||
                         ng_tok_is(t, e, ']') || chained;
            if (j < tp.start && before != (size_t)-1 && m->items[before].kind == NG_M_NAME &&
                (ng_tok_is(t, j, '[') || ng_tok_is(t, j, '(') || (ng_tok_is(t, j, ',') && closed)))
                person = m->items[before].person;
        }
        /* "X, Deputy Prime Minister and Minister of ...": the second title
         * of a chain is the first one's holder's */
        if (person < 0 && tp.start > sent_start + 1 && ng_lx_word(kb, NG_LX_PORTFOLIO_GLUE, t, tp.start - 1)) {
            size_t prev = ng_mention_ending_at(m, tp.start - 1);
            if (prev != (size_t)-1 && m->items[prev].kind == NG_M_OFFICE)
                person = m->items[prev].person;
        }
        if (person < 0) {
            const ng_place *chain_place = tp.place;
            person = name_after_dash_chain(m, kb, t, tp.end, sent_end, &chain_place, 0);
            if (person >= 0)
                tp.place = chain_place;
        }
        if (person < 0)
            person = copula_subject(m, t, kb, sent_start, tp.start);
        if (person < 0)
            continue;
        x->kind = NG_M_OFFICE;
        x->person = person;
        const ng_place *place = tp.place ? tp.place : default_place(m, kb, t, person, tp.type);
        if (title_in(kb, NG_LX_REGIONAL_TITLE, t, x->tok_start, tp.end) && (!place || (place->classes & NG_COUNTRY)))
            place = sentence_region(m, t, kb, sent_start, sent_end);
        if (!tp.place && place && place == m->home && contrasted(m, t, x, place, sent_start, sent_end))
            place = other_side(m, place);
        if (counterpart && place && (place->classes & NG_COUNTRY) && !ng_lx_key_in(kb, NG_LX_NATIONAL_OFFICE, tp.type))
            place = counterpart_region(m, place, sent_start, sent_end);
        add_position(m, person, tp.type, place, x->tok_start);
    }
}

/* "the governor", "the acting head": a determiner, perhaps with a word
 * that keeps the reference to the office's holder (lex:reference-modifier). */
static int after_the(const ng_tokens *t, size_t start)
{
    if (start > 1 && ng_lx_word(kb_of_positions, NG_LX_REFERENCE_MODIFIER, t, start - 1))
        start--;
    return start > 0 && ng_lx_word(kb_of_positions, NG_LX_OFFICE_DETERMINER, t, start - 1);
}

/* "the head of the region", "the governor of the Russian region": the
 * region the article speaks of, named before; its holder is found by the
 * office alone. */
static int of_the_region(const ng_mentions *m, const ng_tokens *t, size_t end)
{
    if (!ng_lx_word(kb_of_positions, NG_LX_OF_LINK, t, end) ||
        !ng_lx_word(kb_of_positions, NG_LX_DEFINITE_ARTICLE, t, end + 1))
        return 0;
    size_t k = end + 2, mi = ng_mention_at(m, k);
    if (mi != (size_t)-1 && m->items[mi].kind == NG_M_DEMONYM)
        k = m->items[mi].tok_end;
    return ng_mention_at(m, k) == (size_t)-1 && ng_lx_word(kb_of_positions, NG_LX_REGION_ANAPHOR, t, k);
}

/* The comma that closes a side clause begun at token k, within its
 * sentence; k when there is none. */
static size_t side_clause_end(const ng_tokens *t, const ng_sentences *s, size_t k)
{
    size_t si = ng_sentence_of(s, k);
    size_t end = si == (size_t)-1 ? k : s->items[si].tok_end;
    for (size_t j = k; j < end; j++)
        if (ng_tok_is(t, j, ','))
            return j;
    return k;
}

static void resolve_references(ng_mentions *m, const ng_doc *doc, const ng_sentences *s, const ng_kb *kb)
{
    const ng_tokens *t = &doc->toks;
    int last_person = -1;
    size_t clause_end = 0; /* "X, who accompanied Y, met his ...": "his" is X's */
    for (size_t i = 0; i < m->len; i++) {
        ng_mention *x = &m->items[i];
        if (x->kind == NG_M_NAME || x->kind == NG_M_OFFICE) {
            if (x->tok_start < clause_end)
                continue;
            last_person = x->person;
            if (ng_tok_is(t, x->tok_end, ',') && ng_lx_word(kb, NG_LX_SIDE_CLAUSE_LEAD, t, x->tok_end + 1))
                clause_end = side_clause_end(t, s, x->tok_end + 1);
            continue;
        }
        if (x->kind == NG_M_PRONOUN) {
            x->person = ng_dc_pronoun_antecedent(m, doc, s, i, last_person);
            continue;
        }
        if (x->kind != NG_M_REF || !x->office || !x->office->type)
            continue;
        if (strcmp(x->office->type, NG_TYPE_COUNTERPART) == 0)
            continue;
        size_t si = ng_sentence_of(s, x->tok_start);
        size_t sent_end = si == (size_t)-1 ? x->tok_end : s->items[si].tok_end;
        const ng_place *pre = NULL, *post = NULL;
        size_t start = ng_title_pre_modifier(kb, m, t, x->tok_start, &pre);
        size_t title_end = ng_title_post_modifier(kb, m, t, x->tok_end, sent_end, &post, m->home);
        pre = ng_title_governed_region(pre, x->office->type);
        /* a headline drops the article: "Head of State meets with Governor
         * of Kaliningrad Region" */
        int headline = si != (size_t)-1 && s->items[si].kind == NG_PARA_TITLE;
        /* "Belarusian President, Tokayev talk by phone": a title its
         * country or region qualifies stands for its holder without "the" */
        if (!after_the(t, start) && !headline && !pre)
            continue;
        const ng_place *place = post ? post : pre;
        if (needs_place(kb, t, x) && !place && !of_the_region(m, t, x->tok_end))
            continue;
        /* "the Mordovian leader": the head of a region is its Governor
         * (as add_position has it), and is looked for as one */
        const char *type = head_of_region(x->office->type, place);
        const ng_place *held = NULL;
        int who = ng_dc_title_holder(m, x, type, place, ng_dc_previous_subject(m, doc, s, si), &held);
        if (who < 0 && headline && (who = ng_dc_headline_subject(m, doc, s, kb, title_end)) >= 0)
            held = place;
        if (who < 0)
            continue;
        x->person = who;
        last_person = who;
        add_position(m, who, type, held ? held : default_place(m, kb, t, who, type), x->tok_start);
    }
}

void ng_positions_find(ng_mentions *m, const ng_doc *doc, const ng_sentences *s, const ng_kb *kb)
{
    kb_of_positions = kb;
    attach_titles(m, doc, s, kb, 0);
    resolve_references(m, doc, s, kb);
    attach_titles(m, doc, s, kb, 1);
}
