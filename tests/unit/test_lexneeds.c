/*
 * test_lexneeds.c - the lexicon classes and settings the C extractors ask
 * for (src/lexneeds.h) are resolved at load: one missing is an error that
 * names it, never a class that silently matches nothing.
 *
 * Each case writes its own small data directory: a lexicon made from the
 * list of lexneeds.h, less the one entry the case leaves out.
 */
#include "article.h"
#include "check.h"
#include "check_article.h"
#include "lexneeds.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const classes[] = {
#define NAME(id, name) name,
    NG_LEX_CLASSES(NAME)
#undef NAME
};
static const char *const settings[] = {
#define NAME(id, name) name,
    NG_LEX_SETTINGS(NAME)
#undef NAME
};
#define NCLASSES (sizeof classes / sizeof *classes)
#define NSETTINGS (sizeof settings / sizeof *settings)

static char dir[64];
static char file[128];

/* Writes dir/lexicon.ttl with every class and setting but skip (NULL: all),
 * and extra appended. */
static void write_lexicon(const char *skip, const char *extra)
{
    FILE *f = fopen(file, "w");
    if (!f) {
        printf("Bail out! cannot write %s\n", file);
        exit(1);
    }
    fprintf(f, "@prefix lex: <https://w3id.org/newsgraph/lexicon#> .\n");
    for (size_t i = 0; i < NCLASSES; i++)
        if (!skip || strcmp(skip, classes[i]) != 0)
            fprintf(f, "lex:%s lex:term \"zzword%zu\" .\n", classes[i], i);
    for (size_t i = 0; i < NSETTINGS; i++)
        if (!skip || strcmp(skip, settings[i]) != 0)
            fprintf(f, "lex:%s lex:window %zu .\n", settings[i], i + 1);
    fputs(extra ? extra : "", f);
    fclose(f);
}

/* Loads dir as ng_kb_open does, and returns the error ("" when none). */
static const char *open_error(void)
{
    static char err[512];
    ng_kb *kb = NULL;
    err[0] = '\0';
    if (ng_kb_open(&kb, dir, NULL, 0, err, sizeof err) == NG_OK)
        ng_kb_close(kb);
    return err;
}

static void test_complete(void)
{
    write_lexicon(NULL, NULL);
    ng_kb *kb = ng_kb_new();
    char err[512] = "";
    CHECK_INT(ng_kb_load(kb, file, err, sizeof err), 0, "a lexicon with every class loads");
    ng_kb_finish(kb);
    CHECK_INT(ng_kb_check_needs(kb, err, sizeof err), 0, "a lexicon with every class and setting passes the check");
    CHECK_INT(ng_kb_window(kb, NG_LW_MEETING_MODAL_LOOKBACK), 1, "a setting has the value the data gives");
    ng_kb_free(kb);
}

static void test_missing_class(void)
{
    write_lexicon("meeting-trigger", NULL);
    const char *err = open_error();
    CHECK(strstr(err, "lex:meeting-trigger") != NULL, "a class the C asks for and the lexicon lacks is an error naming it");
    /* a misspelt class is no class: "meeting-triger" does not stand in */
    write_lexicon("event-head", "lex:event-haed lex:term \"summit\" .\n");
    err = open_error();
    CHECK(strstr(err, "lex:event-head") != NULL, "a misspelt class in the data leaves the class asked for missing");
    CHECK(strstr(err, "lexicon.ttl") && strstr(err, "lex:event-haed"),
          "the error names the file that gives the near spelling, and that spelling");
    /* the classes of the page reader, the sentence splitter and the rule
     * engine are asked for by handle as well */
    write_lexicon("abbreviation", NULL);
    err = open_error();
    CHECK(strstr(err, "lex:abbreviation") && strstr(err, dir), "a class the sentence splitter reads is checked, naming the data");
    write_lexicon("clause-boundary", NULL);
    err = open_error();
    CHECK(strstr(err, "lex:clause-boundary") != NULL, "the rule engine's clause boundary is a class asked for");
}

static void test_missing_setting(void)
{
    write_lexicon("portfolio-reach", NULL);
    const char *err = open_error();
    CHECK(strstr(err, "lex:portfolio-reach") != NULL, "a setting the C reads and the lexicon lacks is an error naming it");
}

static void test_bad_window(void)
{
    write_lexicon(NULL, "lex:glue-lookback lex:window \"many\" .\n");
    const char *err = open_error();
    CHECK(strstr(err, "lexicon.ttl") && strstr(err, "lex:glue-lookback"),
          "a window that is no number is an error naming the file and the setting");
}

/* A setting is read, not decorative: the shipped data with one window
 * changed by a later file (as --gazetteer FILE does) changes what is
 * found. change-clause-reach bounds how far after the comma of ", with an
 * increase of 9 percent ..." the change is read. */
static void test_setting_is_live(void)
{
    static const char text[] = "MINSK, 15 July (BelTA) - Belarus and Rostov Oblast discussed cooperation.\n"
                               "In 2023, trade between Belarus and Rostov Oblast reached $500 million, with an "
                               "increase of 9 percent in comparison with the year before.\n";
    FILE *f = fopen(file, "w");
    if (!f)
        return;
    fputs("@prefix lex: <https://w3id.org/newsgraph/lexicon#> .\nlex:change-clause-reach lex:window 1 .\n", f);
    fclose(f);
    for (int narrow = 0; narrow < 2; narrow++) {
        ng_kb *kb = NULL;
        char err[512] = "";
        const char *extra[1] = {file};
        if (ng_kb_open(&kb, NG_TEST_DATA_DIR, extra, narrow ? 1 : 0, err, sizeof err) != NG_OK) {
            printf("# %s\n", err);
            CHECK(0, "the shipped data loads with the override");
            continue;
        }
        ng_article *a = check_extract(kb, text);
        int change = a && a->claims.len == 1 && a->claims.items[0].has_change;
        CHECK_INT(change, !narrow, narrow ? "a window of 1 after the comma reads no change: the setting is live"
                                          : "the shipped change-clause-reach reads the change of the clause");
        ng_article_free(a);
        ng_kb_close(kb);
    }
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/ng-lexneeds-%ld", (long)getpid());
    snprintf(file, sizeof file, "%s/lexicon.ttl", dir);
    if (mkdir(dir, 0700) != 0) {
        printf("Bail out! cannot make %s\n", dir);
        return 1;
    }
    test_complete();
    test_missing_class();
    test_missing_setting();
    test_bad_window();
    test_setting_is_live();
    unlink(file);
    rmdir(dir);
    CHECK_DONE();
}
