/*
 * main.c - the newsgraph command: dispatch to a subcommand.
 */
#include "cli.h"

#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *fp)
{
    fprintf(fp,
            "newsgraph %s - news articles in, an RDF knowledge graph out\n"
            "\n"
            "usage: newsgraph COMMAND [options] ...\n"
            "\n"
            "  extract [options] INPUT...   articles to RDF (Turtle by default)\n"
            "  load -s STORE INPUT...       extract into a persistent store (SQLite file)\n"
            "  query (-s STORE | -g GRAPH...) (QUERY.rq | -e SPARQL)\n"
            "                               run SPARQL; --format table|csv|tsv|json\n"
            "  export -s STORE [-f FORMAT]  the store as a graph\n"
            "  stats (-s STORE | -g GRAPH...)  counts of articles, people, places, events, claims\n"
            "  explain INPUT...             each fact with its sentence, offsets and rule\n"
            "  rules [CORPUS...]            the extraction rules loaded; with a corpus, how often each fired\n"
            "  report (-s STORE | -g GRAPH...) [-o FILE.html]\n"
            "                               the graph as one self-contained HTML page\n"
            "\n"
            "'newsgraph COMMAND --help' tells more. --version prints the version.\n"
            "\n"
            "Exit status: 0 done; 1 done, but some inputs were skipped or repaired (each\n"
            "named in a warning); 2 bad usage, a refused setting or malformed SPARQL; 3 no\n"
            "article could be read; 4 data, store or output failure.\n",
            NG_VERSION);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return NG_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        usage(stdout);
        return NG_EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0) {
        printf("newsgraph %s\n", NG_VERSION);
        return NG_EXIT_OK;
    }
    xmlInitParser();
    ng_cli_install_signals();
    int rc;
    if (strcmp(cmd, "extract") == 0)
        rc = ng_cmd_extract(argc - 1, argv + 1);
    else if (strcmp(cmd, "load") == 0)
        rc = ng_cmd_load(argc - 1, argv + 1);
    else if (strcmp(cmd, "query") == 0)
        rc = ng_cmd_query(argc - 1, argv + 1);
    else if (strcmp(cmd, "export") == 0)
        rc = ng_cmd_export(argc - 1, argv + 1);
    else if (strcmp(cmd, "stats") == 0)
        rc = ng_cmd_stats(argc - 1, argv + 1);
    else if (strcmp(cmd, "explain") == 0)
        rc = ng_cmd_explain(argc - 1, argv + 1);
    else if (strcmp(cmd, "rules") == 0)
        rc = ng_cmd_rules(argc - 1, argv + 1);
    else if (strcmp(cmd, "report") == 0)
        rc = ng_cmd_report(argc - 1, argv + 1);
    else {
        fprintf(stderr, "newsgraph: unknown command '%s'\n\n", cmd);
        usage(stderr);
        rc = NG_EXIT_USAGE;
    }
    xmlCleanupParser();
    return rc;
}
