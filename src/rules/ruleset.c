/*
 * ruleset.c - loading rule files with raptor2 (see ruleset.h).
 *
 * raptor2 streams the file's triples into a table of subjects (with the
 * line each subject was first seen on, for error messages); then every
 * subject typed rule:Rule is compiled. Guards and examples are blank
 * nodes, subjects like any other.
 */
#include "ruleset.h"
#include "ns.h"

#include <ctype.h>
#include <dirent.h>
#include <raptor2.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RDF_TYPE NG_NS_RDF "type"
#define R NG_RULE_NS

typedef struct {
    char *subj, *pred, *obj;
    int literal, line;
} triple;

typedef struct {
    ng_vec triples;          /* triple * */
    const char *path;
    char *error;
    raptor_parser *parser;
} loading;

static const char *const frame_names[] = {NULL, "Meeting", "Forum", "Position"};
static const char *const slot_names[] = {NULL,      "participant", "location", "date",   "mode", "name",
                                         "edition", "person",      "office",   "type",   "jurisdiction"};
/* Which slots each frame has, as bits of enum ng_slot. */
static const unsigned frame_slots[] = {
    0,
    1u << NG_SLOT_PARTICIPANT | 1u << NG_SLOT_LOCATION | 1u << NG_SLOT_DATE | 1u << NG_SLOT_MODE,
    1u << NG_SLOT_NAME | 1u << NG_SLOT_EDITION | 1u << NG_SLOT_DATE | 1u << NG_SLOT_LOCATION |
        1u << NG_SLOT_PARTICIPANT,
    1u << NG_SLOT_PERSON | 1u << NG_SLOT_OFFICE | 1u << NG_SLOT_TYPE | 1u << NG_SLOT_JURISDICTION,
};

const char *ng_frame_name(int frame)
{
    return frame >= NG_FRAME_MEETING && frame <= NG_FRAME_POSITION ? frame_names[frame] : "?";
}

const char *ng_slot_name(int slot)
{
    return slot >= NG_SLOT_PARTICIPANT && slot <= NG_SLOT_JURISDICTION ? slot_names[slot] : "?";
}

int ng_slot_of(int frame, const char *name)
{
    for (int s = NG_SLOT_PARTICIPANT; s <= NG_SLOT_JURISDICTION; s++)
        if (strcmp(slot_names[s], name) == 0)
            return (frame_slots[frame] >> s & 1) ? s : 0;
    return 0;
}

ng_ruleset *ng_ruleset_new(void)
{
    return ng_xcalloc(1, sizeof(ng_ruleset));
}

static void free_rule(ng_rule *r)
{
    if (!r)
        return;
    free(r->id);
    free(r->file);
    free(r->source);
    ng_pattern_free(r->pattern);
    for (size_t i = 0; i < r->nguards; i++)
        ng_pattern_free(r->guards[i].pattern);
    free(r->guards);
    free(r->binds);
    for (size_t i = 0; i < r->nsets; i++)
        free(r->sets[i].value);
    free(r->sets);
    for (size_t i = 0; i < r->nexamples; i++) {
        free(r->examples[i].text);
        for (size_t k = 0; k < r->examples[i].nexpect; k++)
            free(r->examples[i].expect[k]);
        free(r->examples[i].expect);
    }
    free(r->examples);
    for (size_t i = 0; i < r->ncounter; i++)
        free(r->counter[i]);
    free(r->counter);
    free(r);
}

static void free_wordtab(ng_wordtab *w)
{
    for (size_t i = 0; i < w->cap; i++)
        ng_vec_free(&w->lists[i]);
    free(w->keys);
    free(w->lists);
    memset(w, 0, sizeof *w);
}

static void free_dispatch(ng_dispatch *d)
{
    free_wordtab(&d->starts);
    free_wordtab(&d->gates);
    for (int i = 0; i < NG_A_NTYPES; i++)
        ng_vec_free(&d->annot_rules[i]);
    free(d->gated);
    free(d->anywhere);
    free(d->gate_start);
    free(d->gate_rule);
    memset(d, 0, sizeof *d);
}

void ng_ruleset_free(ng_ruleset *rs)
{
    if (!rs)
        return;
    free_dispatch(&rs->dispatch);
    for (size_t i = 0; i < rs->len; i++)
        free_rule(rs->rules[i]);
    free(rs->rules);
    free(rs);
}

/* ---- raptor2 into triples ------------------------------------------- */

static char *term_text(raptor_term *t, int *literal)
{
    *literal = t->type == RAPTOR_TERM_TYPE_LITERAL;
    switch (t->type) {
    case RAPTOR_TERM_TYPE_URI:
        return ng_xstrdup((const char *)raptor_uri_as_string(t->value.uri));
    case RAPTOR_TERM_TYPE_BLANK: {
        char *b = ng_xmalloc(strlen((const char *)t->value.blank.string) + 3);
        sprintf(b, "_:%s", (const char *)t->value.blank.string);
        return b;
    }
    case RAPTOR_TERM_TYPE_LITERAL:
        return ng_xstrndup((const char *)t->value.literal.string, t->value.literal.string_len);
    default:
        return ng_xstrdup("");
    }
}

static void on_triple(void *user, raptor_statement *st)
{
    loading *ld = user;
    triple *t = ng_xcalloc(1, sizeof *t);
    int lit;
    t->subj = term_text(st->subject, &lit);
    t->pred = term_text(st->predicate, &lit);
    t->obj = term_text(st->object, &t->literal);
    raptor_locator *loc = raptor_parser_get_locator(ld->parser);
    t->line = loc ? loc->line : 0;
    ng_vec_push(&ld->triples, t);
}

static void on_log(void *user, raptor_log_message *msg)
{
    loading *ld = user;
    if (msg->level < RAPTOR_LOG_LEVEL_ERROR || ld->error)
        return;
    char buf[512];
    int line = msg->locator ? msg->locator->line : -1;
    snprintf(buf, sizeof buf, line > 0 ? "%s:%d: %s" : "%s:%.0d%s", ld->path, line > 0 ? line : 0,
             msg->text ? msg->text : "parse error");
    ld->error = ng_xstrdup(buf);
}

/* The name a rule file is given in messages: "-" is standard input. */
static const char *shown_name(const char *path)
{
    return strcmp(path, "-") == 0 ? "standard input" : path;
}

static int parse_file(loading *ld, const char *path, char *err, size_t errlen)
{
    int in = strcmp(path, "-") == 0;   /* --rules - */
    FILE *f = in ? stdin : fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open rule file", path);
        return -1;
    }
    path = shown_name(path);
    raptor_world *world = raptor_new_world();
    raptor_world_open(world);
    raptor_world_set_log_handler(world, ld, on_log);
    ld->parser = raptor_new_parser(world, "turtle");
    raptor_parser_set_statement_handler(ld->parser, ld, on_triple);
    unsigned char *base_str = raptor_uri_filename_to_uri_string(path);
    raptor_uri *base = raptor_new_uri(world, base_str);
    ld->path = path;
    raptor_parser_parse_start(ld->parser, base);
    unsigned char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && !ld->error)
        raptor_parser_parse_chunk(ld->parser, chunk, n, 0);
    if (!ld->error)
        raptor_parser_parse_chunk(ld->parser, NULL, 0, 1);
    /* a read that fails (a directory given as the file, an I/O error)
     * must not pass for a short file */
    if (ferror(f) && !ld->error) {
        char msg[512];
        snprintf(msg, sizeof msg, "%s: cannot read rule file: %s", path, strerror(errno));
        ld->error = ng_xstrdup(msg);
    }
    if (!in)
        fclose(f);
    raptor_free_uri(base);
    raptor_free_memory(base_str);
    raptor_free_parser(ld->parser);
    raptor_free_world(world);
    if (ld->error) {
        snprintf(err, errlen, "%s", ld->error);
        return -1;
    }
    return 0;
}

static void free_loading(loading *ld)
{
    for (size_t i = 0; i < ld->triples.len; i++) {
        triple *t = ld->triples.items[i];
        free(t->subj);
        free(t->pred);
        free(t->obj);
        free(t);
    }
    ng_vec_free(&ld->triples);
    free(ld->error);
}

/* ---- triples into rules --------------------------------------------- */

typedef struct {
    loading *ld;
    const ng_kb *kb;
    ng_rule *rule;
    char *err;
    size_t errlen;
} compiling;

static int bad(compiling *c, int line, const char *fmt, const char *a, const char *b)
{
    char what[400];
    snprintf(what, sizeof what, fmt, a, b);
    snprintf(c->err, c->errlen, "%s:%d: rule %s: %s", c->ld->path, line, c->rule->id, what);
    return -1;
}

/* The objects of subj's pred, in file order. */
static size_t objects(const loading *ld, const char *subj, const char *pred, const triple **out, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < ld->triples.len && n < max; i++) {
        const triple *t = ld->triples.items[i];
        if (strcmp(t->subj, subj) == 0 && strcmp(t->pred, pred) == 0)
            out[n++] = t;
    }
    return n;
}

static const triple *object(const loading *ld, const char *subj, const char *pred)
{
    const triple *t = NULL;
    return objects(ld, subj, pred, &t, 1) ? t : NULL;
}

/* The id of a rule: its IRI after the last '#', '/' or ':' */
static const char *local_name(const char *iri)
{
    const char *p = NULL;
    for (const char *q = iri; *q; q++)
        if (*q == '#' || *q == '/' || *q == ':')
            p = q;
    return p && p[1] ? p + 1 : iri;
}

static ng_pattern *compile(compiling *c, const triple *t)
{
    char perr[300];
    ng_pattern *p = ng_pattern_compile(t->obj, c->kb, perr, sizeof perr);
    if (!p)
        bad(c, t->line, "%s in \"%s\"", perr, t->obj);
    return p;
}

static int read_scope(compiling *c, ng_guard *g, const triple *t)
{
    static const char *const names[] = {NULL, "sentence", "clause", "match", "before", "after", "window"};
    char word[32] = "";
    int n = 0;
    sscanf(t->obj, "%31s %d", word, &n);
    for (int s = NG_SCOPE_SENTENCE; s <= NG_SCOPE_WINDOW; s++)
        if (strcmp(word, names[s]) == 0) {
            g->scope = s;
            g->window = n;
            if (s >= NG_SCOPE_BEFORE && (n <= 0 || n > 64))
                return bad(c, t->line, "scope \"%s\" needs a window of 1 to 64 tokens%s", t->obj, "");
            return 0;
        }
    return bad(c, t->line, "unknown scope \"%s\" (sentence, clause, match, before N, after N, window N)%s",
               t->obj, "");
}

static int read_guards(compiling *c, const char *subj)
{
    const triple *g[32];
    size_t n = objects(c->ld, subj, R "unless", g, 32);
    c->rule->guards = n ? ng_xcalloc(n, sizeof *c->rule->guards) : NULL;
    for (size_t i = 0; i < n; i++) {
        ng_guard *gd = &c->rule->guards[c->rule->nguards++];
        gd->scope = NG_SCOPE_SENTENCE;
        /* "unless" is a pattern, or a node with a pattern and a scope */
        const triple *pat = g[i]->literal ? g[i] : object(c->ld, g[i]->obj, R "pattern");
        if (!pat)
            return bad(c, g[i]->line, "a guard without rule:pattern%s%s", "", "");
        if (!(gd->pattern = compile(c, pat)))
            return -1;
        const triple *sc = g[i]->literal ? NULL : object(c->ld, g[i]->obj, R "scope");
        if (sc && read_scope(c, gd, sc) < 0)
            return -1;
    }
    return 0;
}

/* "slot=capture" or "slot=value": the slot must be the frame's. */
static int split_pair(compiling *c, const triple *t, char *name, size_t nlen, const char **value, int *slot)
{
    const char *eq = strchr(t->obj, '=');
    if (!eq || eq == t->obj)
        return bad(c, t->line, "\"%s\" is not slot=name%s", t->obj, "");
    snprintf(name, nlen, "%.*s", (int)(eq - t->obj), t->obj);
    *value = eq + 1;
    while (**value == ' ')
        (*value)++;
    *slot = ng_slot_of(c->rule->frame, name);
    if (!*slot)
        return bad(c, t->line, "no slot \"%s\" in frame %s", name, ng_frame_name(c->rule->frame));
    return 0;
}

static int read_bindings(compiling *c, const char *subj)
{
    const triple *b[32];
    size_t n = objects(c->ld, subj, R "bind", b, 32);
    ng_rule *r = c->rule;
    r->binds = n ? ng_xcalloc(n, sizeof *r->binds) : NULL;
    for (size_t i = 0; i < n; i++) {
        char slot[64];
        const char *cap;
        int s;
        if (split_pair(c, b[i], slot, sizeof slot, &cap, &s) < 0)
            return -1;
        int ci = ng_pattern_cap_index(r->pattern, cap);
        if (ci < 0)
            return bad(c, b[i]->line, "no capture \"%s\" in the pattern (bound to %s)", cap, slot);
        r->binds[r->nbinds++] = (ng_binding){s, ci};
    }
    n = objects(c->ld, subj, R "set", b, 32);
    r->sets = n ? ng_xcalloc(n, sizeof *r->sets) : NULL;
    for (size_t i = 0; i < n; i++) {
        char slot[64];
        const char *v;
        int s;
        if (split_pair(c, b[i], slot, sizeof slot, &v, &s) < 0)
            return -1;
        if (s == NG_SLOT_MODE && strcmp(v, "remote") != 0 && strcmp(v, "in-person") != 0)
            return bad(c, b[i]->line, "mode is \"remote\" or \"in-person\", not \"%s\"%s", v, "");
        if (s == NG_SLOT_DATE && strcmp(v, "unknown") != 0)
            return bad(c, b[i]->line, "a date set by a rule can only be \"unknown\", not \"%s\"%s", v, "");
        if (s == NG_SLOT_PARTICIPANT && strcmp(v, "previous") != 0 && strcmp(v, "joins") != 0 &&
            strcmp(v, "host") != 0)
            return bad(c, b[i]->line,
                       "participants set by a rule can only be \"previous\", \"joins\" or \"host\", not \"%s\"%s", v,
                       "");
        if (s == NG_SLOT_NAME && strcmp(v, "told") != 0)
            return bad(c, b[i]->line, "a name set by a rule can only be \"told\", not \"%s\"%s", v, "");
        if ((s == NG_SLOT_LOCATION || s == NG_SLOT_PERSON || s == NG_SLOT_JURISDICTION || s == NG_SLOT_EDITION ||
             s == NG_SLOT_OFFICE))
            return bad(c, b[i]->line, "slot %s is filled from a capture (rule:bind), not set%s", slot, "");
        r->sets[r->nsets++] = (ng_setting){s, ng_xstrdup(v)};
    }
    return 0;
}

static int read_examples(compiling *c, const char *subj)
{
    const triple *e[64];
    ng_rule *r = c->rule;
    size_t n = objects(c->ld, subj, R "example", e, 64);
    r->examples = n ? ng_xcalloc(n, sizeof *r->examples) : NULL;
    for (size_t i = 0; i < n; i++) {
        ng_example *x = &r->examples[r->nexamples++];
        const triple *text = e[i]->literal ? e[i] : object(c->ld, e[i]->obj, R "text");
        if (!text)
            return bad(c, e[i]->line, "an example without rule:text%s%s", "", "");
        x->text = ng_xstrdup(text->obj);
        const triple *ex[16];
        size_t k = e[i]->literal ? 0 : objects(c->ld, e[i]->obj, R "expect", ex, 16);
        x->expect = k ? ng_xcalloc(k, sizeof *x->expect) : NULL;
        for (size_t j = 0; j < k; j++) {
            char slot[64];
            const char *v;
            int s;
            if (split_pair(c, ex[j], slot, sizeof slot, &v, &s) < 0)
                return -1;
            x->expect[x->nexpect++] = ng_xstrdup(ex[j]->obj);
        }
    }
    n = objects(c->ld, subj, R "counterexample", e, 64);
    r->counter = n ? ng_xcalloc(n, sizeof *r->counter) : NULL;
    for (size_t i = 0; i < n; i++)
        r->counter[r->ncounter++] = ng_xstrdup(e[i]->obj);
    return 0;
}

static int read_rule(compiling *c, const triple *typed)
{
    const char *subj = typed->subj;
    const triple *t = object(c->ld, subj, R "frame");
    if (!t)
        return bad(c, typed->line, "no rule:frame (Meeting, Forum or Position)%s%s", "", "");
    const char *fname = local_name(t->obj);
    for (int f = NG_FRAME_MEETING; f <= NG_FRAME_POSITION; f++)
        if (strcmp(fname, frame_names[f]) == 0)
            c->rule->frame = f;
    if (!c->rule->frame)
        return bad(c, t->line, "unknown frame \"%s\" (Meeting, Forum or Position)%s", fname, "");
    if ((t = object(c->ld, subj, R "priority"))) {
        char *end;
        long p = strtol(t->obj, &end, 10);
        if (*end || p < 0 || p > 1000)
            return bad(c, t->line, "priority \"%s\" is not a number from 0 to 1000%s", t->obj, "");
        c->rule->priority = (int)p;
    }
    if (!(t = object(c->ld, subj, R "pattern")))
        return bad(c, typed->line, "no rule:pattern%s%s", "", "");
    c->rule->source = ng_xstrdup(t->obj);
    if (!(c->rule->pattern = compile(c, t)))
        return -1;
    if (read_guards(c, subj) < 0 || read_bindings(c, subj) < 0 || read_examples(c, subj) < 0)
        return -1;
    if (!c->rule->nexamples)
        return bad(c, typed->line, "no rule:example: every rule shows what it finds%s%s", "", "");
    return 0;
}

static int rule_exists(const ng_ruleset *rs, const char *id)
{
    for (size_t i = 0; i < rs->len; i++)
        if (strcmp(rs->rules[i]->id, id) == 0)
            return 1;
    return 0;
}

int ng_ruleset_load(ng_ruleset *rs, const ng_kb *kb, const char *path, char *err, size_t errlen)
{
    loading ld = {0};
    if (parse_file(&ld, path, err, errlen) < 0) {
        free_loading(&ld);
        return -1;
    }
    int count = 0, rc = 0;
    for (size_t i = 0; i < ld.triples.len && rc == 0; i++) {
        const triple *t = ld.triples.items[i];
        if (strcmp(t->pred, RDF_TYPE) != 0 || strcmp(t->obj, R "Rule") != 0)
            continue;
        ng_rule *r = ng_xcalloc(1, sizeof *r);
        r->id = ng_xstrdup(local_name(t->subj));
        r->file = ng_xstrdup(shown_name(path));
        r->line = t->line;
        compiling c = {&ld, kb, r, err, errlen};
        if (rule_exists(rs, r->id))
            rc = bad(&c, t->line, "a second rule with this id%s%s", "", "");
        else
            rc = read_rule(&c, t);
        if (rc < 0) {
            free_rule(r);
            break;
        }
        rs->rules = ng_xrealloc(rs->rules, (rs->len + 1) * sizeof *rs->rules);
        rs->rules[rs->len++] = r;
        r->annot_types = ng_pattern_annot_types(r->pattern);
        for (size_t g = 0; g < r->nguards; g++)
            r->annot_types |= ng_pattern_annot_types(r->guards[g].pattern);
        rs->annot_types |= r->annot_types;
        count++;
    }
    free_loading(&ld);
    return rc < 0 ? -1 : count;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int ng_ruleset_load_dir(ng_ruleset *rs, const ng_kb *kb, const char *dir, char *err, size_t errlen)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    ng_vec names = {0};
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (e->d_name[0] != '.' && n > 4 && strcmp(e->d_name + n - 4, ".ttl") == 0) {
            char *path = ng_xmalloc(strlen(dir) + n + 2);
            sprintf(path, "%s/%s", dir, e->d_name);
            ng_vec_push(&names, path);
        }
    }
    closedir(d);
    if (names.len)
        qsort(names.items, names.len, sizeof(char *), cmp_str);
    int total = 0;
    for (size_t i = 0; i < names.len && total >= 0; i++) {
        int n = ng_ruleset_load(rs, kb, names.items[i], err, errlen);
        total = n < 0 ? -1 : total + n;
    }
    for (size_t i = 0; i < names.len; i++)
        free(names.items[i]);
    ng_vec_free(&names);
    return total;
}

static int cmp_rule(const void *a, const void *b)
{
    const ng_rule *x = *(ng_rule *const *)a, *y = *(ng_rule *const *)b;
    if (x->priority != y->priority)
        return x->priority > y->priority ? -1 : 1;
    return strcmp(x->id, y->id);
}

/* The rule index is stored as a pointer-sized integer, plus one. */
static void add_index(ng_vec *v, size_t rule)
{
    for (size_t i = 0; i < v->len; i++)
        if ((size_t)(uintptr_t)v->items[i] == rule + 1)
            return;
    ng_vec_push(v, (void *)(uintptr_t)(rule + 1));
}

static size_t wordtab_find(const ng_wordtab *w, uint64_t h)
{
    size_t k = (size_t)h & (w->cap - 1);
    while (w->keys[k] && w->keys[k] != h)
        k = (k + 1) & (w->cap - 1);
    return k;
}

const ng_vec *ng_wordtab_get(const ng_wordtab *w, uint64_t hash)
{
    if (!w->cap)
        return NULL;
    size_t k = wordtab_find(w, hash | 1);
    return w->keys[k] ? &w->lists[k] : NULL;
}

static ng_vec *wordtab_slot(ng_wordtab *w, uint64_t h)
{
    h |= 1; /* 0 marks a free slot */
    if ((w->n + 1) * 2 > w->cap) {
        ng_wordtab old = *w;
        w->cap = old.cap ? old.cap * 2 : 64;
        w->keys = ng_xcalloc(w->cap, sizeof *w->keys);
        w->lists = ng_xcalloc(w->cap, sizeof *w->lists);
        for (size_t i = 0; i < old.cap; i++)
            if (old.keys[i]) {
                size_t k = wordtab_find(w, old.keys[i]);
                w->keys[k] = old.keys[i];
                w->lists[k] = old.lists[i];
            }
        free(old.keys);
        free(old.lists);
    }
    size_t k = wordtab_find(w, h);
    if (!w->keys[k]) {
        w->keys[k] = h;
        w->n++;
    }
    return &w->lists[k];
}

typedef struct {
    ng_wordtab *tab;
    size_t rule;
} indexing;

static void index_word(uint64_t hash, void *ctx)
{
    indexing *ix = ctx;
    add_index(wordtab_slot(ix->tab, hash), ix->rule);
}

/* A gate of the rule being dispatched: its words (a class's by the first
 * word of any of its phrases: a superset, which the matcher then checks)
 * open it. */
static void add_gate(const uint64_t *hashes, size_t nh, const ng_lexclass *const *classes, size_t nc, void *ctx)
{
    ng_dispatch *d = ctx;
    indexing ix = {&d->gates, d->ngates};
    for (size_t i = 0; i < nh; i++)
        index_word(hashes[i], &ix);
    for (size_t i = 0; i < nc; i++)
        ng_lexclass_each_first(classes[i], index_word, &ix);
    d->ngates++;
}

static void dispatch_rule(ng_dispatch *d, const ng_rule *r, size_t idx)
{
    int any;
    const uint64_t *hashes;
    const ng_lexclass *const *classes;
    size_t nh, nc;
    unsigned annots;
    ng_pattern_first(r->pattern, &any, &hashes, &nh, &classes, &nc, &annots);
    /* the words or classes every match holds: the rule sleeps in
     * sentences without a word of each */
    d->gate_start[idx] = d->ngates;
    ng_pattern_gates(r->pattern, add_gate, d);
    d->gate_start[idx + 1] = d->ngates;
    d->gated[idx] = d->ngates > d->gate_start[idx];
    /* spans built per sentence are not there to dispatch on before the
     * sentence is chosen: such a rule is tried at every token (of a
     * sentence that wakes it) */
    if (any || (annots & NG_A_LAZY_MASK)) {
        d->anywhere[idx] = 1;
        return;
    }
    indexing ix = {&d->starts, idx};
    for (size_t i = 0; i < nh; i++)
        index_word(hashes[i], &ix);
    for (size_t i = 0; i < nc; i++)
        ng_lexclass_each_first(classes[i], index_word, &ix);
    for (int ty = 0; ty < NG_A_NTYPES; ty++)
        if (annots >> ty & 1)
            add_index(&d->annot_rules[ty], idx);
}

void ng_ruleset_finish(ng_ruleset *rs)
{
    if (rs->len)
        qsort(rs->rules, rs->len, sizeof *rs->rules, cmp_rule);
    ng_dispatch *d = &rs->dispatch;
    free_dispatch(d);
    d->gated = ng_xcalloc(rs->len + 1, 1);
    d->anywhere = ng_xcalloc(rs->len + 1, 1);
    d->gate_start = ng_xcalloc(rs->len + 1, sizeof *d->gate_start);
    d->all_gated = 1;
    for (size_t i = 0; i < rs->len; i++) {
        dispatch_rule(d, rs->rules[i], i);
        d->all_gated &= d->gated[i];
    }
    d->gate_rule = ng_xmalloc((d->ngates + 1) * sizeof *d->gate_rule);
    for (size_t r = 0; r < rs->len; r++)
        for (size_t g = d->gate_start[r]; g < d->gate_start[r + 1]; g++)
            d->gate_rule[g] = r;
}

static void free_rs(void *p)
{
    ng_ruleset_free(p);
}

int ng_kb_load_rules(ng_kb *kb, const char *data_dir, const char *const *files, size_t nfiles, char *err,
                     size_t errlen)
{
    ng_ruleset *rs = ng_ruleset_new();
    int rc = 0;
    if (data_dir) {
        char *dir = ng_xmalloc(strlen(data_dir) + 8);
        sprintf(dir, "%s/rules", data_dir);
        rc = ng_ruleset_load_dir(rs, kb, dir, err, errlen) < 0 ? -1 : 0;
        free(dir);
    }
    for (size_t i = 0; i < nfiles && rc == 0; i++)
        rc = ng_ruleset_load(rs, kb, files[i], err, errlen) < 0 ? -1 : 0;
    if (rc < 0) {
        ng_ruleset_free(rs);
        return -1;
    }
    ng_ruleset_finish(rs);
    ng_kb_set_rules(kb, rs, free_rs);
    return 0;
}
