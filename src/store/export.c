/*
 * export.c - `newsgraph export`: the whole store as one graph.
 */
#include "cli.h"
#include "store/store.h"

#include <errno.h>
#include <getopt.h>
#include <string.h>
#include <sys/stat.h>


static void export_usage(FILE *fp)
{
    fprintf(fp,
            "usage: newsgraph export -s STORE [-f FORMAT] [-o FILE]\n"
            "\n"
            "Writes the whole store as one graph.\n"
            "\n"
            "  -s, --store FILE  the store\n"
            "  -f FORMAT         turtle (default), ntriples, rdfxml, rdfxml-abbrev, json, ...\n"
            "  -o FILE           write here (default: standard output); written to a\n"
            "                    temporary file and renamed when complete\n"
            "  --base IRI        instance namespace, for prefixes (default %s)\n"
            "\n"
            "Exit status: 0 done; 2 bad usage; 4 store or output failure.\n",
            NG_DEFAULT_BASE);
}

/* Serializes the store's model to out; returns the exit code. */
static int export_model(rdf_env *e, const char *format, const char *base, const char *out)
{
    if (!librdf_serializer_check_name(e->world, format)) {
        fprintf(stderr, "newsgraph export: unknown format '%s'\n", format);
        return NG_EXIT_USAGE;
    }
    librdf_serializer *ser = librdf_new_serializer(e->world, format, NULL, NULL);
    ng_outfile of;
    if (!ser || ng_outfile_open(&of, out) != 0) {
        if (ser)
            librdf_free_serializer(ser);
        return NG_EXIT_FAIL;
    }
    ng_set_namespaces(e, ser, base);
    ng_env_reset_log(e, out ? out : "standard output");
    librdf_stream *all = librdf_model_as_stream(e->model);
    int rc = all ? librdf_serializer_serialize_stream_to_file_handle(ser, of.fp, NULL, all) : -1;
    if (all)
        librdf_free_stream(all);
    librdf_free_serializer(ser);
    if (rc != 0 || e->errors) {
        ng_env_print_log(e, "cannot write the graph");
        ng_outfile_abort(&of);
        return NG_EXIT_FAIL;
    }
    /* raptor's feed serializers (atom, rss-1.0) write nothing for a graph
     * that is not a feed and report success: an empty file must not
     * replace what was there */
    if (of.tmp && fflush(of.fp) == 0 && ftell(of.fp) == 0 && librdf_model_size(e->model) != 0) {
        fprintf(stderr, "newsgraph export: the %s serializer wrote nothing for this graph; %s is left as it was\n",
                format, out);
        ng_outfile_abort(&of);
        return NG_EXIT_FAIL;
    }
    return ng_outfile_commit(&of) == 0 ? NG_EXIT_OK : NG_EXIT_FAIL;
}

int ng_cmd_export(int argc, char **argv)
{
    const char *store = NULL, *format = "turtle", *out = NULL, *base = NG_DEFAULT_BASE;
    static const struct option opts[] = {
        {"store", required_argument, 0, 's'}, {"format", required_argument, 0, 'f'},
        {"output", required_argument, 0, 'o'}, {"base", required_argument, 0, 'b'},
        {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "s:f:o:h", opts, NULL)) != -1) {
        switch (c) {
        case 's': store = optarg; break;
        case 'f': format = optarg; break;
        case 'o': out = optarg; break;
        case 'b': base = optarg; break;
        case 'h': export_usage(stdout); return NG_EXIT_OK;
        default: export_usage(stderr); return NG_EXIT_USAGE;
        }
    }
    if (!store || optind < argc) {
        fprintf(stderr, "newsgraph export: %s\n\n", store ? "unexpected arguments" : "no -s STORE given");
        export_usage(stderr);
        return NG_EXIT_USAGE;
    }
    char err[512];
    if (ng_cli_check_base(base, err, sizeof err) != 0 || ng_cli_check_format(format, err, sizeof err) != 0) {
        fprintf(stderr, "newsgraph export: %s\n", err);
        return NG_EXIT_USAGE;
    }
    struct stat so, ss;
    if (out && stat(out, &so) == 0 && stat(store, &ss) == 0 && so.st_dev == ss.st_dev && so.st_ino == ss.st_ino) {
        fprintf(stderr, "newsgraph export: -o %s is the store itself: refused\n", out);
        return NG_EXIT_USAGE;
    }
    /* N-Triples and N-Quads stream from the store; the other formats are
     * written from a copy in memory (raptor's writers for them hold the
     * whole graph anyway), because raptor's json writer, fed straight from
     * librdf's SQLite storage, reported failure after writing everything
     * (exit 4 with a complete file; from memory it succeeds) */
    int streams = strcmp(format, "ntriples") == 0 || strcmp(format, "nquads") == 0;
    int code = NG_EXIT_FAIL;
    ng_vec none = {0};
    rdf_env e;
    if (ng_env_open(&e) != 0)
        return NG_EXIT_FAIL;
    if (ng_source_open(&e, store, &none, NULL, streams) == 0)
        code = export_model(&e, format, base, out);
    ng_env_close(&e);
    return code;
}
