/*
 * kb_internal.h - what the parts of the knowledge base share: the kb
 * itself, the phrase index every look-up walks, and the loading state.
 * Only kb.c (making, freeing, gazetteer look-ups), kb_load.c (Turtle
 * loading) and kb_index.c (the phrase index and lexicon classes) include it.
 */
#ifndef NG_KB_INTERNAL_H
#define NG_KB_INTERNAL_H

#include "kb.h"

#include <raptor2.h>
#include <stdint.h>
#include <string.h>

#define MAX_PHRASE 8

typedef struct {
    char *pred;
    char *obj;     /* IRI, blank node id or literal text */
    int literal;
} kb_pair;

typedef struct {
    char *subject;
    ng_vec pairs;  /* kb_pair * */
} kb_subject;

/* Phrases keyed by ng_key_of, with the set of their prefixes at token
 * boundaries: most tokens start no phrase, and one hash probe of the token
 * says so; a match grows token by token only while some phrase goes on. */
typedef struct kb_words kb_words;

typedef struct {
    ng_map *keys;      /* key -> value */
    ng_map *prefixes;  /* every token prefix of a key (the key too) -> its key's value, or
                        * kb_prefix_only, kb_ambiguous_key (below) */
    size_t maxlen;     /* longest phrase, in tokens */
    /* A bit per hash of every prefix: the extractors ask dozens of classes
     * about every token, nearly always in vain, and a clear bit answers
     * from a small array where a probe would miss the cache. */
    uint64_t *filter;
    size_t filter_bits; /* a power of two, at least 32 per prefix: one false yes in 32 */
    /* The kb's word table (kb_words.c), which answers for the first word
     * instead of the filter and the prefix map; NULL until ng_kb_finish
     * builds it, and again when a phrase is added after. */
    const kb_words *words;
    size_t word_at;     /* this index's bits in a word's bits: the uint64_t (kb_words) ... */
    uint64_t word_mask; /* ... and the bit in it */
} phrase_index;

/* Per word, three bit sets over the indexes, interleaved a uint64_t at a
 * time so that one question reads one place: "a phrase of index k begins
 * with the word", "the word is a phrase of index k", "the word is a piece
 * (between spaces, hyphens, apostrophes) of a phrase of index k". Index k's
 * bits are at word_at + KB_STARTS, ... (word_at = 3 * (k / 64)). */
enum { KB_STARTS, KB_KEYS, KB_PIECES, KB_WORD_SETS };

/* A slot of the look-up table: the word's hash tag, its length, and its
 * block (the word, NUL-padded to 8 bytes, then its bits), or NULL. */
typedef struct {
    uint32_t tag;
    uint32_t len;
    const char *word;
} kb_slot;

struct kb_words {
    unsigned long id;  /* unique in the process: marks the tokens it filled */
    size_t nw;         /* uint64_t of bits per word: KB_WORD_SETS * (indexes / 64, rounded up) */
    uint64_t *none;    /* the bits of every other word: all clear */
    kb_slot *slots;    /* open addressing, at most 5/8 full */
    size_t mask;
    char *blocks;      /* the words and their bits, end to end */
    ng_map *map;       /* while building: word -> its bits */
    ng_vec building;   /* while building: the bits, to free */
};

/* The bits that follow a word of length len in its block. */
static inline const uint64_t *kb_slot_bits(const kb_slot *s)
{
    return (const uint64_t *)(s->word + ((s->len + 8) & ~(size_t)7));
}

void kb_words_build(ng_kb *kb);
void kb_words_free(kb_words *w);
/* The bits of token i, looked up and kept in the tokens' cache. */
const uint64_t *kb_words_fill(const kb_words *w, const ng_tokens *t, size_t i);
/* kb_words_fill of every token, their memory fetched ahead. */
void kb_words_prefill(const kb_words *w, const ng_tokens *t);

/* A token's cache entry for bits: 1 for the words of no index (w->none),
 * else 2 + the bits' offset in w->blocks in 8-byte units. */
static inline uint32_t kb_words_entry(const kb_words *w, const uint64_t *bits)
{
    return bits == w->none ? 1 : (uint32_t)(((const char *)bits - w->blocks) / 8 + 2);
}

/* The bits of token i's word; one look-up per token and article. */
static inline const uint64_t *kb_word_bits(const kb_words *w, const ng_tokens *t, size_t i)
{
    const ng_tok_words *c = t->words;
    if (__builtin_expect(c && c->table == w->id && c->entry[i], 1))
        return c->entry[i] == 1 ? w->none : (const uint64_t *)(w->blocks + (size_t)(c->entry[i] - 2) * 8);
    return kb_words_fill(w, t, i);
}

struct ng_kb {
    const raptor_locator *locator; /* of the file being loaded, for messages */
    ng_map *classes;   /* class name -> phrase_index (key -> value string) */
    ng_map *places;    /* slug -> ng_place */
    phrase_index place_keys; /* -> ng_place */
    ng_map *demonyms;  /* key -> ng_place */
    ng_map *people;    /* slug -> ng_person */
    phrase_index person_keys; /* -> ng_person (NULL value marks ambiguous) */
    ng_map *person_folds; /* folded name slug -> ng_person */
    phrase_index offices;  /* -> ng_office */
    phrase_index series;   /* -> ng_series */
    kb_words *words;       /* every index's first words (kb_words.c) */
    ng_vec owned;      /* strings and structs to free */
    ng_vec place_list, person_list, office_list, series_list;
    ng_map *windows;   /* setting name -> value + 1 (lex:window) */
    ng_map *defined_in; /* lexicon class or setting name -> the first file giving it */
    const char *origin; /* the data directory (or first file) loaded, for messages */
    const phrase_index *lx[NG_LX_COUNT]; /* resolved by ng_kb_finish */
    size_t lw[NG_LW_COUNT];
    int lw_set[NG_LW_COUNT];
    void *rules;       /* src/rules/ruleset.h */
    void (*free_rules)(void *);
    /* loading state */
    ng_map *subjects;  /* subject -> kb_subject */
    ng_vec subject_list;
    const char *path;
    char *error;
    const char *bad_reference; /* first gazetteer link to no place, found by ng_kb_finish */
};

void kb_index_init(phrase_index *ix);
void kb_index_free(phrase_index *ix);
/* Adds key -> value; with mark_ambiguous, a key two values claim maps to
 * NULL (a surname two people share names neither). */
void kb_index_put(phrase_index *ix, const char *key, void *value, int mark_ambiguous);
/* bits: the word table's bits of token i (its first word known to begin
 * a phrase of ix), or NULL to ask the prefix map. */
size_t kb_grow_match(const phrase_index *ix, const ng_tokens *t, size_t i, size_t end, void **out,
                     const uint64_t *bits);
/* The value of a word-class phrase given by lex:lowercaseTerm: it matches
 * only text whose first letter is lower-case (the modal "may", never the
 * month "May"). */
extern const char kb_lowercase_term[];
/* The prefix map's entries: the key's value when the prefix is a key with
 * one, else one of these two. A growing look-up then asks one map a step,
 * not the prefix map and then the key map. */
extern const char kb_prefix_only[], kb_ambiguous_key[];

/* The key value an entry of the prefix map stands for (NULL: none). */
static inline void *kb_key_value(void *entry)
{
    return entry == kb_prefix_only || entry == kb_ambiguous_key ? NULL : entry;
}

/* The maps of a phrase index hash their keys byte by byte (FNV-1a, then a
 * final mix for the low bits the map uses): a look-up that grows its key
 * a token at a time continues the hash of the key before, instead of
 * hashing the whole key again at every token. */
#define KB_KEY_SEED 0xcbf29ce484222325ULL

static inline uint64_t kb_key_step(uint64_t state, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        state = (state ^ (unsigned char)p[i]) * 0x100000001b3ULL;
    return state;
}

static inline uint64_t kb_key_final(uint64_t state)
{
    state ^= state >> 33;
    state *= 0xff51afd7ed558ccdULL;
    state ^= state >> 33;
    return state;
}

static inline uint64_t kb_key_hash(const char *p, size_t n)
{
    return kb_key_final(kb_key_step(KB_KEY_SEED, p, n));
}

static inline int kb_filter_has(const phrase_index *ix, uint64_t h)
{
    size_t bit = (size_t)(h >> 7) & (ix->filter_bits - 1);
    return (ix->filter[bit / 64] >> (bit % 64)) & 1;
}

/* The extractors ask a dozen classes about every token: the answer, nearly
 * always no, comes from the filter before any call or probe. */
static inline size_t kb_match_longest(const phrase_index *ix, const ng_tokens *t, size_t i, size_t end, void **out)
{
    if (i >= end)
        return 0;
    if (ix->words) {
        const uint64_t *bits = kb_word_bits(ix->words, t, i);
        if (!(bits[ix->word_at + KB_STARTS] & ix->word_mask))
            return 0;
        return kb_grow_match(ix, t, i, end, out, bits);
    }
    if (!kb_filter_has(ix, t->toks[i].hash))
        return 0;
    return kb_grow_match(ix, t, i, end, out, NULL);
}

/* True when token i alone is a phrase of ix (with a non-NULL value). */
static inline int kb_word_is_key(const phrase_index *ix, const ng_tokens *t, size_t i)
{
    if (ix->words)
        return (kb_word_bits(ix->words, t, i)[ix->word_at + KB_KEYS] & ix->word_mask) != 0;
    size_t n;
    const char *s = ng_tok_lower(t, i, &n);
    return kb_filter_has(ix, t->toks[i].hash) && ng_map_get_hashed(ix->keys, s, n, kb_key_hash(s, n)) != NULL;
}

/* Keeps s until the kb is freed; returns it. */
const char *kb_keep(ng_kb *kb, char *s);
void kb_free_strvec(ng_vec *v);
/* Resolves the handles of lexneeds.h (called by ng_kb_finish). */
void kb_resolve_needs(ng_kb *kb);

#endif
