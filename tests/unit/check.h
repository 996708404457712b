/*
 * check.h - the unit tests' few macros. Each check prints one TAP line,
 * "ok N - what" or "not ok N - what" with the values that differed; main
 * ends with CHECK_DONE(), which exits 1 when any check failed.
 *
 * The knowledge base comes from the repository's ontology/ directory
 * (NG_TEST_DATA_DIR, set by tests/CMakeLists.txt): the tests exercise the
 * recognizers with the data users get, not with a private copy.
 */
#ifndef NG_CHECK_H
#define NG_CHECK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kb.h"
#include "newsgraph.h"

static int check_run_;
static int check_failed_;

static void check_report_(int ok, const char *what, const char *file, int line)
{
    check_run_++;
    if (!ok)
        check_failed_++;
    printf("%sok %d - %s\n", ok ? "" : "not ", check_run_, what);
    if (!ok)
        printf("#   at %s:%d\n", file, line);
}

#define CHECK(cond, what) check_report_((cond) != 0, (what), __FILE__, __LINE__)

#define CHECK_INT(actual, expected, what)                                                          \
    do {                                                                                           \
        long long a_ = (long long)(actual), e_ = (long long)(expected);                            \
        check_report_(a_ == e_, (what), __FILE__, __LINE__);                                       \
        if (a_ != e_)                                                                              \
            printf("#   expected %lld, got %lld\n", e_, a_);                                      \
    } while (0)

#define CHECK_STR(actual, expected, what)                                                          \
    do {                                                                                           \
        const char *a_ = (actual), *e_ = (expected);                                               \
        int same_ = (a_ == NULL && e_ == NULL) || (a_ && e_ && strcmp(a_, e_) == 0);               \
        check_report_(same_, (what), __FILE__, __LINE__);                                          \
        if (!same_)                                                                                \
            printf("#   expected \"%s\", got \"%s\"\n", e_ ? e_ : "(null)", a_ ? a_ : "(null)");  \
    } while (0)

#define CHECK_DONE()                                                                               \
    do {                                                                                           \
        printf("1..%d\n", check_run_);                                                             \
        if (check_failed_)                                                                         \
            printf("# %d of %d checks failed\n", check_failed_, check_run_);                       \
        return check_failed_ ? 1 : 0;                                                              \
    } while (0)

/* The knowledge base of ontology/, loaded once per test program; exits
 * when it cannot be loaded, since no check would mean anything. */
static inline ng_kb *check_kb(void)
{
    ng_kb *kb = NULL;
    char err[512];
    if (ng_kb_open(&kb, NG_TEST_DATA_DIR, NULL, 0, err, sizeof err) != 0) {
        printf("Bail out! %s\n", err);
        exit(1);
    }
    return kb;
}

#endif
