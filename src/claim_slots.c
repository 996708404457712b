/*
 * claim_slots.c - the slots of a claim read from the words around its
 * figure (see claim_slots.h): the stated change, the qualifier and
 * whether the figure is a goal. The lexicon families are "percent-word",
 * "fraction", "multiplier", "change-up", "change-down", "index-cue",
 * "qualifier", "figure-filler", "about-blocker", "projected-cue",
 * "projected-infinitive", "projected-after" and "projected-predicate".
 */
#include "claim_slots.h"
#include "ns.h"
#include "money.h"

#include <stdlib.h>
#include <string.h>

static int is_percent_at(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, double *value, size_t *len)
{
    if (t->toks[i].kind == NG_TOK_NUM) {
        long long m;
        int dec;
        if (!ng_number_parse(t->text + t->toks[i].start, t->toks[i].end - t->toks[i].start, &m, &dec))
            return 0;
        double v = (double)m;
        for (int k = 0; k < dec; k++)
            v /= 10;
        if (ng_tok_is(t, i + 1, '%')) {
            *value = v;
            *len = 2;
            return 1;
        }
        size_t n = ng_lx_match(kb, NG_LX_PERCENT_WORD, t, i + 1, end, NULL);
        if (n) {
            *value = v;
            *len = 1 + n;
            return 1;
        }
        return 0;
    }
    /* "by almost a quarter" */
    const char *v = NULL;
    size_t j = i;
    if (ng_lx_word(kb, NG_LX_COUNTING_ARTICLE, t, j))
        j++;
    size_t n = ng_lx_match(kb, NG_LX_FRACTION, t, j, end, &v);
    if (n && v && j > i) {
        *value = atof(v);
        *len = j - i + n;
        return 1;
    }
    return 0;
}

/* "2.5 times", "doubled", "threefold" at i: the factor, as *factor. */
static int multiplier_at(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, double *factor, size_t *len)
{
    const char *v = NULL;
    size_t n = ng_lx_match(kb, NG_LX_MULTIPLIER, t, i, end, &v);
    if (n && v) {
        *factor = atof(v);
        *len = n;
        return *factor > 1;
    }
    long long m;
    int dec;
    if (t->toks[i].kind != NG_TOK_NUM || i + 1 >= end || !ng_lx_word(kb, NG_LX_TIMES_WORD, t, i + 1) ||
        !ng_number_parse(t->text + t->toks[i].start, t->toks[i].end - t->toks[i].start, &m, &dec))
        return 0;
    *factor = (double)m;
    for (int k = 0; k < dec; k++)
        *factor /= 10;
    *len = 2;
    return *factor > 1 && *factor < 1000;
}

/* A change as a percentage at i: "10.5%", "a quarter", or a factor with
 * its direction ("rose 2.5 times": +150%; "fell two times": -50%). */
static int change_at(const ng_kb *kb, const ng_tokens *t, size_t a, size_t i, size_t end, double *v, size_t *len)
{
    double f;
    if (is_percent_at(kb, t, i, end, v, len))
        return 1;
    if (!multiplier_at(kb, t, i, end, &f, len))
        return 0;
    size_t back = ng_kb_window(kb, NG_LW_DIRECTION_LOOKBACK);
    int down = ng_lx_has(kb, NG_LX_CHANGE_DOWN, t, i > a + back ? i - back : a, i);
    *v = down ? (1 - 1 / f) * 100 : (f - 1) * 100;
    *v = (double)(long long)(*v * 100 + 0.5) / 100; /* to the hundredth */
    return 2;
}

/* The stated growth in [a, b): a percentage or a factor with a direction
 * word near it. */
int ng_claim_change_in(const ng_kb *kb, const ng_tokens *t, size_t a, size_t b, int prefer_last, double *out)
{
    size_t back = ng_kb_window(kb, NG_LW_DIRECTION_LOOKBACK), reach = ng_kb_window(kb, NG_LW_DIRECTION_REACH);
    int found = 0;
    for (size_t i = a; i < b; i++) {
        double v;
        size_t len;
        int kind = change_at(kb, t, a, i, b, &v, &len);
        if (!kind)
            continue;
        if (kind == 2 && !ng_lx_word(kb, NG_LX_TIMES_WORD, t, i + len - 1)) {
            /* "doubled" says its direction itself */
            *out = v;
            found = 1;
            if (!prefer_last)
                return 1;
            i += len - 1;
            continue;
        }
        size_t lo = i > a + back ? i - back : a, hi = i + len + reach < b ? i + len + reach : b;
        int up = ng_lx_has(kb, NG_LX_CHANGE_UP, t, lo, i) || ng_lx_has(kb, NG_LX_CHANGE_UP, t, i + len, hi);
        int down = ng_lx_has(kb, NG_LX_CHANGE_DOWN, t, lo, i) || ng_lx_has(kb, NG_LX_CHANGE_DOWN, t, i + len, hi);
        /* "(+8.2%)", "(-5.4%)": a signed percentage; "2-3%" is a range */
        if (i > a && (ng_tok_is(t, i - 1, '+') || ng_tok_is(t, i - 1, '-')) &&
            !(i - 1 > a && t->toks[i - 2].kind == NG_TOK_NUM)) {
            up = ng_tok_is(t, i - 1, '+');
            down = !up;
        }
        /* growth as an index: "107.5% as against 2020", "grew by 103
         * percent" of the year before are +7.5 and +3 */
        if (!down && v > 100 && v < 150 && kind == 1 &&
            (up || ng_lx_has(kb, NG_LX_INDEX_CUE, t, i + len, hi) || ng_lx_has(kb, NG_LX_INDEX_CUE, t, lo, i))) {
            v = (double)(long long)((v - 100) * 100 + 0.5) / 100;
            up = 1;
        }
        if (up || down) {
            *out = down && !up ? -v : v;
            found = 1;
            if (!prefer_last)
                return 1;
        }
        i += len - 1;
    }
    return found;
}

/* True when tokens [a, b) are all "the", "mark of" and the like. */
static int fillers_only(const ng_kb *kb, const ng_tokens *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (!ng_lx_word(kb, NG_LX_FIGURE_FILLER, t, i))
            return 0;
    return 1;
}

const char *ng_claim_qualifier_before(const ng_kb *kb, const ng_tokens *t, size_t a, size_t money)
{
    size_t back = ng_kb_window(kb, NG_LW_QUALIFIER_LOOKBACK), longest = ng_kb_window(kb, NG_LW_QUALIFIER_PHRASE_MAX);
    size_t lo = money > a + back ? money - back : a;
    for (size_t i = money; i > lo; i--) {
        if (t->toks[i - 1].kind == NG_TOK_NUM || ng_tok_is(t, i - 1, '%'))
            break;
        /* the phrases of at most `longest` tokens that end at i */
        for (size_t k = i - 1; k + 1 > lo && k + longest >= i; k--) {
            const char *v = NULL;
            size_t n = ng_lx_match(kb, NG_LX_QUALIFIER, t, k, money, &v);
            /* "talk about $2bn" is no estimate */
            if (n && k + n == i && v && !(k > 0 && ng_lx_word(kb, NG_LX_ABOUT_BLOCKER, t, k - 1)) &&
                fillers_only(kb, t, i, money))
                return v;
            if (k == 0)
                break;
        }
    }
    return NG_QUALIFIER_EXACT;
}

/* "May" in "January-May" is a month, not a modal: a cue counts in lower
 * case, or capitalized only where it opens the sentence. */
static int lower_cue(const ng_kb *kb, enum ng_lx cls, const ng_tokens *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (ng_lx_match(kb, cls, t, i, b, NULL) && (i == a || !(t->toks[i].flags & NG_TF_UPPER) ||
                                                     ng_tok_is(t, i - 1, '"')))
            return 1;
    return 0;
}

/* money: where the figure starts; money_end: where it ends. A cue after the
 * figure counts within a few tokens of its end ("agreements worth $5
 * billion are to be signed"). */
int ng_claim_projected_in(const ng_kb *kb, const ng_tokens *t, size_t a, size_t money, size_t money_end,
                        size_t after_end)
{
    /* "proposes to put trade ($360 million in 2018) on a firmer footing":
     * a figure in brackets is a fact given in passing */
    for (size_t k = money; k > a; k--)
        if (ng_tok_is(t, k - 1, ')'))
            break;
        else if (ng_tok_is(t, k - 1, '(')) {
            a = k;
            for (size_t e = money_end; e < after_end; e++)
                if (ng_tok_is(t, e, ')'))
                    after_end = e;
            break;
        }
    if (lower_cue(kb, NG_LX_PROJECTED_CUE, t, a, money))
        return 1;
    size_t n = 0;
    for (size_t i = a; i < money; i++)
        if ((n = ng_lx_match(kb, NG_LX_PROJECTED_INFINITIVE, t, i, money, NULL)) != 0)
            return !ng_lx_has(kb, NG_LX_CHANGE_UP, t, a, i) && !ng_lx_has(kb, NG_LX_CHANGE_DOWN, t, a, i);
    size_t reach = ng_kb_window(kb, NG_LW_PROJECTED_AFTER_REACH);
    size_t hi = money_end + reach < after_end ? money_end + reach : after_end;
    /* "$1 billion in trade with the region is quite attainable": the
     * figure's own clause calls it within reach */
    return ng_lx_has(kb, NG_LX_PROJECTED_AFTER, t, money, hi) || ng_lx_has(kb, NG_LX_PROJECTED_PREDICATE, t, money_end, after_end);
}

/* "signed a roadmap for 2024-2026 and contracts worth $40 million": the
 * term of a document joined to the figure by "and", not its period ("the
 * programme for 2024-2026 envisages $500 million" keeps it). */
int ng_claim_after_document(const ng_kb *kb, const ng_tokens *t, const ng_timex *x)
{
    size_t k = x->tok_start;
    if (k < 2 || !ng_lx_word(kb, NG_LX_TERM_PREPOSITION, t, k - 1))
        return 0;
    size_t most = ng_kb_window(kb, NG_LW_DOCUMENT_NOUN_MAX);
    for (size_t back = 1; back <= most && back + 1 <= k; back++)
        if (ng_lx_match(kb, NG_LX_DOCUMENT_NOUN, t, k - 1 - back, k - 1, NULL) == back)
            return 1;
    return 0;
}

static int document_term(const ng_kb *kb, const ng_tokens *t, const ng_timex *x, size_t money)
{
    if (x->tok_end >= money)
        return 0;
    int joined = 0;
    for (size_t j = x->tok_end; j < money && !joined; j++)
        joined = ng_lx_word(kb, NG_LX_LIST_CONJUNCTION, t, j);
    return joined && ng_claim_after_document(kb, t, x);
}

/* The last period before the figure that is no base of comparison, no
 * day and no document's term, else the first after it in its clause.
 * prev_end: where the figure before this one in the sentence ends, or
 * (size_t)-1; a time right after it ("$500 million in 2023 compared to
 * $400 million in 2022") is that figure's, not this one's. */
void ng_claim_period_for(const ng_kb *kb, const ng_tokens *t, const ng_timex *x, size_t nx, size_t money,
                         size_t seg_end, size_t prev_end, ng_claim *cl)
{
    const ng_timex *best = NULL;
    for (size_t i = 0; i < nx; i++) {
        if (x[i].comparison || !x[i].from.y || x[i].precision == NG_PREC_DAY || x[i].weekday_led ||
            document_term(kb, t, &x[i], money))
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
    /* "in 2016 and Q1 2017": two periods joined by "and" span both */
    const ng_timex *first = best;
    if (best > x && ng_lx_word(kb, NG_LX_LIST_CONJUNCTION, t, best->tok_start - 1) && best[-1].tok_end + 1 == best->tok_start &&
        !best[-1].comparison && best[-1].from.y && best[-1].precision != NG_PREC_DAY &&
        ng_date_cmp(best[-1].from, best->from) < 0)
        first = best - 1;
    cl->period_start = first->from;
    cl->period_end = best->to;
    free(cl->period_label);
    cl->period_label = ng_xstrndup(t->text + t->toks[first->tok_start].start,
                                   t->toks[best->tok_end - 1].end - t->toks[first->tok_start].start);
}

void ng_claim_add_party(ng_claim *cl, const ng_place *p)
{
    if (!p)
        return;
    for (int i = 0; i < cl->nparties; i++)
        if (cl->parties[i] == p)
            return;
    if (cl->nparties < NG_MAX_PARTIES)
        cl->parties[cl->nparties++] = p;
}

/* The sentence names a time of its own, even one that cannot be resolved
 * ("last year" without a publication date), or says "today". */
int ng_claim_own_time(const ng_kb *kb, const ng_tokens *t, const ng_timex *x, size_t nx, size_t a, size_t b)
{
    for (size_t i = 0; i < nx; i++)
        if (!x[i].comparison)
            return 1;
    return ng_lx_has(kb, NG_LX_PRESENT_CUE, t, a, b);
}
