/*
 * test_kb_words.c - the kb's word table (src/kb_words.c) gives every
 * phrase index the answers its own filter and maps give.
 *
 * For each index of the kb of ontology/ (places, people, offices, forum
 * series, every lexicon class) and each token of sentences written for
 * this test, a look-up through the word table and the same look-up
 * through the index's own filter and prefix map (the index with its table
 * taken away) must find the same phrase, of the same length and value.
 * ng_lx_may_start_any (which lets the date and amount scans skip tokens)
 * must say no only where no look-up of the class finds anything, and the
 * tokens' cache filled at once (ng_kb_prefill_words) must be the cache
 * filled token by token.
 */
#include "check.h"
#include "kb_internal.h"
#include "tokens.h"

#include <stdio.h>
#include <string.h>

static const char *const sentences[] = {
    "On 12 March 2024 the Governor of the Vitebsk Region met the Prime Minister of Belarus in Minsk.",
    "St. Petersburg and Saint-Petersburg hosted the XI Forum of Regions of Belarus and Russia.",
    "Trade turnover grew by 12.5% to USD 1.2 billion in January-June, O'Neill's report said.",
    "The Belarus-Russia intergovernmental commission's 14th session took place in Nizhny Novgorod.",
    "Aleksandr Lukashenko and Vladimir Putin held talks via videolink on Tuesday, 5 May.",
    "Exports of dairy products to the Smolensk Oblast reached 3.2 million rubles last year.",
    "THE DEPUTY PRIME MINISTER SAID THE JOINT VENTURE WILL OPEN IN 2026.",
    "Mr. Ivanov, the head of the Grodno regional executive committee, visited Kazan and Ufa.",
};

typedef struct {
    const ng_tokens *t;
    int checked, differed;
} walk;

/* One index: every token, through the table and through the index alone. */
static void compare_index(const phrase_index *ix, walk *w)
{
    phrase_index plain = *ix;
    plain.words = NULL;
    const ng_tokens *t = w->t;
    for (size_t i = 0; i < t->ntok; i++) {
        void *v1 = NULL, *v2 = NULL;
        size_t n1 = kb_match_longest(ix, t, i, t->ntok, &v1);
        size_t n2 = kb_match_longest(&plain, t, i, t->ntok, &v2);
        int k1 = kb_word_is_key(ix, t, i), k2 = kb_word_is_key(&plain, t, i);
        w->checked++;
        if (n1 != n2 || (n1 && v1 != v2) || k1 != k2) {
            w->differed++;
            printf("#   token %zu: table %zu/%d, index alone %zu/%d\n", i, n1, k1, n2, k2);
        }
    }
}

static void compare_class(const char *name, void *value, void *ctx)
{
    (void)name;
    compare_index(value, ctx);
}

/* ng_lx_may_start_any says no only where no look-up of the class finds
 * anything at the token (the date and amount scans skip those tokens):
 * counts its noes in *no and the tokens it would have wrongly skipped. */
static int wrong_skips(const ng_kb *kb, const ng_tokens *t, int *no)
{
    int wrong = 0;
    for (int c = 0; c < NG_LX_COUNT; c++) {
        enum ng_lx cls = (enum ng_lx)c;
        for (size_t i = 0; i < t->ntok; i++) {
            int found = ng_lx_match(kb, cls, t, i, t->ntok, NULL) > 0 || ng_lx_word(kb, cls, t, i);
            int maybe = ng_lx_may_start_any(kb, &cls, 1, t, i);
            *no += !maybe;
            if (found && !maybe) {
                wrong++;
                printf("#   class %d, token %zu: found, but said to begin nothing\n", c, i);
            }
        }
    }
    return wrong;
}

/* Filling the tokens' cache all at once gives the entries that asking
 * token by token gives. */
static int prefill_same(const ng_kb *kb, const char *text)
{
    ng_tokens a, b;
    ng_tokens_init(&a, text, strlen(text));
    ng_tokens_init(&b, text, strlen(text));
    ng_kb_prefill_words(kb, &a);
    for (size_t i = 0; i < b.ntok; i++)
        kb_word_bits(kb->words, &b, i);
    int same = a.ntok == b.ntok && memcmp(a.words->entry, b.words->entry, a.ntok * sizeof *a.words->entry) == 0;
    ng_tokens_free(&a);
    ng_tokens_free(&b);
    return same;
}

int main(void)
{
    ng_kb *kb = check_kb();
    CHECK(kb->words != NULL, "ng_kb_open builds the word table");
    CHECK(kb->place_keys.words == kb->words && kb->person_keys.words == kb->words,
          "the gazetteer's indexes use it");
    for (size_t s = 0; s < sizeof sentences / sizeof *sentences; s++) {
        ng_tokens t;
        ng_tokens_init(&t, sentences[s], strlen(sentences[s]));
        walk w = {&t, 0, 0};
        compare_index(&kb->place_keys, &w);
        compare_index(&kb->person_keys, &w);
        compare_index(&kb->offices, &w);
        compare_index(&kb->series, &w);
        ng_map_each(kb->classes, compare_class, &w);
        char what[128];
        snprintf(what, sizeof what, "sentence %zu: %d look-ups, the same through the table", s + 1, w.checked);
        CHECK(w.differed == 0 && w.checked > 0, what);
        int no = 0;
        snprintf(what, sizeof what, "sentence %zu: no token a class begins at is said to begin none", s + 1);
        CHECK(wrong_skips(kb, &t, &no) == 0 && no > 0, what);
        snprintf(what, sizeof what, "sentence %zu: the cache filled at once is the cache filled token by token", s + 1);
        CHECK(prefill_same(kb, sentences[s]), what);
        ng_tokens_free(&t);
    }
    /* a phrase added after the table was built: that index asks its own
     * maps until the table is built again */
    phrase_index *ix = ng_map_get(kb->classes, "month", 5);
    CHECK(ix && ix->words, "lex:month is in the table");
    if (ix) {
        kb_index_put(ix, "brumaire", (void *)"", 0);
        CHECK(ix->words == NULL, "a phrase added later takes the index out of the table");
        ng_tokens t;
        const char *text = "It happened in Brumaire.";
        ng_tokens_init(&t, text, strlen(text));
        void *v = NULL;
        CHECK_INT(kb_match_longest(ix, &t, 3, t.ntok, &v), 1, "and the new phrase is found");
        ng_tokens_free(&t);
        kb_words_build(kb); /* (what ng_kb_finish does last) */
        CHECK(ix->words == kb->words, "building the table again puts it back");
        ng_tokens_init(&t, text, strlen(text));
        CHECK_INT(kb_match_longest(ix, &t, 3, t.ntok, &v), 1, "through the rebuilt table too");
        ng_tokens_free(&t);
    }
    ng_kb_close(kb);
    CHECK_DONE();
}
