/*
 * stories.h - near-duplicate articles: one story in other chrome.
 *
 * Byte-identical inputs are one article, and copies whose body text has
 * the same words share an ng:story (emit.c). A syndicated copy often
 * differs a little more: a menu or a footer the reader does not know as
 * chrome, a headline stamp glued to the first sentence, a line added.
 * Such copies are found by the resemblance of their body texts:
 *
 *   - the words of the body paragraphs (chrome, header, headline and date
 *     line set aside by the reader), case-folded, punctuation and line
 *     breaks ignored, are read as overlapping runs of NG_SHINGLE words;
 *   - an article's sketch has NG_SKETCH_K slots: each run's hash names a
 *     slot, and each slot keeps the low 16 bits of the least hash that
 *     fell in it (MinHash, one permutation parted into K bins, stories.c):
 *     two sketches agree in a slot with a probability equal to the share
 *     of runs the two texts have in common (their Jaccard resemblance);
 *   - two articles are the same story when at least NG_SKETCH_SAME of
 *     the K slots agree (a resemblance of about one half or more).
 *
 * A copy with its own menu and footer keeps most runs of the text and
 * passes with a wide margin (53 of 64 in tests/unit/test_stories.c, an
 * edited copy 40); two articles written apart about one meeting share
 * names and perhaps a quotation, a few runs in a hundred, and stay far
 * below (8). Runs of 8 words, not 4: the generated corpus of
 * bench/gen_corpus.py repeats template sentences with other names and
 * figures, and with 4-word runs its different articles came up to 25 of
 * 64; with 8, 15 at most in 5 million pairs (the dev corpus: 1). The measure is symmetric and
 * depends only on the two texts, so the pairs found do not depend on the
 * input order, on -j or on which load brought an article.
 *
 * Candidates come from an index of slot pairs (locality-sensitive
 * hashing: NG_SKETCH_K / 2 bands of two slots; a pair of articles at 0.5
 * shares a band with probability 1 - (1 - 0.5^2)^32 = 0.9999, at 0.4 still
 * 0.996), so adding an article costs about the same however many came
 * before. Memory, for the whole run: 137 bytes an article (its 8-byte id,
 * its 128-byte sketch, a flag) and 32 index entries of 4 bytes in a table
 * kept 3/8 to 3/4 full: 310 to 480 bytes an article.
 */
#ifndef NG_STORIES_H
#define NG_STORIES_H

#include <stddef.h>
#include <stdint.h>

#include "reader.h"

#define NG_SHINGLE 8
#define NG_SKETCH_K 64
#define NG_SKETCH_SAME 32

typedef struct {
    uint16_t v[NG_SKETCH_K];
} ng_sketch;

/* The sketch of the document's body text: 1, or 0 when it has no word. */
int ng_sketch_of(const ng_doc *d, ng_sketch *out);
/* Slots in which two sketches agree (0 .. NG_SKETCH_K). */
int ng_sketch_agree(const ng_sketch *a, const ng_sketch *b);

typedef struct ng_stories ng_stories;

ng_stories *ng_stories_new(void);
void ng_stories_free(ng_stories *s);
/* Adds an article (id: the 64 bits of its IRI's slug) and gives the ids of
 * the articles added before it that are the same story, in the order they
 * were added, in *same (the caller frees it); returns how many. An id
 * present already is not added again and gets none. */
size_t ng_stories_add(ng_stories *s, uint64_t id, const ng_sketch *k, uint64_t **same);
/* The article is gone (a store replaced it): it is the same story as no
 * later one. */
void ng_stories_forget(ng_stories *s, uint64_t id);
/* Articles held (forgotten ones included). */
size_t ng_stories_count(const ng_stories *s);

/* A journal of what changed, for a store that keeps the sketches (load):
 * once on, every add and forget is appended until taken. */
typedef struct {
    uint64_t id;
    ng_sketch sketch;
    int gone;   /* forgotten: the sketch is not set */
} ng_story_change;

void ng_stories_journal(ng_stories *s, int on);
/* The changes since the last call, in order; *n gets how many. The caller
 * frees the array. */
ng_story_change *ng_stories_take(ng_stories *s, size_t *n);

/* The writer adds every article it writes to s (borrowed, not freed)
 * instead of its own index, which ng_writer_restart empties: load keeps
 * one across the writer's restarts, filled with the articles its store
 * holds (emit.c). */
typedef struct ng_writer ng_writer;
void ng_writer_use_stories(ng_writer *w, ng_stories *s);

#endif
