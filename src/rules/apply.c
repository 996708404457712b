/*
 * apply.c - running the rules over an article (see frames.h).
 *
 * For each sentence the dispatcher (ruleset.h) names the (rule, start)
 * pairs worth a try: a rule sleeps unless the sentence holds a word of
 * each of its gates (the atoms every match must hold); the others are tried where the token's hash is in the table of
 * first words (a class by its phrases' first words) and where their first
 * annotation type starts. Candidates are tried by rule priority, then left to right; a rule
 * may match a sentence more than once, never overlapping itself.
 */
#include "frames.h"
#include "discourse.h"

#include <stdlib.h>
#include <string.h>

/* A candidate is a (rule, token) pair packed into one integer, the rule in
 * the high half: sorting the integers orders the candidates by rule, then
 * left to right, without a comparison function call per step. */
typedef uint64_t candidate;
#define CAND(rule, tok) ((uint64_t)(rule) << 32 | (uint64_t)(tok))
#define CAND_RULE(c) ((size_t)((c) >> 32))
#define CAND_TOK(c) ((size_t)((c) & 0xffffffffu))

typedef struct {
    candidate *items;
    size_t len, cap;
    ng_vec anywhere;         /* rules tried at every token of this sentence */
} candidates;

/* Adds a candidate for each rule of rules whose gate is open. */
static void add(candidates *c, const ng_vec *rules, size_t tok, const ng_dispatch *d, const unsigned char *open)
{
    for (size_t i = 0; i < rules->len; i++) {
        size_t idx = (size_t)(uintptr_t)rules->items[i] - 1;
        if (d->gated[idx] && !open[idx])
            continue;
        if (c->len == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 32;
            c->items = ng_xrealloc(c->items, c->cap * sizeof *c->items);
        }
        c->items[c->len++] = CAND(idx, tok);
    }
}

/* Sorts a[0..n) ascending: quicksort down to short runs, then insertion.
 * Equal keys are the same candidate, so stability does not matter. */
static void sort_candidates(candidate *a, size_t n)
{
    while (n > 16) {
        candidate p = a[n / 2], m0 = a[0], m2 = a[n - 1];
        /* median of three as the pivot */
        if ((m0 < p) != (m0 < m2))
            p = m0;
        else if ((m2 < p) != (m2 < m0))
            p = m2;
        size_t i = 0, j = n - 1;
        for (;;) {
            while (a[i] < p)
                i++;
            while (a[j] > p)
                j--;
            if (i >= j)
                break;
            candidate x = a[i];
            a[i++] = a[j];
            a[j--] = x;
        }
        /* recurse into the smaller part, loop on the larger */
        size_t left = j + 1;
        if (left >= n)
            break; /* no progress: finish by insertion */
        if (left < n - left) {
            sort_candidates(a, left);
            a += left;
            n -= left;
        } else {
            sort_candidates(a + left, n - left);
            n = left;
        }
    }
    for (size_t i = 1; i < n; i++) {
        candidate x = a[i];
        size_t j = i;
        for (; j > 0 && a[j - 1] > x; j--)
            a[j] = a[j - 1];
        a[j] = x;
    }
}

/* Per article, the state of waking: per rule whether it is awake and how
 * many of its gates are open, per gate whether it is open. */
typedef struct {
    unsigned char *open;      /* per rule */
    unsigned *opened;         /* per rule: its gates open so far */
    unsigned char *gate_open; /* per gate */
    uint32_t *opened_by;      /* per slot of the gate table: the sentence (+ 1) whose word last
                               * opened its gates ("the", "of" come back in a sentence) */
} waking;

/* Which gated rules the sentence wakes: one probe per token opens gates,
 * and a rule wakes when all its gates are open, counted as they open (not
 * by going through every rule's gates for every sentence). Returns
 * whether any did. */
static int wake(const ng_dispatch *d, const ng_tokens *t, const ng_sentence *sen, size_t si, waking *w,
                size_t nrules)
{
    memset(w->gate_open, 0, d->ngates);
    memset(w->open, 0, nrules);
    memset(w->opened, 0, nrules * sizeof *w->opened);
    int any = 0;
    for (size_t i = sen->tok_start; i < sen->tok_end; i++) {
        if (i + NG_WORDTAB_AHEAD < sen->tok_end)
            ng_wordtab_prefetch(&d->gates, t->toks[i + NG_WORDTAB_AHEAD].hash);
        const ng_vec *v = ng_wordtab_get(&d->gates, t->toks[i].hash);
        uint32_t stamp = (uint32_t)si + 1; /* (an article has fewer than 2^32 sentences) */
        if (!v || w->opened_by[v - d->gates.lists] == stamp)
            continue; /* no gates, or the word's are open already */
        w->opened_by[v - d->gates.lists] = stamp;
        for (size_t k = 0; k < v->len; k++) {
            size_t g = (size_t)(uintptr_t)v->items[k] - 1;
            if (w->gate_open[g])
                continue;
            w->gate_open[g] = 1;
            size_t r = d->gate_rule[g];
            if (++w->opened[r] == d->gate_start[r + 1] - d->gate_start[r]) /* (a gated rule has some) */
                any = w->open[r] = 1;
        }
    }
    return any;
}

static void gather(candidates *c, const ng_ruleset *rs, const ng_tokens *t, const ng_annots *an,
                   const ng_sentence *sen, const unsigned char *open)
{
    const ng_dispatch *d = &rs->dispatch;
    c->len = 0;
    ng_vec *anywhere = &c->anywhere;
    anywhere->len = 0;
    for (size_t r = 0; r < rs->len; r++)
        if (d->anywhere[r] && (!d->gated[r] || open[r]))
            ng_vec_push(anywhere, (void *)(uintptr_t)(r + 1));
    for (size_t i = sen->tok_start; i < sen->tok_end; i++) {
        if (i + NG_WORDTAB_AHEAD < sen->tok_end)
            ng_wordtab_prefetch(&d->starts, t->toks[i + NG_WORDTAB_AHEAD].hash);
        const ng_vec *v = ng_wordtab_get(&d->starts, t->toks[i].hash);
        if (v)
            add(c, v, i, d, open);
        if (anywhere->len)
            add(c, anywhere, i, d, open);
    }
    if (an->len && sen->tok_start < an->ntok)
        for (size_t k = an->first[sen->tok_start]; k < an->len && an->items[k].start < sen->tok_end; k++)
            if (d->annot_rules[an->items[k].type].len)
                add(c, &d->annot_rules[an->items[k].type], an->items[k].start, d, open);
}

/* The clause around the match: from the boundary before it to the one
 * after it. */
static void clause_of(const ng_kb *kb, const ng_tokens *t, const ng_sentence *sen, const ng_pmatch *pm,
                      size_t *b, size_t *e)
{
    *b = pm->start;
    while (*b > sen->tok_start && !ng_clause_boundary(kb, t, *b - 1, sen->tok_end))
        (*b)--;
    *e = pm->end;
    while (*e < sen->tok_end && !ng_clause_boundary(kb, t, *e, sen->tok_end))
        (*e)++;
}

int ng_rule_guards_pass(const ng_rule *r, const ng_kb *kb, const ng_tokens *t, const ng_annots *an,
                        const ng_sentence *sen, const ng_pmatch *pm)
{
    for (size_t g = 0; g < r->nguards; g++) {
        const ng_guard *gd = &r->guards[g];
        size_t b = sen->tok_start, e = sen->tok_end, w = (size_t)gd->window;
        switch (gd->scope) {
        case NG_SCOPE_CLAUSE: clause_of(kb, t, sen, pm, &b, &e); break;
        case NG_SCOPE_MATCH: b = pm->start; e = pm->end; break;
        case NG_SCOPE_BEFORE: b = pm->start > b + w ? pm->start - w : b; e = pm->start; break;
        case NG_SCOPE_AFTER: b = pm->end; e = pm->end + w < e ? pm->end + w : e; break;
        case NG_SCOPE_WINDOW:
            b = pm->start > b + w ? pm->start - w : b;
            e = pm->end + w < e ? pm->end + w : e;
            break;
        default: break;
        }
        ng_pmatch x;
        if (b < e && ng_pattern_search(gd->pattern, t, an, b, e, &x))
            return 0;
    }
    return 1;
}

static void run_sentence(ng_frame_ctx *c, const ng_ruleset *rs, candidates *cs, waking *w)
{
    const ng_sentence *sen = &c->sentences->items[c->si];
    const ng_tokens *t = &c->doc->toks;
    const unsigned char *open = w->open;
    if (!wake(&rs->dispatch, t, sen, c->si, w, rs->len) && rs->dispatch.all_gated)
        return; /* most sentences: no rule is awake */
    if (!c->an->first) /* the store is built for the first sentence that needs it */
        ng_annots_build(c->an, c->doc, c->sentences, c->m, c->kb);
    gather(cs, rs, t, c->an, sen, open);
    if (!cs->len)
        return;
    unsigned types = 0; /* the spans the candidates' patterns ask for */
    for (size_t i = 0; i < cs->len; i++)
        types |= rs->rules[CAND_RULE(cs->items[i])]->annot_types;
    ng_annots_sentence(c->an, c->si, types);
    sort_candidates(cs->items, cs->len);
    size_t done_rule = (size_t)-1, done_until = 0;
    for (size_t i = 0; i < cs->len; i++) {
        if (i && cs->items[i] == cs->items[i - 1])
            continue;
        size_t rule = CAND_RULE(cs->items[i]), tok = CAND_TOK(cs->items[i]);
        if (rule == done_rule && tok < done_until)
            continue; /* inside this rule's last match */
        const ng_rule *r = rs->rules[rule];
        ng_pmatch pm;
        if (!ng_pattern_match_at(r->pattern, t, c->an, tok, sen->tok_start, sen->tok_end, &pm))
            continue;
        if (!ng_rule_guards_pass(r, c->kb, t, c->an, sen, &pm))
            continue;
        /* the frame reads titles and ordinals in captures, and an event's
         * frame the sentence's dates */
        ng_annots_sentence(c->an, c->si,
                           1u << NG_A_TITLE | 1u << NG_A_ORDINAL |
                               (r->frame == NG_FRAME_POSITION ? 0 : 1u << NG_A_DATE));
        if (ng_frame_fill(c, r, &pm) && c->fired)
            ng_vec_push(c->fired, (void *)r);
        done_rule = rule;
        done_until = pm.end;
    }
}

void ng_rules_apply(ng_events *ev, ng_mentions *m, const ng_doc *doc, const ng_sentences *s,
                    const ng_kb *kb, ng_vec *fired)
{
    const ng_ruleset *rs = ng_kb_rules(kb);
    if (!rs || !rs->len)
        return;
    ng_annots an;
    memset(&an, 0, sizeof an);
    ng_frame_ctx c = {doc, s, m, ev, kb, &an, 0, fired};
    candidates cs = {0};
    waking w = {ng_xmalloc(rs->len), ng_xmalloc(rs->len * sizeof *w.opened), ng_xmalloc(rs->dispatch.ngates + 1),
                ng_xcalloc(rs->dispatch.gates.cap + 1, sizeof *w.opened_by)};
    for (size_t i = 0; i < s->len; i++) {
        if (s->items[i].kind != NG_PARA_BODY && s->items[i].kind != NG_PARA_TITLE)
            continue;
        c.si = i;
        run_sentence(&c, rs, &cs, &w);
    }
    ng_dc_sideline_meetings(ev);
    free(w.open);
    free(w.opened);
    free(w.gate_open);
    free(w.opened_by);
    free(cs.items);
    ng_vec_free(&cs.anywhere);
    ng_annots_free(&an);
}
