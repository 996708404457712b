/*
 * extract.c - `newsgraph extract`: articles in, RDF out.
 */
#include "cli.h"
#include "ns.h"
#include "run.h"
#include "util.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void extract_usage(FILE *fp)
{
    fprintf(fp,
            "usage: newsgraph extract [options] INPUT...\n"
            "\n"
            "INPUT is a file, a directory (read recursively: *.txt *.html *.htm *.jsonl\n"
            "*.warc *.warc.gz, in sorted order) or - for standard input. WARC files are\n"
            "read record by record (response and resource records).\n"
            "\n"
            "  -o FILE          write here (default: standard output); written to a\n"
            "                   temporary file and renamed when complete\n"
            "  -f FORMAT        turtle (default), ntriples, nquads (a graph per article),\n"
            "                   rdfxml, json, dot, ... (--list-formats)\n"
            "  --base IRI       instance namespace (default %s)\n"
            "  --gazetteer FILE more known entities, Turtle (repeatable; - is standard input)\n"
            "  --rules FILE     more extraction rules, Turtle (repeatable; docs/rules.md; -: standard input)\n"
            "  --data DIR       data directory (default: $NEWSGRAPH_DATA or the built-in one)\n"
            "  -j N             threads (default: the number of cores); output is the same for any N\n"
            "  --jsonl          standard input is JSON Lines: one {\"text\"|\"html\", \"url\", \"date\",\n"
            "                   \"title\", \"id\"} object a line (files ending .jsonl always are)\n"
            "  --max-size SIZE  skip larger articles with a warning (default 16M; k, M, G\n"
            "                   are 1000, 10^6, 10^9 bytes)\n"
            "  --time-budget S  seconds an article may take (default %g, plus %g a MB of\n"
            "                   the article; 0: no limit); a slower one is skipped with a\n"
            "                   warning\n"
            "  -q, -v           quiet (no summary, no warnings), verbose (per-article lines)\n"
            "  --list-formats   the output formats\n"
            "\n"
            "Exit status: 0 done; 1 done, but some inputs were skipped or repaired (each\n"
            "named in a warning); 2 bad usage; 3 no article could be read; 4 data or\n"
            "output failure.\n",
            NG_DEFAULT_BASE, NG_TIME_BUDGET, NG_TIME_BUDGET_PER_MB);
}

typedef struct {
    ng_writer *w;
    int verbose;
    int failed;
} extract_ctx;

static int on_article(const ng_article *a, const ng_item *item, void *arg)
{
    extract_ctx *c = arg;
    if (ng_writer_add(c->w, a) != NG_OK) {
        c->failed = 1;
        return 1;
    }
    if (c->verbose) {
        ng_article_counts k;
        ng_article_count(a, &k);
        fprintf(stderr, "%s: %zu people, %zu positions, %zu meetings, %zu forums, %zu claims\n", item->name,
                k.persons, k.positions, k.meetings, k.forums, k.claims);
    }
    return 0;
}

static int usage_error(const char *msg, ng_vec *gaz, ng_vec *rules)
{
    fprintf(stderr, "newsgraph extract: %s\n", msg);
    ng_vec_free(gaz);
    ng_vec_free(rules);
    return NG_EXIT_USAGE;
}

/* -j: a whole number, else 0 (refused below) */
static int parse_jobs(const char *s)
{
    char *end;
    long n = strtol(s, &end, 10);
    return end == s || *end || n < 1 || n > 256 ? 0 : (int)n;
}

int ng_cmd_extract(int argc, char **argv)
{
    const char *out = NULL, *format = "turtle", *base = NG_DEFAULT_BASE, *data = NULL;
    ng_vec gaz = {0}, rules = {0};
    int jobs = (int)sysconf(_SC_NPROCESSORS_ONLN), quiet = 0, verbose = 0, jsonl = 0;
    size_t max_size = 16000000;
    double budget = -1; /* the default, which grows with the article */
    char err[1024];
    static const struct option opts[] = {
        {"output", required_argument, 0, 'o'}, {"format", required_argument, 0, 'f'},
        {"base", required_argument, 0, 'b'},   {"gazetteer", required_argument, 0, 'g'},
        {"data", required_argument, 0, 'd'},   {"jobs", required_argument, 0, 'j'},
        {"quiet", no_argument, 0, 'q'},        {"verbose", no_argument, 0, 'v'},
        {"help", no_argument, 0, 'h'},         {"jsonl", no_argument, 0, 'J'},
        {"max-size", required_argument, 0, 'M'}, {"list-formats", no_argument, 0, 'L'},
        {"rules", required_argument, 0, 'R'}, {"time-budget", required_argument, 0, 'T'},
        {0, 0, 0, 0}};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "o:f:j:qvh", opts, NULL)) != -1) {
        switch (c) {
        case 'o': out = optarg; break;
        case 'f': format = optarg; break;
        case 'b': base = optarg; break;
        case 'g': ng_vec_push(&gaz, optarg); break;
        case 'R': ng_vec_push(&rules, optarg); break;
        case 'd': data = optarg; break;
        case 'j': jobs = parse_jobs(optarg); break;
        case 'q': quiet = 1; break;
        case 'v': verbose = 1; break;
        case 'J': jsonl = 1; break;
        case 'M':
            if (ng_cli_parse_size(optarg, &max_size, err, sizeof err) != 0)
                return usage_error(err, &gaz, &rules);
            break;
        case 'T':
            if (ng_cli_parse_seconds(optarg, &budget) != 0)
                return usage_error("--time-budget takes seconds (0: no limit)", &gaz, &rules);
            break;
        case 'L': ng_writer_list_syntaxes(stdout); ng_vec_free(&gaz); ng_vec_free(&rules); return NG_EXIT_OK;
        case 'h': extract_usage(stdout); ng_vec_free(&gaz); ng_vec_free(&rules); return NG_EXIT_OK;
        default: extract_usage(stderr); ng_vec_free(&gaz); ng_vec_free(&rules); return NG_EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        fprintf(stderr, "newsgraph extract: no INPUT given\n\n");
        extract_usage(stderr);
        ng_vec_free(&gaz); ng_vec_free(&rules);
        return NG_EXIT_USAGE;
    }
    if (jobs < 1 || jobs > 256 || max_size == 0)
        return usage_error("-j takes 1 to 256 and --max-size a positive size", &gaz, &rules);
    ng_cli_files files[] = {{"--gazetteer", (const char *const *)gaz.items, gaz.len},
                            {"--rules", (const char *const *)rules.items, rules.len},
                            {"INPUT", (const char *const *)argv + optind, (size_t)(argc - optind)}};
    if (ng_cli_check_base(base, err, sizeof err) != 0 || ng_cli_check_format(format, err, sizeof err) != 0 ||
        ng_cli_check_stdin(files, 3, err, sizeof err) != 0)
        return usage_error(err, &gaz, &rules);
    ng_set_time_budget(budget);
    ng_kb *kb = NULL;
    if (ng_cli_check_data_dir(ng_cli_data_dir(data), err, sizeof err) != 0 ||
        ng_kb_open(&kb, ng_cli_data_dir(data), (const char *const *)gaz.items, gaz.len, err, sizeof err) ||
        ng_kb_add_rules(kb, ng_cli_data_dir(data), (const char *const *)rules.items, rules.len, err, sizeof err)) {
        ng_kb_close(kb);
        fprintf(stderr, "newsgraph: %s\n", err);
        ng_vec_free(&gaz); ng_vec_free(&rules);
        return NG_EXIT_FAIL;
    }
    ng_vec_free(&gaz); ng_vec_free(&rules);
    ng_inputs *in = NULL;
    if (ng_inputs_open(&in, argv + optind, (size_t)(argc - optind), max_size, jsonl, err, sizeof err)) {
        fprintf(stderr, "newsgraph: %s\n", err);
        ng_kb_close(kb);
        return NG_EXIT_INPUT;
    }
    ng_outfile of;
    ng_writer *w = NULL;
    if (out && strcmp(out, "-") != 0 && ng_inputs_has_file(in, out)) {
        fprintf(stderr, "newsgraph: -o %s: is one of the inputs; refusing to write over it\n", out);
        ng_inputs_close(in);
        ng_kb_close(kb);
        return NG_EXIT_USAGE;
    }
    if (ng_outfile_open(&of, out) != 0) {
        ng_inputs_close(in);
        ng_kb_close(kb);
        return NG_EXIT_FAIL;
    }
    int rc = ng_writer_new(&w, format, base, of.fp, err, sizeof err);
    if (rc != NG_OK) {
        fprintf(stderr, "newsgraph: %s\n", err);
        ng_outfile_abort(&of);
        ng_inputs_close(in);
        ng_kb_close(kb);
        return rc == NG_EUSAGE ? NG_EXIT_USAGE : NG_EXIT_FAIL;
    }
    extract_ctx ctx = {w, verbose, 0};
    ng_run_opts ro = {jobs, quiet, !quiet && isatty(2) && !verbose};
    ng_run_stats st;
    ng_write_progress wp;
    if (ro.progress)
        ng_writer_set_progress(w, ng_run_write_progress, &wp);
    ng_run(kb, in, &ro, on_article, &ctx, &st);
    int exit_code = NG_EXIT_OK;
    if (ctx.failed || ng_writer_finish(w) != NG_OK) {
        fprintf(stderr, "newsgraph: %s: write error\n", out ? out : "standard output");
        ng_outfile_abort(&of);
        exit_code = NG_EXIT_FAIL;
    } else if (st.articles == 0) {
        fprintf(stderr, "newsgraph: no article could be read; %s\n",
                out ? "no output written" : "empty graph written");
        if (out)
            ng_outfile_abort(&of);
        else
            ng_outfile_commit(&of);
        exit_code = NG_EXIT_INPUT;
    } else if (ng_outfile_commit(&of) != 0) {
        exit_code = NG_EXIT_FAIL;
    } else if (st.skipped || st.repaired) {
        exit_code = NG_EXIT_PARTIAL;
    }
    char repaired[64] = "";
    if (st.repaired)
        snprintf(repaired, sizeof repaired, ", %zu repaired", st.repaired);
    if (!quiet && exit_code != NG_EXIT_FAIL)
        fprintf(stderr,
                /* reports, not nodes: one meeting told by three articles is
                 * three meeting reports (`newsgraph stats` counts nodes) */
                "newsgraph: %zu articles (%zu skipped%s); %zu people, %zu places; reported: %zu positions, "
                "%zu meetings, %zu forums, %zu claims; %zu triples%s%s\n",
                st.articles, st.skipped, repaired, ng_writer_entities(w, "person"), ng_writer_entities(w, "place"),
                st.positions, st.meetings, st.forums, st.claims, ng_writer_triples(w), out ? " -> " : "",
                out ? out : "");
    ng_writer_free(w);
    ng_inputs_close(in);
    ng_kb_close(kb);
    return exit_code;
}
