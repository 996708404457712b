/*
 * graphs.c - the model `query` and `stats` read: graph files parsed into
 * memory (-g), or a store (-s), copied into memory or read where it is.
 */
#include "store/store.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>


static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

/* The syntax of a graph file, from its name; Turtle unless it says else. */
static const char *graph_syntax(const char *path)
{
    if (ends_with(path, ".nt") || ends_with(path, ".ntriples"))
        return "ntriples";
    if (ends_with(path, ".nq") || ends_with(path, ".nquads"))
        return "nquads";
    if (ends_with(path, ".rdf") || ends_with(path, ".owl") || ends_with(path, ".xml"))
        return "rdfxml";
    return "turtle";
}

static int graph_parse(rdf_env *e, const char *path)
{
    FILE *fp = fopen(path, "rb");
    struct stat sb;
    if (!fp || fstat(fileno(fp), &sb) != 0 || S_ISDIR(sb.st_mode)) {
        fprintf(stderr, "newsgraph: %s: cannot read graph file: %s\n", path, fp ? "a directory" : strerror(errno));
        if (fp)
            fclose(fp);
        return -1;
    }
    ng_env_reset_log(e, path);
    librdf_parser *p = librdf_new_parser(e->world, graph_syntax(path), NULL, NULL);
    librdf_uri *base = librdf_new_uri_from_filename(e->world, path);
    int rc = p && base ? librdf_parser_parse_file_handle_into_model(p, fp, 0, base, e->model) : -1;
    fclose(fp);
    if (rc != 0 || e->errors) {
        ng_env_print_log(e, "cannot parse the graph");
        rc = -1;
    }
    if (base)
        librdf_free_uri(base);
    if (p)
        librdf_free_parser(p);
    return rc;
}

/* An empty model in memory. librdf's "trees" storage, not "hashes": rasqal
 * asks for triples with one or two terms bound, which the hashes storage
 * answers by walking every triple it holds (the canned meetings query took
 * 206 s on a 118,000-triple graph with "hashes", 2 s with "trees"). */
static int memory_open(rdf_env *e)
{
    e->storage = librdf_new_storage(e->world, "trees", NULL, NULL);
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
static int graphs_open(rdf_env *e, char **files, size_t n)
{
    if (memory_open(e) != 0)
        return -1;
    for (size_t i = 0; i < n; i++)
        if (graph_parse(e, files[i]) != 0)
            return -1;
    return 0;
}

/* Replaces the store's model by a copy in memory. rasqal evaluates a query
 * as nested loops of triple look-ups, and each look-up in the SQLite
 * storage is an SQL query: the canned meetings query took 14.7 s on a
 * 118,000-triple store, and much less on a copy. */
static int store_to_memory(rdf_env *e, const char *path)
{
    librdf_model *disk = e->model;
    librdf_storage *disk_storage = e->storage;
    e->model = NULL;
    e->storage = NULL;
    int rc = memory_open(e);
    librdf_stream *all = rc == 0 ? librdf_model_as_stream(disk) : NULL;
    if (rc == 0 && (!all || librdf_model_add_statements(e->model, all) != 0)) {
        fprintf(stderr, "newsgraph: %s: cannot read the store into memory\n", path);
        rc = -1;
    }
    if (all)
        librdf_free_stream(all);
    librdf_free_model(disk);
    librdf_free_storage(disk_storage);
    return rc;
}

/* The model query and stats read: a store (-s), copied into memory unless
 * on_disk, or graph files (-g). */
int ng_source_open(rdf_env *e, const char *store, ng_vec *graphs, int on_disk)
{
    if (store) {
        int is_new;
        if (ng_store_check(store, 0, &is_new) != 0 || ng_store_open(e, store, 0, 0) != 0)
            return -1;
        /* a Virtuoso store answers queries itself */
        return on_disk || ng_virtuoso_spec(store) ? 0 : store_to_memory(e, store);
    }
    return graphs_open(e, (char **)graphs->items, graphs->len);
}

/* Both or neither of -s and -g is a usage error; returns 0 when fine. */
int ng_source_usage(const char *cmd, const char *store, const ng_vec *graphs)
{
    if (!store == !graphs->len) {
        fprintf(stderr, "newsgraph %s: give either -s STORE or -g GRAPH_FILE...\n", cmd);
        return -1;
    }
    return 0;
}
