/*
 * test_stories.c - near-duplicate articles (stories.h): the copies of one
 * story in other chrome are the same story, and two articles written apart
 * about one meeting are not. Every text here is written for the test.
 *
 * With file arguments it measures instead: the agreement of the sketches
 * of every pair of the files (read as `extract` reads them), highest
 * first, and how many pairs reach NG_SKETCH_SAME.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "check_article.h"
#include "stories.h"
#include "util.h"

#define STORY_BODY                                                                                        \
    "The governor of the Grodno Region, Petr Ivanchik, met a delegation of the Smolensk Region in Grodno " \
    "on 4 March 2024.\n\n"                                                                                \
    "The two sides agreed to open a joint logistics centre near the border before the end of the year, "  \
    "and to double the number of student exchanges between their universities.\n\n"                     \
    "\"Our farmers already sell their milk and flax across the border every week, and we want the "      \
    "lorries to spend hours, not days, at the checkpoint,\" the governor told reporters after the "       \
    "talks.\n\n"                                                                                          \
    "Trade between the Grodno Region and the Smolensk Region grew by a fifth last year, according to "    \
    "the regional statistics office, with machinery, timber and dairy products making up most of it.\n\n" \
    "The delegation also visited a furniture factory and a new hospital wing built with Russian "         \
    "equipment, and planted a row of oak trees in the city park.\n\n"                                     \
    "The next round of talks is planned for the autumn in Smolensk.\n"

static const char *original = "Grodno and Smolensk regions agree on logistics centre\n\n" STORY_BODY;

/* The same story as another site carries it: a menu, a dateline stamp
 * glued to the first sentence, a footer, lines wrapped at other columns. */
static const char *syndicated =
    "Home | Regions | Economy | Society | Sport | Weather | Contacts\n\n"
    "GRODNO, 5 March (Regional Wire) - The governor of the Grodno Region, Petr Ivanchik, met a\n"
    "delegation of the Smolensk Region in Grodno on 4 March 2024.\n\n"
    "The two sides agreed to open a joint logistics centre near the border before the end of\n"
    "the year, and to double the number of student exchanges between their universities.\n\n"
    "\"Our farmers already sell their milk and flax across the border every week, and we want\n"
    "the lorries to spend hours, not days, at the checkpoint,\" the governor told reporters\n"
    "after the talks.\n\n"
    "Trade between the Grodno Region and the Smolensk Region grew by a fifth last year,\n"
    "according to the regional statistics office, with machinery, timber and dairy products\n"
    "making up most of it.\n\n"
    "The delegation also visited a furniture factory and a new hospital wing built with\n"
    "Russian equipment, and planted a row of oak trees in the city park.\n\n"
    "The next round of talks is planned for the autumn in Smolensk.\n\n"
    "Subscribe to our channel for the latest news of the regions. Reprinting is allowed only with\n"
    "a link to the source. All rights reserved, 2024.\n";

/* The same story edited: a sentence dropped, one added, a word changed. */
static const char *edited =
    "The governor of the Grodno Region, Petr Ivanchik, met a delegation of the Smolensk Region in Grodno "
    "on 4 March 2024.\n\n"
    "The two sides agreed to open a joint logistics centre near the border before the end of the year, "
    "and to triple the number of student exchanges between their universities.\n\n"
    "\"Our farmers already sell their milk and flax across the border every week, and we want the "
    "lorries to spend hours, not days, at the checkpoint,\" the governor told reporters after the "
    "talks.\n\n"
    "Trade between the Grodno Region and the Smolensk Region grew by a fifth last year, according to "
    "the regional statistics office, with machinery, timber and dairy products making up most of it.\n\n"
    "The next round of talks is planned for the autumn in Smolensk.\n\n"
    "The Smolensk delegation was led by the deputy governor in charge of trade.\n";

/* Another outlet's own report of the same meeting: the same people, place
 * and date, and the same quotation, in other words. */
static const char *other_report =
    "A delegation from Smolensk spent two days in Grodno this week, where it was received by governor "
    "Petr Ivanchik on 4 March 2024.\n\n"
    "The talks were about transport above all: the regions want a shared logistics hub close to the "
    "frontier, and hope to have it working by December.\n\n"
    "\"Our farmers already sell their milk and flax across the border every week, and we want the "
    "lorries to spend hours, not days, at the checkpoint,\" Ivanchik said.\n\n"
    "Universities of both regions will send more students to each other, officials said, without "
    "giving figures. Smolensk is expected to host the next meeting in the autumn.\n";

static int sketch_text(const ng_kb *kb, const char *text, ng_sketch *k)
{
    ng_article *a = check_extract(kb, text);
    int ok = a && ng_sketch_of(&a->doc, k);
    ng_article_free(a);
    return ok;
}

static void test_texts(const ng_kb *kb)
{
    ng_sketch o, s, e, r;
    CHECK(sketch_text(kb, original, &o) && sketch_text(kb, syndicated, &s) && sketch_text(kb, edited, &e) &&
              sketch_text(kb, other_report, &r),
          "every text has a sketch");
    ng_sketch o2;
    sketch_text(kb, original, &o2);
    CHECK_INT(ng_sketch_agree(&o, &o2), NG_SKETCH_K, "the same text: the same sketch");
    int syn = ng_sketch_agree(&o, &s), ed = ng_sketch_agree(&o, &e), other = ng_sketch_agree(&o, &r);
    printf("# agreement of %d slots: syndicated %d, edited %d, other report %d (same story from %d)\n",
           NG_SKETCH_K, syn, ed, other, NG_SKETCH_SAME);
    CHECK(syn >= NG_SKETCH_SAME, "a copy with a menu, a stamp, a footer and other line breaks is the same story");
    CHECK(ed >= NG_SKETCH_SAME, "an edited copy (a sentence less, one more, a word changed) is the same story");
    CHECK(other < NG_SKETCH_SAME / 2, "another report of the same meeting, with the same quotation, is not");
    CHECK(ng_sketch_agree(&s, &r) < NG_SKETCH_SAME / 2, "nor is it the syndicated copy's story");
    ng_sketch none;
    ng_doc empty = {0};
    CHECK(!ng_sketch_of(&empty, &none), "a text without body words has no sketch");

    ng_stories *st = ng_stories_new();
    uint64_t *same = NULL;
    CHECK_INT(ng_stories_add(st, 1, &o, &same), 0, "the first article is no earlier one's copy");
    free(same);
    CHECK_INT(ng_stories_add(st, 2, &r, &same), 0, "the other report is not the same story");
    free(same);
    size_t n = ng_stories_add(st, 3, &s, &same);
    CHECK(n == 1 && same[0] == 1, "the syndicated copy is the first article's story");
    free(same);
    n = ng_stories_add(st, 4, &e, &same);
    CHECK(n == 2 && same[0] == 1 && same[1] == 3, "the edited copy: both earlier copies, in the order added");
    free(same);
    CHECK_INT(ng_stories_add(st, 3, &s, &same), 0, "an article added again is not its own copy");
    free(same);
    ng_stories_forget(st, 1);
    n = ng_stories_add(st, 5, &o, &same);
    CHECK(n == 2 && same[0] == 3 && same[1] == 4, "a forgotten article is no one's copy any more");
    free(same);
    ng_stories_free(st);
}

/* Many articles: the index grows, finds each copy and nothing else, and
 * the journal records what changed. */
static void test_index(void)
{
    ng_stories *st = ng_stories_new();
    ng_stories_journal(st, 1);
    uint64_t x = 88172645463325252ULL;
    enum { N = 5000 };
    ng_sketch *ks = ng_xmalloc(N * sizeof *ks);
    size_t wrong = 0;
    for (int i = 0; i < N; i++) {
        for (int k = 0; k < NG_SKETCH_K; k++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            ks[i].v[k] = (uint16_t)x;
        }
        if (i % 10 == 9) {   /* every tenth a copy of the one before, 40 slots kept */
            ks[i] = ks[i - 1];
            for (int k = 0; k < NG_SKETCH_K - 40; k++)
                ks[i].v[k * 2 % NG_SKETCH_K] ^= 0x5a5a;
        }
        uint64_t *same = NULL;
        size_t n = ng_stories_add(st, (uint64_t)i + 100, &ks[i], &same);
        int want = i % 10 == 9;
        if (n != (size_t)want || (want && same[0] != (uint64_t)i + 99))
            wrong++;
        free(same);
    }
    CHECK_INT(wrong, 0, "5,000 articles: each copy found, no other pair");
    ng_stories_forget(st, 100);
    size_t nj;
    ng_story_change *j = ng_stories_take(st, &nj);
    CHECK(nj == N + 1 && j[0].id == 100 && !j[0].gone && j[N].id == 100 && j[N].gone,
          "the journal holds each add and the forget, in order");
    free(j);
    j = ng_stories_take(st, &nj);
    CHECK_INT(nj, 0, "and is empty once taken");
    free(j);
    free(ks);
    ng_stories_free(st);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    ng_buf b;
    ng_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        ng_buf_add(&b, chunk, n);
    fclose(f);
    *len = b.len;
    ng_buf_addc(&b, 0);
    return b.data;
}

/* The agreement of every pair of files, highest first. */
static int measure(const ng_kb *kb, int n, char **paths)
{
    ng_sketch *ks = ng_xcalloc((size_t)n, sizeof *ks);
    for (int i = 0; i < n; i++) {
        size_t len;
        char *text = read_file(paths[i], &len);
        ng_article *a = NULL;
        char err[256];
        if (text && ng_article_extract(&a, kb, paths[i], (const unsigned char *)text, len, NULL, err, sizeof err) ==
                        NG_OK)
            ng_sketch_of(&a->doc, &ks[i]);
        ng_article_free(a);
        free(text);
    }
    int hist[NG_SKETCH_K + 1] = {0};
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            int g = ng_sketch_agree(&ks[i], &ks[j]);
            hist[g]++;
            if (g >= 8)
                printf("%2d %s %s\n", g, paths[i], paths[j]);
        }
    for (int g = NG_SKETCH_K; g >= 0; g--)
        if (hist[g])
            printf("# agreement %2d: %d pairs\n", g, hist[g]);
    free(ks);
    return 0;
}

int main(int argc, char **argv)
{
    ng_kb *kb = check_kb();
    if (argc > 1) {
        int rc = measure(kb, argc - 1, argv + 1);
        ng_kb_free(kb);
        return rc;
    }
    test_texts(kb);
    test_index();
    ng_kb_free(kb);
    CHECK_DONE();
}
