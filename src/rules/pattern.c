/*
 * pattern.c - compiling and matching token patterns (see pattern.h).
 *
 * The compiled form is a tree: a group holds alternatives, each a
 * sequence of nodes, each node an atom with a repetition range. Matching
 * is backtracking with continuations: a node, once matched, calls what
 * follows it; a failure returns and the next choice is tried. Each match
 * attempt has a step budget, so that no pattern and no sentence can make
 * the matcher run away.
 */
#include "pattern.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STEP_BUDGET 20000
#define MAX_FIRST 32
#define MAX_REP 64      /* "x*" means at most this many */
#define GAP_DEFAULT 5

enum { P_LIT = 1, P_CLASS, P_ANNOT, P_PRED, P_GROUP, P_GAP };
enum { PR_ANY = 1, PR_CAP, PR_LOWER, PR_WORD, PR_NUM, PR_PUNCT };

typedef struct pnode pnode;
typedef struct {
    pnode **items;
    size_t n;
} pseq;

struct pnode {
    int kind, min, max, lazy, cap;
    char **words;        /* P_LIT: lower-cased tokens of the phrase */
    size_t *wlen;
    uint64_t *whash;
    size_t nwords;
    const ng_lexclass *cls;
    int annot, pred, cross;
    pseq *alts;          /* P_GROUP */
    size_t nalts;
};

struct ng_pattern {
    pnode *root;         /* a group */
    char *capnames[NG_PAT_MAXCAP];
    int ncap;
    unsigned annot_types;
    const ng_kb *kb;
    const ng_lexclass *boundary;   /* lex:clause-boundary, or NULL */
    /* first-token filter */
    int any_first;
    uint64_t first_hash[MAX_FIRST];
    size_t nfirst_hash;
    const ng_lexclass *first_cls[MAX_FIRST];
    size_t nfirst_cls;
    unsigned first_annots;
    unsigned first_preds; /* 1 << PR_CAP ...: a token of that kind may start it */
};

/* ---- compiling ------------------------------------------------------ */

typedef struct {
    const char *src, *p;
    ng_pattern *pat;
    char *err;
    size_t errlen;
    int failed;
} parser;

static void fail(parser *ps, const char *fmt, const char *what)
{
    if (ps->failed)
        return;
    ps->failed = 1;
    char msg[256];
    snprintf(msg, sizeof msg, fmt, what);
    snprintf(ps->err, ps->errlen, "pattern column %d: %s", (int)(ps->p - ps->src) + 1, msg);
}

static void skip_space(parser *ps)
{
    while (isspace((unsigned char)*ps->p))
        ps->p++;
}

static pnode *new_node(int kind)
{
    pnode *n = ng_xcalloc(1, sizeof *n);
    n->kind = kind;
    n->min = n->max = 1;
    n->cap = -1;
    return n;
}

static void free_node(pnode *n);

static void free_seq(pseq *s)
{
    for (size_t i = 0; i < s->n; i++)
        free_node(s->items[i]);
    free(s->items);
}

static void free_node(pnode *n)
{
    if (!n)
        return;
    for (size_t i = 0; i < n->nwords; i++)
        free(n->words[i]);
    free(n->words);
    free(n->wlen);
    free(n->whash);
    for (size_t i = 0; i < n->nalts; i++)
        free_seq(&n->alts[i]);
    free(n->alts);
    free(n);
}

/* A word or phrase: tokenized as article text is, so that "tete-a-tete"
 * and "St. Petersburg" match the tokens they become. */
static pnode *literal(parser *ps, const char *s, size_t len)
{
    char *text = ng_xstrndup(s, len);
    ng_tokens t;
    ng_tokens_init(&t, text, len);
    pnode *n = NULL;
    if (!t.ntok) {
        fail(ps, "empty literal%s", "");
    } else {
        n = new_node(P_LIT);
        n->nwords = t.ntok;
        n->words = ng_xmalloc(t.ntok * sizeof *n->words);
        n->wlen = ng_xmalloc(t.ntok * sizeof *n->wlen);
        n->whash = ng_xmalloc(t.ntok * sizeof *n->whash);
        for (size_t i = 0; i < t.ntok; i++) {
            size_t wl;
            const char *w = ng_tok_lower(&t, i, &wl);
            n->words[i] = ng_xstrndup(w, wl);
            n->wlen[i] = wl;
            n->whash[i] = t.toks[i].hash;
        }
    }
    ng_tokens_free(&t);
    free(text);
    return n;
}

static size_t ident_len(const char *p)
{
    size_t n = 0;
    while (isalnum((unsigned char)p[n]) || p[n] == '-' || p[n] == '_' || p[n] == '\'')
        n++;
    return n;
}

static int parse_int(parser *ps, int *out)
{
    if (!isdigit((unsigned char)*ps->p)) {
        fail(ps, "a number expected in a repetition%s", "");
        return -1;
    }
    *out = (int)strtol(ps->p, (char **)&ps->p, 10);
    return 0;
}

/* {m}, {m,}, {m,n} */
static void parse_bounds(parser *ps, pnode *n)
{
    ps->p++;
    int lo = 0, hi;
    if (parse_int(ps, &lo) < 0)
        return;
    hi = lo;
    if (*ps->p == ',') {
        ps->p++;
        hi = MAX_REP;
        if (*ps->p != '}' && parse_int(ps, &hi) < 0)
            return;
    }
    if (*ps->p != '}') {
        fail(ps, "'}' expected%s", "");
        return;
    }
    ps->p++;
    if (hi < lo || hi > MAX_REP) {
        fail(ps, "bad repetition bounds (at most %s)", "64");
        return;
    }
    n->min = lo;
    n->max = hi;
}

static void parse_quant(parser *ps, pnode *n)
{
    char c = *ps->p;
    if (c == '?' || c == '*' || c == '+') {
        ps->p++;
        n->min = c == '+' ? 1 : 0;
        n->max = c == '?' ? 1 : MAX_REP;
    } else if (c == '{') {
        parse_bounds(ps, n);
    } else {
        return;
    }
    if (*ps->p == '?') {
        ps->p++;
        n->lazy = 1;
    }
}

static pnode *parse_group(parser *ps, char close);

static pnode *parse_gap(parser *ps)
{
    ps->p += 3;
    pnode *n = new_node(P_GAP);
    n->lazy = 1;
    n->min = 0;
    n->max = GAP_DEFAULT;
    if (*ps->p == '!') {
        n->cross = 1;
        ps->p++;
    }
    if (*ps->p == '{')
        parse_bounds(ps, n);
    n->lazy = 1; /* a gap takes as few tokens as it can */
    return n;
}

static pnode *parse_pred(parser *ps)
{
    static const char *const names[] = {NULL, "any", "cap", "lower", "word", "num", "punct"};
    const char *close = strchr(ps->p, ']');
    if (!close) {
        fail(ps, "']' expected%s", "");
        return NULL;
    }
    size_t len = (size_t)(close - ps->p - 1);
    for (int k = PR_ANY; k <= PR_PUNCT; k++)
        if (strlen(names[k]) == len && strncmp(names[k], ps->p + 1, len) == 0) {
            pnode *n = new_node(P_PRED);
            n->pred = k;
            ps->p = close + 1;
            return n;
        }
    char what[64];
    snprintf(what, sizeof what, "%.*s", (int)(len < 40 ? len : 40), ps->p + 1);
    fail(ps, "unknown token kind [%s] (any, cap, lower, word, num, punct)", what);
    return NULL;
}

static pnode *parse_class(parser *ps)
{
    ps->p++;
    size_t len = ident_len(ps->p);
    char name[128];
    snprintf(name, sizeof name, "%.*s", (int)(len < 120 ? len : 120), ps->p);
    const ng_lexclass *c = len ? ng_kb_class(ps->pat->kb, name) : NULL;
    if (!c) {
        fail(ps, "unknown lexicon class @%s", name);
        return NULL;
    }
    ps->p += len;
    pnode *n = new_node(P_CLASS);
    n->cls = c;
    return n;
}

static pnode *parse_annot(parser *ps)
{
    ps->p++;
    size_t len = ident_len(ps->p);
    int type = ng_annot_type_of(ps->p, len);
    if (type < 0) {
        char name[64];
        snprintf(name, sizeof name, "%.*s", (int)(len < 40 ? len : 40), ps->p);
        fail(ps, "unknown annotation type :%s", name);
        return NULL;
    }
    ps->p += len;
    pnode *n = new_node(P_ANNOT);
    n->annot = type;
    ps->pat->annot_types |= 1u << type;
    return n;
}

static pnode *parse_atom(parser *ps)
{
    const char *p = ps->p;
    if (*p == '(') {
        ps->p++;
        return parse_group(ps, ')');
    }
    if (*p == '"') {
        const char *q = strchr(p + 1, '"');
        if (!q) {
            fail(ps, "unterminated \"%s", "");
            return NULL;
        }
        ps->p = q + 1;
        return literal(ps, p + 1, (size_t)(q - p - 1));
    }
    if (strncmp(p, "...", 3) == 0)
        return parse_gap(ps);
    if (*p == '[')
        return parse_pred(ps);
    if (*p == '@')
        return parse_class(ps);
    if (*p == ':')
        return parse_annot(ps);
    size_t len = ident_len(p);
    if (len) {
        ps->p += len;
        return literal(ps, p, len);
    }
    char c[2] = {*p, 0};
    fail(ps, *p ? "unexpected '%s' (quote punctuation: \",\")" : "unexpected end%s", c);
    return NULL;
}

static int add_capture(parser *ps, const char *name, size_t len)
{
    ng_pattern *pat = ps->pat;
    for (int i = 0; i < pat->ncap; i++)
        if (strlen(pat->capnames[i]) == len && strncmp(pat->capnames[i], name, len) == 0)
            return i; /* the same name twice: either branch fills it */
    if (pat->ncap == NG_PAT_MAXCAP) {
        fail(ps, "more than %s captures", "12");
        return -1;
    }
    pat->capnames[pat->ncap] = ng_xstrndup(name, len);
    return pat->ncap++;
}

static pnode *parse_item(parser *ps)
{
    const char *p = ps->p;
    size_t len = ident_len(p);
    int cap = -1;
    if (len && p[len] == '=' && isalpha((unsigned char)*p)) {
        cap = add_capture(ps, p, len);
        ps->p += len + 1;
    }
    pnode *n = parse_atom(ps);
    if (!n || ps->failed) {
        free_node(n);
        return NULL;
    }
    parse_quant(ps, n);
    n->cap = cap;
    return n;
}

static void seq_push(pseq *s, pnode *n)
{
    s->items = ng_xrealloc(s->items, (s->n + 1) * sizeof *s->items);
    s->items[s->n++] = n;
}

static pnode *parse_group(parser *ps, char close)
{
    pnode *g = new_node(P_GROUP);
    g->alts = ng_xcalloc(1, sizeof *g->alts);
    g->nalts = 1;
    for (;;) {
        skip_space(ps);
        char c = *ps->p;
        if (c == close) {
            if (c)
                ps->p++;
            break;
        }
        if (!c) {
            fail(ps, "')' expected%s", "");
            break;
        }
        if (c == '|') {
            ps->p++;
            g->alts = ng_xrealloc(g->alts, (g->nalts + 1) * sizeof *g->alts);
            g->alts[g->nalts++] = (pseq){NULL, 0};
            continue;
        }
        pnode *n = parse_item(ps);
        if (!n)
            break;
        seq_push(&g->alts[g->nalts - 1], n);
    }
    if (ps->failed) {
        free_node(g);
        return NULL;
    }
    return g;
}

/* ---- the first-token filter ----------------------------------------- */

static int seq_first(ng_pattern *p, const pseq *s);

/* Adds the atoms node n may start with; returns 1 when n may match no
 * token at all (then what follows may start the match too). */
static int node_first(ng_pattern *p, const pnode *n)
{
    switch (n->kind) {
    case P_LIT:
        if (p->nfirst_hash < MAX_FIRST)
            p->first_hash[p->nfirst_hash++] = n->whash[0];
        else
            p->any_first = 1;
        break;
    case P_CLASS:
        if (p->nfirst_cls < MAX_FIRST)
            p->first_cls[p->nfirst_cls++] = n->cls;
        else
            p->any_first = 1;
        break;
    case P_ANNOT:
        p->first_annots |= 1u << n->annot;
        break;
    case P_PRED:
        /* [cap] and the like cannot be looked up by word, but a token
         * of another kind need not be tried ([any] may start anywhere) */
        if (n->pred == PR_ANY)
            p->any_first = 1;
        else
            p->first_preds |= 1u << n->pred;
        break;
    case P_GROUP: {
        int empty = 0;
        for (size_t i = 0; i < n->nalts; i++)
            empty |= seq_first(p, &n->alts[i]);
        return empty || n->min == 0;
    }
    default:
        p->any_first = 1; /* [any], a gap: any token may start it */
        break;
    }
    return n->min == 0;
}

static int seq_first(ng_pattern *p, const pseq *s)
{
    for (size_t i = 0; i < s->n; i++)
        if (!node_first(p, s->items[i]))
            return 0;
    return 1;
}

ng_pattern *ng_pattern_compile(const char *src, const ng_kb *kb, char *err, size_t errlen)
{
    ng_pattern *pat = ng_xcalloc(1, sizeof *pat);
    pat->kb = kb;
    pat->boundary = ng_lx_class(kb, NG_LX_CLAUSE_BOUNDARY);
    parser ps = {src, src, pat, err, errlen, 0};
    pat->root = parse_group(&ps, '\0');
    if (!ps.failed && pat->root->nalts == 1 && pat->root->alts[0].n == 0)
        fail(&ps, "empty pattern%s", "");
    if (ps.failed) {
        ng_pattern_free(pat);
        return NULL;
    }
    if (seq_first(pat, &(pseq){&pat->root, 1}))
        pat->any_first = 1; /* it may match nothing: no filter */
    return pat;
}

void ng_pattern_free(ng_pattern *p)
{
    if (!p)
        return;
    free_node(p->root);
    for (int i = 0; i < p->ncap; i++)
        free(p->capnames[i]);
    free(p);
}

int ng_pattern_ncaps(const ng_pattern *p) { return p->ncap; }
const char *ng_pattern_cap_name(const ng_pattern *p, int i) { return p->capnames[i]; }
unsigned ng_pattern_annot_types(const ng_pattern *p) { return p->annot_types; }

int ng_pattern_cap_index(const ng_pattern *p, const char *name)
{
    for (int i = 0; i < p->ncap; i++)
        if (strcmp(p->capnames[i], name) == 0)
            return i;
    return -1;
}

void ng_pattern_first(const ng_pattern *p, int *any, const uint64_t **hashes, size_t *nhash,
                      const ng_lexclass *const **classes, size_t *ncls, unsigned *annots)
{
    *any = p->any_first || p->first_preds; /* no word or class to dispatch on */
    *hashes = p->first_hash;
    *nhash = p->nfirst_hash;
    *classes = p->first_cls;
    *ncls = p->nfirst_cls;
    *annots = p->first_annots;
}

/* What wakes a pattern: any of these words or classes. */
typedef struct {
    uint64_t hashes[16];
    size_t nh;
    const ng_lexclass *classes[8];
    size_t nc;
    int strength;        /* 2: a class or a word of five letters or more; 1: a short word */
} gate;

static int seq_gate(const pseq *s, gate *g);

/* A group wakes on the union of its alternatives' gates, as weak as the
 * weakest; an alternative without one leaves the group without one. */
static int group_gate(const pnode *n, gate *g)
{
    memset(g, 0, sizeof *g);
    g->strength = 2;
    for (size_t a = 0; a < n->nalts; a++) {
        gate one;
        if (!seq_gate(&n->alts[a], &one) || g->nh + one.nh > 16 || g->nc + one.nc > 8)
            return 0;
        memcpy(g->hashes + g->nh, one.hashes, one.nh * sizeof *one.hashes);
        memcpy(g->classes + g->nc, one.classes, one.nc * sizeof *one.classes);
        g->nh += one.nh;
        g->nc += one.nc;
        if (one.strength < g->strength)
            g->strength = one.strength;
    }
    return 1;
}

/* The gate of one mandatory atom: a class, a word, or a group's union of
 * its alternatives' gates. Returns 0 when the atom gives none. */
static int atom_gate(const pnode *n, gate *g)
{
    memset(g, 0, sizeof *g);
    if (n->kind == P_CLASS) {
        g->classes[g->nc++] = n->cls;
        g->strength = 2;
    } else if (n->kind == P_LIT) {
        g->hashes[g->nh++] = n->whash[0];
        g->strength = n->wlen[0] >= 5 ? 2 : 1;
    } else if (n->kind != P_GROUP || !group_gate(n, g)) {
        return 0;
    }
    return 1;
}

/* The strongest mandatory atom of seq, from the end (names come first,
 * their head words last); the first strong one wins. A short word ("of",
 * "with") would wake a rule in most sentences. */
static int seq_gate(const pseq *s, gate *g)
{
    int found = 0;
    for (size_t i = s->n; i > 0; i--) {
        const pnode *n = s->items[i - 1];
        gate one;
        if (n->min < 1 || !atom_gate(n, &one))
            continue;
        if (!found || one.strength > g->strength) {
            *g = one;
            found = 1;
        }
        if (g->strength == 2)
            return 1;
    }
    return found;
}

/* Every gate of seq: each mandatory atom's, and within a mandatory group
 * of one alternative, each of its own mandatory atoms'. Each gate is
 * needed on its own, so a sentence must hold them all. */
static void seq_gates(const pseq *s, ng_gate_fn fn, void *ctx)
{
    for (size_t i = 0; i < s->n; i++) {
        const pnode *n = s->items[i];
        gate one;
        if (n->min < 1)
            continue;
        if (n->kind == P_GROUP && n->nalts == 1)
            seq_gates(&n->alts[0], fn, ctx);
        else if (atom_gate(n, &one))
            fn(one.hashes, one.nh, one.classes, one.nc, ctx);
    }
}

void ng_pattern_gates(const ng_pattern *p, ng_gate_fn fn, void *ctx)
{
    seq_gates(&(pseq){(pnode **)&p->root, 1}, fn, ctx);
}

/* Whether token k is of the kind of predicate pred ([cap] ...). */
static int token_is(const ng_token *k, int pred)
{
    switch (pred) {
    case PR_CAP: return k->kind == NG_TOK_WORD && (k->flags & NG_TF_UPPER);
    case PR_LOWER: return k->kind == NG_TOK_WORD && !(k->flags & NG_TF_UPPER);
    case PR_WORD: return k->kind == NG_TOK_WORD;
    case PR_NUM: return k->kind == NG_TOK_NUM;
    case PR_PUNCT: return k->kind == NG_TOK_PUNCT;
    default: return 1;
    }
}

int ng_pattern_may_start(const ng_pattern *p, const ng_tokens *t, const ng_annots *an, size_t i)
{
    if (p->any_first)
        return 1;
    uint64_t h = t->toks[i].hash;
    for (size_t k = 0; k < p->nfirst_hash; k++)
        if (p->first_hash[k] == h)
            return 1;
    for (size_t k = 0; k < p->nfirst_cls; k++)
        if (ng_lexclass_may_start(p->first_cls[k], t, i))
            return 1;
    /* (types_at has a bit for each type of span that starts at i) */
    if (p->first_annots && i < an->ntok && (an->types_at[i] & p->first_annots))
        return 1;
    if (p->first_preds)
        for (int pr = PR_CAP; pr <= PR_PUNCT; pr++)
            if ((p->first_preds >> pr & 1) && token_is(&t->toks[i], pr))
                return 1;
    return 0;
}

/* ---- matching ------------------------------------------------------- */

typedef struct {
    const ng_pattern *pat;
    const ng_tokens *t;
    const ng_annots *an;
    size_t end;
    long budget;
    size_t cap[NG_PAT_MAXCAP][2];
    size_t match_end;
} matcher;

/* What to do after a node: go on in a sequence, or come back to a node
 * being repeated. */
typedef struct kont {
    const pseq *seq;       /* go on with seq->items[idx] ... */
    size_t idx;
    const pnode *rep;      /* ... or repeat rep (count done, begun at start) */
    int count;
    size_t start, iter;
    const struct kont *next;
} kont;

static int resume(matcher *m, const kont *k, size_t pos);
static int rep(matcher *m, const pnode *n, int count, size_t start, size_t pos, const kont *k);

static int run_seq(matcher *m, const pseq *s, size_t idx, size_t pos, const kont *next)
{
    if (idx == s->n)
        return resume(m, next, pos);
    kont k = {s, idx + 1, NULL, 0, 0, 0, next};
    return rep(m, s->items[idx], 0, pos, pos, &k);
}

static int resume(matcher *m, const kont *k, size_t pos)
{
    if (--m->budget < 0)
        return 0;
    if (!k) {
        m->match_end = pos;
        return 1;
    }
    if (k->rep) {
        /* an iteration that took no token ends the repetition */
        if (pos == k->iter && k->count > k->rep->min)
            return 0;
        return rep(m, k->rep, k->count, k->start, pos, k->next);
    }
    return run_seq(m, k->seq, k->idx, pos, k->next);
}

static int lit_at(const matcher *m, const pnode *n, size_t pos)
{
    if (pos + n->nwords > m->end)
        return 0;
    for (size_t i = 0; i < n->nwords; i++) {
        size_t wl;
        if (m->t->toks[pos + i].hash != n->whash[i])
            return 0;
        const char *w = ng_tok_lower(m->t, pos + i, &wl);
        if (wl != n->wlen[i] || memcmp(w, n->words[i], wl) != 0)
            return 0;
    }
    return 1;
}

static int pred_at(const matcher *m, const pnode *n, size_t pos)
{
    return token_is(&m->t->toks[pos], n->pred);
}

typedef struct {
    size_t lens[8];
    int n;
} span_lens;

static int collect_len(const ng_annot *x, void *ctx)
{
    span_lens *s = ctx;
    size_t len = x->end - x->start;
    for (int i = 0; i < s->n; i++)
        if (s->lens[i] == len)
            return 0;
    if (s->n < 8)
        s->lens[s->n++] = len;
    return 0;
}

/* The lengths an atom can take at pos, longest first. */
static int atom_lens(const matcher *m, const pnode *n, size_t pos, span_lens *out)
{
    out->n = 0;
    if (pos >= m->end)
        return 0;
    size_t len = 0;
    switch (n->kind) {
    case P_LIT: len = lit_at(m, n, pos) ? n->nwords : 0; break;
    case P_CLASS: len = ng_lexclass_match(n->cls, m->t, pos, m->end, NULL); break;
    case P_PRED: len = pred_at(m, n, pos); break;
    case P_GAP:
        len = n->cross || !(ng_tok_is(m->t, pos, ';') ||
                            (m->pat->boundary && ng_lexclass_match(m->pat->boundary, m->t, pos, m->end, NULL)));
        break;
    case P_ANNOT:
        ng_annots_at(m->an, n->annot, pos, collect_len, out);
        while (out->n && pos + out->lens[out->n - 1] > m->end)
            out->n--; /* (longest first: a span past the sentence is dropped) */
        return out->n;
    }
    if (len)
        out->lens[out->n++] = len;
    return out->n;
}

static int leave(matcher *m, const pnode *n, size_t start, size_t pos, const kont *k)
{
    if (n->cap < 0)
        return resume(m, k, pos);
    size_t old0 = m->cap[n->cap][0], old1 = m->cap[n->cap][1];
    m->cap[n->cap][0] = start;
    m->cap[n->cap][1] = pos;
    if (resume(m, k, pos))
        return 1;
    m->cap[n->cap][0] = old0;
    m->cap[n->cap][1] = old1;
    return 0;
}

static int more(matcher *m, const pnode *n, int count, size_t start, size_t pos, const kont *k)
{
    if (count >= n->max)
        return 0;
    if (n->kind == P_GROUP) {
        kont again = {NULL, 0, n, count + 1, start, pos, k};
        for (size_t a = 0; a < n->nalts; a++)
            if (run_seq(m, &n->alts[a], 0, pos, &again))
                return 1;
        return 0;
    }
    span_lens l;
    atom_lens(m, n, pos, &l);
    for (int i = 0; i < l.n; i++)
        if (rep(m, n, count + 1, start, pos + l.lens[i], k))
            return 1;
    return 0;
}

static int rep(matcher *m, const pnode *n, int count, size_t start, size_t pos, const kont *k)
{
    if (--m->budget < 0)
        return 0;
    int can_leave = count >= n->min;
    if (n->lazy) {
        if (can_leave && leave(m, n, start, pos, k))
            return 1;
        return more(m, n, count, start, pos, k);
    }
    if (more(m, n, count, start, pos, k))
        return 1;
    return can_leave && leave(m, n, start, pos, k);
}

int ng_pattern_match_at(const ng_pattern *p, const ng_tokens *t, const ng_annots *an, size_t i,
                        size_t begin, size_t end, ng_pmatch *out)
{
    (void)begin;
    if (i >= end || !ng_pattern_may_start(p, t, an, i))
        return 0;
    matcher m = {p, t, an, end, STEP_BUDGET, {{0}}, 0};
    for (int c = 0; c < NG_PAT_MAXCAP; c++)
        m.cap[c][0] = m.cap[c][1] = i;
    if (!rep(&m, p->root, 0, i, i, NULL))
        return 0;
    out->start = i;
    out->end = m.match_end;
    memcpy(out->cap, m.cap, sizeof m.cap);
    return out->end > out->start;
}

int ng_pattern_search(const ng_pattern *p, const ng_tokens *t, const ng_annots *an, size_t begin,
                      size_t end, ng_pmatch *out)
{
    for (size_t i = begin; i < end; i++)
        if (ng_pattern_match_at(p, t, an, i, begin, end, out))
            return 1;
    return 0;
}

int ng_clause_boundary(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end)
{
    if (ng_tok_is(t, i, ';'))
        return 1;
    return ng_lx_match(kb, NG_LX_CLAUSE_BOUNDARY, t, i, end, NULL) > 0;
}
