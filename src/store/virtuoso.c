/*
 * virtuoso.c - a Virtuoso server as the store of load, query, stats and
 * export (`-s virtuoso:DSN`), through librdf's "virtuoso" storage (Debian
 * librdf-storage-virtuoso), which talks to the server over ODBC.
 *
 * The statements go into one named graph of the server (NEWSGRAPH_VIRTUOSO_GRAPH,
 * default NG_VIRTUOSO_GRAPH), and queries run in Virtuoso's own SPARQL engine
 * through librdf's "vsparql" query language, restricted to that graph, so
 * that a store holds what `load` put in it as the SQLite store does.
 *
 * librdf 1.0.17 as Debian builds it (modular: storages are loadable modules)
 * never registers "vsparql": the storage module carries the query engine and
 * exports its initialiser, librdf_init_query_virtuoso, but its module entry
 * point registers the storage alone (later librdf versions call both). So
 * after librdf has loaded the module we find it among the loaded objects and
 * call that initialiser ourselves. Queries are then run with
 * librdf_model_query_execute, which hands them to the storage (the query
 * engine needs the storage's ODBC connection; librdf_query_execute alone
 * would run it without one and crash).
 */
#define _GNU_SOURCE
#include "store/store.h"
#include "util.h"

#include <ctype.h>
#include <dlfcn.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define VIRTUOSO_PREFIX "virtuoso:"
#define VIRTUOSO_MODULE "librdf_storage_virtuoso"

int ng_virtuoso_spec(const char *store)
{
    return store && strncmp(store, VIRTUOSO_PREFIX, strlen(VIRTUOSO_PREFIX)) == 0;
}

/* dl_iterate_phdr callback: the path of the loaded storage module. */
static int find_module(struct dl_phdr_info *info, size_t size, void *arg)
{
    (void)size;
    const char *name = info->dlpi_name;
    if (name && strstr(name, VIRTUOSO_MODULE)) {
        *(char **)arg = ng_xstrdup(name);
        return 1;
    }
    return 0;
}

/* Registers the "vsparql" query language, once per world; 0 when it is
 * there. The module must be loaded already (librdf loads every storage
 * module when its world opens). */
static int register_vsparql(rdf_env *e)
{
    librdf_query *probe = librdf_new_query(e->world, "vsparql", NULL, (const unsigned char *)"ASK {}", NULL);
    if (probe) {
        librdf_free_query(probe);
        return 0;
    }
    char *path = NULL;
    dl_iterate_phdr(find_module, &path);
    void *mod = path ? dlopen(path, RTLD_NOW | RTLD_NOLOAD) : NULL;
    void (*init)(librdf_world *) = NULL;
    if (mod)
        *(void **)&init = dlsym(mod, "librdf_init_query_virtuoso");
    if (init)
        init(e->world);
    if (mod)
        dlclose(mod);   /* RTLD_NOLOAD took a reference of its own */
    free(path);
    return init ? 0 : -1;
}

/* A value for librdf's option syntax (name='value'): it has no escapes. */
static int option_ok(const char *what, const char *v)
{
    if (strchr(v, '\'') || strchr(v, '\\')) {
        fprintf(stderr, "newsgraph: %s must not contain ' or \\\n", what);
        return 0;
    }
    return 1;
}

static const char *env_or(const char *name, const char *fallback)
{
    const char *v = getenv(name);
    return v && *v ? v : fallback;
}

/* Whether the graph IRI can go between < and > in a query. */
static int graph_ok(const char *g)
{
    for (const char *p = g; *p; p++)
        if ((unsigned char)*p <= ' ' || strchr("<>\"{}|^`\\", *p)) {
            fprintf(stderr, "newsgraph: NEWSGRAPH_VIRTUOSO_GRAPH is not an IRI: %s\n", g);
            return 0;
        }
    return *g != '\0';
}

/* Opens the store virtuoso:DSN. The DSN is looked up by the ODBC driver
 * manager (unixODBC: $ODBCINI, ~/.odbc.ini, /etc/odbc.ini); the user and
 * password come from the environment, not the command line, where other
 * users of the machine could read them. */
int ng_virtuoso_open(rdf_env *e, const char *spec)
{
    const char *dsn = spec + strlen(VIRTUOSO_PREFIX);
    const char *user = env_or("NEWSGRAPH_VIRTUOSO_USER", "dba");
    const char *password = env_or("NEWSGRAPH_VIRTUOSO_PASSWORD", "dba");
    const char *graph = env_or("NEWSGRAPH_VIRTUOSO_GRAPH", NG_VIRTUOSO_GRAPH);
    if (!*dsn) {
        fprintf(stderr, "newsgraph: %s: no ODBC data source name after virtuoso:\n", spec);
        return -1;
    }
    if (!option_ok("the DSN", dsn) || !option_ok("NEWSGRAPH_VIRTUOSO_USER", user) ||
        !option_ok("NEWSGRAPH_VIRTUOSO_PASSWORD", password) || !graph_ok(graph))
        return -1;
    if (register_vsparql(e) != 0) {
        fprintf(stderr, "newsgraph: %s: librdf's Virtuoso storage is not installed "
                        "(Debian librdf-storage-virtuoso)\n", spec);
        return -1;
    }
    ng_buf opts;
    ng_buf_init(&opts);
    ng_buf_printf(&opts, "dsn='%s',user='%s',password='%s'", dsn, user, password);
    ng_env_reset_log(e, spec);
    e->storage = librdf_new_storage(e->world, "virtuoso", graph, opts.data);
    ng_buf_free(&opts);
    if (e->storage)
        e->model = librdf_new_model(e->world, e->storage, NULL);
    if (!e->model || librdf_model_size(e->model) < 0) {
        ng_env_print_log(e, "cannot open the Virtuoso store");
        fprintf(stderr, "newsgraph: %s: is the server running, and is %s defined in $ODBCINI, "
                        "~/.odbc.ini or /etc/odbc.ini? (docs/virtuoso.md)\n", spec, dsn);
        return -1;
    }
    e->vgraph = ng_xstrdup(graph);
    return 0;
}

/* The length of the string literal, IRI or comment at p, or 0 when p
 * starts none of these. An IRI is told from the operator < by having no
 * space before its >. */
static size_t skip_token(const char *p)
{
    if (*p == '"' || *p == '\'') {
        int longq = p[1] == *p && p[2] == *p;
        const char *q = p + (longq ? 3 : 1);
        while (*q && !(longq ? (q[0] == *p && q[1] == *p && q[2] == *p) : *q == *p))
            q += (*q == '\\' && q[1]) ? 2 : 1;
        return (size_t)(q - p) + (*q ? (longq ? 3 : 1) : 0);
    }
    if (*p == '<') {
        size_t n = strcspn(p + 1, "<>\"{}|^`\\ \t\r\n");
        return p[1 + n] == '>' ? n + 2 : 0;
    }
    if (*p == '#')
        return strcspn(p, "\n");
    return 0;
}

/* Copies a GROUP_CONCAT( ... ) call starting at its "(" (p) into b, with
 * the separator made explicit when the call has none; returns the length
 * consumed. */
static size_t copy_group_concat(ng_buf *b, const char *p)
{
    int depth = 0, has_sep = 0;
    const char *q = p;
    for (; *q; q++) {
        size_t n = skip_token(q);
        if (n) {
            q += n - 1;
            continue;
        }
        if (*q == '(')
            depth++;
        else if (*q == ';' && depth == 1)
            has_sep = 1;
        else if (*q == ')' && --depth == 0)
            break;
    }
    ng_buf_add(b, p, (size_t)(q - p));
    if (*q && !has_sep)
        ng_buf_adds(b, "; SEPARATOR=\" \"");
    return (size_t)(q - p);
}

static int word_at(const char *p, const char *w)
{
    size_t n = strlen(w);
    return strncasecmp(p, w, n) == 0 && !isalnum((unsigned char)p[n]) && p[n] != '_';
}

/* The query's form keyword (SELECT, ASK, ...), after its PREFIX and BASE
 * declarations. */
static const char *form_keyword(const char *q)
{
    for (const char *p = ng_sparql_skip_space(q);; p = ng_sparql_skip_space(p)) {
        if (word_at(p, "PREFIX")) {
            p = ng_sparql_skip_space(p + 6);
            p += strcspn(p, ":");
            p = ng_sparql_skip_space(*p ? p + 1 : p);
        } else if (word_at(p, "BASE")) {
            p = ng_sparql_skip_space(p + 4);
        } else {
            return p;
        }
        size_t n = skip_token(p);   /* the IRI */
        if (!n)
            return p;
        p += n;
    }
}

/* The query for Virtuoso: its default graph is the store's graph, and
 * every GROUP_CONCAT names its separator. Virtuoso 7.2.5 fails on
 * GROUP_CONCAT(DISTINCT x) without one ("SR183: Required argument delim
 * not supplied to DB.DBA.GROUP_CONCAT_DISTINCT_ACC"); " " is SPARQL's
 * default, so the answer is the same. An ASK becomes a SELECT of at most
 * one row (*ask is set; ng_virtuoso_print_ask answers it): librdf's vsparql
 * asks for results in Virtuoso's '_JAVA_' format, in which Virtuoso 7.2.5
 * rejects every ASK ("SQ074"). */
char *ng_virtuoso_query_text(const rdf_env *e, const char *query, int *ask)
{
    static const char kw[] = "GROUP_CONCAT";
    const char *form = form_keyword(query);
    *ask = word_at(form, "ASK");
    ng_buf b;
    ng_buf_init(&b);
    ng_buf_printf(&b, "define input:default-graph-uri <%s> ", e->vgraph);
    for (const char *p = query; *p;) {
        if (*ask && p == form) {
            ng_buf_adds(&b, "SELECT (1 AS ?ask)");
            p += 3;
            continue;
        }
        size_t n = skip_token(p);
        if (n) {
            ng_buf_add(&b, p, n);
            p += n;
            continue;
        }
        if (strncasecmp(p, kw, sizeof kw - 1) == 0 && (p == query || !(isalnum((unsigned char)p[-1]) || p[-1] == '_'))) {
            const char *open = p + sizeof kw - 1;
            while (isspace((unsigned char)*open))
                open++;
            if (*open == '(') {
                ng_buf_add(&b, p, (size_t)(open - p));
                p = open + copy_group_concat(&b, open);
                continue;
            }
        }
        ng_buf_add(&b, p, 1);
        p++;
    }
    if (*ask)
        ng_buf_adds(&b, "\nLIMIT 1");
    return ng_buf_steal(&b);
}

/* Prints the answer of an ASK made a SELECT: true when it has a row, as
 * results.c prints a boolean. */
int ng_virtuoso_print_ask(librdf_query_results *r, int fmt)
{
    int v = !librdf_query_results_finished(r);
    if (fmt == FMT_JSON)
        printf("{\"head\":{},\"boolean\":%s}\n", v ? "true" : "false");
    else
        printf("%s\n", v ? "true" : "false");
    return 0;
}
