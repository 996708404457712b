/*
 * fuzz_pipeline.c - the whole library: ng_article_extract on arbitrary
 * bytes, once as they come and once with caller metadata (date, URL,
 * title) taken from the first lines as JSON Lines input would supply it;
 * both articles go through one ng_writer as Turtle (and as N-Triples) into
 * a memory FILE.
 *
 * The output must always be valid: it is parsed back with raptor2 and the
 * run aborts when the parser reports an error, when it reads a different
 * number of triples than the writer wrote, when an IRI holds a character
 * an IRI may not, when an instance IRI (under the base) holds anything
 * but [A-Za-z0-9/#._~%-], or when a typed literal (xsd:integer, decimal,
 * date, gYear, gYearMonth, dateTime) is not in its datatype's lexical space.
 */
#define _GNU_SOURCE
#include "fuzz_common.h"

#include <raptor2.h>

#define BASE "https://w3id.org/newsgraph/id/"

static raptor_world *rworld;

typedef struct {
    int errors;
    size_t triples;
    const char *syntax;
} parse_ctx;

static void on_log(void *data, raptor_log_message *msg)
{
    parse_ctx *c = data;
    if (msg->level >= RAPTOR_LOG_LEVEL_ERROR) {
        c->errors++;
        fprintf(stderr, "raptor (%s) line %d: %s\n", c->syntax, msg->locator ? msg->locator->line : -1,
                msg->text ? msg->text : "?");
    }
}

/* minted: an IRI newsgraph made, not a page address the input gave (which
 * may even begin with the base) */
static void check_iri(const char *iri, int minted)
{
    for (const unsigned char *p = (const unsigned char *)iri; *p; p++)
        FUZZ_CHECK(*p > 0x20 && !strchr("<>\"{}|^`\\", *p) && *p != 0x7f, "IRI <%s> holds byte 0x%02x", iri,
                   *p);
    FUZZ_CHECK(ng_utf8_invalid_at((const unsigned char *)iri, strlen(iri)) == (size_t)-1, "IRI <%s> is not UTF-8",
               iri);
    if (minted && strncmp(iri, BASE, strlen(BASE)) == 0)
        for (const char *p = iri + strlen(BASE); *p; p++)
            FUZZ_CHECK((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') ||
                           strchr("/#._~%-", *p),
                       "instance IRI <%s> holds '%c'", iri, *p);
}

static int digits(const char *s, int n)
{
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

static int two(const char *s, int lo, int hi)
{
    if (!digits(s, 2))
        return 0;
    int v = (s[0] - '0') * 10 + (s[1] - '0');
    return v >= lo && v <= hi;
}

static int xsd_date_part(const char *s, int parts)
{
    /* YYYY, YYYY-MM or YYYY-MM-DD with a real month and day */
    if (!digits(s, 4))
        return 0;
    if (parts == 1)
        return 1;
    if (s[4] != '-' || !two(s + 5, 1, 12))
        return 0;
    if (parts == 2)
        return 1;
    int y = atoi(s), m = atoi(s + 5);
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int dim = days[m - 1] - (m == 2 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
    return s[7] == '-' && two(s + 8, 1, dim);
}

/* Typed literals must be in the lexical space of their datatype. */
static void check_typed(const char *v, size_t n, const char *dt)
{
    const char *xsd = "http://www.w3.org/2001/XMLSchema#";
    if (strncmp(dt, xsd, strlen(xsd)) != 0)
        return;
    const char *type = dt + strlen(xsd);
    int ok = 1;
    if (strcmp(type, "integer") == 0) {
        const char *p = v + (*v == '-');
        ok = *p && strspn(p, "0123456789") == strlen(p);
    } else if (strcmp(type, "decimal") == 0) {
        const char *p = v + (*v == '-');
        size_t a = strspn(p, "0123456789");
        ok = a > 0 && p[a] == '.' && strspn(p + a + 1, "0123456789") == strlen(p + a + 1) && p[a + 1];
    } else if (strcmp(type, "gYear") == 0) {
        ok = n == 4 && xsd_date_part(v, 1);
    } else if (strcmp(type, "gYearMonth") == 0) {
        ok = n == 7 && xsd_date_part(v, 2);
    } else if (strcmp(type, "date") == 0) {
        ok = n == 10 && xsd_date_part(v, 3);
    } else if (strcmp(type, "dateTime") == 0) {
        ok = n >= 19 && xsd_date_part(v, 3) && v[10] == 'T' && two(v + 11, 0, 23) && v[13] == ':' &&
             two(v + 14, 0, 59) && v[16] == ':' && two(v + 17, 0, 59);
    }
    FUZZ_CHECK(ok, "literal \"%.*s\" is not an xsd:%s", (int)n, v, type);
}

static void check_term(raptor_term *t, int minted)
{
    if (!t)
        return;
    if (t->type == RAPTOR_TERM_TYPE_URI) {
        check_iri((const char *)raptor_uri_as_string(t->value.uri), minted);
    } else if (t->type == RAPTOR_TERM_TYPE_LITERAL) {
        FUZZ_CHECK(ng_utf8_invalid_at(t->value.literal.string, t->value.literal.string_len) == (size_t)-1,
                   "literal is not UTF-8");
        if (t->value.literal.datatype) {
            const char *dt = (const char *)raptor_uri_as_string(t->value.literal.datatype);
            check_iri(dt, 1);
            check_typed((const char *)t->value.literal.string, t->value.literal.string_len, dt);
        }
    }
}

static void on_statement(void *data, raptor_statement *st)
{
    parse_ctx *c = data;
    c->triples++;
    const char *p = (const char *)raptor_uri_as_string(st->predicate->value.uri);
    check_term(st->subject, 1);
    check_term(st->predicate, 1);
    check_term(st->object, strcmp(p, "http://purl.org/dc/terms/source") != 0);
}

static void parse_back(const char *syntax, const char *buf, size_t len, size_t expected)
{
    parse_ctx c = {0, 0, syntax};
    raptor_world_set_log_handler(rworld, &c, on_log);
    raptor_parser *p = raptor_new_parser(rworld, syntax);
    FUZZ_CHECK(p != NULL, "no raptor parser for %s", syntax);
    raptor_parser_set_statement_handler(p, &c, on_statement);
    raptor_uri *base = raptor_new_uri(rworld, (const unsigned char *)BASE);
    raptor_parser_parse_start(p, base);
    raptor_parser_parse_chunk(p, (const unsigned char *)buf, len, 1);
    raptor_free_parser(p);
    raptor_free_uri(base);
    raptor_world_set_log_handler(rworld, NULL, NULL);
    if (c.errors)
        fprintf(stderr, "---- %s output ----\n%.*s\n----\n", syntax, (int)(len < 20000 ? len : 20000), buf);
    FUZZ_CHECK(c.errors == 0, "the %s output does not parse (%d errors)", syntax, c.errors);
    FUZZ_CHECK(c.triples == expected, "the %s output has %zu triples, the writer wrote %zu", syntax, c.triples,
               expected);
}

static void write_and_check(const char *syntax, ng_article *const *arts, size_t n)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    FUZZ_CHECK(fp != NULL, "open_memstream");
    ng_writer *w = NULL;
    char err[512];
    FUZZ_CHECK(ng_writer_new(&w, syntax, BASE, fp, err, sizeof err) == NG_OK, "ng_writer_new: %s", err);
    for (size_t i = 0; i < n; i++)
        FUZZ_CHECK(ng_writer_add(w, arts[i]) == NG_OK, "ng_writer_add");
    FUZZ_CHECK(ng_writer_finish(w) == NG_OK, "ng_writer_finish");
    size_t triples = ng_writer_triples(w);
    ng_writer_free(w);
    fclose(fp);
    parse_back(syntax, buf, len, triples);
    free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!rworld) {
        rworld = raptor_new_world();
        raptor_world_open(rworld);
    }
    ng_article *arts[2];
    size_t n = 0;
    char err[512];
    if (ng_article_extract(&arts[n], fuzz_kb, "fuzz \"input\" <1>\\.txt", data, size, NULL, err, sizeof err) ==
        NG_OK)
        n++;
    char lines[3][256];
    ng_input_meta meta = {0};
    fuzz_meta_lines(data, size, lines, &meta.date, &meta.url, &meta.title);
    meta.format = size ? data[size - 1] % 3 : 0;
    if (ng_article_extract(&arts[n], fuzz_kb, "second.html", data, size, &meta, err, sizeof err) == NG_OK)
        n++;
    if (n) {
        write_and_check("turtle", arts, n);
        write_and_check("ntriples", arts, n);
    }
    for (size_t i = 0; i < n; i++)
        ng_article_free(arts[i]);
    return 0;
}
