/*
 * test_rules.c - every rule of ontology/rules through the whole pipeline,
 * with its own examples and counterexamples; then the pattern language
 * construct by construct, and the loader's errors.
 *
 * An example passes when the rule fired on it and some fact of the rule's
 * frame has every slot the example expects (a fact the C extractors found
 * first and the rule completed counts: the rule's match is merged into it).
 * A counterexample passes when the rule did not fire.
 */
#include "article.h"
#include "check.h"
#include "rules/frames.h"
#include "rules/ruleset.h"

#include <strings.h>
#include <unistd.h>

static ng_kb *kb;

static ng_article *extract(const char *text)
{
    ng_article *a = NULL;
    char err[256];
    ng_input_meta meta = {NULL, "2024-06-01", NULL, 1};
    if (ng_article_extract(&a, kb, "example", (const unsigned char *)text, strlen(text), &meta, err, sizeof err))
        printf("# %s\n", err);
    return a;
}

static int fired(const ng_article *a, const ng_rule *r)
{
    for (size_t i = 0; i < a->fired.len; i++)
        if (a->fired.items[i] == r)
            return 1;
    return 0;
}

static int person_is(const ng_article *a, int p, const char *name)
{
    return p >= 0 && strcasecmp(a->mentions.persons[p].label, name) == 0;
}

static int event_has(const ng_article *a, const ng_event *e, const char *slot, const char *v)
{
    char buf[16];
    if (strcmp(slot, "participant") == 0) {
        for (int i = 0; i < e->nparticipants; i++)
            if (person_is(a, e->participants[i], v))
                return 1;
        return 0;
    }
    if (strcmp(slot, "location") == 0)
        return e->location && strcasecmp(e->location->label, v) == 0;
    if (strcmp(slot, "date") == 0) {
        ng_date_format(e->date, buf);
        return e->date.y && strcmp(buf, v) == 0;
    }
    if (strcmp(slot, "mode") == 0)
        return e->mode == (strcmp(v, "remote") == 0 ? NG_MODE_REMOTE : NG_MODE_IN_PERSON);
    if (strcmp(slot, "name") == 0)
        return e->label && strcasecmp(e->label, v) == 0;
    if (strcmp(slot, "edition") == 0)
        return e->edition == atoi(v);
    return 0;
}

static int position_has(const ng_article *a, const ng_xposition *p, const char *slot, const char *v)
{
    if (strcmp(slot, "person") == 0)
        return person_is(a, p->person, v);
    if (strcmp(slot, "type") == 0 || strcmp(slot, "office") == 0)
        return strcmp(p->type, v) == 0;
    if (strcmp(slot, "jurisdiction") == 0)
        return p->jurisdiction && strcasecmp(p->jurisdiction->label, v) == 0;
    return 0;
}

/* Does one fact of frame have every "slot=value" of ex? */
static int some_fact_matches(const ng_article *a, int frame, const ng_example *ex)
{
    size_t n = frame == NG_FRAME_POSITION ? a->mentions.npositions : a->events.len;
    for (size_t i = 0; i < n; i++) {
        const ng_event *e = frame == NG_FRAME_POSITION ? NULL : &a->events.items[i];
        if (e && e->is_forum != (frame == NG_FRAME_FORUM))
            continue;
        size_t ok = 0;
        for (size_t k = 0; k < ex->nexpect; k++) {
            char slot[64];
            const char *eq = strchr(ex->expect[k], '=');
            snprintf(slot, sizeof slot, "%.*s", (int)(eq - ex->expect[k]), ex->expect[k]);
            ok += e ? event_has(a, e, slot, eq + 1) : position_has(a, &a->mentions.positions[i], slot, eq + 1);
        }
        if (ok == ex->nexpect)
            return 1;
    }
    return 0;
}

static void run_examples(const ng_ruleset *rs)
{
    for (size_t i = 0; i < rs->len; i++) {
        const ng_rule *r = rs->rules[i];
        char what[512];
        for (size_t k = 0; k < r->nexamples; k++) {
            ng_article *a = extract(r->examples[k].text);
            snprintf(what, sizeof what, "%s: example %zu fires", r->id, k + 1);
            CHECK(a && fired(a, r), what);
            snprintf(what, sizeof what, "%s: example %zu gives its slots", r->id, k + 1);
            CHECK(a && some_fact_matches(a, r->frame, &r->examples[k]), what);
            ng_article_free(a);
        }
        for (size_t k = 0; k < r->ncounter; k++) {
            ng_article *a = extract(r->counter[k]);
            snprintf(what, sizeof what, "%s: counterexample %zu does not fire", r->id, k + 1);
            CHECK(a && !fired(a, r), what);
            ng_article_free(a);
        }
    }
}

/* ---- the pattern language ------------------------------------------- */

/* Matches src against text; returns the matched token count (0: none)
 * and the text of capture cap (when asked) in out. */
static size_t try_pattern(const char *src, const char *text, const char *cap, char *out, size_t outlen)
{
    char err[256];
    ng_pattern *p = ng_pattern_compile(src, kb, err, sizeof err);
    if (!p) {
        printf("# %s: %s\n", src, err);
        return 0;
    }
    ng_article *a = extract(text);
    ng_annots an;
    ng_annots_build(&an, &a->doc, &a->sentences, &a->mentions, kb);
    ng_annots_sentence(&an, 0, NG_A_LAZY_MASK);
    ng_pmatch m;
    const ng_tokens *t = &a->doc.toks;
    size_t n = 0;
    if (ng_pattern_search(p, t, &an, 0, t->ntok, &m)) {
        n = m.end - m.start;
        int ci = cap ? ng_pattern_cap_index(p, cap) : -1;
        if (ci >= 0 && out) {
            size_t b = t->toks[m.cap[ci][0]].start, e = t->toks[m.cap[ci][1] - 1].end;
            snprintf(out, outlen, "%.*s", (int)(e - b), t->text + b);
        }
    }
    ng_annots_free(&an);
    ng_article_free(a);
    ng_pattern_free(p);
    return n;
}

static void test_constructs(void)
{
    char got[256] = "";
    CHECK_INT(try_pattern("held talks", "They HELD Talks today.", NULL, NULL, 0), 2, "a phrase, any case");
    CHECK_INT(try_pattern("\"tete-a-tete\"", "A tete-a-tete followed.", NULL, NULL, 0), 5, "a quoted literal");
    CHECK_INT(try_pattern("@remote-cue", "They used a video link.", NULL, NULL, 0), 2, "a lexicon class (longest phrase)");
    CHECK_INT(try_pattern("who=:PERSON met", "Vladimir Putin met them.", "who", got, sizeof got), 3,
              "an annotation type");
    CHECK_STR(got, "Vladimir Putin", "a named capture");
    CHECK_INT(try_pattern("the [cap] [lower]", "See the Grand hall.", NULL, NULL, 0), 3, "token kinds");
    CHECK_INT(try_pattern("a (b | c d) e", "x a c d e", NULL, NULL, 0), 4, "alternation in a group");
    CHECK_INT(try_pattern("a b? c", "a c", NULL, NULL, 0), 2, "an optional element");
    CHECK_INT(try_pattern("a b{2,3} c", "a b b b c", NULL, NULL, 0), 5, "a bounded repetition");
    CHECK_INT(try_pattern("a b{2,3} c", "a b c", NULL, NULL, 0), 0, "too few repetitions");
    CHECK_INT(try_pattern("a b+ c", "a b b c", NULL, NULL, 0), 4, "one or more");
    CHECK_INT(try_pattern("a ...{0,2} c", "a x y c", NULL, NULL, 0), 4, "a bounded gap");
    CHECK_INT(try_pattern("a ...{0,1} c", "a x y c", NULL, NULL, 0), 0, "a gap too short");
    CHECK_INT(try_pattern("a ...{0,4} c", "a x; y c", NULL, NULL, 0), 0, "a gap stops at ';'");
    CHECK_INT(try_pattern("a ...{0,4} c", "a x which y c", NULL, NULL, 0), 0, "a gap stops at a clause boundary");
    CHECK_INT(try_pattern("a ...!{0,4} c", "a x which y c", NULL, NULL, 0), 5, "...! crosses it");
    CHECK_INT(try_pattern("n=:ORDINAL session", "The XI session opened.", NULL, NULL, 0), 2, "a Roman ordinal");
    CHECK_INT(try_pattern("n=:ORDINAL session", "The 10th session opened.", NULL, NULL, 0), 3, "a numeric ordinal");
    CHECK_INT(try_pattern("on d=:DATE", "It was on 5 May 2024 indeed.", "d", got, sizeof got), 4, "a date span");
    CHECK_STR(got, "5 May 2024", "the date's capture");
}

static void test_guards(void)
{
    char err[512];
    ng_ruleset *rs = ng_ruleset_new();
    char path[] = "/tmp/ng_test_rules_XXXXXX";
    int fd = mkstemp(path);
    const char *ttl =
        "@prefix rule: <https://w3id.org/newsgraph/rules#> .\n"
        "<urn:r:guarded> a rule:Rule ; rule:frame rule:Meeting ; rule:pattern \"a=:PERSON met b=:PERSON\" ;\n"
        "  rule:bind \"participant=a\", \"participant=b\" ;\n"
        "  rule:unless [ rule:pattern \"secretly\" ; rule:scope \"after 2\" ] ;\n"
        "  rule:example \"Vladimir Putin met Aleksandr Lukashenko.\" .\n";
    CHECK(fd >= 0 && write(fd, ttl, strlen(ttl)) == (ssize_t)strlen(ttl), "a rule file written");
    close(fd);
    CHECK_INT(ng_ruleset_load(rs, kb, path, err, sizeof err), 1, "a rule loaded");
    ng_ruleset_finish(rs);
    const ng_rule *r = rs->rules[0];
    const char *texts[] = {"Vladimir Putin met Aleksandr Lukashenko in Minsk.",
                           "Vladimir Putin met Aleksandr Lukashenko secretly.",
                           "Vladimir Putin met Aleksandr Lukashenko in Minsk, not secretly."};
    int expect[] = {1, 0, 1};
    for (int i = 0; i < 3; i++) {
        ng_article *a = extract(texts[i]);
        ng_annots an;
        ng_annots_build(&an, &a->doc, &a->sentences, &a->mentions, kb);
        const ng_sentence *sen = &a->sentences.items[0];
        ng_pmatch m;
        int ok = ng_pattern_search(r->pattern, &a->doc.toks, &an, sen->tok_start, sen->tok_end, &m) &&
                 ng_rule_guards_pass(r, kb, &a->doc.toks, &an, sen, &m);
        CHECK_INT(ok, expect[i], i == 1 ? "an unless-guard in its window blocks" : "a guard elsewhere does not");
        ng_annots_free(&an);
        ng_article_free(a);
    }
    unlink(path);
    ng_ruleset_free(rs);
}

/* A bad rule file: the error names the file, the rule and what is wrong. */
static void bad_rule(const char *body, const char *want, const char *what)
{
    char path[] = "/tmp/ng_test_bad_XXXXXX";
    int fd = mkstemp(path);
    char ttl[2048];
    snprintf(ttl, sizeof ttl,
             "@prefix rule: <https://w3id.org/newsgraph/rules#> .\n"
             "<urn:r:broken> a rule:Rule ; rule:frame rule:Meeting ;\n%s .\n", body);
    if (fd < 0 || write(fd, ttl, strlen(ttl)) != (ssize_t)strlen(ttl))
        printf("# cannot write %s\n", path);
    close(fd);
    ng_ruleset *rs = ng_ruleset_new();
    char err[512] = "";
    int n = ng_ruleset_load(rs, kb, path, err, sizeof err);
    CHECK(n < 0 && strstr(err, path) && strstr(err, "broken") && strstr(err, want), what);
    if (!(n < 0 && strstr(err, want)))
        printf("#   got \"%s\"\n", err);
    ng_ruleset_free(rs);
    unlink(path);
}

static void test_errors(void)
{
    bad_rule("rule:pattern \"@meetin-trigger\" ; rule:example \"x\"", "unknown lexicon class @meetin-trigger",
             "an unknown class names itself");
    bad_rule("rule:pattern \":PERSN\" ; rule:example \"x\"", "unknown annotation type :PERSN",
             "an unknown annotation type");
    bad_rule("rule:pattern \"(a b\" ; rule:example \"x\"", "')' expected", "an unclosed group");
    bad_rule("rule:pattern \"a{3,1}\" ; rule:example \"x\"", "bad repetition", "bad bounds");
    bad_rule("rule:pattern \"a=:PERSON\" ; rule:bind \"participant=z\" ; rule:example \"x\"", "no capture \"z\"",
             "an unknown capture");
    bad_rule("rule:pattern \"a=:PERSON\" ; rule:bind \"edition=a\" ; rule:example \"x\"",
             "no slot \"edition\" in frame Meeting", "a slot of another frame");
    bad_rule("rule:pattern \"met\"", "no rule:example", "a rule without examples");
    bad_rule("rule:pattern \"met\" ; rule:set \"date=today\" ; rule:example \"x\"", "can only be \"unknown\"",
             "a date set to anything but unknown");
    bad_rule("rule:pattern \"met\" ; rule:set \"location=Minsk\" ; rule:example \"x\"", "filled from a capture",
             "a slot that only a capture fills");
    bad_rule("rule:pattern \"met\" ; rule:unless [ rule:pattern \"x\" ; rule:scope \"nearby\" ] ; "
             "rule:example \"x\"", "unknown scope", "an unknown guard scope");
}

int main(void)
{
    char err[1024];
    if (ng_kb_open(&kb, NG_TEST_DATA_DIR, NULL, 0, err, sizeof err)) {
        printf("not ok 1 - kb: %s\n", err);
        return 1;
    }
    const ng_ruleset *rs = ng_kb_rules(kb);
    CHECK(rs && rs->len > 0, "the rules of ontology/rules are loaded");
    run_examples(rs);
    test_constructs();
    test_guards();
    test_errors();
    ng_kb_close(kb);
    CHECK_DONE();
}
