/*
 * test_memstore.c - newsgraph's in-memory librdf storage (store/memstore.h):
 * adds, duplicate adds, finds with every combination of bound positions
 * (checked against a plain scan of what was added, in insertion order),
 * literals with datatype and language, blank nodes, an empty model, what
 * it refuses, and a SPARQL query through rasqal over it.
 */
#include <librdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "store/memstore.h"
#include "util.h"

#define EX "http://example.org/"
#define XSD "http://www.w3.org/2001/XMLSchema#"

static librdf_world *world;
static int logged_errors;
static char last_error[256];

/* librdf's messages, kept for the checks instead of printed. */
static int on_log(void *data, librdf_log_message *msg)
{
    (void)data;
    if (librdf_log_message_level(msg) >= LIBRDF_LOG_ERROR) {
        logged_errors++;
        snprintf(last_error, sizeof last_error, "%s", librdf_log_message_message(msg));
    }
    return 1;
}

static librdf_node *iri(const char *local)
{
    char buf[256];
    snprintf(buf, sizeof buf, EX "%s", local);
    return librdf_new_node_from_uri_string(world, (const unsigned char *)buf);
}

static librdf_node *literal(const char *text, const char *lang, const char *dt)
{
    librdf_uri *u = dt ? librdf_new_uri(world, (const unsigned char *)dt) : NULL;
    librdf_node *n = librdf_new_node_from_typed_literal(world, (const unsigned char *)text, lang, u);
    if (u)
        librdf_free_uri(u);
    return n;
}

static librdf_node *blank(const char *id)
{
    return librdf_new_node_from_blank_identifier(world, (const unsigned char *)id);
}

static librdf_node *copy(librdf_node *n)
{
    return n ? librdf_new_node_from_node(n) : NULL;
}

static librdf_model *new_model(void)
{
    if (ng_memstore_register(world) != 0)
        return NULL;
    librdf_storage *st = librdf_new_storage(world, NG_MEMSTORE_NAME, NULL, NULL);
    librdf_model *m = st ? librdf_new_model(world, st, NULL) : NULL;
    if (st)
        librdf_free_storage(st);   /* the model holds a reference */
    return m;
}

/* Adds (s p o), taking the nodes; librdf_model_add_statement's status. */
static int add(librdf_model *m, librdf_node *s, librdf_node *p, librdf_node *o)
{
    librdf_statement *st = librdf_new_statement_from_nodes(world, s, p, o);
    int rc = librdf_model_add_statement(m, st);
    librdf_free_statement(st);
    return rc;
}

/* A statement as an N-Triples line (without the final dot) into b. */
static void statement_text(ng_buf *b, librdf_statement *st)
{
    raptor_term *t[3] = {st->subject, st->predicate, st->object};
    for (int k = 0; k < 3; k++) {
        unsigned char *text = raptor_term_to_string(t[k]);
        ng_buf_printf(b, "%s%s", k ? " " : "", (const char *)text);
        raptor_free_memory(text);
    }
    ng_buf_addc(b, '\n');
}

/* The statements of a stream, one N-Triples-like line each, into b; the
 * stream is freed. Returns how many. */
static int drain(librdf_stream *st, ng_buf *b)
{
    int n = 0;
    ng_buf_clear(b);
    for (; st && !librdf_stream_end(st); librdf_stream_next(st), n++) {
        statement_text(b, librdf_stream_get_object(st));
    }
    if (st)
        librdf_free_stream(st);
    return n;
}

static int find(librdf_model *m, librdf_node *s, librdf_node *p, librdf_node *o, ng_buf *b)
{
    librdf_statement *pat = librdf_new_statement_from_nodes(world, copy(s), copy(p), copy(o));
    int n = drain(librdf_model_find_statements(m, pat), b);
    librdf_free_statement(pat);
    return n;
}

static void test_empty(void)
{
    librdf_model *m = new_model();
    CHECK(m != NULL, "empty: a model in the storage");
    CHECK_INT(librdf_model_size(m), 0, "empty: size 0");
    ng_buf b;
    ng_buf_init(&b);
    CHECK_INT(drain(librdf_model_as_stream(m), &b), 0, "empty: its stream is empty");
    librdf_node *x = iri("x");
    CHECK_INT(find(m, x, NULL, NULL, &b), 0, "empty: a find is empty");
    CHECK_INT(find(m, NULL, NULL, NULL, &b), 0, "empty: a find of anything is empty");
    librdf_statement *st = librdf_new_statement_from_nodes(world, copy(x), iri("p"), iri("y"));
    CHECK_INT(librdf_model_contains_statement(m, st), 0, "empty: contains nothing");
    librdf_free_statement(st);
    librdf_free_node(x);
    ng_buf_free(&b);
    librdf_free_model(m);
}

static void test_add_and_duplicates(void)
{
    librdf_model *m = new_model();
    CHECK_INT(add(m, iri("a"), iri("p"), iri("b")), 0, "add: a statement");
    CHECK_INT(add(m, iri("a"), iri("p"), literal("b", NULL, NULL)), 0, "add: a literal object");
    CHECK_INT(add(m, iri("a"), iri("p"), iri("b")), 0, "add: the same statement again succeeds");
    CHECK_INT(librdf_model_size(m), 2, "add: a duplicate is not added (size 2)");
    /* add_statements, from the model's own statements copied elsewhere */
    librdf_model *m2 = new_model();
    librdf_stream *all = librdf_model_as_stream(m);
    CHECK_INT(librdf_model_add_statements(m2, all), 0, "add_statements: a stream");
    librdf_free_stream(all);
    all = librdf_model_as_stream(m);
    librdf_model_add_statements(m2, all);
    librdf_free_stream(all);
    CHECK_INT(librdf_model_size(m2), 2, "add_statements: twice the same stream, two statements");
    CHECK(add(m, literal("x", NULL, NULL), iri("p"), iri("b")) > 0, "add: a literal subject is refused");
    CHECK(add(m, iri("a"), blank("p"), iri("b")) > 0, "add: a blank predicate is refused");
    CHECK_INT(librdf_model_size(m), 2, "add: refused statements are not added");
    librdf_statement *st = librdf_new_statement_from_nodes(world, iri("a"), iri("p"), iri("b"));
    int before = logged_errors;
    CHECK(librdf_model_remove_statement(m, st) != 0, "remove: refused (not supported)");
    CHECK(logged_errors == before + 1 && strstr(last_error, "cannot be removed"), "remove: an error says so");
    CHECK_INT(librdf_model_size(m), 2, "remove: nothing removed");
    librdf_free_statement(st);
    librdf_free_model(m2);
    librdf_free_model(m);
}

/* The graph of the find checks: subjects, predicates and objects that
 * overlap (a term is a subject and an object), literals that differ only
 * in datatype or language, blank nodes, and duplicates. */
typedef struct {
    const char *s, *p, *o;
} spec;

static const spec graph[] = {
    {"a", "p", "b"},      {"a", "p", "c"},      {"a", "q", "b"},      {"b", "p", "a"},
    {"_:x", "p", "a"},    {"a", "q", "_:x"},    {"_:y", "q", "_:x"},  {"a", "p", "\"1\""},
    {"a", "p", "\"1\"^^int"}, {"a", "p", "\"1\"@en"}, {"a", "p", "\"1\"@ru"}, {"b", "q", "\"1\"@en"},
    {"c", "r", "c"},      {"a", "p", "b"},      {"b", "p", "a"},      {"c", "p", "\"1\"^^int"},
};
#define NGRAPH (sizeof graph / sizeof graph[0])

/* The terms a find binds: every term of the graph and two it lacks. */
static const char *const terms[] = {
    "a", "b", "c", "p", "q", "r", "_:x", "_:y", "\"1\"", "\"1\"^^int", "\"1\"@en", "\"1\"@ru",
    "none", "\"1\"^^dec",
};
#define NTERMS (sizeof terms / sizeof terms[0])

static librdf_node *node_of(const char *t)
{
    if (strncmp(t, "_:", 2) == 0)
        return blank(t + 2);
    if (t[0] != '"')
        return iri(t);
    const char *tail = strchr(t + 1, '"') + 1;
    if (*tail == '@')
        return literal("1", tail + 1, NULL);
    if (strcmp(tail, "^^int") == 0)
        return literal("1", NULL, XSD "integer");
    if (strcmp(tail, "^^dec") == 0)
        return literal("1", NULL, XSD "decimal");
    return literal("1", NULL, NULL);
}

/* What a find must give: the graph's statements (first copies) that match,
 * in the order they were added. */
static int expected(const char *want[3], ng_buf *b)
{
    int n = 0;
    ng_buf_clear(b);
    for (size_t i = 0; i < NGRAPH; i++) {
        const char *f[3] = {graph[i].s, graph[i].p, graph[i].o};
        int dup = 0, hit = 1;
        for (size_t j = 0; j < i; j++)
            dup |= !strcmp(graph[j].s, f[0]) && !strcmp(graph[j].p, f[1]) && !strcmp(graph[j].o, f[2]);
        for (int k = 0; k < 3; k++)
            hit &= !want[k] || strcmp(want[k], f[k]) == 0;
        if (dup || !hit)
            continue;
        librdf_statement *st = librdf_new_statement_from_nodes(world, node_of(f[0]), node_of(f[1]), node_of(f[2]));
        statement_text(b, st);
        librdf_free_statement(st);
        n++;
    }
    return n;
}

/* One find with the positions in mask bound to the terms ti: the same
 * statements as the scan, in the same order. Returns 1 when they agree. */
static int find_agrees(librdf_model *m, int mask, const size_t ti[3], ng_buf *got, ng_buf *want)
{
    const char *w[3];
    librdf_node *n[3];
    for (int k = 0; k < 3; k++) {
        w[k] = mask & (1 << k) ? terms[ti[k]] : NULL;
        n[k] = w[k] ? node_of(w[k]) : NULL;
    }
    int a = find(m, n[0], n[1], n[2], got), e = expected(w, want);
    int same = a == e && got->len == want->len && (!got->len || memcmp(got->data, want->data, got->len) == 0);
    if (!same)
        printf("# find %s %s %s: got %d, expected %d\n%s", w[0] ? w[0] : "?", w[1] ? w[1] : "?",
               w[2] ? w[2] : "?", a, e, got->data ? got->data : "");
    for (int k = 0; k < 3; k++)
        if (n[k])
            librdf_free_node(n[k]);
    return same;
}

/* Every combination of bound positions (none; s; p; o; s p; s o; p o;
 * s p o), each bound position over every term. */
static void test_finds(void)
{
    librdf_model *m = new_model();
    for (size_t i = 0; i < NGRAPH; i++)
        add(m, node_of(graph[i].s), node_of(graph[i].p), node_of(graph[i].o));
    CHECK_INT(librdf_model_size(m), NGRAPH - 2, "finds: the graph holds its statements less two duplicates");
    static const char *const names[8] = {"nothing", "s", "p", "s p", "o", "s o", "p o", "s p o"};
    ng_buf got, want;
    ng_buf_init(&got);
    ng_buf_init(&want);
    for (int mask = 0; mask < 8; mask++) {
        int ok = 1, tried = 0;
        size_t ti[3], lim[3];
        for (int k = 0; k < 3; k++)
            lim[k] = mask & (1 << k) ? NTERMS : 1;
        for (ti[0] = 0; ti[0] < lim[0]; ti[0]++)
            for (ti[1] = 0; ti[1] < lim[1]; ti[1]++)
                for (ti[2] = 0; ti[2] < lim[2]; ti[2]++, tried++)
                    ok &= find_agrees(m, mask, ti, &got, &want);
        char what[96];
        snprintf(what, sizeof what, "finds: %s bound (%d patterns) gives the scan's statements in order", names[mask],
                 tried);
        CHECK(ok, what);
    }
    ng_buf_free(&got);
    ng_buf_free(&want);
    librdf_free_model(m);
}

/* Literals: the same text with another datatype or language is another
 * term; contains asks for the exact one. */
static void test_literals(void)
{
    librdf_model *m = new_model();
    add(m, iri("a"), iri("p"), literal("1", NULL, XSD "integer"));
    add(m, iri("a"), iri("p"), literal("1", "en", NULL));
    add(m, iri("a"), iri("p"), literal("1", NULL, NULL));
    add(m, iri("a"), iri("p"), literal("1", NULL, XSD "integer"));
    CHECK_INT(librdf_model_size(m), 3, "literals: \"1\"^^xsd:integer, \"1\"@en, \"1\" are three terms");
    struct {
        librdf_node *o;
        int in;
        const char *what;
    } cases[] = {
        {literal("1", NULL, XSD "integer"), 1, "literals: contains \"1\"^^xsd:integer"},
        {literal("1", "en", NULL), 1, "literals: contains \"1\"@en"},
        {literal("1", NULL, NULL), 1, "literals: contains \"1\""},
        {literal("1", "ru", NULL), 0, "literals: not \"1\"@ru"},
        {literal("1", NULL, XSD "decimal"), 0, "literals: not \"1\"^^xsd:decimal"},
        {literal("01", NULL, XSD "integer"), 0, "literals: not \"01\"^^xsd:integer (terms, not values)"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        librdf_statement *st = librdf_new_statement_from_nodes(world, iri("a"), iri("p"), cases[i].o);
        CHECK_INT(librdf_model_contains_statement(m, st) != 0, cases[i].in, cases[i].what);
        librdf_free_statement(st);
    }
    librdf_free_model(m);
}

/* Blank nodes are terms by their label; librdf's node look-ups
 * (get_targets, get_sources), which go through find_statements, work. */
static void test_blank_nodes(void)
{
    librdf_model *m = new_model();
    add(m, blank("b1"), iri("p"), blank("b2"));
    add(m, blank("b2"), iri("p"), iri("x"));
    add(m, blank("b1"), iri("p"), blank("b2"));
    CHECK_INT(librdf_model_size(m), 2, "blank: _:b1 p _:b2 once");
    librdf_node *b1 = blank("b1"), *p = iri("p"), *x = iri("x");
    librdf_node *t = librdf_model_get_target(m, b1, p);
    CHECK(t && librdf_node_is_blank(t) && strcmp((const char *)librdf_node_get_blank_identifier(t), "b2") == 0,
          "blank: the target of _:b1 p is _:b2");
    librdf_node *s = librdf_model_get_source(m, p, x);
    CHECK(s && librdf_node_is_blank(s) && strcmp((const char *)librdf_node_get_blank_identifier(s), "b2") == 0,
          "blank: the source of p x is _:b2");
    CHECK(librdf_model_has_arc_out(m, b1, p), "blank: _:b1 has an arc p out");
    CHECK(!librdf_model_has_arc_in(m, b1, p), "blank: _:b1 has no arc p in");
    librdf_node *b3 = blank("b3");
    ng_buf b;
    ng_buf_init(&b);
    CHECK_INT(find(m, b3, NULL, NULL, &b), 0, "blank: _:b3 is the subject of nothing");
    ng_buf_free(&b);
    for (librdf_node **n = (librdf_node *[]){b1, p, x, t, s, b3, NULL}; *n; n++)
        librdf_free_node(*n);
    librdf_free_model(m);
}

/* A stream open while statements are added gives those it began with. */
static void test_add_while_streaming(void)
{
    librdf_model *m = new_model();
    for (int i = 0; i < 3; i++) {
        char name[16];
        snprintf(name, sizeof name, "s%d", i);
        add(m, iri(name), iri("p"), iri("o"));
    }
    librdf_stream *st = librdf_model_as_stream(m);
    int n = 0;
    for (; !librdf_stream_end(st); librdf_stream_next(st), n++) {
        for (int k = 0; k < 2000; k++) {   /* enough to grow every array and table */
            char name[32];
            snprintf(name, sizeof name, "t%d-%d", n, k);
            add(m, iri(name), iri("p"), literal(name, NULL, NULL));
        }
    }
    librdf_free_stream(st);
    CHECK_INT(n, 3, "a stream gives the statements there when it began");
    CHECK_INT(librdf_model_size(m), 3 + 3 * 2000, "and the statements added meanwhile are in the model");
    librdf_free_model(m);
}

/* A statement a stream gave stays what it was when its holder keeps it
 * (raptor_statement_copy shares a statement, adding a reference: raptor's
 * json writer keeps the statements it is given so). */
static void test_kept_statements(void)
{
    librdf_model *m = new_model();
    for (int i = 0; i < 4; i++) {
        char name[16];
        snprintf(name, sizeof name, "k%d", i);
        add(m, iri(name), iri("p"), literal(name, NULL, NULL));
    }
    librdf_statement *kept[4] = {NULL};
    librdf_stream *st = librdf_model_as_stream(m);
    for (int i = 0; i < 4 && !librdf_stream_end(st); librdf_stream_next(st), i++)
        kept[i] = raptor_statement_copy(librdf_stream_get_object(st));
    librdf_free_stream(st);
    int ok = 1;
    for (int i = 0; i < 4; i++) {
        char name[16];
        snprintf(name, sizeof name, "k%d", i);
        ok &= kept[i] && strcmp((const char *)librdf_node_get_literal_value(kept[i]->object), name) == 0;
        if (kept[i])
            librdf_free_statement(kept[i]);
    }
    CHECK(ok, "statements kept from a stream keep their terms");
    librdf_free_model(m);
}

/* rasqal over the model: a join of two patterns, a FILTER on a language. */
static void test_sparql(void)
{
    librdf_model *m = new_model();
    add(m, iri("alice"), iri("knows"), iri("bob"));
    add(m, iri("bob"), iri("name"), literal("Bob", "en", NULL));
    add(m, iri("bob"), iri("name"), literal("Боб", "ru", NULL));
    add(m, iri("alice"), iri("knows"), iri("carol"));
    const char *q = "SELECT ?n WHERE { <" EX "alice> <" EX "knows> ?f . ?f <" EX "name> ?n FILTER(lang(?n) = 'ru') }";
    librdf_query *query = librdf_new_query(world, "sparql", NULL, (const unsigned char *)q, NULL);
    librdf_query_results *r = query ? librdf_model_query_execute(m, query) : NULL;
    int rows = 0;
    char got[64] = "";
    for (; r && !librdf_query_results_finished(r); librdf_query_results_next(r), rows++) {
        librdf_node *v = librdf_query_results_get_binding_value(r, 0);
        if (v && librdf_node_is_literal(v))
            snprintf(got, sizeof got, "%s@%s", (const char *)librdf_node_get_literal_value(v),
                     librdf_node_get_literal_value_language(v));
        if (v)
            librdf_free_node(v);
    }
    CHECK_INT(rows, 1, "sparql: one row");
    CHECK_STR(got, "Боб@ru", "sparql: the Russian name");
    if (r)
        librdf_free_query_results(r);
    if (query)
        librdf_free_query(query);
    librdf_free_model(m);
}

int main(void)
{
    world = librdf_new_world();
    librdf_world_set_logger(world, NULL, on_log);
    librdf_world_open(world);
    CHECK_INT(ng_memstore_register(world), 0, "the storage registers");
    CHECK_INT(ng_memstore_register(world), 0, "and registering again is harmless");
    test_empty();
    test_add_and_duplicates();
    test_finds();
    test_literals();
    test_blank_nodes();
    test_add_while_streaming();
    test_kept_statements();
    test_sparql();
    CHECK_INT(logged_errors, 1, "librdf logged no other error");
    librdf_free_world(world);
    CHECK_DONE();
}
