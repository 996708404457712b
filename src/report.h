/*
 * report.h - `newsgraph report`: the graph as one self-contained HTML page.
 *
 * report.c reads a store or graph files through librdf, asks it a few
 * plain SPARQL queries (one per kind of node: its properties, row by row)
 * and builds the sorted model below; report_html.c writes the page from the
 * model and report_svg.c its charts. Everything shown is sorted by stable
 * keys (labels, dates, IRIs), so the same graph always gives the same bytes.
 */
#ifndef NG_REPORT_H
#define NG_REPORT_H

#include <stdio.h>

#include "util.h"

/* Indices into the rp_graph arrays; -1 when absent. Lists of indices are
 * ng_vecs of (intptr_t) values. */
typedef struct {
    char *iri, *file, *date, *title, *url, *outlet;
    int shown;
} rp_article;

typedef struct {
    char *iri, *label;
    ng_vec holds;     /* positions */
    int shown;
} rp_person;

typedef struct {
    char *iri, *label, *kind;   /* kind: Region, Country, City or Place */
    char *part_of_iri;
    int part_of;
} rp_place;

typedef struct {
    char *iri, *type;   /* type: the local name of ng:positionType */
    char *jurisdiction_iri;
    int holder, jurisdiction;
    ng_vec sources;
    char *first, *last; /* dates of the earliest and latest attesting article */
    int shown;
} rp_position;

typedef struct {
    char *iri, *label, *edition, *date, *mode;   /* mode: InPerson, Remote or NULL */
    char *location_iri;
    int forum, location;
    ng_vec participants, sources, contracts;   /* contracts: claims (forums only) */
    double x;     /* date as a fractional year; 0 when undated */
    int shown;
} rp_event;

typedef struct {
    char *iri, *indicator, *unit, *status, *qualifier, *quote, *value, *change;
    char *period_start, *period_end, *period_label, *date;   /* date: the one it is drawn at */
    char *speaker_iri, *article_iri;
    int speaker, article;
    ng_vec parties;
    char *group;   /* the region (or parties) it is shown under */
    double x, y;
    int shown;
} rp_claim;

typedef struct {
    ng_vec articles, persons, places, positions, events, claims;
    ng_map *by_iri[3];   /* articles, persons, places: IRI -> index + 1 */
    ng_vec strings;      /* every string above, freed together */
    /* what the page is about */
    const char *title, *source_desc;
    const char *region, *person;
    int from, to;        /* years; 0 when open */
} rp_graph;

enum { RP_ARTICLES, RP_PERSONS, RP_PLACES };

#define RP_AT(vec, i) ((vec).items[(i)])
#define RP_IDX(vec, i) ((int)(intptr_t)(vec).items[(i)])

/* report_model.c: reads a store (store) or graph files into g; 0 or -1
 * after saying what failed. rp_graph_free frees what it made. */
int rp_read(rp_graph *g, const char *store, const ng_vec *graphs, const char *syntax);
void rp_graph_free(rp_graph *g);
char *rp_str(rp_graph *g, const char *s);
const char *rp_local_name(const char *iri);
int rp_find(const rp_graph *g, int which, const char *iri);
const char *rp_label(const rp_graph *g, int which, int idx);   /* "" for -1 */
/* A place's region (itself, or the region it is part of), or -1. */
int rp_region_of(const rp_graph *g, int place);

/* report_html.c */
int rp_write_html(FILE *fp, const rp_graph *g);
void rp_html_text(FILE *fp, const char *s);   /* escaped for text and attributes */

/* report_svg.c */
void rp_svg_timeline(FILE *fp, const rp_graph *g, int by_region);
void rp_svg_claims(FILE *fp, const rp_graph *g, const ng_vec *claims, const char *caption);
void rp_format_amount(char *buf, size_t n, const char *value, const char *unit);

#endif
