/*
 * firsts.c - first values of (property, subject) pairs (see firsts.h).
 */
#include "firsts.h"
#include "util.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint64_t k1, k2, v; /* k1 == k2 == 0: empty */
} entry;

struct ng_firsts {
    entry *slots;
    size_t cap, count;
    ng_buf key;
};

ng_firsts *ng_firsts_new(void)
{
    ng_firsts *f = ng_xcalloc(1, sizeof *f);
    f->cap = 1024;
    f->slots = ng_xcalloc(f->cap, sizeof *f->slots);
    return f;
}

void ng_firsts_free(ng_firsts *f)
{
    if (!f)
        return;
    free(f->slots);
    ng_buf_free(&f->key);
    free(f);
}

void ng_firsts_clear(ng_firsts *f)
{
    memset(f->slots, 0, f->cap * sizeof *f->slots);
    f->count = 0;
}

size_t ng_firsts_count(const ng_firsts *f)
{
    return f->count;
}

static entry *find(entry *slots, size_t cap, uint64_t k1, uint64_t k2)
{
    size_t i = (size_t)k1 & (cap - 1);
    while (slots[i].k1 || slots[i].k2) {
        if (slots[i].k1 == k1 && slots[i].k2 == k2)
            break;
        i = (i + 1) & (cap - 1);
    }
    return &slots[i];
}

static void grow(ng_firsts *f)
{
    entry *old = f->slots;
    size_t oldcap = f->cap;
    f->cap *= 2;
    f->slots = ng_xcalloc(f->cap, sizeof *f->slots);
    for (size_t i = 0; i < oldcap; i++)
        if (old[i].k1 || old[i].k2)
            *find(f->slots, f->cap, old[i].k1, old[i].k2) = old[i];
    free(old);
}

int ng_firsts_offer(ng_firsts *f, const char *what, const char *subject, const char *value)
{
    if ((f->count + 1) * 2 >= f->cap)
        grow(f);
    ng_buf_clear(&f->key);
    ng_buf_adds(&f->key, what);
    ng_buf_addc(&f->key, '\t');
    ng_buf_adds(&f->key, subject);
    uint64_t k1 = ng_hash(f->key.data, f->key.len), k2 = ng_stable_hash(f->key.data, f->key.len);
    if (!k1 && !k2)
        k2 = 1;
    uint64_t v = ng_hash(value, strlen(value));
    entry *e = find(f->slots, f->cap, k1, k2);
    if (e->k1 || e->k2)
        return e->v == v ? 0 : -1;
    *e = (entry){k1, k2, v};
    f->count++;
    return 1;
}
