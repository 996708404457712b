/*
 * kb_index.c - the phrase index under every look-up of the knowledge base,
 * and the lexicon's word classes (see kb.h, kb_internal.h).
 */
#include "kb_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void kb_index_init(phrase_index *ix)
{
    ix->keys = ng_map_new();
    ix->prefixes = ng_map_new();
    ix->maxlen = 1;
    ix->filter_bits = 512;
    ix->filter = ng_xcalloc(ix->filter_bits / 64, sizeof *ix->filter);
}

void kb_index_free(phrase_index *ix)
{
    ng_map_free(ix->keys);
    ng_map_free(ix->prefixes);
    free(ix->filter);
}

static void filter_set(phrase_index *ix, uint64_t h)
{
    size_t bit = (size_t)(h >> 7) & (ix->filter_bits - 1);
    ix->filter[bit / 64] |= 1ULL << (bit % 64);
}

static void refilter(const char *key, void *value, void *ctx)
{
    (void)value;
    filter_set(ctx, ng_hash(key, strlen(key)));
}

/* A prefix's entry is its key's value too (kb_internal.h): a shorter
 * prefix never overwrites a key's entry; a key always writes its own. */
static void add_prefix(phrase_index *ix, const char *key, size_t len, void *entry)
{
    uint64_t h = kb_key_hash(key, len);
    if (entry == kb_prefix_only && ng_map_get_hashed(ix->prefixes, key, len, h))
        return;
    ng_map_put_hashed(ix->prefixes, key, len, h, entry);
    if (ng_map_count(ix->prefixes) * 32 > ix->filter_bits) {
        ix->filter_bits *= 2;
        free(ix->filter);
        ix->filter = ng_xcalloc(ix->filter_bits / 64, sizeof *ix->filter);
        ng_map_each(ix->prefixes, refilter, ix);
    } else {
        filter_set(ix, ng_hash(key, len));
    }
}

static size_t key_tokens(const char *key)
{
    size_t n = 1;
    for (const char *p = key; *p; p++)
        if (*p == ' ' || *p == '-' || *p == '\'')
            n++;
    return n;
}

void kb_index_put(phrase_index *ix, const char *key, void *value, int mark_ambiguous)
{
    ix->words = NULL; /* the word table no longer knows this index: until it is built again */
    size_t klen = strlen(key);
    /* a name of more tokens than a lookup ever reads can never match; its
     * prefixes would cost memory quadratic in its length (a 100 KB label
     * took 1 GB) */
    if (!klen || key_tokens(key) > MAX_PHRASE * 2)
        return;
    uint64_t h = kb_key_hash(key, klen);
    void *prev = ng_map_get_hashed(ix->keys, key, klen, h);
    if (prev && prev != value && mark_ambiguous)
        ng_map_put_hashed(ix->keys, key, klen, h, NULL);
    else if (!prev)
        ng_map_put_hashed(ix->keys, key, klen, h, value);
    void *now = ng_map_get_hashed(ix->keys, key, klen, h);
    /* token boundaries: before a space or joiner, and after a joiner; a
     * cut that is not one is a harmless extra entry */
    for (size_t k = 1; k < klen; k++) {
        if (key[k] == ' ' || key[k] == '-' || key[k] == '\'')
            add_prefix(ix, key, k, (void *)kb_prefix_only);
        if (key[k - 1] == '-' || key[k - 1] == '\'')
            add_prefix(ix, key, k, (void *)kb_prefix_only);
    }
    add_prefix(ix, key, klen, now ? now : (void *)kb_ambiguous_key);
    size_t n = key_tokens(key) * 2; /* hyphens and apostrophes are tokens */
    if (n > MAX_PHRASE * 2)
        n = MAX_PHRASE * 2;
    if (n > ix->maxlen)
        ix->maxlen = n;
}

const char kb_lowercase_term[] = "";
const char kb_prefix_only[] = "", kb_ambiguous_key[] = "";

size_t kb_grow_match(const phrase_index *ix, const ng_tokens *t, size_t i, size_t end, void **out,
                     const uint64_t *bits)
{
    /* a phrase starts with a word, a number or a symbol such as "$" */
    if (t->toks[i].kind == NG_TOK_PUNCT && strchr(".,;:!?\"'()[]-/", t->text[t->toks[i].start]))
        return 0;
    size_t n0;
    const char *w = ng_tok_lower(t, i, &n0);
    uint64_t state = kb_key_step(KB_KEY_SEED, w, n0);
    uint64_t h0 = kb_key_final(state);
    /* the first word alone is a phrase when the key map says so (the word
     * table's bit is that answer, and then a word that is no key needs no
     * probe) */
    int first_is_key = !bits || (bits[ix->word_at + KB_KEYS] & ix->word_mask);
    void *first = first_is_key ? ng_map_get_hashed(ix->prefixes, w, n0, h0) : NULL;
    if (!bits && !first)
        return 0;
    /* grow the key token by token while it is the prefix of some phrase,
     * remembering the longest that is a phrase */
    size_t maxn = end - i < ix->maxlen ? end - i : ix->maxlen;
    char key[512];
    size_t kl = 0, best = 0;
    int glue = 1;
    for (size_t n = 0; n < maxn; n++) {
        size_t k = i + n;
        if (n > 0 && (t->toks[k].flags & NG_TF_NEWLINE))
            break; /* a phrase never spans a line break */
        size_t tl;
        const char *tw = ng_tok_lower(t, k, &tl);
        int punct = t->toks[k].kind == NG_TOK_PUNCT;
        if (punct && tw[0] == '.')
            continue; /* the key ignores full stops ("St. Petersburg") */
        int joiner = punct && (tw[0] == '-' || tw[0] == '\'');
        /* a word no phrase of ix holds cannot grow the key: the prefix map
         * would say no below (the word table's piece bit is that answer) */
        if (bits && !punct && !(kb_word_bits(ix->words, t, k)[ix->word_at + KB_PIECES] & ix->word_mask))
            break;
        if (kl + tl + 1 >= sizeof key)
            break;
        size_t kl0 = kl; /* the hash so far covers key[0..kl0) */
        if (!glue && !joiner && kl)
            key[kl++] = ' ';
        memcpy(key + kl, tw, tl);
        kl += tl;
        glue = joiner;
        /* one probe a step: the prefix's entry is its key's value too */
        void *entry = first;
        if (n > 0) {
            state = kb_key_step(state, key + kl0, kl - kl0);
            entry = ng_map_get_hashed(ix->prefixes, key, kl, kb_key_final(state));
            if (!entry)
                break; /* no phrase goes on (the first token was asked above) */
        }
        /* a phrase does not end on punctuation, not even on a full stop
         * its key would ignore ("in Minsk." is the place "Minsk") */
        if (punct && strchr(",;:!?\"'()[]-/", tw[0]))
            continue;
        void *v = kb_key_value(entry);
        if (v == kb_lowercase_term && (t->toks[i].flags & NG_TF_UPPER))
            continue;
        if (v) {
            *out = v;
            best = n + 1;
        }
    }
    return best;
}

/* The longest phrase of ix at i, and its value. */
static size_t match_class(const phrase_index *ix, const ng_tokens *t, size_t i, size_t end, const char **value)
{
    if (!ix)
        return 0;
    void *v = NULL;
    size_t n = kb_match_longest(ix, t, i, end, &v);
    if (n && value)
        *value = v;
    return n;
}

const ng_lexclass *ng_kb_class(const ng_kb *kb, const char *name)
{
    return (const ng_lexclass *)ng_map_get(kb->classes, name, strlen(name));
}

size_t ng_lexclass_match(const ng_lexclass *c, const ng_tokens *t, size_t i, size_t end, const char **value)
{
    void *v = NULL;
    size_t n = kb_match_longest((const phrase_index *)c, t, i, end, &v);
    if (n && value)
        *value = v;
    return n;
}

int ng_lexclass_may_start(const ng_lexclass *c, const ng_tokens *t, size_t i)
{
    const phrase_index *ix = (const phrase_index *)c;
    if (i >= t->ntok)
        return 0;
    if (ix->words)
        return (kb_word_bits(ix->words, t, i)[ix->word_at + KB_STARTS] & ix->word_mask) != 0;
    return kb_filter_has(ix, t->toks[i].hash);
}

typedef struct {
    void (*fn)(uint64_t hash, void *ctx);
    void *ctx;
} first_walk;

static void first_word(const char *key, void *value, void *ctx)
{
    (void)value;
    first_walk *w = ctx;
    size_t n = strcspn(key, " -'");
    w->fn(ng_hash(key, n ? n : strlen(key)), w->ctx);
}

void ng_lexclass_each_first(const ng_lexclass *c, void (*fn)(uint64_t hash, void *ctx), void *ctx)
{
    first_walk w = {fn, ctx};
    ng_map_each(((const phrase_index *)c)->keys, first_word, &w);
}

void *ng_kb_rules(const ng_kb *kb)
{
    return kb->rules;
}

void ng_kb_set_rules(ng_kb *kb, void *rules, void (*free_rules)(void *))
{
    if (kb->rules && kb->free_rules)
        kb->free_rules(kb->rules);
    kb->rules = rules;
    kb->free_rules = free_rules;
}

/* Whether the phrase, keyed as the text's phrases are, is in ix. */
static int key_in_class(const phrase_index *ix, const char *phrase)
{
    if (!ix)
        return 0;
    char *key = ng_key_of(phrase);
    size_t kl = strlen(key);
    int in = ng_map_get_hashed(ix->keys, key, kl, kb_key_hash(key, kl)) != NULL;
    free(key);
    return in;
}

/* ---- the classes and settings the C asks for, by handle ------------- */

static const char *const lx_names[NG_LX_COUNT] = {
#define NAME(id, name) name,
    NG_LEX_CLASSES(NAME)
#undef NAME
};

static const char *const lw_names[NG_LW_COUNT] = {
#define NAME(id, name) name,
    NG_LEX_SETTINGS(NAME)
#undef NAME
};

void kb_resolve_needs(ng_kb *kb)
{
    for (size_t i = 0; i < NG_LX_COUNT; i++)
        kb->lx[i] = ng_map_get(kb->classes, lx_names[i], strlen(lx_names[i]));
    for (size_t i = 0; i < NG_LW_COUNT; i++) {
        void *v = ng_map_get(kb->windows, lw_names[i], strlen(lw_names[i]));
        kb->lw_set[i] = v != NULL;
        kb->lw[i] = v ? (size_t)(uintptr_t)v - 1 : 0;
    }
}

/* The edit distance of a and b (names of a lexicon, short), capped at 3. */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 63 || lb > 63 || (la > lb ? la - lb : lb - la) > 2)
        return 3;
    size_t row[64];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t up = row[j];
            size_t best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[lb] < 3 ? row[lb] : 3;
}

typedef struct {
    const char *want;     /* the name the C asks for */
    const char *best;     /* the nearest name the data gives, or NULL */
    size_t dist;
} near_name;

/* True when name is a class or setting the C asks for. */
static int needed(const char *name)
{
    for (size_t i = 0; i < NG_LX_COUNT; i++)
        if (strcmp(lx_names[i], name) == 0)
            return 1;
    for (size_t i = 0; i < NG_LW_COUNT; i++)
        if (strcmp(lw_names[i], name) == 0)
            return 1;
    return 0;
}

static void nearer(const char *key, void *value, void *ctx)
{
    (void)value;
    near_name *n = ctx;
    if (needed(key))
        return; /* a name in use is no misspelling of another */
    size_t d = edit_distance(n->want, key);
    /* ties go to the first in byte order, whatever the map's order */
    if (d < n->dist || (d == n->dist && n->best && d < 3 && strcmp(key, n->best) < 0)) {
        n->best = key;
        n->dist = d;
    }
}

/* The error for a class or setting the C asks for and the data lacks: it
 * names the file of a near spelling the data gives ("event-haed" for
 * "event-head"), else the data it looked in. */
static void report_missing(const ng_kb *kb, const char *kind, const char *name, const char *give, char *err,
                           size_t errlen)
{
    near_name n = {name, NULL, 3};
    ng_map_each(kb->defined_in, nearer, &n);
    const char *file = n.best ? ng_map_get(kb->defined_in, n.best, strlen(n.best)) : NULL;
    if (file)
        snprintf(err, errlen, "%s: no %s lex:%s, which the extractors ask for (is lex:%s, given here, a misspelling "
                 "of it?)", file, kind, name, n.best);
    else
        snprintf(err, errlen,
                 "%s: lexicon: no %s lex:%s, which the extractors ask for (give it %s in ontology/lexicon)",
                 kb->origin ? kb->origin : "(no data loaded)", kind, name, give);
}

int ng_kb_check_needs(const ng_kb *kb, char *err, size_t errlen)
{
    if (kb->bad_reference) {
        snprintf(err, errlen, "%s", kb->bad_reference);
        return -1;
    }
    for (size_t i = 0; i < NG_LX_COUNT; i++)
        if (!kb->lx[i]) {
            report_missing(kb, "class", lx_names[i], "lex:term phrases", err, errlen);
            return -1;
        }
    for (size_t i = 0; i < NG_LW_COUNT; i++)
        if (!kb->lw_set[i]) {
            report_missing(kb, "setting", lw_names[i], "a lex:window number", err, errlen);
            return -1;
        }
    return 0;
}

size_t ng_lx_match(const ng_kb *kb, enum ng_lx cls, const ng_tokens *t, size_t i, size_t end,
                   const char **value)
{
    return match_class(kb->lx[cls], t, i, end, value);
}

int ng_lx_word(const ng_kb *kb, enum ng_lx cls, const ng_tokens *t, size_t i)
{
    const phrase_index *ix = kb->lx[cls];
    return ix && i < t->ntok && kb_word_is_key(ix, t, i);
}

int ng_lx_may_start_any(const ng_kb *kb, const enum ng_lx *cls, size_t n, const ng_tokens *t, size_t i)
{
    if (i >= t->ntok)
        return 0;
    const kb_words *words = NULL;
    const uint64_t *bits = NULL;
    for (size_t k = 0; k < n; k++) {
        const phrase_index *ix = kb->lx[cls[k]];
        if (!ix)
            continue; /* a class no file defines matches nothing */
        if (!ix->words)
            return 1; /* no word table to answer: maybe */
        if (ix->words != words) {
            words = ix->words;
            bits = kb_word_bits(words, t, i);
        }
        /* a key is a prefix of itself: this bit is set for every word
         * ng_lx_word says yes to, as well as for every first word of a
         * phrase ng_lx_match may find */
        if (bits[ix->word_at + KB_STARTS] & ix->word_mask)
            return 1;
    }
    return 0;
}

int ng_lx_key_in(const ng_kb *kb, enum ng_lx cls, const char *phrase)
{
    return key_in_class(kb->lx[cls], phrase);
}

const ng_lexclass *ng_lx_class(const ng_kb *kb, enum ng_lx cls)
{
    return (const ng_lexclass *)kb->lx[cls];
}

size_t ng_kb_window(const ng_kb *kb, enum ng_lw w)
{
    return kb->lw[w];
}

size_t ng_lx_find_all(const ng_kb *kb, enum ng_lx cls, const ng_tokens *t, size_t a, size_t b,
                      ng_kb_hit *out, size_t max)
{
    size_t n = 0;
    for (size_t i = a; i < b && n < max;) {
        const char *v = NULL;
        size_t len = ng_lx_match(kb, cls, t, i, b, &v);
        if (len) {
            out[n++] = (ng_kb_hit){i, i + len, v};
            i += len;
        } else {
            i++;
        }
    }
    return n;
}

int ng_lx_has(const ng_kb *kb, enum ng_lx cls, const ng_tokens *t, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (ng_lx_match(kb, cls, t, i, b, NULL))
            return 1;
    return 0;
}

int ng_lx_suffix(const ng_kb *kb, enum ng_lx cls, const ng_tokens *t, size_t i)
{
    const phrase_index *ix = kb->lx[cls];
    if (!ix || i >= t->ntok)
        return 0;
    size_t n;
    const char *s = ng_tok_lower(t, i, &n);
    for (size_t k = 1; k < n; k++)
        if (ng_map_get_hashed(ix->keys, s + n - k, k, kb_key_hash(s + n - k, k)))
            return 1;
    return 0;
}
