/*
 * stories.c - near-duplicate articles by MinHash sketches of their body
 * text (see stories.h).
 */
#include "stories.h"
#include "util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

/* splitmix64's finalizer: every bit of x moves about half the bits. */
static uint64_t mix(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

/* One permutation (one hash a run) parted into K bins: a run falls in the
 * bin its hash's top bits name, and each bin keeps the least of the rest.
 * K independent hash functions cost 64 multiplications a word, most of
 * the time of sketching; one gives the same estimate of the resemblance
 * for texts of more runs than bins (Li, Owen and Zhang, "One Permutation
 * Hashing", 2012). A bin no run fell in borrows from the next bin that
 * has one, its value shifted by the distance (densification: Shrivastava
 * and Li, 2014), so that short texts agree in an empty bin only as often
 * as in a full one. The sketch is the same in every run and on every
 * machine. */
#define BIN_SHIFT 58   /* 64 - log2(NG_SKETCH_K) */
#define EMPTY UINT64_MAX

typedef struct {
    uint64_t min[NG_SKETCH_K];
    uint64_t words[NG_SHINGLE];   /* hashes of the last words read */
    size_t nwords;
} sketcher;

static void sketcher_init(sketcher *s)
{
    for (int k = 0; k < NG_SKETCH_K; k++)
        s->min[k] = EMPTY;
    s->nwords = 0;
}

/* One run of n words ending with the last word read. */
static void add_run(sketcher *s, size_t n)
{
    uint64_t h = 0;
    for (size_t i = 0; i < n; i++)
        h = (h + s->words[(s->nwords - n + i) % NG_SHINGLE]) * 0x100000001b3ULL;
    h = mix(h ^ 0x6e6577736772617ULL);
    int bin = (int)(h >> BIN_SHIFT);
    uint64_t v = h & ((1ULL << BIN_SHIFT) - 1);
    if (v < s->min[bin])
        s->min[bin] = v;
}

/* Empty bins borrow from the next full one (circularly), shifted. */
static void densify(sketcher *s, ng_sketch *out)
{
    for (int k = 0; k < NG_SKETCH_K; k++) {
        int j = k, d = 0;
        while (s->min[j] == EMPTY) {
            j = (j + 1) % NG_SKETCH_K;
            d++;
        }
        uint64_t v = d ? mix(s->min[j] + (uint64_t)d * 0x9e3779b97f4a7c15ULL) : s->min[j];
        out->v[k] = (uint16_t)v;
    }
}

static void add_word(sketcher *s, uint64_t w)
{
    s->words[s->nwords % NG_SHINGLE] = mix(w);
    s->nwords++;
    if (s->nwords >= NG_SHINGLE)
        add_run(s, NG_SHINGLE);
}

/* Letters and digits make words; anything else parts them. */
static int word_char(utf8proc_int32_t c)
{
    utf8proc_category_t cat = utf8proc_category(c);
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
           (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
}

/* The words of one paragraph, case-folded, into the sketcher. */
static void read_words(sketcher *s, const char *text, size_t start, size_t end)
{
    uint64_t h = 0;
    int in = 0;
    size_t i = start;
    while (i < end) {
        utf8proc_int32_t c = (unsigned char)text[i];
        int word;
        if (c < 0x80) {   /* most of the text: no need to ask utf8proc */
            word = isalnum(c);
            c = tolower(c);
            i++;
        } else {
            utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)text + i, (utf8proc_ssize_t)(end - i), &c);
            if (n <= 0) {   /* the reader's text is valid UTF-8; be safe anyway */
                c = 0xFFFD;
                n = 1;
            }
            i += (size_t)n;
            word = word_char(c);
            c = utf8proc_tolower(c);
        }
        if (word) {
            if (!in)
                h = 1469598103934665603ULL;
            h = (h ^ (uint64_t)c) * 1099511628211ULL;
            in = 1;
        } else if (in) {
            add_word(s, h);
            in = 0;
        }
    }
    if (in)
        add_word(s, h);
}

int ng_sketch_of(const ng_doc *d, ng_sketch *out)
{
    sketcher s;
    sketcher_init(&s);
    for (size_t i = 0; i < d->npara; i++)
        if (d->paras[i].kind == NG_PARA_BODY)
            read_words(&s, d->text, d->paras[i].start, d->paras[i].end);
    if (s.nwords == 0)
        return 0;
    if (s.nwords < NG_SHINGLE)   /* a text shorter than a run is one run */
        add_run(&s, s.nwords);
    densify(&s, out);
    return 1;
}

int ng_sketch_agree(const ng_sketch *a, const ng_sketch *b)
{
    int n = 0;
    for (int k = 0; k < NG_SKETCH_K; k++)
        n += a->v[k] == b->v[k];
    return n;
}

/* ------------------------------------------------------------------ */
/* the index                                                           */
/* ------------------------------------------------------------------ */

#define BANDS (NG_SKETCH_K / 2)

struct ng_stories {
    uint64_t *ids;
    ng_sketch *sketches;
    unsigned char *gone;
    size_t n, cap;
    uint32_t *slots;    /* record + 1, 0 empty; open addressing, linear probing */
    size_t nslots;      /* a power of two */
    size_t used;
    int journal_on;
    ng_story_change *journal;
    size_t njournal, journal_cap;
};

ng_stories *ng_stories_new(void)
{
    ng_stories *s = ng_xcalloc(1, sizeof *s);
    s->nslots = 1024;
    s->slots = ng_xcalloc(s->nslots, sizeof *s->slots);
    return s;
}

void ng_stories_free(ng_stories *s)
{
    if (!s)
        return;
    free(s->ids);
    free(s->sketches);
    free(s->gone);
    free(s->slots);
    free(s->journal);
    free(s);
}

size_t ng_stories_count(const ng_stories *s)
{
    return s->n;
}

static size_t band_slot(const ng_sketch *k, int b, size_t nslots)
{
    uint64_t key = ((uint64_t)b << 32) | ((uint64_t)k->v[2 * b] << 16) | k->v[2 * b + 1];
    return (size_t)(mix(key) & (nslots - 1));
}

static int same_band(const ng_sketch *x, const ng_sketch *y, int b)
{
    return x->v[2 * b] == y->v[2 * b] && x->v[2 * b + 1] == y->v[2 * b + 1];
}

static void index_record(ng_stories *s, size_t r)
{
    for (int b = 0; b < BANDS; b++) {
        size_t i = band_slot(&s->sketches[r], b, s->nslots);
        while (s->slots[i])
            i = (i + 1) & (s->nslots - 1);
        s->slots[i] = (uint32_t)(r + 1);
        s->used++;
    }
}

/* Keeps the table at most three quarters full; forgotten articles are
 * left out when it grows. */
static void grow(ng_stories *s)
{
    if ((s->used + BANDS) * 4 <= s->nslots * 3)
        return;
    free(s->slots);
    s->nslots *= 2;
    s->slots = ng_xcalloc(s->nslots, sizeof *s->slots);
    s->used = 0;
    for (size_t r = 0; r < s->n; r++)
        if (!s->gone[r])
            index_record(s, r);
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* Records sharing a band with k, each once, in the order added; *self: the
 * record of id, or -1. */
static size_t candidates(const ng_stories *s, const ng_sketch *k, uint64_t id, size_t **out, long *self)
{
    size_t *recs = NULL, n = 0, cap = 0;
    *self = -1;
    for (int b = 0; b < BANDS; b++) {
        for (size_t i = band_slot(k, b, s->nslots); s->slots[i]; i = (i + 1) & (s->nslots - 1)) {
            size_t r = s->slots[i] - 1;
            if (s->gone[r] || !same_band(&s->sketches[r], k, b))
                continue;
            if (s->ids[r] == id) {
                *self = (long)r;
                continue;
            }
            if (n == cap) {
                cap = cap ? 2 * cap : 16;
                recs = ng_xrealloc(recs, cap * sizeof *recs);
            }
            recs[n++] = r;
        }
    }
    if (n)
        qsort(recs, n, sizeof *recs, cmp_size);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (m == 0 || recs[m - 1] != recs[i])
            recs[m++] = recs[i];
    *out = recs;
    return m;
}

static void journal(ng_stories *s, uint64_t id, const ng_sketch *k)
{
    if (!s->journal_on)
        return;
    if (s->njournal == s->journal_cap) {
        s->journal_cap = s->journal_cap ? 2 * s->journal_cap : 64;
        s->journal = ng_xrealloc(s->journal, s->journal_cap * sizeof *s->journal);
    }
    ng_story_change *c = &s->journal[s->njournal++];
    memset(c, 0, sizeof *c);
    c->id = id;
    c->gone = k == NULL;
    if (k)
        c->sketch = *k;
}

size_t ng_stories_add(ng_stories *s, uint64_t id, const ng_sketch *k, uint64_t **same)
{
    size_t *recs = NULL;
    long self;
    size_t n = candidates(s, k, id, &recs, &self), m = 0;
    *same = NULL;
    if (self >= 0) {
        free(recs);
        return 0;
    }
    if (n)
        *same = ng_xmalloc(n * sizeof **same);
    for (size_t i = 0; i < n; i++)
        if (ng_sketch_agree(&s->sketches[recs[i]], k) >= NG_SKETCH_SAME)
            (*same)[m++] = s->ids[recs[i]];
    free(recs);
    grow(s);
    if (s->n == s->cap) {
        s->cap = s->cap ? 2 * s->cap : 256;
        s->ids = ng_xrealloc(s->ids, s->cap * sizeof *s->ids);
        s->sketches = ng_xrealloc(s->sketches, s->cap * sizeof *s->sketches);
        s->gone = ng_xrealloc(s->gone, s->cap);
    }
    s->ids[s->n] = id;
    s->sketches[s->n] = *k;
    s->gone[s->n] = 0;
    index_record(s, s->n++);
    journal(s, id, k);
    return m;
}

void ng_stories_forget(ng_stories *s, uint64_t id)
{
    for (size_t r = 0; r < s->n; r++)
        if (s->ids[r] == id && !s->gone[r]) {
            s->gone[r] = 1;
            journal(s, id, NULL);
        }
}

void ng_stories_journal(ng_stories *s, int on)
{
    s->journal_on = on;
}

ng_story_change *ng_stories_take(ng_stories *s, size_t *n)
{
    ng_story_change *j = s->journal;
    *n = s->njournal;
    s->journal = NULL;
    s->njournal = s->journal_cap = 0;
    return j;
}
