/*
 * load_opts.c - the options of `newsgraph load`: the same extraction
 * settings as `extract` (--base, --gazetteer, --rules, --data, -j, --jsonl,
 * --max-size, --time-budget), checked the same way, and the store.
 */
#include "cli.h"
#include "store/store.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static void load_usage(FILE *fp)
{
    fprintf(fp,
            "usage: newsgraph load -s STORE [options] INPUT...\n"
            "\n"
            "Extracts the articles (as 'newsgraph extract' does) into STORE, an SQLite\n"
            "file made by librdf; it is created when it does not exist. Each article is\n"
            "added in transactions of up to 256 articles. Loading again is safe: an article already in the\n"
            "store is skipped, a byte-identical copy under another name adds that name\n"
            "(ng:file) and its address (dcterms:source) to it, and a changed file\n"
            "replaces its older version's facts\n"
            "(articles read from standard input never replace others).\n"
            "\n"
            "  -s, --store FILE  the store (its directory must exist)\n"
            "  -s virtuoso:DSN   a Virtuoso server's store, reached through the ODBC data\n"
            "                    source DSN (docs/virtuoso.md)\n"
            "  --base IRI        instance namespace (default %s)\n"
            "  --gazetteer FILE  more known entities, Turtle (repeatable; - is standard input)\n"
            "  --rules FILE      more extraction rules, Turtle (repeatable; docs/rules.md; -: standard input)\n"
            "  --data DIR        data directory (default: $NEWSGRAPH_DATA or the built-in one)\n"
            "  -j N              extraction threads (default: the number of cores)\n"
            "  --jsonl           standard input is JSON Lines (see 'newsgraph extract --help')\n"
            "  --max-size SIZE   skip larger articles with a warning (default 16M; k, M, G)\n"
            "  --time-budget S   seconds an article may take, else skipped with a warning\n"
            "                    (default %g, plus %g a MB of the article; 0: no limit)\n"
            "  -q, -v            quiet (no summary, no warnings), verbose (a line per article)\n"
            "\n"
            "Exit status: 0 done; 1 done, but some inputs were skipped; 2 bad usage;\n"
            "3 no article could be read; 4 data or store failure.\n",
            NG_DEFAULT_BASE, NG_TIME_BUDGET, NG_TIME_BUDGET_PER_MB);
}

/* Returns -1 to go on, else the exit code. */
int ng_load_parse(int argc, char **argv, ng_load_opts *o)
{
    char err[512];
    static const struct option opts[] = {
        {"store", required_argument, 0, 's'},  {"base", required_argument, 0, 'b'},
        {"gazetteer", required_argument, 0, 'g'}, {"data", required_argument, 0, 'd'},
        {"jobs", required_argument, 0, 'j'},   {"quiet", no_argument, 0, 'q'},
        {"verbose", no_argument, 0, 'v'},      {"help", no_argument, 0, 'h'},
        {"jsonl", no_argument, 0, 'J'},        {"max-size", required_argument, 0, 'M'},
        {"rules", required_argument, 0, 'R'},  {"time-budget", required_argument, 0, 'T'},
        {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "s:j:qvh", opts, NULL)) != -1) {
        switch (c) {
        case 's': o->store = optarg; break;
        case 'b': o->base = optarg; break;
        case 'g': ng_vec_push(&o->gaz, optarg); break;
        case 'R': ng_vec_push(&o->rules, optarg); break;
        case 'T':
            if (ng_cli_parse_seconds(optarg, &o->budget) != 0) {
                fprintf(stderr, "newsgraph load: --time-budget takes seconds (0: no limit)\n");
                return NG_EXIT_USAGE;
            }
            break;
        case 'd': o->data = optarg; break;
        case 'j': o->jobs = (int)strtol(optarg, NULL, 10); break;
        case 'q': o->quiet = 1; break;
        case 'v': o->verbose = 1; break;
        case 'J': o->jsonl = 1; break;
        case 'M':
            if (ng_cli_parse_size(optarg, &o->max_size, err, sizeof err) != 0) {
                fprintf(stderr, "newsgraph load: %s\n", err);
                return NG_EXIT_USAGE;
            }
            break;
        case 'h': load_usage(stdout); return NG_EXIT_OK;
        default: load_usage(stderr); return NG_EXIT_USAGE;
        }
    }
    const char *problem = !o->store ? "no -s STORE given"
                          : optind >= argc ? "no INPUT given"
                          : o->jobs < 1 || o->jobs > 256 || o->max_size == 0
                              ? "-j takes 1 to 256 and --max-size a positive size"
                              : NULL;
    if (problem) {
        fprintf(stderr, "newsgraph load: %s\n\n", problem);
        load_usage(stderr);
        return NG_EXIT_USAGE;
    }
    /* the same settings checks as extract: a bad base would write
     * relative or invalid IRIs into the store */
    ng_cli_files files[] = {{"--gazetteer", (const char *const *)o->gaz.items, o->gaz.len},
                            {"--rules", (const char *const *)o->rules.items, o->rules.len},
                            {"INPUT", (const char *const *)argv + optind, (size_t)(argc - optind)}};
    if (ng_cli_check_base(o->base, err, sizeof err) != 0 || ng_cli_check_stdin(files, 3, err, sizeof err) != 0) {
        fprintf(stderr, "newsgraph load: %s\n", err);
        return NG_EXIT_USAGE;
    }
    return -1;
}
