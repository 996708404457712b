/*
 * graphs.c - the model `query` and `stats` read: graph files parsed into
 * memory (-g), or a store (-s), copied into memory or read where it is.
 */
#include "cli.h"
#include "store/memstore.h"
#include "store/store.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

/* The syntax a graph file's name says (a .gz suffix aside): Turtle for a
 * name without extension and for standard input; NULL for an extension
 * that names no RDF syntax (a .json or .csv is not read as Turtle). */
static const char *graph_syntax(const char *path)
{
    static const char *const map[][2] = {
        {".ttl", "turtle"},   {".turtle", "turtle"}, {".nt", "ntriples"}, {".ntriples", "ntriples"},
        {".nq", "nquads"},    {".nquads", "nquads"}, {".rdf", "rdfxml"},  {".owl", "rdfxml"},
        {".xml", "rdfxml"},   {".trig", "trig"},     {NULL, NULL},
    };
    size_t n = strlen(path);
    if (ends_with(path, ".gz"))
        n -= 3;
    const char *slash = strrchr(path, '/'), *base = slash ? slash + 1 : path;
    const char *dot = NULL;
    for (const char *p = base; p < path + n; p++)
        if (*p == '.')
            dot = p;
    if (strcmp(path, "-") == 0 || !dot || dot == base)
        return "turtle";
    for (int i = 0; map[i][0]; i++)
        if ((size_t)(path + n - dot) == strlen(map[i][0]) && strncasecmp(dot, map[i][0], strlen(map[i][0])) == 0)
            return map[i][1];
    return NULL;
}

int ng_graph_syntax_ok(rdf_env *e, const char *syntax)
{
    if (librdf_parser_check_name(e->world, syntax))
        return 0;
    fprintf(stderr, "newsgraph: unknown graph format '%s': turtle, ntriples, nquads, rdfxml, trig\n", syntax);
    return -1;
}

/* The whole of a gzip stream, or -1 after a message (a damaged or cut
 * stream is an error, not a shorter graph). */
static int gunzip_all(FILE *fp, const char *name, ng_buf *out)
{
    gzFile gz = gzdopen(dup(fileno(fp)), "rb");
    if (!gz) {
        fprintf(stderr, "newsgraph: %s: cannot read graph file: %s\n", name, strerror(errno));
        return -1;
    }
    char chunk[65536];
    int n;
    while ((n = gzread(gz, chunk, sizeof chunk)) > 0)
        ng_buf_add(out, chunk, (size_t)n);
    /* a stream cut short reads as a clean end, with Z_BUF_ERROR set */
    int errnum = Z_OK, direct = gzdirect(gz);
    char msg[256];
    snprintf(msg, sizeof msg, "%s", gzerror(gz, &errnum));
    int rc = gzclose_r(gz);
    if (direct) {   /* zlib passes data that is not gzip through as it is */
        fprintf(stderr, "newsgraph: %s: not gzip data (the name ends in .gz)\n", name);
        return -1;
    }
    if (n < 0 || errnum != Z_OK || rc != Z_OK) {
        fprintf(stderr, "newsgraph: %s: damaged gzip data: %s\n", name,
                errnum != Z_OK ? msg : rc == Z_BUF_ERROR ? "the stream is cut short" : "read error");
        return -1;
    }
    return 0;
}

/* Parses an open graph file (plain or gzipped) into the model. */
static int graph_read(rdf_env *e, FILE *fp, const char *path, const char *syntax)
{
    int is_stdin = strcmp(path, "-") == 0;
    ng_buf b;
    ng_buf_init(&b);
    int gz = ends_with(path, ".gz");
    if (gz && gunzip_all(fp, path, &b) != 0) {
        ng_buf_free(&b);
        return -1;
    }
    /* N-Triples is a subset of Turtle, and raptor 2.0.15's N-Triples parser
     * leaks every datatype IRI it reads (see load.c) */
    if (strcmp(syntax, "ntriples") == 0)
        syntax = "turtle";
    librdf_parser *p = librdf_new_parser(e->world, syntax, NULL, NULL);
    librdf_uri *base = is_stdin ? librdf_new_uri(e->world, (const unsigned char *)"file:///dev/stdin")
                                : librdf_new_uri_from_filename(e->world, path);
    int rc = -1;
    if (p && base && gz)
        rc = librdf_parser_parse_counted_string_into_model(p, (const unsigned char *)(b.data ? b.data : ""), b.len,
                                                           base, e->model);
    else if (p && base)
        rc = librdf_parser_parse_file_handle_into_model(p, fp, 0, base, e->model);
    if (rc != 0 || e->errors) {
        ng_env_print_log(e, "cannot parse the graph");
        rc = -1;
    }
    ng_buf_free(&b);
    if (base)
        librdf_free_uri(base);
    if (p)
        librdf_free_parser(p);
    return rc;
}

static int graph_parse(rdf_env *e, const char *path, const char *syntax)
{
    int is_stdin = strcmp(path, "-") == 0;
    const char *name = is_stdin ? "standard input" : path;
    if (!syntax && !(syntax = graph_syntax(path))) {
        fprintf(stderr, "newsgraph: %s: unknown graph format (by its extension): name it .ttl, .nt, .nq, .rdf "
                        "or .trig (and .gz when gzipped), or give -i FORMAT\n", path);
        return -1;
    }
    if (ng_graph_syntax_ok(e, syntax) != 0)
        return -1;
    FILE *fp = is_stdin ? stdin : fopen(path, "rb");
    struct stat sb;
    if (!fp || fstat(fileno(fp), &sb) != 0 || S_ISDIR(sb.st_mode)) {
        fprintf(stderr, "newsgraph: %s: cannot read graph file: %s\n", name, fp ? "a directory" : strerror(errno));
        if (fp && !is_stdin)
            fclose(fp);
        return -1;
    }
    ng_env_reset_log(e, name);
    int rc = graph_read(e, fp, path, syntax);
    if (!is_stdin)
        fclose(fp);
    return rc;
}

/* An empty model in memory, in newsgraph's own storage (memstore.h).
 * Not librdf's "hashes": rasqal asks for triples with one or two terms
 * bound, which that storage answers by walking every triple it holds (the
 * canned meetings query took 206 s on a 118,000-triple graph with
 * "hashes", 2 s with "trees"); nor "trees", whose four AVL indexes made
 * copying a 982,000-triple store into memory take 6 of a query's 7 s
 * (bench/RESULTS.md). */
static int memory_open(rdf_env *e)
{
    if (ng_memstore_register(e->world) == 0)
        e->storage = librdf_new_storage(e->world, NG_MEMSTORE_NAME, NULL, NULL);
    if (e->storage)
        e->model = librdf_new_model(e->world, e->storage, NULL);
    if (!e->model) {
        fprintf(stderr, "newsgraph: cannot make an in-memory graph\n");
        return -1;
    }
    return 0;
}

/* Reads graph files, each in the syntax its name says, into one model in
 * memory. */
static int graphs_open(rdf_env *e, char **files, size_t n, const char *syntax)
{
    if (memory_open(e) != 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (graph_parse(e, files[i], syntax) != 0)
            return -1;
    return 0;
}

/* Replaces the store's model by a copy in memory. rasqal evaluates a query
 * as nested loops of triple look-ups, and each look-up in the SQLite
 * storage is an SQL query: the canned meetings query took 14.7 s on a
 * 118,000-triple store, and much less on a copy. The copy is read from
 * librdf's tables (memcopy.c), or through librdf when that reader leaves
 * it (into a fresh model: it may have added part). */
static int store_to_memory(rdf_env *e, const char *path)
{
    librdf_model *disk = e->model;
    librdf_storage *disk_storage = e->storage;
    e->model = NULL;
    e->storage = NULL;
    int rc = memory_open(e);
    if (rc == 0 && ng_store_copy_tables(e->world, e->storage, path) == 0)
        goto done;
    if (rc == 0) {
        librdf_free_model(e->model);
        librdf_free_storage(e->storage);
        e->model = NULL;
        e->storage = NULL;
        rc = memory_open(e);
    }
    librdf_stream *all = rc == 0 ? librdf_model_as_stream(disk) : NULL;
    if (rc == 0 && (!all || librdf_model_add_statements(e->model, all) != 0)) {
        fprintf(stderr, "newsgraph: %s: cannot read the store into memory\n", path);
        rc = -1;
    }
    if (all)
        librdf_free_stream(all);
done:
    librdf_free_model(disk);
    librdf_free_storage(disk_storage);
    return rc;
}

/* The model query and stats read: a store (-s), copied into memory unless
 * on_disk, or graph files (-g). */
int ng_source_open(rdf_env *e, const char *store, ng_vec *graphs, const char *syntax, int on_disk)
{
    if (store) {
        int is_new;
        if (ng_store_check(store, 0, &is_new) != 0 || ng_store_open(e, store, 0, 0) != 0)
            return -1;
        /* a Virtuoso store answers queries itself */
        return on_disk || ng_virtuoso_spec(store) ? 0 : store_to_memory(e, store);
    }
    return graphs_open(e, (char **)graphs->items, graphs->len, syntax);
}

/* Both or neither of -s and -g is a usage error, and so is -g - given
 * twice (standard input is read once); returns 0 when fine. */
int ng_source_usage(const char *cmd, const char *store, const ng_vec *graphs)
{
    if (!store == !graphs->len) {
        fprintf(stderr, "newsgraph %s: give either -s STORE or -g GRAPH_FILE...\n", cmd);
        return -1;
    }
    char err[256];
    ng_cli_files files = {"-g", (const char *const *)graphs->items, graphs->len};
    if (ng_cli_check_stdin(&files, 1, err, sizeof err) != 0) {
        fprintf(stderr, "newsgraph %s: %s\n", cmd, err);
        return -1;
    }
    return 0;
}
