/*
 * stats.c - `newsgraph stats`: what a store or graph files hold, counted.
 */
#include "cli.h"
#include "store/store.h"
#include "util.h"

#include <errno.h>
#include <getopt.h>
#include <string.h>


enum { S_ARTICLES, S_PEOPLE, S_PLACES, S_POSITIONS, S_MEETINGS, S_FORUMS, S_CLAIMS, S_COUNT };

static const char *const stat_names[S_COUNT] = {"articles", "people",   "places", "positions",
                                                "meetings", "forums", "claims"};

/* The classes counted, and the count each adds to. */
static const struct {
    const char *iri;
    int stat;
} stat_classes[] = {
    {NG_NS "Article", S_ARTICLES}, {NG_NS "Person", S_PEOPLE},      {NG_NS "Place", S_PLACES},
    {NG_NS "Country", S_PLACES},   {NG_NS "Region", S_PLACES},      {NG_NS "City", S_PLACES},
    {NG_NS "Position", S_POSITIONS}, {NG_NS "Meeting", S_MEETINGS}, {NG_NS "Forum", S_FORUMS},
    {NG_NS "EconomicClaim", S_CLAIMS}, {NG_NS "Claim", S_CLAIMS},   {NULL, 0},
};

/* Files a typed subject under its class's count; a map per count, because
 * a place typed both ng:Country and ng:Place counts once. */
static void stats_type(ng_map **seen, librdf_statement *st)
{
    librdf_node *o = librdf_statement_get_object(st), *s = librdf_statement_get_subject(st);
    if (!librdf_node_is_resource(o))
        return;
    const char *cls = ng_node_iri(o);
    for (int i = 0; stat_classes[i].iri; i++) {
        if (strcmp(cls, stat_classes[i].iri) != 0)
            continue;
        ng_buf key;
        ng_buf_init(&key);
        if (librdf_node_is_blank(s))
            ng_buf_printf(&key, "_:%s", (const char *)librdf_node_get_blank_identifier(s));
        else
            ng_buf_adds(&key, ng_node_iri(s));
        ng_map_put(seen[stat_classes[i].stat], key.data, key.len, (void *)1);
        ng_buf_free(&key);
    }
}

/* One pass over every statement: the triple count and the typed subjects. */
static int stats_count(rdf_env *e, FILE *fp)
{
    librdf_stream *st = librdf_model_as_stream(e->model);
    if (!st) {
        ng_env_print_log(e, "cannot read the statements");
        return NG_EXIT_FAIL;
    }
    librdf_node *type = ng_uri_node(e, NG_NS_RDF "type");
    ng_map *seen[S_COUNT];
    for (int i = 0; i < S_COUNT; i++)
        seen[i] = ng_map_new();
    size_t triples = 0;
    for (; !librdf_stream_end(st); librdf_stream_next(st), triples++) {
        librdf_statement *s = librdf_stream_get_object(st);
        if (librdf_node_equals(librdf_statement_get_predicate(s), type))
            stats_type(seen, s);
    }
    librdf_free_stream(st);
    librdf_free_node(type);
    for (int i = 0; i < S_COUNT; i++) {
        fprintf(fp, "%s %zu\n", stat_names[i], ng_map_count(seen[i]));
        ng_map_free(seen[i]);
    }
    fprintf(fp, "triples %zu\n", triples);
    return NG_EXIT_OK;
}

static void stats_usage(FILE *fp)
{
    fprintf(fp,
            "usage: newsgraph stats (-s STORE | -g GRAPH_FILE...)\n"
            "\n"
            "Counts what a store or graph files hold, one \"name count\" a line: articles,\n"
            "people, places (ng:Place, ng:Country, ng:Region or ng:City), positions,\n"
            "meetings, forums, claims, and triples.\n"
            "\n"
            "  -s, --store FILE  the store\n"
            "  -g, --graph FILE  a graph file (repeatable; by extension .ttl .nt .nq .rdf .trig,\n"
            "                    each also .gz; '-' is standard input, Turtle unless -i says)\n"
            "  -i FORMAT         the graph files' syntax: turtle, ntriples, nquads, rdfxml, trig\n"
            "\n"
            "Exit status: 0 done; 2 bad usage; 4 the store or a graph file could not be read.\n");
}

int ng_cmd_stats(int argc, char **argv)
{
    const char *store = NULL, *syntax = NULL;
    ng_vec graphs = {0};
    static const struct option opts[] = {
        {"store", required_argument, 0, 's'}, {"graph", required_argument, 0, 'g'},
        {"input-format", required_argument, 0, 'i'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "s:g:i:h", opts, NULL)) != -1) {
        switch (c) {
        case 's': store = optarg; break;
        case 'i': syntax = optarg; break;
        case 'g': ng_vec_push(&graphs, optarg); break;
        case 'h': stats_usage(stdout); ng_vec_free(&graphs); return NG_EXIT_OK;
        default: stats_usage(stderr); ng_vec_free(&graphs); return NG_EXIT_USAGE;
        }
    }
    if (optind < argc || ng_source_usage("stats", store, &graphs) != 0) {
        if (optind < argc)
            fprintf(stderr, "newsgraph stats: unexpected arguments\n");
        fputc('\n', stderr);
        stats_usage(stderr);
        ng_vec_free(&graphs);
        return NG_EXIT_USAGE;
    }
    rdf_env e;
    int code = NG_EXIT_FAIL;
    if (ng_env_open(&e) == 0) {
        if (ng_source_open(&e, store, &graphs, syntax, 1) == 0)
            code = stats_count(&e, stdout);
        ng_env_close(&e);
    }
    ng_vec_free(&graphs);
    if (code == NG_EXIT_OK && (fflush(stdout) != 0 || ferror(stdout))) {
        fprintf(stderr, "newsgraph: standard output: write error: %s\n", strerror(errno));
        code = NG_EXIT_FAIL;
    }
    return code;
}
