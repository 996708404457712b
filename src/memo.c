/*
 * memo.c - one scan per span for dates and amounts (see memo.h).
 *
 * ng_money_find and ng_timex_find are defined here: each looks the span up
 * in the memo of its tokens and scans (ng_money_scan, ng_timex_scan) only
 * on a miss.
 */
#include "memo.h"

#include <stdlib.h>
#include <string.h>

enum { MEMO_MONEY, MEMO_TIMEX };

typedef struct {
    const ng_kb *kb;   /* NULL: the slot is free */
    size_t begin, end;
    ng_date ref;       /* of dates: relative ones resolve against it */
    int kind;
    size_t off, n;     /* the results: n, from byte off of the kind's */
} memo_entry;

/* The results of one kind, end to end: an entry's are [off, off + n). */
typedef struct {
    unsigned char *bytes;
    size_t len, cap; /* in bytes */
} memo_results;

struct ng_memo {
    memo_entry *slots;
    size_t cap, count;  /* cap a power of two, at most half full */
    memo_results results[2]; /* by kind */
};

ng_memo *ng_memo_new(void)
{
    ng_memo *m = ng_xcalloc(1, sizeof *m);
    m->cap = 64; /* a short article asks of a few dozen spans */
    m->slots = ng_xcalloc(m->cap, sizeof *m->slots);
    return m;
}

void ng_memo_free(ng_memo *m)
{
    if (!m)
        return;
    free(m->slots);
    free(m->results[MEMO_MONEY].bytes);
    free(m->results[MEMO_TIMEX].bytes);
    free(m);
}

static size_t slot_hash(const ng_kb *kb, int kind, size_t begin, size_t end, ng_date ref)
{
    uint64_t h = (uint64_t)(uintptr_t)kb ^ ((uint64_t)begin << 1) ^ ((uint64_t)end << 24) ^ (uint64_t)kind;
    h ^= ((uint64_t)(unsigned)ref.y << 40) ^ ((uint64_t)(unsigned)ref.m << 52) ^ ((uint64_t)(unsigned)ref.d << 57);
    h *= 0x9e3779b97f4a7c15ULL;
    return (size_t)(h >> 20);
}

static int same(const memo_entry *e, const ng_kb *kb, int kind, size_t begin, size_t end, ng_date ref)
{
    return e->kb == kb && e->kind == kind && e->begin == begin && e->end == end && e->ref.y == ref.y &&
           e->ref.m == ref.m && e->ref.d == ref.d;
}

static memo_entry *find(ng_memo *m, const ng_kb *kb, int kind, size_t begin, size_t end, ng_date ref)
{
    size_t i = slot_hash(kb, kind, begin, end, ref) & (m->cap - 1);
    while (m->slots[i].kb && !same(&m->slots[i], kb, kind, begin, end, ref))
        i = (i + 1) & (m->cap - 1);
    return &m->slots[i];
}

/* A free slot for a new entry, the table grown first if need be. */
static memo_entry *add(ng_memo *m, const ng_kb *kb, int kind, size_t begin, size_t end, ng_date ref)
{
    if ((m->count + 1) * 2 >= m->cap) {
        memo_entry *old = m->slots;
        size_t oldcap = m->cap;
        m->cap *= 2;
        m->slots = ng_xcalloc(m->cap, sizeof *m->slots);
        for (size_t i = 0; i < oldcap; i++)
            if (old[i].kb)
                *find(m, old[i].kb, old[i].kind, old[i].begin, old[i].end, old[i].ref) = old[i];
        free(old);
    }
    memo_entry *e = find(m, kb, kind, begin, end, ref);
    *e = (memo_entry){kb, begin, end, ref, kind, 0, 0};
    m->count++;
    return e;
}

/* One scan of either kind, through the same door. */
typedef size_t (*scan_fn)(const ng_kb *kb, const ng_tokens *t, size_t begin, size_t end, ng_date ref,
                          void *out, size_t max);

static size_t scan_money(const ng_kb *kb, const ng_tokens *t, size_t begin, size_t end, ng_date ref,
                         void *out, size_t max)
{
    (void)ref; /* amounts do not depend on the date of the article */
    return ng_money_scan(kb, t, begin, end, out, max);
}

static size_t scan_timex(const ng_kb *kb, const ng_tokens *t, size_t begin, size_t end, ng_date ref,
                         void *out, size_t max)
{
    return ng_timex_scan(kb, t, begin, end, ref, out, max);
}

/* The first max results of the span, items of size bytes, scanned on the
 * memo's first sight of it: fewer than NG_MEMO_MAX found is all there is,
 * and NG_MEMO_MAX found covers any max the memo answers. */
static size_t recall(ng_memo *m, int kind, scan_fn scan, size_t size, const ng_kb *kb, const ng_tokens *t,
                     size_t begin, size_t end, ng_date ref, void *out, size_t max)
{
    memo_results *r = &m->results[kind];
    memo_entry *e = find(m, kb, kind, begin, end, ref);
    if (!e->kb) {
        union {
            ng_money money[NG_MEMO_MAX];
            ng_timex timex[NG_MEMO_MAX];
        } found;
        size_t n = scan(kb, t, begin, end, ref, &found, NG_MEMO_MAX);
        e = add(m, kb, kind, begin, end, ref);
        if (r->len + n * size > r->cap) {
            r->cap = (r->len + n * size) * 2;
            r->bytes = ng_xrealloc(r->bytes, r->cap);
        }
        if (n)
            memcpy(r->bytes + r->len, &found, n * size);
        e->off = r->len;
        e->n = n;
        r->len += n * size;
    }
    size_t n = e->n < max ? e->n : max;
    if (n)
        memcpy(out, r->bytes + e->off, n * size);
    return n;
}

size_t ng_money_find(const ng_kb *kb, const ng_tokens *t, size_t begin, size_t end, ng_money *out,
                     size_t max)
{
    if (!t->memo || !kb || max > NG_MEMO_MAX)
        return ng_money_scan(kb, t, begin, end, out, max);
    ng_date none = {0, 0, 0};
    return recall(t->memo, MEMO_MONEY, scan_money, sizeof *out, kb, t, begin, end, none, out, max);
}

size_t ng_timex_find(const ng_kb *kb, const ng_tokens *t, size_t begin, size_t end, ng_date ref,
                     ng_timex *out, size_t max)
{
    if (!t->memo || !kb || max > NG_MEMO_MAX)
        return ng_timex_scan(kb, t, begin, end, ref, out, max);
    return recall(t->memo, MEMO_TIMEX, scan_timex, sizeof *out, kb, t, begin, end, ref, out, max);
}
