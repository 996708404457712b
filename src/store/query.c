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
#include <signal.h>
#include <strings.h>
#include <unistd.h>

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

/* The query text from a file, "-" being standard input; larger than the
 * limit is refused before it is all read: a refused query (exit 2, as the
 * other query limits), where a read that fails is exit 4. */
static char *read_query(const char *path, int *code)
{
    *code = NG_EXIT_FAIL;
    int is_stdin = strcmp(path, "-") == 0;
    FILE *fp = is_stdin ? stdin : fopen(path, "rb");
    const char *name = is_stdin ? "standard input" : path;
    if (!fp) {
        fprintf(stderr, "newsgraph: %s: cannot read query: %s\n", name, strerror(errno));
        return NULL;
    }
    ng_buf b;
    ng_buf_init(&b);
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0 && b.len <= NG_QUERY_MAX_BYTES)
        ng_buf_add(&b, chunk, n);
    int bad = ferror(fp);
    if (!is_stdin)
        fclose(fp);
    if (bad || b.len > NG_QUERY_MAX_BYTES) {
        if (bad)
            fprintf(stderr, "newsgraph: %s: cannot read query\n", name);
        else
            fprintf(stderr, "newsgraph query: %s: refused: the query is larger than the limit (%d bytes)\n",
                    name, NG_QUERY_MAX_BYTES);
        *code = bad ? NG_EXIT_FAIL : NG_EXIT_USAGE;
        ng_buf_free(&b);
        return NULL;
    }
    return b.data ? ng_buf_steal(&b) : ng_xstrdup("");
}

static int format_code(const char *s)
{
    static const char *const names[] = {"table", "csv", "tsv", "json", "xml", NULL};
    for (int i = 0; names[i]; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

/* --timeout: rasqal cannot be interrupted, so the process ends here, with
 * a message, from the signal handler (only async-signal-safe calls). */
static void on_timeout(int sig)
{
    (void)sig;
    static const char msg[] = "newsgraph: query: stopped by --timeout; the output above is incomplete\n";
    if (write(2, msg, sizeof msg - 1) < 0) {
        /* nothing more can be done */
    }
    _exit(NG_EXIT_FAIL);
}

static void arm_timeout(unsigned seconds)
{
    if (!seconds)
        return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_timeout;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL);
    alarm(seconds);
}

typedef struct {
    const char *store, *expr, *format, *graph_format, *input_format;
    ng_vec graphs, binds;
    int on_disk, allow_service;
    unsigned timeout;
    size_t limit;
} query_opts;

/* Runs the SPARQL text over the model and prints the results; returns the
 * exit code. */
static int run_query(rdf_env *e, const char *text, query_opts *o)
{
    int shift;
    char *full = query_with_prefixes(text, &shift);
    ng_env_reset_log(e, "query");
    e->col_shift = shift;
    ng_result_opts ro = {format_code(o->format), o->graph_format, o->limit, NG_TABLE_MAX_ROWS, 0};
    /* a Virtuoso store runs the query in Virtuoso's engine (virtuoso.c) */
    int ask = 0;
    char *vtext = e->vgraph ? ng_virtuoso_query_text(e, full, &ask) : NULL;
    /* Virtuoso describes; rasqal does not (store.h) */
    char *describe = e->vgraph ? NULL : ng_sparql_describe_select(full);
    if (describe) {
        free(full);
        full = describe;
    }
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
    } else if (!r ||
               (ask        ? ng_virtuoso_print_ask(r, ro.fmt)
                : describe ? ng_print_description(e, r, &ro)
                           : ng_print_results(e, r, &ro, full)) != 0 ||
               e->errors) {
        ng_env_print_log(e, "the query failed");
        code = NG_EXIT_FAIL;
    } else if (ro.cut) {
        fprintf(stderr, "newsgraph: query: the table stops at %d rows; use --format csv (or tsv, json, xml) "
                        "for all, or --limit\n", NG_TABLE_MAX_ROWS);
        code = NG_EXIT_PARTIAL;
    }
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
            "                       [--bind NAME=VALUE]... [--format table|csv|tsv|json|xml]\n"
            "\n"
            "Runs a SPARQL query over a store made by 'newsgraph load', or over graph\n"
            "files read into memory (Turtle; N-Triples for .nt, N-Quads for .nq, RDF/XML\n"
            "for .rdf .owl .xml, TriG for .trig; any of them gzipped as .gz; - is standard\n"
            "input). The prefixes ng: rdf: rdfs: skos: dcterms: xsd: owl: are declared\n"
            "unless the query declares them itself. QUERY_FILE - is standard input.\n"
            "\n"
            "  -s, --store FILE   the store; read into memory first (about 0.1 KB a\n"
            "                     triple), since rasqal answers far faster from memory\n"
            "  -s virtuoso:DSN    a Virtuoso server's store, queried by Virtuoso's own\n"
            "                     SPARQL engine (docs/virtuoso.md)\n"
            "  --on-disk          query the store where it is, for stores too large\n"
            "                     for memory (slower: an SQL query per triple look-up)\n"
            "  -g, --graph FILE   a graph file (repeatable)\n"
            "  -i, --input-format FORMAT  the graph files' syntax (turtle, ntriples, nquads,\n"
            "                     rdfxml, trig), whatever their names say\n"
            "  -e, --expression SPARQL  the query text\n"
            "  --bind NAME=VALUE  put VALUE in the query's VALUES row as ?NAME: a string,\n"
            "                     <IRI> for an IRI, empty for UNDEF (repeatable)\n"
            "  --format FORMAT    for SELECT: table (default; IRIs shortened; at most\n"
            "                     %d rows), csv, tsv (SPARQL 1.1 CSV/TSV), json, xml\n"
            "                     (SPARQL 1.1 results). ASK prints true or false.\n"
            "  -f, --graph-format FORMAT  for CONSTRUCT and DESCRIBE: turtle (default),\n"
            "                     ntriples, rdfxml, json, ... (DESCRIBE gives the triples\n"
            "                     whose subject is a described resource)\n"
            "  --limit N          stop after N rows\n"
            "  --timeout SECONDS  stop a query that runs longer, with a message (exit 4)\n"
            "  --allow-service    let SERVICE fetch from other endpoints (refused otherwise)\n"
            "\n"
            "Queries larger than %d bytes, nested deeper than %d, or with more than %d\n"
            "operators or %d UNIONs or OPTIONALs are refused before they run.\n"
            "\n"
            "Exit status: 0 done; 1 the table was cut; 2 bad usage, malformed or refused\n"
            "SPARQL; 4 the store, a graph file or the query file could not be read, the\n"
            "query failed or ran out of time.\n",
            NG_TABLE_MAX_ROWS, NG_QUERY_MAX_BYTES, NG_QUERY_MAX_DEPTH, NG_QUERY_MAX_OPERATORS,
            NG_QUERY_MAX_GROUPS);
}

/* A whole number in [0, max], or -1. */
static long long count_arg(const char *s, long long max)
{
    char *end;
    errno = 0;
    long long v = strtoll(s, &end, 10);
    return errno || end == s || *end || v < 0 || v > max ? -1 : v;
}

static const char *query_problem(int argc, query_opts *o)
{
    int nfiles = argc - optind;
    if (format_code(o->format) < 0)
        return "--format takes table, csv, tsv, json or xml";
    if (o->expr ? nfiles != 0 : nfiles != 1)
        return "give one QUERY_FILE or -e SPARQL";
    return NULL;
}

/* Returns -1 to go on, else the exit code. */
static int query_parse(int argc, char **argv, query_opts *o)
{
    static const struct option opts[] = {
        {"store", required_argument, 0, 's'}, {"graph", required_argument, 0, 'g'},
        {"expression", required_argument, 0, 'e'}, {"format", required_argument, 0, 'F'},
        {"graph-format", required_argument, 0, 'f'}, {"input-format", required_argument, 0, 'i'},
        {"bind", required_argument, 0, 'B'}, {"limit", required_argument, 0, 'L'},
        {"timeout", required_argument, 0, 'T'}, {"allow-service", no_argument, 0, 'S'},
        {"on-disk", no_argument, 0, 'D'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    long long v;
    const char *problem = NULL;
    optind = 1;
    while ((c = getopt_long(argc, argv, "s:g:e:f:i:h", opts, NULL)) != -1) {
        switch (c) {
        case 's': o->store = optarg; break;
        case 'g': ng_vec_push(&o->graphs, optarg); break;
        case 'e': o->expr = optarg; break;
        case 'F': o->format = optarg; break;
        case 'f': o->graph_format = optarg; break;
        case 'i': o->input_format = optarg; break;
        case 'B': ng_vec_push(&o->binds, optarg); break;
        case 'L':
            if ((v = count_arg(optarg, 1000000000000LL)) <= 0)
                problem = "--limit takes a positive number of rows";
            o->limit = (size_t)v;
            break;
        case 'T':
            if ((v = count_arg(optarg, 1000000)) <= 0)
                problem = "--timeout takes a positive number of seconds (at most 1000000)";
            o->timeout = (unsigned)v;
            break;
        case 'S': o->allow_service = 1; break;
        case 'D': o->on_disk = 1; break;
        case 'h': query_usage(stdout); return NG_EXIT_OK;
        default: query_usage(stderr); return NG_EXIT_USAGE;
        }
    }
    if (!problem)
        problem = query_problem(argc, o);
    if (problem || ng_source_usage("query", o->store, &o->graphs) != 0) {
        if (problem)
            fprintf(stderr, "newsgraph query: %s\n", problem);
        fputc('\n', stderr);
        query_usage(stderr);
        return NG_EXIT_USAGE;
    }
    return -1;
}

/* Standard input read twice (as the query and as a graph) cannot work. */
static int stdin_once(const query_opts *o, const char *file)
{
    int n = file && strcmp(file, "-") == 0;
    for (size_t i = 0; i < o->graphs.len; i++)
        n += strcmp(o->graphs.items[i], "-") == 0;
    if (n > 1)
        fprintf(stderr, "newsgraph query: standard input (-) can be read only once\n");
    return n <= 1;
}

/* The query text, bound and checked; NULL after a message. */
static char *query_text(const query_opts *o, const char *file, int *code)
{
    char err[512];
    char *text = o->expr ? ng_xstrdup(o->expr) : read_query(file, code);
    if (!text)
        return NULL;
    *code = NG_EXIT_USAGE;
    if (o->binds.len) {
        char *bound = ng_sparql_bind(text, &o->binds, err, sizeof err);
        free(text);
        if (!bound) {
            fprintf(stderr, "newsgraph query: %s\n", err);
            return NULL;
        }
        text = bound;
    }
    if (ng_sparql_check(text, o->allow_service, err, sizeof err) != 0) {
        fprintf(stderr, "newsgraph query: %s\n", err);
        free(text);
        return NULL;
    }
    return text;
}

static int graph_format_ok(rdf_env *e, const char *format)
{
    if (librdf_serializer_check_name(e->world, format))
        return 1;
    fprintf(stderr, "newsgraph query: unknown graph format '%s' (-f): turtle, ntriples, rdfxml, json, ...\n", format);
    return 0;
}

int ng_cmd_query(int argc, char **argv)
{
    query_opts o = {.format = "table", .graph_format = "turtle"};
    int code = query_parse(argc, argv, &o);
    const char *file = o.expr ? NULL : argv[optind];
    char *text = NULL;
    if (code < 0 && !stdin_once(&o, file))
        code = NG_EXIT_USAGE;
    if (code < 0)
        text = query_text(&o, file, &code);
    rdf_env e;
    if (text && ng_env_open(&e) == 0) {
        if (!graph_format_ok(&e, o.graph_format) ||
            (o.input_format && ng_graph_syntax_ok(&e, o.input_format) != 0)) {
            code = NG_EXIT_USAGE;
        } else {
            arm_timeout(o.timeout);
            code = NG_EXIT_FAIL;
            if (ng_source_open(&e, o.store, &o.graphs, o.input_format, o.on_disk) == 0)
                code = run_query(&e, text, &o);
            alarm(0);
        }
        ng_env_close(&e);
    }
    free(text);
    ng_vec_free(&o.graphs);
    ng_vec_free(&o.binds);
    return code;
}
