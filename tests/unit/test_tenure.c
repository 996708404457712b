/*
 * test_tenure.c - offices the gazetteer says a person held, with their
 * tenure (ng:heldFrom, ng:heldUntil on ng:knownPosition). A reference
 * by office ("the Governor of Omsk Region") finds the person who held
 * that office on the article's day, and a title without a place takes
 * the place of the office held then. A tenure in a bad shape and a link
 * to no place are load errors that name what is wrong.
 *
 * The person and the sentences are made up for this test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "article.h"
#include "check.h"

static const char *person_ttl =
    "@prefix ng: <https://w3id.org/newsgraph/ns#> .\n"
    "@prefix place: <https://w3id.org/newsgraph/id/place/> .\n"
    "@prefix person: <https://w3id.org/newsgraph/id/person/> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "person:pavel-testerov a ng:Person ; rdfs:label \"Pavel Testerov\" ;\n"
    "  ng:knownPosition [ ng:positionType ng:Governor ; ng:jurisdiction place:omsk-region ;\n"
    "                     ng:heldFrom \"2015\" ; ng:heldUntil \"2019-06\" ] ,\n"
    "                   [ ng:positionType ng:Minister ; ng:jurisdiction place:russia ; ng:heldFrom \"2019-06-20\" ] .\n";

/* Writes text to a new temporary file; returns its path (static buffer). */
static const char *temp_ttl(const char *text)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/ng_tenure_XXXXXX");
    int fd = mkstemp(path);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    if (!f) {
        printf("Bail out! cannot write a temporary file\n");
        exit(1);
    }
    fputs(text, f);
    fclose(f);
    return path;
}

static int open_with(const char *ttl, ng_kb **kb, char *err, size_t errlen)
{
    const char *path = temp_ttl(ttl);
    const char *extra[] = {path};
    int rc = ng_kb_open(kb, NG_TEST_DATA_DIR, extra, 1, err, errlen);
    unlink(path);
    return rc;
}

static void test_office_by_day(const ng_kb *kb)
{
    const ng_person *p = ng_kb_person_by_fold(kb, "pavel-testerov");
    CHECK(p != NULL, "tenure: the test person is loaded");
    const ng_known_position *k = ng_person_known(p, NULL, 20180301);
    CHECK_STR(k ? k->type : "(none)", "Governor", "tenure: in 2018 the person was governor");
    CHECK_STR(k && k->jurisdiction ? k->jurisdiction->slug : "(none)", "omsk-region",
              "tenure: governor of Omsk Region");
    k = ng_person_known(p, NULL, 20220101);
    CHECK_STR(k ? k->type : "(none)", "Minister", "tenure: in 2022 the person was minister");
    CHECK(ng_person_known(p, "Governor", 20220101) == NULL, "tenure: no longer governor in 2022");
    CHECK(ng_person_known(p, "Minister", 20190619) == NULL, "tenure: not yet minister the day before");
    k = ng_person_known(p, NULL, 20190620);
    CHECK_STR(k ? k->type : "(none)", "Minister", "tenure: on the day of a move, the newer appointment");
    k = ng_person_known(p, NULL, 0);
    CHECK_STR(k ? k->type : "(none)", "Governor", "tenure: on an unknown day, the first office listed");
}

/* The position an article gives the person, as "Type of slug" or "Type". */
static void position_of(const ng_article *a, const char *slug, char *out, size_t n)
{
    snprintf(out, n, "(none)");
    for (size_t i = 0; a && i < a->mentions.npositions; i++) {
        const ng_xposition *x = &a->mentions.positions[i];
        if (strcmp(a->mentions.persons[x->person].slug, slug) != 0)
            continue;
        snprintf(out, n, "%s%s%s", x->type, x->jurisdiction ? " of " : "",
                 x->jurisdiction ? x->jurisdiction->slug : "");
        return;
    }
}

static void check_reference(const ng_kb *kb, const char *day, const char *want, const char *what)
{
    const char *text = "Aleksandr Lukashenko held talks with the Governor of Omsk Region in Minsk.\n"
                       "Pavel Testerov said the region would buy tractors.\n";
    ng_article *a = NULL;
    char err[256], got[128];
    ng_input_meta meta = {NULL, day, NULL, 1};
    if (ng_article_extract(&a, kb, "t.txt", (const unsigned char *)text, strlen(text), &meta, err, sizeof err) !=
        NG_OK)
        printf("# extraction failed: %s\n", err);
    position_of(a, "pavel-testerov", got, sizeof got);
    CHECK_STR(got, want, what);
    ng_article_free(a);
}

static void test_bad_data(void)
{
    ng_kb *kb = NULL;
    char err[512] = "";
    char *bad = malloc(strlen(person_ttl) + 1);
    strcpy(bad, person_ttl);
    memcpy(strstr(bad, "\"2019-06\""), "\"2019/06\"", 9);
    CHECK(open_with(bad, &kb, err, sizeof err) != 0, "tenure: a malformed date is a load error");
    CHECK(strstr(err, "pavel-testerov") && strstr(err, "heldUntil"), "tenure: the error names the person and the property");
    strcpy(bad, person_ttl);
    memcpy(strstr(bad, "place:omsk-region"), "place:omsk-nowher", 17);
    err[0] = '\0';
    CHECK(open_with(bad, &kb, err, sizeof err) != 0, "tenure: a link to no place is a load error");
    CHECK(strstr(err, "omsk-nowher") != NULL, "tenure: the error names the missing place");
    free(bad);
}

int main(void)
{
    ng_kb *kb = NULL;
    char err[512];
    if (open_with(person_ttl, &kb, err, sizeof err) != 0) {
        printf("Bail out! %s\n", err);
        return 1;
    }
    test_office_by_day(kb);
    check_reference(kb, "2018-03-01", "Governor of omsk-region",
                    "tenure: 'the Governor of Omsk Region' in 2018 is the person who governed it then");
    check_reference(kb, "2023-03-01", "(none)",
                    "tenure: in 2023 the person no longer governs Omsk Region, so the reference is not theirs");
    ng_kb_free(kb);
    test_bad_data();
    CHECK_DONE();
}
