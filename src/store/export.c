/*
 * export.c - `newsgraph export`: the whole store as one graph.
 */
#include "cli.h"
#include "store/store.h"

#include <getopt.h>
#include <string.h>


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
    int rc = librdf_serializer_serialize_model_to_file_handle(ser, of.fp, NULL, e->model);
    librdf_free_serializer(ser);
    if (rc != 0 || e->errors) {
        ng_env_print_log(e, "cannot write the graph");
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
    int is_new, code = NG_EXIT_FAIL;
    rdf_env e;
    if (ng_store_check(store, 0, &is_new) != 0 || ng_env_open(&e) != 0)
        return NG_EXIT_FAIL;
    if (ng_store_open(&e, store, 0, 0) == 0)
        code = export_model(&e, format, base, out);
    ng_env_close(&e);
    return code;
}
