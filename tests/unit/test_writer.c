/*
 * test_writer.c - the writer's parts: N-Triples and N-Quads lines from
 * cached term bytes (ntlines.h) and the first values that decide the graph
 * in every format (firsts.h).
 *
 * The lines must be byte for byte what raptor2's own serializers write, so
 * each statement here is written both ways, with terms that need escaping
 * (quotes, backslashes, line breaks, control characters, non-ASCII
 * letters, IRIs with characters N-Triples escapes), each twice so that the
 * second comes from the cache, and more terms than the cache holds, so that
 * it starts afresh.
 */
#include <raptor2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "firsts.h"
#include "ntlines.h"

#define XSD "http://www.w3.org/2001/XMLSchema#"

typedef struct {
    const char *s, *p, *o, *dt, *g;
} stmt;

static raptor_term *term(raptor_world *w, const char *text, const char *dt)
{
    if (!dt)
        return raptor_new_term_from_uri_string(w, (const unsigned char *)text);
    raptor_uri *d = *dt ? raptor_new_uri(w, (const unsigned char *)dt) : NULL;
    raptor_term *t = raptor_new_term_from_counted_literal(w, (const unsigned char *)text, strlen(text), d, NULL, 0);
    if (d)
        raptor_free_uri(d);
    return t;
}

/* What raptor's serializer (ntriples or nquads) writes for the statements. */
static char *by_raptor(raptor_world *w, const char *syntax, const stmt *st, size_t n, size_t *len)
{
    void *out = NULL;
    raptor_serializer *ser = raptor_new_serializer(w, syntax);
    raptor_iostream *io = raptor_new_iostream_to_string(w, &out, len, malloc);
    raptor_serializer_start_to_iostream(ser, NULL, io);
    for (size_t i = 0; i < n; i++) {
        raptor_statement s;
        raptor_statement_init(&s, w);
        s.subject = term(w, st[i].s, NULL);
        s.predicate = term(w, st[i].p, NULL);
        s.object = term(w, st[i].o, st[i].dt);
        if (st[i].g)
            s.graph = term(w, st[i].g, NULL);
        raptor_serializer_serialize_statement(ser, &s);
        raptor_statement_clear(&s);
    }
    raptor_serializer_serialize_end(ser);
    raptor_free_iostream(io);
    raptor_free_serializer(ser);
    return out;
}

static char *by_lines(raptor_world *w, const stmt *st, size_t n, size_t *len)
{
    char *out = NULL;
    FILE *fp = open_memstream(&out, len);
    ng_ntlines *nt = ng_ntlines_new(w, fp);
    for (size_t i = 0; i < n; i++)
        ng_ntlines_write(nt, st[i].s, st[i].p, st[i].o, st[i].dt, st[i].g);
    ng_ntlines_flush(nt);
    ng_ntlines_free(nt);
    fclose(fp);
    return out;
}

static void same_as_raptor(raptor_world *w, const char *syntax, const stmt *st, size_t n, const char *what)
{
    size_t la = 0, lb = 0;
    char *a = by_raptor(w, syntax, st, n, &la);
    char *b = by_lines(w, st, n, &lb);
    CHECK(la == lb && a && b && memcmp(a, b, la) == 0, what);
    if (la != lb || !a || !b || memcmp(a, b, la) != 0)
        printf("#   raptor %zu bytes, lines %zu bytes\n", la, lb);
    free(a);
    free(b);
}

static void check_lines(void)
{
    raptor_world *w = raptor_new_world();
    raptor_world_open(w);
    const char *s = "https://w3id.org/newsgraph/id/evidence/x-1-2", *q = "https://w3id.org/newsgraph/ns#quote";
    const char *g = "https://w3id.org/newsgraph/id/article/x";
    stmt st[] = {
        {s, q, "He said \"yes\" \\ and left.\nNext line\tand a tab", "", NULL},
        {s, q, "\xd0\x9c\xd0\xb8\xd0\xbd\xd1\x81\xd0\xba \xe2\x80\x94 \xf0\x9f\x98\x80 caf\xc3\xa9", "", NULL},
        {s, q, "bell \x07 and delete \x7f and form feed \x0c", "", NULL},
        {s, "https://w3id.org/newsgraph/ns#start", "12", XSD "integer", NULL},
        {s, "https://w3id.org/newsgraph/ns#value", "12.5", XSD "decimal", NULL},
        {"https://example.org/a b<c>{d}|e^f`g\\h", "http://purl.org/dc/terms/source",
         "https://example.org/\xc3\xa9t\xc3\xa9?q=\"x\"", NULL, NULL},
        {s, q, "He said \"yes\" \\ and left.\nNext line\tand a tab", "", NULL},
        {s, "https://w3id.org/newsgraph/ns#start", "12", XSD "integer", NULL},
        {"https://example.org/a b<c>{d}|e^f`g\\h", "http://purl.org/dc/terms/source",
         "https://example.org/\xc3\xa9t\xc3\xa9?q=\"x\"", NULL, NULL},
    };
    size_t n = sizeof st / sizeof *st;
    same_as_raptor(w, "ntriples", st, n, "N-Triples lines are raptor's, escapes and cached terms included");
    for (size_t i = 0; i < n; i++)
        st[i].g = g;
    same_as_raptor(w, "nquads", st, n, "N-Quads lines are raptor's, with the graph term");

    /* more distinct terms than the cache keeps (32,768), and a literal
     * longer than it caches, each met twice */
    size_t m = 80000;
    stmt *many = calloc(m, sizeof *many);
    char **texts = calloc(m, sizeof *texts);
    char *longtext = malloc(2000);
    memset(longtext, 'a', 1999);
    longtext[1999] = '\0';
    longtext[100] = '"';
    for (size_t i = 0; i < m; i++) {
        texts[i] = malloc(64);
        snprintf(texts[i], 64, "https://w3id.org/newsgraph/id/person/p%zu", (i * 7919) % (m / 2));
    }
    for (size_t i = 0; i < m; i++) {
        many[i] = (stmt){texts[i], "https://w3id.org/newsgraph/ns#mentions", i % 1000 ? texts[(i + 1) % m] : longtext,
                         i % 1000 ? NULL : "", NULL};
    }
    same_as_raptor(w, "ntriples", many, m, "80,000 statements: the cache starts afresh and stays right");
    for (size_t i = 0; i < m; i++)
        free(texts[i]);
    free(texts);
    free(many);
    free(longtext);
    raptor_free_world(w);
}

static void check_firsts(void)
{
    ng_firsts *f = ng_firsts_new();
    const char *ev = "https://w3id.org/newsgraph/id/forum/f-11";
    CHECK_INT(ng_firsts_offer(f, "date", ev, "2034-05-10"), 1, "the first date is the choice");
    CHECK_INT(ng_firsts_offer(f, "date", ev, "2034-05-10"), 0, "the same date again agrees");
    CHECK_INT(ng_firsts_offer(f, "date", ev, "2034-05-11"), -1, "another date differs");
    CHECK_INT(ng_firsts_offer(f, "date", ev, "2034-05-10"), 0, "the choice stays the first");
    CHECK_INT(ng_firsts_offer(f, "location", ev, "2034-05-11"), 1, "another property has its own choice");
    CHECK_INT(ng_firsts_offer(f, "date", "https://w3id.org/newsgraph/id/forum/f-12", "2034-05-11"), 1,
              "another subject has its own choice");
    char subject[64], value[32];
    int firsts = 0, agree = 0;
    for (int i = 0; i < 100000; i++) { /* grows well past its first table */
        snprintf(subject, sizeof subject, "https://w3id.org/newsgraph/id/person/p%d", i);
        snprintf(value, sizeof value, "Name %d", i);
        firsts += ng_firsts_offer(f, "label", subject, value) == 1;
    }
    for (int i = 0; i < 100000; i++) {
        snprintf(subject, sizeof subject, "https://w3id.org/newsgraph/id/person/p%d", i);
        snprintf(value, sizeof value, "Name %d", i);
        agree += ng_firsts_offer(f, "label", subject, value) == 0;
    }
    CHECK_INT(firsts, 100000, "100,000 subjects: each first label is a choice");
    CHECK_INT(agree, 100000, "... and every choice is remembered after the table grew");
    CHECK_INT(ng_firsts_count(f), 100003, "one entry a (property, subject)");
    ng_firsts_clear(f);
    CHECK_INT(ng_firsts_offer(f, "date", ev, "2034-05-11"), 1, "after clear, a new document chooses afresh");
    ng_firsts_free(f);
}

int main(void)
{
    check_lines();
    check_firsts();
    CHECK_DONE();
}
