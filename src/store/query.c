/*
 * query.c - `newsgraph query`: SPARQL over a store or graph files, through
 * librdf and its engine, rasqal.
 */
#include "cli.h"
#include "store/store.h"
#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>


/* Whether the query declares the prefix itself ("PREFIX name:"). */
static int declares_prefix(const char *q, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = q; *p; p++) {
        if (strncasecmp(p, "prefix", 6) != 0 || (p > q && (isalnum((unsigned char)p[-1]) || p[-1] == '_')))
            continue;
        const char *s = p + 6;
        if (!isspace((unsigned char)*s))
            continue;
        while (isspace((unsigned char)*s))
            s++;
        if (strncmp(s, name, n) == 0 && s[n] == ':')
            return 1;
    }
    return 0;
}

/* The query with the predeclared prefixes it lacks, all on its first
 * line, so that the line numbers in error messages are the user's. */
static char *query_with_prefixes(const char *q, int *shift)
{
    ng_buf b;
    ng_buf_init(&b);
    for (int i = 0; ng_prefixes[i][0]; i++)
        if (!declares_prefix(q, ng_prefixes[i][0]))
            ng_buf_printf(&b, "PREFIX %s: <%s> ", ng_prefixes[i][0], ng_prefixes[i][1]);
    *shift = (int)b.len;
    ng_buf_adds(&b, q);
    return ng_buf_steal(&b);
}

/* Prints line n of the query under an error message, to show where. */
static void print_query_line(const char *q, int n)
{
    for (int line = 1; *q && line < n; q++)
        if (*q == '\n')
            line++;
    size_t len = strcspn(q, "\n");
    if (*q || n == 1)
        fprintf(stderr, "  %d | %.*s\n", n, (int)len, q);
}

static char *read_file(const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        fprintf(stderr, "newsgraph: %s: cannot read query: %s\n", path, strerror(errno));
        return NULL;
    }
    ng_buf b;
    ng_buf_init(&b);
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        ng_buf_add(&b, chunk, n);
    int bad = ferror(fp);
    fclose(fp);
    if (bad) {
        fprintf(stderr, "newsgraph: %s: cannot read query\n", path);
        ng_buf_free(&b);
        return NULL;
    }
    return b.data ? ng_buf_steal(&b) : ng_xstrdup("");
}

/* Whether the query is a DESCRIBE: the keyword as a word, anywhere (a
 * hint is all this decides). */
static int is_describe(const char *q)
{
    for (const char *p = q; *p; p++)
        if (strncasecmp(p, "describe", 8) == 0 && (p == q || !isalnum((unsigned char)p[-1])) &&
            !isalnum((unsigned char)p[8]))
            return 1;
    return 0;
}

/* Runs the SPARQL text over the model and prints the results; returns the
 * exit code. */
static int run_query(rdf_env *e, const char *text, int fmt)
{
    int shift;
    char *full = query_with_prefixes(text, &shift);
    ng_env_reset_log(e, "query");
    e->col_shift = shift;
    /* a Virtuoso store runs the query in Virtuoso's engine (virtuoso.c) */
    int ask = 0;
    char *vtext = e->vgraph ? ng_virtuoso_query_text(e, full, &ask) : NULL;
    librdf_query *q = librdf_new_query(e->world, vtext ? "vsparql" : "sparql", NULL,
                                       (const unsigned char *)(vtext ? vtext : full), NULL);
    librdf_query_results *r = q ? librdf_model_query_execute(e->model, q) : NULL;
    int code = NG_EXIT_OK;
    if (!q || (!r && e->errors)) {
        /* rasqal parses when the query is made, or at the latest when run */
        ng_env_print_log(e, "malformed SPARQL");
        if (e->first_line)
            print_query_line(text, e->first_line);
        code = NG_EXIT_USAGE;
    } else if (!r || (ask ? ng_virtuoso_print_ask(r, fmt) : ng_print_results(e, r, fmt, full)) != 0 || e->errors) {
        ng_env_print_log(e, "the query failed");
        code = NG_EXIT_FAIL;
    }
    if (code != NG_EXIT_USAGE && !e->vgraph && is_describe(text))
        fprintf(stderr, "newsgraph: note: rasqal does not describe resources (DESCRIBE gives an empty graph "
                        "or fails); CONSTRUCT { <IRI> ?p ?o } WHERE { <IRI> ?p ?o } does\n");
    if (code != NG_EXIT_USAGE && (fflush(stdout) != 0 || ferror(stdout))) {
        fprintf(stderr, "newsgraph: standard output: write error: %s\n", strerror(errno));
        code = NG_EXIT_FAIL;
    }
    if (r)
        librdf_free_query_results(r);
    if (q)
        librdf_free_query(q);
    free(full);
    free(vtext);
    return code;
}

static void query_usage(FILE *fp)
{
    fprintf(fp,
            "usage: newsgraph query (-s STORE | -g GRAPH_FILE...) (QUERY_FILE | -e SPARQL)\n"
            "                       [--format table|csv|tsv|json]\n"
            "\n"
            "Runs a SPARQL query over a store made by 'newsgraph load', or over graph\n"
            "files read into memory (Turtle; N-Triples for .nt, N-Quads for .nq, RDF/XML\n"
            "for .rdf and .owl). The prefixes ng: rdf: rdfs: skos: dcterms: xsd: owl: are\n"
            "declared unless the query declares them itself.\n"
            "\n"
            "  -s, --store FILE   the store; read into memory first (about 0.6 KB a\n"
            "                     triple), since rasqal answers far faster from memory\n"
            "  -s virtuoso:DSN    a Virtuoso server's store, queried by Virtuoso's own\n"
            "                     SPARQL engine (docs/virtuoso.md)\n"
            "  --on-disk          query the store where it is, for stores too large\n"
            "                     for memory (slower: an SQL query per triple look-up)\n"
            "  -g, --graph FILE   a graph file (repeatable)\n"
            "  -e, --expression SPARQL  the query text\n"
            "  --format FORMAT    for SELECT: table (default; IRIs shortened), csv, tsv\n"
            "                     (SPARQL 1.1 CSV/TSV), json (SPARQL 1.1 results JSON).\n"
            "                     ASK prints true or false; CONSTRUCT, Turtle. (rasqal\n"
            "                     answers DESCRIBE with an empty graph: use CONSTRUCT.)\n"
            "\n"
            "Exit status: 0 done; 2 bad usage or malformed SPARQL; 4 the store, a graph\n"
            "file or the query file could not be read, or the query failed.\n");
}

static int format_code(const char *s)
{
    static const char *const names[] = {"table", "csv", "tsv", "json", NULL};
    for (int i = 0; names[i]; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

typedef struct {
    const char *store, *expr, *format;
    ng_vec graphs;
    int on_disk;
} query_opts;

/* Returns -1 to go on, else the exit code. */
static int query_parse(int argc, char **argv, query_opts *o)
{
    static const struct option opts[] = {
        {"store", required_argument, 0, 's'}, {"graph", required_argument, 0, 'g'},
        {"expression", required_argument, 0, 'e'}, {"format", required_argument, 0, 'F'},
        {"on-disk", no_argument, 0, 'D'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "s:g:e:h", opts, NULL)) != -1) {
        switch (c) {
        case 's': o->store = optarg; break;
        case 'g': ng_vec_push(&o->graphs, optarg); break;
        case 'e': o->expr = optarg; break;
        case 'F': o->format = optarg; break;
        case 'D': o->on_disk = 1; break;
        case 'h': query_usage(stdout); return NG_EXIT_OK;
        default: query_usage(stderr); return NG_EXIT_USAGE;
        }
    }
    int nfiles = argc - optind;
    const char *problem = format_code(o->format) < 0                ? "--format takes table, csv, tsv or json"
                          : (o->expr ? nfiles != 0 : nfiles != 1) ? "give one QUERY_FILE or -e SPARQL"
                                                                    : NULL;
    if (problem || ng_source_usage("query", o->store, &o->graphs) != 0) {
        if (problem)
            fprintf(stderr, "newsgraph query: %s\n", problem);
        fputc('\n', stderr);
        query_usage(stderr);
        return NG_EXIT_USAGE;
    }
    return -1;
}

int ng_cmd_query(int argc, char **argv)
{
    query_opts o = {.format = "table"};
    int code = query_parse(argc, argv, &o);
    if (code >= 0) {
        ng_vec_free(&o.graphs);
        return code;
    }
    char *text = o.expr ? ng_xstrdup(o.expr) : read_file(argv[optind]);
    rdf_env e;
    code = NG_EXIT_FAIL;
    if (text && ng_env_open(&e) == 0) {
        if (ng_source_open(&e, o.store, &o.graphs, o.on_disk) == 0)
            code = run_query(&e, text, format_code(o.format));
        ng_env_close(&e);
    }
    free(text);
    ng_vec_free(&o.graphs);
    return code;
}
