/*
 * kb_words.c - the word table of a knowledge base (see kb_internal.h).
 *
 * The extractors ask dozens of phrase indexes about every token, nearly
 * always in vain. Each question used to cost a probe of the index's own
 * filter, and a probe of its prefix map when the filter let it through:
 * scattered memory, so a cache miss a question. The word table answers
 * them all from one look-up per token and article: for each word that
 * begins a phrase of some index, a bit per index ("a phrase of it begins
 * with this word") and a bit per index ("this word is a phrase of it").
 * The bits are exact (they are the prefix and key maps' own answers for
 * the word), so every look-up gives what it gave before.
 */
#include "kb_internal.h"

#include <stdlib.h>
#include <string.h>

static _Atomic unsigned long table_ids;

typedef struct {
    kb_words *w;
    phrase_index *ix;
} fill_ctx;

/* The bits of word[0..n) (made, all clear, when new). */
static uint64_t *entry_for(kb_words *w, const char *word, size_t n)
{
    uint64_t *bits = ng_map_get(w->map, word, n);
    if (!bits) {
        bits = ng_xcalloc(w->nw, sizeof *bits);
        ng_vec_push(&w->building, bits);
        ng_map_put(w->map, word, n, bits);
    }
    return bits;
}

/* A token never holds a space, so a prefix of several words is no
 * token's text: it needs no entry. */
static void add_start(const char *key, void *value, void *ctx)
{
    (void)value;
    fill_ctx *f = ctx;
    if (!strchr(key, ' '))
        entry_for(f->w, key, strlen(key))[f->ix->word_at + KB_STARTS] |= f->ix->word_mask;
}

/* A key whose value is NULL (a name two people share) matches nothing,
 * but its prefixes are there all the same: its words are pieces. */
static void add_key(const char *key, void *value, void *ctx)
{
    fill_ctx *f = ctx;
    kb_words *w = f->w;
    size_t at = f->ix->word_at;
    if (value && !strchr(key, ' '))
        entry_for(w, key, strlen(key))[at + KB_KEYS] |= f->ix->word_mask;
    for (const char *p = key; *p;) {
        size_t n = strcspn(p, " -'");
        if (n)
            entry_for(w, p, n)[at + KB_PIECES] |= f->ix->word_mask;
        p += n + (p[n] != '\0');
    }
}

static void count_class(const char *name, void *value, void *ctx)
{
    (void)name; (void)value;
    ++*(size_t *)ctx;
}

static void add_index(kb_words *w, phrase_index *ix, size_t bit)
{
    ix->word_at = KB_WORD_SETS * (bit / 64);
    ix->word_mask = 1ULL << (bit % 64);
    fill_ctx f = {w, ix};
    ng_map_each(ix->prefixes, add_start, &f);
    ng_map_each(ix->keys, add_key, &f);
    ix->words = w;
}

typedef struct {
    kb_words *w;
    size_t next;
} class_walk;

static void add_class(const char *name, void *value, void *ctx)
{
    (void)name;
    class_walk *c = ctx;
    add_index(c->w, value, c->next++);
}

static void drop_building(kb_words *w)
{
    for (size_t i = 0; i < w->building.len; i++)
        free(w->building.items[i]);
    ng_vec_free(&w->building);
    ng_map_free(w->map);
    w->map = NULL;
}

void kb_words_free(kb_words *w)
{
    if (!w)
        return;
    drop_building(w);
    free(w->slots);
    free(w->blocks);
    free(w->none);
    free(w);
}

/* The size of a word's block: the word and a NUL, padded to 8 bytes, then
 * its bits. */
static size_t block_size(const kb_words *w, size_t len)
{
    return ((len + 8) & ~(size_t)7) + w->nw * sizeof(uint64_t);
}

typedef struct {
    const kb_words *w;
    size_t bytes;
} sizing;

static void size_word(const char *key, void *value, void *ctx)
{
    (void)value;
    sizing *c = ctx;
    c->bytes += block_size(c->w, strlen(key));
}

typedef struct {
    kb_words *w;
    size_t used; /* bytes of w->blocks */
} placing;

/* (the map's keys hold no NUL: a piece was put by its length) */
static void place_word(const char *key, void *value, void *ctx)
{
    placing *pl = ctx;
    kb_words *w = pl->w;
    size_t n = strlen(key);
    char *block = w->blocks + pl->used;
    memcpy(block, key, n); /* the rest of the block is zeroed: the NUL and padding */
    kb_slot s = {0, (uint32_t)n, block};
    memcpy((void *)kb_slot_bits(&s), value, w->nw * sizeof(uint64_t));
    pl->used += block_size(w, n);
    uint64_t h = ng_hash(key, n);
    s.tag = (uint32_t)(h >> 32);
    size_t k = (size_t)h & w->mask;
    while (w->slots[k].word)
        k = (k + 1) & w->mask;
    w->slots[k] = s;
}

/* The look-up table over the words: 16-byte slots, at most 5/8 full, so
 * that the table of a few thousand words stays in the cache; a slot's tag
 * settles most misses, and a hit's word and bits are one block. */
static void index_words(kb_words *w)
{
    size_t count = ng_map_count(w->map), cap = 64;
    while (cap * 5 < count * 8)
        cap *= 2;
    w->mask = cap - 1;
    w->slots = ng_xcalloc(cap, sizeof *w->slots);
    sizing sz = {w, 0};
    ng_map_each(w->map, size_word, &sz);
    w->blocks = ng_xcalloc(sz.bytes + 1, 1);
    placing pl = {w, 0};
    ng_map_each(w->map, place_word, &pl);
    drop_building(w);
}

void kb_words_build(ng_kb *kb)
{
    kb_words_free(kb->words);
    kb_words *w = ng_xcalloc(1, sizeof *w);
    w->id = ++table_ids;
    w->map = ng_map_new();
    size_t n = 4; /* places, people, offices, series, then the classes */
    ng_map_each(kb->classes, count_class, &n);
    w->nw = KB_WORD_SETS * ((n + 63) / 64);
    w->none = ng_xcalloc(w->nw, sizeof *w->none);
    add_index(w, &kb->place_keys, 0);
    add_index(w, &kb->person_keys, 1);
    add_index(w, &kb->offices, 2);
    add_index(w, &kb->series, 3);
    class_walk c = {w, 4};
    ng_map_each(kb->classes, add_class, &c);
    index_words(w);
    kb->words = w;
}

const uint64_t *kb_words_fill(const kb_words *w, const ng_tokens *t, size_t i)
{
    size_t n;
    const char *s = ng_tok_lower(t, i, &n);
    uint64_t h = t->toks[i].hash; /* ng_hash of s */
    const uint64_t *bits = w->none;
    for (size_t k = (size_t)h & w->mask; w->slots[k].word; k = (k + 1) & w->mask) {
        const kb_slot *e = &w->slots[k];
        if (e->tag == (uint32_t)(h >> 32) && e->len == n && memcmp(e->word, s, n) == 0) {
            bits = kb_slot_bits(e);
            break;
        }
    }
    ng_tok_words *c = t->words;
    if (c) {
        if (c->table != w->id) { /* filled by another table: start afresh */
            memset(c->entry, 0, t->ntok * sizeof *c->entry);
            c->table = w->id;
        }
        c->entry[i] = kb_words_entry(w, bits);
    }
    return bits;
}

/* Every token's bits, looked up ahead of the first question: the look-ups
 * of a text are cache misses (the table is larger than the cache), and
 * one at a time each waits for its own. Here the slot of a token a few
 * places ahead, and the block of the one just behind it, are fetched while
 * the current token is looked up, so the misses overlap. The entries are
 * those kb_words_fill would make when asked. */
void kb_words_prefill(const kb_words *w, const ng_tokens *t)
{
    enum { SLOT_AHEAD = 8, BLOCK_AHEAD = 4 };
    ng_tok_words *c = t->words;
    if (!c)
        return;
    for (size_t i = 0; i < t->ntok; i++) {
        if (i + SLOT_AHEAD < t->ntok)
            __builtin_prefetch(&w->slots[(size_t)t->toks[i + SLOT_AHEAD].hash & w->mask]);
        if (i + BLOCK_AHEAD < t->ntok) {
            const kb_slot *e = &w->slots[(size_t)t->toks[i + BLOCK_AHEAD].hash & w->mask];
            if (e->word)
                __builtin_prefetch(e->word);
        }
        if (c->table != w->id || !c->entry[i])
            kb_words_fill(w, t, i);
    }
}

void ng_kb_prefill_words(const ng_kb *kb, const ng_tokens *t)
{
    if (kb && kb->words)
        kb_words_prefill(kb->words, t);
}
