/*
 * sparql.c - SPARQL text handled before rasqal sees it: the limits a query
 * must stay within, SERVICE refused unless allowed, --bind values put into
 * the query's VALUES row, the predeclared prefixes added, and DESCRIBE
 * turned into the SELECT of the terms it describes.
 *
 * The limits exist because rasqal parses and evaluates expressions by
 * recursion: FILTER(true && true && ...) 100,000 terms long overflowed the
 * stack (SIGSEGV). Checking happens on a lexical walk that knows strings,
 * IRIs and comments, so keywords and brackets inside them do not count.
 */
#include "store/store.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A position in the text and what it is: code, or inside a comment, a
 * string or an IRI (skipped whole). */
typedef struct {
    const char *p;
} lexer;

/* Skips a comment, string or IRI at l->p; returns 1 when it did. */
static int skip_opaque(lexer *l)
{
    const char *p = l->p;
    if (*p == '#') {
        l->p = p + strcspn(p, "\n");
        return 1;
    }
    if (*p == '"' || *p == '\'') {
        char q = *p;
        int longq = p[1] == q && p[2] == q;
        p += longq ? 3 : 1;
        while (*p) {
            if (*p == '\\' && p[1]) {
                p += 2;
                continue;
            }
            if (*p == q && (!longq || (p[1] == q && p[2] == q))) {
                p += longq ? 3 : 1;
                break;
            }
            if (!longq && *p == '\n')
                break;
            p++;
        }
        l->p = p;
        return 1;
    }
    if (*p == '<') {   /* an IRI when it closes before any space or quote */
        size_t n = strcspn(p + 1, " \t\r\n<>\"{}|^`");
        if (p[1 + n] == '>') {
            l->p = p + n + 2;
            return 1;
        }
    }
    return 0;
}

static int word_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == ':' || c == '?' || c == '$' || c == '-' ||
           (unsigned char)c >= 0x80;
}

/* Whether the code at p is the keyword kw (as a whole word, any case). */
static int keyword_at(const char *start, const char *p, const char *kw)
{
    size_t n = strlen(kw);
    return strncasecmp(p, kw, n) == 0 && !word_char(p[n]) && (p == start || !word_char(p[-1]));
}

int ng_sparql_check(const char *q, int allow_service, char *err, size_t errlen)
{
    size_t len = strlen(q);
    if (len > NG_QUERY_MAX_BYTES) {
        snprintf(err, errlen, "the query is %zu bytes; at most %d are accepted", len, NG_QUERY_MAX_BYTES);
        return -1;
    }
    lexer l = {q};
    int depth = 0, maxdepth = 0;
    size_t ops = 0, unions = 0, optionals = 0;
    while (*l.p) {
        if (skip_opaque(&l))
            continue;
        const char *p = l.p;
        if (*p == '(' || *p == '{' || *p == '[') {
            if (++depth > maxdepth)
                maxdepth = depth;
        } else if (*p == ')' || *p == '}' || *p == ']') {
            depth--;
        } else if ((p[0] == '&' && p[1] == '&') || (p[0] == '|' && p[1] == '|')) {
            ops++;
            l.p++;
        } else if (strchr("+*/=!<>", *p)) {
            ops++;
        } else if (keyword_at(q, p, "union")) {
            unions++;
        } else if (keyword_at(q, p, "optional")) {
            optionals++;
        } else if (keyword_at(q, p, "service") && !allow_service) {
            snprintf(err, errlen, "SERVICE would make the query fetch from the network: give --allow-service to allow it");
            return -1;
        }
        l.p++;
    }
    const char *what = maxdepth > NG_QUERY_MAX_DEPTH    ? "brackets nested deeper than"
                       : ops > NG_QUERY_MAX_OPERATORS   ? "more operators than"
                       : unions > NG_QUERY_MAX_GROUPS   ? "more UNIONs than"
                       : optionals > NG_QUERY_MAX_GROUPS ? "more OPTIONALs than"
                                                         : NULL;
    if (what) {
        int limit = maxdepth > NG_QUERY_MAX_DEPTH ? NG_QUERY_MAX_DEPTH
                    : ops > NG_QUERY_MAX_OPERATORS ? NG_QUERY_MAX_OPERATORS
                                                   : NG_QUERY_MAX_GROUPS;
        snprintf(err, errlen, "the query has %s %d (rasqal would recurse too deep or run without end)", what, limit);
        return -1;
    }
    return 0;
}

/* --- DESCRIBE ---------------------------------------------------------- */

/* The end of a described term at p (a variable, '*', an IRI, a prefixed
 * name), or p when there is none. */
static const char *described_end(const char *p)
{
    if (*p == '*')
        return p + 1;
    if (*p == '<') {
        lexer l = {p};
        return skip_opaque(&l) ? l.p : p;
    }
    const char *e = p;
    while (word_char(*e) || *e == '.')
        e++;
    while (e > p && e[-1] == '.')   /* a prefixed name ends in no dot */
        e--;
    return e;
}

/* Whether p starts what may follow the described terms. */
static int describe_list_ends(const char *q, const char *p)
{
    static const char *const kws[] = {"WHERE", "FROM", "ORDER", "GROUP", "HAVING", "LIMIT", "OFFSET", "VALUES"};
    if (!*p || *p == '{')
        return 1;
    for (size_t i = 0; i < sizeof kws / sizeof *kws; i++)
        if (keyword_at(q, p, kws[i]))
            return 1;
    return 0;
}

char *ng_sparql_describe_select(const char *q)
{
    lexer l = {q};
    while (*l.p && !keyword_at(q, l.p, "DESCRIBE")) {
        if (keyword_at(q, l.p, "SELECT") || keyword_at(q, l.p, "CONSTRUCT") || keyword_at(q, l.p, "ASK"))
            return NULL;
        if (!skip_opaque(&l))
            l.p++;
    }
    if (!*l.p)
        return NULL;
    ng_buf b;
    ng_buf_init(&b);
    ng_buf_add(&b, q, (size_t)(l.p - q));
    ng_buf_adds(&b, "SELECT");   /* no DISTINCT: rasqal 0.9.33 leaks with it (valgrind) */
    const char *p = ng_sparql_skip_space(l.p + 8), *e;
    int n = 0;
    for (; !describe_list_ends(q, p) && (e = described_end(p)) != p; p = ng_sparql_skip_space(e)) {
        if (*p == '?' || *p == '$' || *p == '*')
            ng_buf_printf(&b, " %.*s", (int)(e - p), p);
        else   /* a constant, bound in every row */
            ng_buf_printf(&b, " (%.*s AS ?ng_described_%d)", (int)(e - p), p, ++n);
    }
    if (*p != '{' && !keyword_at(q, p, "WHERE") && !keyword_at(q, p, "FROM"))
        ng_buf_adds(&b, " WHERE {}");   /* DESCRIBE <iri> needs none */
    ng_buf_addc(&b, ' ');
    ng_buf_adds(&b, p);
    return ng_buf_steal(&b);
}

/* --- --bind ----------------------------------------------------------- */

const char *ng_sparql_skip_space(const char *p)
{
    for (;;) {
        while (isspace((unsigned char)*p))
            p++;
        if (*p != '#')
            return p;
        p += strcspn(p, "\n");
    }
}

/* The end of the term at p in a VALUES row: a string (with @lang or
 * ^^type), an IRI, or a bare word (UNDEF, a number, a prefixed name). */
static const char *term_end(const char *p)
{
    lexer l = {p};
    if (skip_opaque(&l) && *p != '#') {
        p = l.p;
        if (*p == '@')
            while (*p && !isspace((unsigned char)*p) && *p != ')' && *p != '}')
                p++;
        else if (p[0] == '^' && p[1] == '^')
            return term_end(p + 2);
        return p;
    }
    while (*p && !isspace((unsigned char)*p) && *p != ')' && *p != '}' && *p != '(' && *p != '{')
        p++;
    return p;
}

/* The value of NAME=VALUE as a SPARQL term: empty is UNDEF, <...> an IRI,
 * anything else a string literal. */
static int bind_term(ng_buf *b, const char *v, char *err, size_t errlen)
{
    size_t n = strlen(v);
    if (n == 0) {
        ng_buf_adds(b, "UNDEF");
        return 0;
    }
    if (v[0] == '<' && v[n - 1] == '>') {
        if (strcspn(v + 1, " \t\r\n<>\"{}|^`\\") != n - 2) {
            snprintf(err, errlen, "--bind: %s is not an IRI", v);
            return -1;
        }
        ng_buf_adds(b, v);
        return 0;
    }
    ng_buf_addc(b, '"');
    for (const char *p = v; *p; p++) {
        switch (*p) {
        case '"': ng_buf_adds(b, "\\\""); break;
        case '\\': ng_buf_adds(b, "\\\\"); break;
        case '\n': ng_buf_adds(b, "\\n"); break;
        case '\r': ng_buf_adds(b, "\\r"); break;
        case '\t': ng_buf_adds(b, "\\t"); break;
        default: ng_buf_addc(b, *p);
        }
    }
    ng_buf_addc(b, '"');
    return 0;
}

/* The first VALUES keyword in code, or NULL. */
static const char *find_values(const char *q)
{
    lexer l = {q};
    while (*l.p) {
        if (skip_opaque(&l))
            continue;
        if (keyword_at(q, l.p, "values"))
            return l.p;
        l.p++;
    }
    return NULL;
}

/* Parses "VALUES ?v { t }" or "VALUES (?a ?b) { (t u) }" at v: the names
 * and the terms of the one row (as [start, end) pairs), and the end. */
static const char *parse_values(const char *v, ng_vec *vars, ng_vec *terms)
{
    const char *p = ng_sparql_skip_space(v + 6);
    int multi = *p == '(';
    if (multi)
        p = ng_sparql_skip_space(p + 1);
    while (*p == '?' || *p == '$') {
        const char *e = term_end(p);
        ng_vec_push(vars, ng_xstrndup(p + 1, (size_t)(e - p - 1)));
        p = ng_sparql_skip_space(e);
        if (!multi)
            break;
    }
    if (multi && *p++ != ')')
        return NULL;
    p = ng_sparql_skip_space(p);
    if (*p++ != '{')
        return NULL;
    p = ng_sparql_skip_space(p);
    if (multi && *p++ != '(')
        return NULL;
    while (*(p = ng_sparql_skip_space(p)) && *p != ')' && *p != '}') {
        const char *e = term_end(p);
        if (e == p)
            return NULL;
        ng_vec_push(terms, (void *)p);
        ng_vec_push(terms, (void *)e);
        p = e;
    }
    if (multi && *p++ != ')')
        return NULL;
    p = ng_sparql_skip_space(p);
    if (*p != '}' || terms->len != 2 * vars->len)
        return NULL;
    return p + 1;
}

static int bind_find(const ng_vec *binds, const char *name)
{
    for (size_t i = 0; i < binds->len; i++) {
        const char *b = binds->items[i];
        size_t n = strcspn(b, "=");
        if (strlen(name) == n && strncmp(b, name, n) == 0)
            return (int)i;
    }
    return -1;
}

static char *bind_rewrite(const char *q, const char *v, const char *end, const ng_vec *vars, const ng_vec *terms,
                          const ng_vec *binds, char *err, size_t errlen)
{
    ng_buf b;
    ng_buf_init(&b);
    ng_buf_add(&b, q, (size_t)(v - q));
    ng_buf_adds(&b, "VALUES (");
    for (size_t i = 0; i < vars->len; i++)
        ng_buf_printf(&b, "%s?%s", i ? " " : "", (char *)vars->items[i]);
    ng_buf_adds(&b, ") { (");
    int rc = 0;
    for (size_t i = 0; i < vars->len && !rc; i++) {
        if (i)
            ng_buf_addc(&b, ' ');
        int k = bind_find(binds, vars->items[i]);
        if (k >= 0) {
            rc = bind_term(&b, strchr(binds->items[k], '=') + 1, err, errlen);
        } else {
            const char *s = terms->items[2 * i], *e = terms->items[2 * i + 1];
            ng_buf_add(&b, s, (size_t)(e - s));
        }
    }
    ng_buf_adds(&b, ") }");
    ng_buf_adds(&b, end);
    if (rc) {
        ng_buf_free(&b);
        return NULL;
    }
    return ng_buf_steal(&b);
}

char *ng_sparql_bind(const char *q, const ng_vec *binds, char *err, size_t errlen)
{
    for (size_t i = 0; i < binds->len; i++) {
        const char *b = binds->items[i];
        size_t n = strcspn(b, "=");
        if (!b[n] || n == 0) {
            snprintf(err, errlen, "--bind takes NAME=VALUE, not '%s'", b);
            return NULL;
        }
    }
    const char *v = find_values(q);
    ng_vec vars = {0}, terms = {0};
    const char *end = v ? parse_values(v, &vars, &terms) : NULL;
    char *out = NULL;
    if (!end) {
        snprintf(err, errlen, "--bind needs a query with one VALUES row at its start (VALUES ?name { \"...\" })%s",
                 v ? ": this one has another form or more than one row" : "");
    } else {
        size_t i = 0;
        for (; i < binds->len; i++) {
            const char *b = binds->items[i];
            size_t n = strcspn(b, "="), k = 0;
            while (k < vars.len && !(strlen(vars.items[k]) == n && strncmp(vars.items[k], b, n) == 0))
                k++;
            if (k == vars.len) {
                snprintf(err, errlen, "--bind %.*s: the query's VALUES row has no ?%.*s", (int)n, b, (int)n, b);
                break;
            }
        }
        if (i == binds->len)
            out = bind_rewrite(q, v, end, &vars, &terms, binds, err, errlen);
    }
    for (size_t i = 0; i < vars.len; i++)
        free(vars.items[i]);
    ng_vec_free(&vars);
    ng_vec_free(&terms);
    return out;
}
