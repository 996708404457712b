/*
 * report.c - `newsgraph report`: the graph as one self-contained HTML page.
 * Options, and what the page shows (--region, --person, --from, --to);
 * report_model.c reads the graph, report_html.c and report_svg.c write it.
 */
#include "cli.h"
#include "report.h"
#include "store/store.h"

#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------------ */
/* What the page shows: --region, --person, --from, --to               */
/* ------------------------------------------------------------------ */

static int in_years(const rp_graph *g, const char *date)
{
    if (!g->from && !g->to)
        return 1;
    int y = date ? atoi(date) : 0;
    return y && (!g->from || y >= g->from) && (!g->to || y <= g->to);
}

/* Whether place is region or lies within it. */
static int place_in(const rp_graph *g, int place, int region)
{
    for (int hops = 0; place >= 0 && hops < 4; hops++) {
        if (place == region)
            return 1;
        place = ((rp_place *)RP_AT(g->places, place))->part_of;
    }
    return 0;
}

static int holds_office_in(const rp_graph *g, int person, int region)
{
    for (size_t i = 0; i < g->positions.len; i++) {
        const rp_position *p = g->positions.items[i];
        if (p->holder == person && place_in(g, p->jurisdiction, region))
            return 1;
    }
    return 0;
}

static int has(const ng_vec *v, int k)
{
    for (size_t i = 0; i < v->len; i++)
        if (RP_IDX(*v, i) == k)
            return 1;
    return 0;
}

static int event_shown(const rp_graph *g, const rp_event *e, int person, int region)
{
    if (!in_years(g, e->date) || (person >= 0 && !has(&e->participants, person)))
        return 0;
    if (region < 0 || place_in(g, e->location, region))
        return 1;
    for (size_t k = 0; k < e->participants.len; k++)
        if (holds_office_in(g, RP_IDX(e->participants, k), region))
            return 1;
    return 0;
}

static int claim_shown(const rp_graph *g, const rp_claim *c, int person, int region)
{
    if (!in_years(g, c->date) || (person >= 0 && c->speaker != person))
        return 0;
    for (size_t k = 0; region >= 0 && k < c->parties.len; k++)
        if (place_in(g, RP_IDX(c->parties, k), region))
            return 1;
    return region < 0;
}

static int position_shown(const rp_graph *g, const rp_position *p, int person, int region)
{
    if ((person >= 0 && p->holder != person) || (region >= 0 && !place_in(g, p->jurisdiction, region)))
        return 0;
    for (size_t k = 0; k < p->sources.len; k++)
        if (in_years(g, ((rp_article *)RP_AT(g->articles, RP_IDX(p->sources, k)))->date))
            return 1;
    return 0;
}

static void show_sources(rp_graph *g, const ng_vec *v)
{
    for (size_t k = 0; k < v->len; k++)
        ((rp_article *)RP_AT(g->articles, RP_IDX(*v, k)))->shown = 1;
}

static void show_person(rp_graph *g, int k)
{
    if (k >= 0)
        ((rp_person *)RP_AT(g->persons, k))->shown = 1;
}

/* Marks what the page shows. Without any filter every article is a
 * source; with one, the articles behind what is shown. */
static void apply_filters(rp_graph *g, int person, int region)
{
    int all = person < 0 && region < 0 && !g->from && !g->to;
    for (size_t i = 0; i < g->articles.len; i++)
        ((rp_article *)g->articles.items[i])->shown = all;
    for (size_t i = 0; i < g->events.len; i++) {
        rp_event *e = g->events.items[i];
        if ((e->shown = event_shown(g, e, person, region))) {
            show_sources(g, &e->sources);
            for (size_t k = 0; k < e->participants.len; k++)
                show_person(g, RP_IDX(e->participants, k));
        }
    }
    for (size_t i = 0; i < g->claims.len; i++) {
        rp_claim *c = g->claims.items[i];
        if ((c->shown = claim_shown(g, c, person, region))) {
            if (c->article >= 0)
                ((rp_article *)RP_AT(g->articles, c->article))->shown = 1;
            show_person(g, c->speaker);
        }
    }
    for (size_t i = 0; i < g->positions.len; i++) {
        rp_position *p = g->positions.items[i];
        if ((p->shown = position_shown(g, p, person, region))) {
            show_sources(g, &p->sources);
            show_person(g, p->holder);
        }
    }
}

/* A person or place named on the command line: its label, any case, or
 * the last part of its IRI ("aleksandr-lukashenko"). */
static int find_named(const rp_graph *g, int which, const char *name)
{
    const ng_vec *v = which == RP_PERSONS ? &g->persons : &g->places;
    for (size_t i = 0; i < v->len; i++) {
        const char *iri = *(char **)v->items[i];
        if (strcasecmp(rp_label(g, which, (int)i), name) == 0 || strcmp(rp_local_name(iri), name) == 0)
            return (int)i;
    }
    fprintf(stderr, "newsgraph report: no %s named '%s' in the graph\n", which == RP_PERSONS ? "person" : "place",
            name);
    return -2;
}

/* ------------------------------------------------------------------ */
/* The command                                                         */
/* ------------------------------------------------------------------ */

static void usage(FILE *fp)
{
    fprintf(fp,
            "usage: newsgraph report (-s STORE | -g GRAPH_FILE...) [-o FILE.html]\n"
            "                        [--region R] [--person P] [--from YEAR] [--to YEAR] [--title TEXT]\n"
            "\n"
            "Writes the graph as one self-contained HTML page (no network, all inline,\n"
            "printable): a timeline of meetings and forums, who met whom, the claims of\n"
            "each region over time, forums by edition with their contracts, the offices\n"
            "held, and every source article. The same graph gives the same bytes.\n"
            "\n"
            "  -s, --store FILE   a store made by 'newsgraph load'\n"
            "  -g, --graph FILE   a graph file (repeatable; by extension .ttl .nt .nq .rdf .trig,\n"
            "                     each also .gz; '-' is standard input, Turtle unless -i says)\n"
            "  -i FORMAT          the graph files' syntax: turtle, ntriples, nquads, rdfxml, trig\n"
            "  -o FILE            write here (default: standard output), atomically\n"
            "  --region R         only what concerns the place labelled R (or within it)\n"
            "  --person P         only what concerns the person labelled P\n"
            "  --from YEAR, --to YEAR  only events and claims of those years\n"
            "  --title TEXT       the page's title (default: newsgraph report)\n"
            "\n"
            "Exit status: 0 done; 2 bad usage, or no such region or person; 4 the store,\n"
            "a graph file or the output failed.\n");
}

typedef struct {
    const char *store, *out, *region, *person, *title, *syntax;
    ng_vec graphs;
    int from, to;
} rp_opts;

static int parse_year(const char *s, int *out)
{
    char *end;
    long y = strtol(s, &end, 10);
    if (*s == '\0' || *end != '\0' || y < 1000 || y > 9999) {
        fprintf(stderr, "newsgraph report: '%s' is not a year\n", s);
        return -1;
    }
    *out = (int)y;
    return 0;
}

/* 0: run; 1: --help done; -1: bad usage. */
static int parse_opts(int argc, char **argv, rp_opts *o)
{
    enum { O_REGION = 256, O_PERSON, O_FROM, O_TO, O_TITLE };
    static const struct option longs[] = {
        {"store", required_argument, NULL, 's'}, {"graph", required_argument, NULL, 'g'},
        {"help", no_argument, NULL, 'h'},        {"region", required_argument, NULL, O_REGION},
        {"person", required_argument, NULL, O_PERSON}, {"from", required_argument, NULL, O_FROM},
        {"to", required_argument, NULL, O_TO},    {"title", required_argument, NULL, O_TITLE},
        {"input-format", required_argument, NULL, 'i'}, {NULL, 0, NULL, 0}};
    int c, bad = 0;
    optind = 1;
    while ((c = getopt_long(argc, argv, "s:g:i:o:h", longs, NULL)) != -1) {
        switch (c) {
        case 's': o->store = optarg; break;
        case 'i': o->syntax = optarg; break;
        case 'g': ng_vec_push(&o->graphs, optarg); break;
        case 'o': o->out = optarg; break;
        case O_REGION: o->region = optarg; break;
        case O_PERSON: o->person = optarg; break;
        case O_FROM: bad |= parse_year(optarg, &o->from); break;
        case O_TO: bad |= parse_year(optarg, &o->to); break;
        case O_TITLE: o->title = optarg; break;
        case 'h': usage(stdout); return 1;
        default: bad = 1;
        }
    }
    if (!bad && optind < argc) {
        fprintf(stderr, "newsgraph report: unexpected argument '%s'\n", argv[optind]);
        bad = 1;
    }
    if (!bad && ng_source_usage("report", o->store, &o->graphs) != 0)
        bad = 1;   /* -s or -g, and -g - once */
    if (!bad && o->from && o->to && o->from > o->to) {
        fprintf(stderr, "newsgraph report: --from %d is after --to %d\n", o->from, o->to);
        bad = 1;
    }
    if (bad)
        fprintf(stderr, "'newsgraph report --help' tells more.\n");
    return bad ? -1 : 0;
}

/* What the page says it was made from: the store or the graph files as
 * given on the command line (no time, no host: the same bytes each run). */
static const char *source_desc(rp_graph *g, const rp_opts *o)
{
    ng_buf b;
    ng_buf_init(&b);
    if (o->store)
        ng_buf_printf(&b, "the store %s", o->store);
    else
        for (size_t i = 0; i < o->graphs.len; i++)
            ng_buf_printf(&b, "%s%s", i ? ", " : o->graphs.len > 1 ? "the graph files " : "the graph file ",
                          (char *)o->graphs.items[i]);
    const char *s = rp_str(g, b.data);
    ng_buf_free(&b);
    return s;
}

static int build_and_write(rp_graph *g, const rp_opts *o)
{
    int person = o->person ? find_named(g, RP_PERSONS, o->person) : -1;
    int region = o->region ? find_named(g, RP_PLACES, o->region) : -1;
    if (person == -2 || region == -2)
        return NG_EXIT_USAGE;
    g->person = person >= 0 ? rp_label(g, RP_PERSONS, person) : NULL;
    g->region = region >= 0 ? rp_label(g, RP_PLACES, region) : NULL;
    g->title = o->title ? o->title : "newsgraph report";
    g->source_desc = source_desc(g, o);
    g->from = o->from;
    g->to = o->to;
    apply_filters(g, person, region);
    ng_outfile out;
    if (ng_outfile_open(&out, o->out) != 0)
        return NG_EXIT_FAIL;
    if (rp_write_html(out.fp, g) != 0) {
        ng_outfile_abort(&out);
        fprintf(stderr, "newsgraph report: %s: cannot write the page\n", o->out ? o->out : "standard output");
        return NG_EXIT_FAIL;
    }
    if (ng_outfile_commit(&out) != 0)   /* it names the file and the error */
        return NG_EXIT_FAIL;
    return NG_EXIT_OK;
}

int ng_cmd_report(int argc, char **argv)
{
    rp_opts o = {0};
    int rc = parse_opts(argc, argv, &o);
    if (rc != 0) {
        ng_vec_free(&o.graphs);
        return rc > 0 ? NG_EXIT_OK : NG_EXIT_USAGE;
    }
    rp_graph g = {0};
    rc = rp_read(&g, o.store, &o.graphs, o.syntax) != 0 ? NG_EXIT_FAIL : build_and_write(&g, &o);
    rp_graph_free(&g);
    ng_vec_free(&o.graphs);
    return rc;
}
