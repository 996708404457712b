/*
 * cli.h - the subcommands of the newsgraph command and what they share:
 * exit codes, option parsing helpers, atomic output files.
 */
#ifndef NG_CLI_H
#define NG_CLI_H

#include <stdio.h>

#include "newsgraph.h"

enum ng_exit {
    NG_EXIT_OK = 0,
    NG_EXIT_PARTIAL = 1,  /* done, but some inputs were skipped */
    NG_EXIT_USAGE = 2,    /* bad options, malformed SPARQL */
    NG_EXIT_INPUT = 3,    /* no article could be read */
    NG_EXIT_FAIL = 4,     /* data files, store or output failed */
};

int ng_cmd_extract(int argc, char **argv);
int ng_cmd_load(int argc, char **argv);
int ng_cmd_query(int argc, char **argv);
int ng_cmd_export(int argc, char **argv);
int ng_cmd_stats(int argc, char **argv);
int ng_cmd_report(int argc, char **argv);

/* The data directory: --data, else $NEWSGRAPH_DATA, else the default one. */
const char *ng_cli_data_dir(const char *option);
/* The default: PREFIX/share/newsgraph/ontology beside an installed command,
 * else (in a build tree) the checkout's ontology/ (datadir.c). */
const char *ng_cli_default_data_dir(void);

/* Output written to a temporary file beside the target and renamed into
 * place only when complete; a signal or failure removes it. A target that
 * exists and is not a regular file (a FIFO, a device) is written directly:
 * renaming over it would replace it. */
typedef struct {
    char *target;
    char *tmp;     /* NULL when writing directly */
    FILE *fp;
} ng_outfile;

int ng_outfile_open(ng_outfile *o, const char *target);   /* NULL or "-": stdout */
int ng_outfile_commit(ng_outfile *o);
void ng_outfile_abort(ng_outfile *o);
void ng_cli_install_signals(void);

/* Runs the extraction of inputs into a callback, in order, on jobs threads. */
typedef struct ng_run_stats {
    size_t articles, skipped, persons, places, positions, meetings, forums, claims;
} ng_run_stats;

#endif
