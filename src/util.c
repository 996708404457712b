/*
 * util.c - buffers, pointer arrays and an open-addressing hash map.
 */
#include "util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void out_of_memory(size_t n)
{
    fprintf(stderr, "newsgraph: out of memory (asked for %zu bytes)\n", n);
    abort();
}

void *ng_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        out_of_memory(n);
    return p;
}

void *ng_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        out_of_memory(n * size);
    return p;
}

void *ng_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        out_of_memory(n);
    return q;
}

char *ng_xstrndup(const char *s, size_t n)
{
    char *d = ng_xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *ng_xstrdup(const char *s)
{
    return ng_xstrndup(s, strlen(s));
}

void ng_buf_init(ng_buf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
}

void ng_buf_free(ng_buf *b)
{
    free(b->data);
    ng_buf_init(b);
}

void ng_buf_clear(ng_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

static void buf_reserve(ng_buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1)
        cap *= 2;
    b->data = ng_xrealloc(b->data, cap);
    b->cap = cap;
}

void ng_buf_add(ng_buf *b, const void *p, size_t n)
{
    buf_reserve(b, n);
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void ng_buf_adds(ng_buf *b, const char *s)
{
    ng_buf_add(b, s, strlen(s));
}

void ng_buf_addc(ng_buf *b, char c)
{
    ng_buf_add(b, &c, 1);
}

void ng_buf_printf(ng_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    buf_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *ng_buf_steal(ng_buf *b)
{
    char *d = b->data ? b->data : ng_xstrdup("");
    ng_buf_init(b);
    return d;
}

void ng_vec_push(ng_vec *v, void *item)
{
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->items = ng_xrealloc(v->items, v->cap * sizeof *v->items);
    }
    v->items[v->len++] = item;
}

void ng_vec_free(ng_vec *v)
{
    free(v->items);
    v->items = NULL;
    v->len = v->cap = 0;
}

/* FNV-1a's scheme, a byte at a time (with an offset basis that is not
 * FNV's own, as since 1.0): slow, but its values are part of minted IRIs,
 * so it must never change. */
uint64_t ng_stable_hash(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 1099511628211ULL;
    }
    return h;
}

static uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

/* Eight bytes a step: the writer hashes every triple it writes. Only maps
 * use these values, and only within one run. */
uint64_t ng_hash(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ n;
    for (; n >= 8; s += 8, n -= 8) {
        uint64_t w;
        memcpy(&w, s, 8);
        h = (h ^ w) * 0x9fb21c651e98df25ULL;
        h ^= h >> 29;
    }
    if (n) {
        uint64_t w = 0;
        memcpy(&w, s, n);
        h = (h ^ w) * 0x9fb21c651e98df25ULL;
    }
    return mix(h);
}

typedef struct {
    char *key;
    size_t keylen;
    uint64_t hash;
    void *value;
} map_slot;

/* Keys live in chunks that are freed together: a map is filled and then
 * dropped or cleared whole, and the writer's sets take a key per triple. */
typedef struct key_chunk {
    struct key_chunk *prev;
    size_t used, size;
    char bytes[];
} key_chunk;

#define KEY_CHUNK 16384

struct ng_map {
    map_slot *slots;
    size_t cap; /* a power of two */
    size_t count;
    key_chunk *keys;
};

static char *map_keep(ng_map *m, const char *key, size_t keylen)
{
    key_chunk *c = m->keys;
    if (!c || c->size - c->used < keylen + 1) {
        size_t size = keylen + 1 > KEY_CHUNK ? keylen + 1 : KEY_CHUNK;
        c = ng_xmalloc(sizeof *c + size);
        c->used = 0;
        c->size = size;
        c->prev = m->keys;
        m->keys = c;
    }
    char *k = c->bytes + c->used;
    memcpy(k, key, keylen);
    k[keylen] = '\0';
    c->used += keylen + 1;
    return k;
}

static void map_drop_keys(ng_map *m)
{
    while (m->keys) {
        key_chunk *prev = m->keys->prev;
        free(m->keys);
        m->keys = prev;
    }
}

ng_map *ng_map_new(void)
{
    ng_map *m = ng_xcalloc(1, sizeof *m);
    m->cap = 64;
    m->slots = ng_xcalloc(m->cap, sizeof *m->slots);
    return m;
}

void ng_map_free(ng_map *m)
{
    if (!m)
        return;
    map_drop_keys(m);
    free(m->slots);
    free(m);
}

void ng_map_clear(ng_map *m)
{
    if (!m->count)
        return;
    memset(m->slots, 0, m->cap * sizeof *m->slots);
    m->count = 0;
    map_drop_keys(m);
}

static map_slot *map_find(const ng_map *m, const char *key, size_t keylen, uint64_t h)
{
    size_t i = (size_t)h & (m->cap - 1);
    for (;;) {
        map_slot *s = &m->slots[i];
        if (!s->key)
            return s;
        if (s->hash == h && s->keylen == keylen && memcmp(s->key, key, keylen) == 0)
            return s;
        i = (i + 1) & (m->cap - 1);
    }
}

static void map_grow(ng_map *m)
{
    map_slot *old = m->slots;
    size_t oldcap = m->cap;
    m->cap *= 2;
    m->slots = ng_xcalloc(m->cap, sizeof *m->slots);
    for (size_t i = 0; i < oldcap; i++) {
        if (!old[i].key)
            continue;
        map_slot *s = map_find(m, old[i].key, old[i].keylen, old[i].hash);
        *s = old[i];
    }
    free(old);
}

/* The slot of key, made room for: empty (its hash in *h) when key is new. */
static map_slot *map_slot_for(ng_map *m, const char *key, size_t keylen, uint64_t *h)
{
    /* at most half full: most probes are misses, and a miss under linear
     * probing walks the whole cluster */
    if ((m->count + 1) * 2 >= m->cap)
        map_grow(m);
    *h = ng_hash(key, keylen);
    return map_find(m, key, keylen, *h);
}

static void map_fill(ng_map *m, map_slot *s, const char *key, size_t keylen, uint64_t h, void *value)
{
    *s = (map_slot){map_keep(m, key, keylen), keylen, h, value};
    m->count++;
}

void *ng_map_put(ng_map *m, const char *key, size_t keylen, void *value)
{
    uint64_t h;
    map_slot *s = map_slot_for(m, key, keylen, &h);
    if (s->key) {
        void *prev = s->value;
        s->value = value;
        return prev;
    }
    map_fill(m, s, key, keylen, h, value);
    return NULL;
}

int ng_map_add(ng_map *m, const char *key, size_t keylen, void *value)
{
    uint64_t h;
    map_slot *s = map_slot_for(m, key, keylen, &h);
    if (s->key)
        return 0;
    map_fill(m, s, key, keylen, h, value);
    return 1;
}

void *ng_map_get(const ng_map *m, const char *key, size_t keylen)
{
    map_slot *s = map_find(m, key, keylen, ng_hash(key, keylen));
    return s->key ? s->value : NULL;
}

void *ng_map_put_hashed(ng_map *m, const char *key, size_t keylen, uint64_t hash, void *value)
{
    if ((m->count + 1) * 2 >= m->cap)
        map_grow(m);
    map_slot *s = map_find(m, key, keylen, hash);
    if (s->key) {
        void *prev = s->value;
        s->value = value;
        return prev;
    }
    map_fill(m, s, key, keylen, hash, value);
    return NULL;
}

void *ng_map_get_hashed(const ng_map *m, const char *key, size_t keylen, uint64_t hash)
{
    map_slot *s = map_find(m, key, keylen, hash);
    return s->key ? s->value : NULL;
}

size_t ng_map_count(const ng_map *m)
{
    return m->count;
}

void ng_map_each(const ng_map *m, void (*fn)(const char *, void *, void *), void *ctx)
{
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key)
            fn(m->slots[i].key, m->slots[i].value, ctx);
}
