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
int ng_cmd_explain(int argc, char **argv);   /* cmd_rules.c */
int ng_cmd_rules(int argc, char **argv);
int ng_cmd_report(int argc, char **argv);    /* report.c */

/* The data directory: --data, else $NEWSGRAPH_DATA, else the default one. */
const char *ng_cli_data_dir(const char *option);
/* The default: PREFIX/share/newsgraph/ontology beside an installed command,
 * else (in a build tree) the checkout's ontology/ (datadir.c). */
const char *ng_cli_default_data_dir(void);

/* Settings checks (options.c); each returns 0, or -1 with the reason in
 * err. A base is an absolute IRI ending in / or # with no character an
 * IRI may not hold; a size is a number with an optional k, M or G (1000,
 * 10^6, 10^9); a data directory holds lexicon/ and gazetteer/ Turtle; a
 * format is refused when raptor's serializer for it does not write the
 * graph. */
int ng_cli_check_base(const char *base, char *err, size_t errlen);
int ng_cli_parse_size(const char *s, size_t *out, char *err, size_t errlen);
int ng_cli_check_data_dir(const char *dir, char *err, size_t errlen);
int ng_cli_check_format(const char *format, char *err, size_t errlen);
/* Standard input can be read once: of the files named by the options
 * and inputs in lists (an option's name, such as "--gazetteer" or
 * "INPUT", and its values), at most one may be "-". 0, or -1 with the
 * reason in err. */
typedef struct {
    const char *what;
    const char *const *paths;
    size_t n;
} ng_cli_files;
int ng_cli_check_stdin(const ng_cli_files *lists, size_t nlists, char *err, size_t errlen);
/* --time-budget: seconds, 0 to 1e9 (0: no limit); 0 or -1. */
int ng_cli_parse_seconds(const char *s, double *out);

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
/* skipped: inputs lost whole; repaired: articles read with something
 * replaced or dropped (bad bytes). Either makes the exit status 1. */
typedef struct ng_run_stats {
    size_t articles, skipped, persons, places, positions, meetings, forums, claims;
    size_t repaired;
} ng_run_stats;

#endif
