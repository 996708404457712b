/*
 * report_model.c - the model of `newsgraph report` (report.h): reads a
 * store or graph files through librdf, asks one plain SPARQL query per kind
 * of node (its properties, a row per value) and links the answers by index,
 * sorted by stable keys.
 *
 * The queries are basic graph patterns only: rasqal 0.9.33 mishandles
 * OPTIONAL joins, GROUP_CONCAT separators and the order of grouped answers
 * (queries/meetings.rq), and the model needs every value anyway. The
 * joining and the sorting are done here, where they are deterministic.
 */
#include "report.h"
#include "ns.h"
#include "store/store.h"

#include <errno.h>
#include <librdf.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define NG NG_NS
#define RDF_TYPE NG_NS_RDF "type"
#define RDFS_LABEL NG_NS_RDFS "label"
#define DCT NG_NS_DCT
#define PREFIXES "PREFIX ng: <" NG "> PREFIX rdfs: <" NG_NS_RDFS "> "

/* ------------------------------------------------------------------ */
/* The model's helpers                                                 */
/* ------------------------------------------------------------------ */

char *rp_str(rp_graph *g, const char *s)
{
    if (!s)
        return NULL;
    char *c = ng_xstrdup(s);
    ng_vec_push(&g->strings, c);
    return c;
}

int rp_find(const rp_graph *g, int which, const char *iri)
{
    if (!iri)
        return -1;
    void *v = ng_map_get(g->by_iri[which], iri, strlen(iri));
    return v ? (int)((intptr_t)v - 1) : -1;
}

const char *rp_label(const rp_graph *g, int which, int idx)
{
    if (idx < 0)
        return "";
    if (which == RP_PERSONS)
        return ((rp_person *)RP_AT(g->persons, idx))->label;
    if (which == RP_PLACES)
        return ((rp_place *)RP_AT(g->places, idx))->label;
    return ((rp_article *)RP_AT(g->articles, idx))->file;
}

int rp_region_of(const rp_graph *g, int place)
{
    for (int hops = 0; place >= 0 && hops < 4; hops++) {
        const rp_place *p = RP_AT(g->places, place);
        if (strcmp(p->kind, "Region") == 0)
            return place;
        place = p->part_of;
    }
    return -1;
}

const char *rp_local_name(const char *iri)
{
    const char *h = strrchr(iri, '#');
    const char *s = strrchr(iri, '/');
    return h > s ? h + 1 : s ? s + 1 : iri;
}

/* A property read more than once where one value is expected keeps the
 * least, so the choice does not depend on the order of the answers. */
static void set_min(rp_graph *g, char **field, const char *value)
{
    if (!*field || strcmp(value, *field) < 0)
        *field = rp_str(g, value);
}

static void push_str(rp_graph *g, ng_vec *v, const char *value)
{
    ng_vec_push(v, rp_str(g, value));
}

/* ------------------------------------------------------------------ */
/* librdf: the graph in memory, and the queries                        */
/* ------------------------------------------------------------------ */

/* The graph is read as `query` and `stats` read it (src/store/graphs.c):
 * graph files by their names or -i (gzipped too, '-' for standard input),
 * or a store checked on opening (a damaged one is an error) and copied
 * into memory. */
typedef rdf_env rp_rdf;

static const char *node_text(librdf_node *n)
{
    if (!n)
        return NULL;
    if (librdf_node_is_resource(n))
        return (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
    if (librdf_node_is_literal(n))
        return (const char *)librdf_node_get_literal_value(n);
    return (const char *)librdf_node_get_blank_identifier(n);
}

typedef void (*row_fn)(rp_graph *g, ng_map *objs, const char *s, const char *p, const char *o, void *arg);

/* Runs SELECT ?s ?p ?o WHERE { where } and hands each row to fn. */
static int select_spo(rp_rdf *r, const char *where, rp_graph *g, ng_map *objs, row_fn fn, void *arg)
{
    ng_buf q;
    ng_buf_init(&q);
    ng_buf_printf(&q, PREFIXES "SELECT ?s ?p ?o WHERE { %s }", where);
    ng_env_reset_log(r, "report");
    librdf_query *query = librdf_new_query(r->world, "sparql", NULL, (const unsigned char *)q.data, NULL);
    librdf_query_results *res = query ? librdf_query_execute(query, r->model) : NULL;
    int rc = res && !r->errors ? 0 : -1;
    for (; rc == 0 && !librdf_query_results_finished(res); librdf_query_results_next(res)) {
        librdf_node *s = librdf_query_results_get_binding_value_by_name(res, "s");
        librdf_node *p = librdf_query_results_get_binding_value_by_name(res, "p");
        librdf_node *o = librdf_query_results_get_binding_value_by_name(res, "o");
        if (s && p && o && librdf_node_is_resource(p))
            fn(g, objs, node_text(s), node_text(p), node_text(o), arg);
        if (s)
            librdf_free_node(s);
        if (p)
            librdf_free_node(p);
        if (o)
            librdf_free_node(o);
    }
    if (rc) {
        ng_env_print_log(r, "a query failed");
        fprintf(stderr, "newsgraph report: the query failed: %s\n", q.data);
    }
    if (res)
        librdf_free_query_results(res);
    if (query)
        librdf_free_query(query);
    ng_buf_free(&q);
    return rc;
}

/* The object of subject s in objs, made (zeroed, of size bytes, IRI set)
 * and pushed on list the first time. */
static void *object_for(rp_graph *g, ng_map *objs, ng_vec *list, const char *s, size_t size)
{
    void *obj = ng_map_get(objs, s, strlen(s));
    if (!obj) {
        obj = ng_xcalloc(1, size);
        *(char **)obj = rp_str(g, s);   /* every rp_ struct starts with its IRI */
        ng_map_put(objs, s, strlen(s), obj);
        ng_vec_push(list, obj);
    }
    return obj;
}

/* ------------------------------------------------------------------ */
/* Rows into objects, one function per kind                            */
/* ------------------------------------------------------------------ */

static int is(const char *p, const char *name)
{
    size_t n = strlen(NG);
    return strncmp(p, NG, n) == 0 && strcmp(p + n, name) == 0;
}

static void outlet_of(rp_graph *g, rp_article *a)
{
    const char *h = a->url ? strstr(a->url, "://") : NULL;
    if (!h)
        return;
    h += 3;
    if (strncmp(h, "www.", 4) == 0)
        h += 4;
    size_t n = strcspn(h, "/:?#");
    char *host = ng_xstrndup(h, n);
    a->outlet = rp_str(g, host);
    free(host);
}

static void article_row(rp_graph *g, ng_map *objs, const char *s, const char *p, const char *o, void *arg)
{
    (void)arg;
    rp_article *a = object_for(g, objs, &g->articles, s, sizeof *a);
    if (is(p, "file"))
        set_min(g, &a->file, o);
    else if (strcmp(p, DCT "issued") == 0) {
        char day[11];
        snprintf(day, sizeof day, "%s", o);
        set_min(g, &a->date, day);
    } else if (strcmp(p, DCT "title") == 0)
        set_min(g, &a->title, o);
    else if (strcmp(p, DCT "source") == 0)
        set_min(g, &a->url, o);
}

static void person_row(rp_graph *g, ng_map *objs, const char *s, const char *p, const char *o, void *arg)
{
    (void)arg;
    rp_person *x = object_for(g, objs, &g->persons, s, sizeof *x);
    if (strcmp(p, RDFS_LABEL) == 0)
        set_min(g, &x->label, o);
    else if (is(p, "holds"))
        push_str(g, &x->holds, o);
}

static void place_row(rp_graph *g, ng_map *objs, const char *s, const char *p, const char *o, void *arg)
{
    (void)arg;
    rp_place *x = object_for(g, objs, &g->places, s, sizeof *x);
    if (strcmp(p, RDFS_LABEL) == 0)
        set_min(g, &x->label, o);
    else if (is(p, "partOf"))
        set_min(g, &x->part_of_iri, o);
    else if (strcmp(p, RDF_TYPE) == 0 && strncmp(o, NG, strlen(NG)) == 0) {
        const char *k = o + strlen(NG);
        /* the most specific of the types wins */
        if (!x->kind || strcmp(x->kind, "Place") == 0)
            x->kind = rp_str(g, k);
        else if (strcmp(k, "Place") != 0)
            set_min(g, &x->kind, k);
    }
}

static void position_row(rp_graph *g, ng_map *objs, const char *s, const char *p, const char *o, void *arg)
{
    (void)arg;
    rp_position *x = object_for(g, objs, &g->positions, s, sizeof *x);
    if (is(p, "positionType"))
        set_min(g, &x->type, rp_local_name(o));
    else if (is(p, "jurisdiction"))
        set_min(g, &x->jurisdiction_iri, o);
    else if (is(p, "attestedIn"))
        push_str(g, &x->sources, o);
}

static void event_row(rp_graph *g, ng_map *objs, const char *s, const char *p, const char *o, void *arg)
{
    rp_event *x = object_for(g, objs, &g->events, s, sizeof *x);
    x->forum = arg != NULL;
    if (strcmp(p, RDFS_LABEL) == 0)
        set_min(g, &x->label, o);
    else if (is(p, "edition"))
        set_min(g, &x->edition, o);
    else if (is(p, "date"))
        set_min(g, &x->date, o);
    else if (is(p, "mode"))
        set_min(g, &x->mode, rp_local_name(o));
    else if (is(p, "location"))
        set_min(g, &x->location_iri, o);
    else if (is(p, "participant"))
        push_str(g, &x->participants, o);
    else if (is(p, "reportedIn"))
        push_str(g, &x->sources, o);
}

static void claim_row(rp_graph *g, ng_map *objs, const char *s, const char *p, const char *o, void *arg)
{
    (void)arg;
    rp_claim *x = object_for(g, objs, &g->claims, s, sizeof *x);
    static const struct {
        const char *name;
        size_t off;
        int local;
    } fields[] = {
        {"indicator", offsetof(rp_claim, indicator), 1}, {"unit", offsetof(rp_claim, unit), 0},
        {"status", offsetof(rp_claim, status), 1},       {"qualifier", offsetof(rp_claim, qualifier), 1},
        {"quote", offsetof(rp_claim, quote), 0},         {"value", offsetof(rp_claim, value), 0},
        {"changePercent", offsetof(rp_claim, change), 0}, {"periodStart", offsetof(rp_claim, period_start), 0},
        {"periodEnd", offsetof(rp_claim, period_end), 0}, {"periodLabel", offsetof(rp_claim, period_label), 0},
        {"speaker", offsetof(rp_claim, speaker_iri), 0}, {"statedIn", offsetof(rp_claim, article_iri), 0},
    };
    if (is(p, "party")) {
        push_str(g, &x->parties, o);
        return;
    }
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (is(p, fields[i].name)) {
            set_min(g, (char **)((char *)x + fields[i].off), fields[i].local ? rp_local_name(o) : o);
            return;
        }
}

static int fetch_all(rp_rdf *r, rp_graph *g)
{
    static const struct {
        const char *where;
        row_fn fn;
        int forum;
    } kinds[] = {
        {"?s a ng:Article ; ?p ?o", article_row, 0},
        {"?s a ng:Person ; ?p ?o", person_row, 0},
        {"?s a ?t ; ?p ?o . FILTER(?t = ng:Place || ?t = ng:Country || ?t = ng:Region || ?t = ng:City)",
         place_row, 0},
        {"?s a ng:Position ; ?p ?o", position_row, 0},
        {"?s a ng:Meeting ; ?p ?o", event_row, 0},
        {"?s a ng:Forum ; ?p ?o", event_row, 1},
        {"?s a ng:EconomicClaim ; ?p ?o", claim_row, 0},
    };
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < sizeof kinds / sizeof kinds[0]; i++) {
        ng_map *objs = ng_map_new();
        rc = select_spo(r, kinds[i].where, g, objs, kinds[i].fn, kinds[i].forum ? (void *)1 : NULL);
        ng_map_free(objs);
    }
    return rc;
}

/* ------------------------------------------------------------------ */
/* Linking and sorting                                                 */
/* ------------------------------------------------------------------ */

static int cmp_str(const char *a, const char *b)
{
    if (!a || !b)
        return !a - !b;   /* absent values sort last */
    return strcmp(a, b);
}

static int cmp_article(const void *x, const void *y)
{
    const rp_article *a = *(rp_article *const *)x, *b = *(rp_article *const *)y;
    int c = cmp_str(a->date, b->date);
    if (!c)
        c = cmp_str(a->file, b->file);
    return c ? c : strcmp(a->iri, b->iri);
}

static int cmp_person(const void *x, const void *y)
{
    const rp_person *a = *(rp_person *const *)x, *b = *(rp_person *const *)y;
    int c = strcmp(a->label, b->label);
    return c ? c : strcmp(a->iri, b->iri);
}

static int cmp_place(const void *x, const void *y)
{
    const rp_place *a = *(rp_place *const *)x, *b = *(rp_place *const *)y;
    int c = strcmp(a->label, b->label);
    return c ? c : strcmp(a->iri, b->iri);
}

static int cmp_position(const void *x, const void *y)
{
    const rp_position *a = *(rp_position *const *)x, *b = *(rp_position *const *)y;
    if (a->holder != b->holder)
        return a->holder < b->holder ? -1 : 1;
    int c = cmp_str(a->type, b->type);
    if (!c && a->jurisdiction != b->jurisdiction)
        c = a->jurisdiction < b->jurisdiction ? -1 : 1;
    return c ? c : strcmp(a->iri, b->iri);
}

static int cmp_event(const void *x, const void *y)
{
    const rp_event *a = *(rp_event *const *)x, *b = *(rp_event *const *)y;
    int c = cmp_str(a->date, b->date);
    if (!c)
        c = a->forum - b->forum;
    return c ? c : strcmp(a->iri, b->iri);
}

static int cmp_claim(const void *x, const void *y)
{
    const rp_claim *a = *(rp_claim *const *)x, *b = *(rp_claim *const *)y;
    int c = strcmp(a->group, b->group);
    if (!c)
        c = cmp_str(a->indicator, b->indicator);
    if (!c)
        c = cmp_str(a->unit, b->unit);
    if (!c)
        c = cmp_str(a->date, b->date);
    if (!c)
        c = cmp_str(a->status, b->status);
    return c ? c : strcmp(a->iri, b->iri);
}

static int cmp_int(const void *x, const void *y)
{
    intptr_t a = (intptr_t) * (void *const *)x, b = (intptr_t) * (void *const *)y;
    return (a > b) - (a < b);
}

static void sort_vec(ng_vec *v, int (*cmp)(const void *, const void *))
{
    if (v->len > 1)
        qsort(v->items, v->len, sizeof v->items[0], cmp);
}

static void index_by_iri(rp_graph *g, int which, ng_vec *v)
{
    g->by_iri[which] = ng_map_new();
    for (size_t i = 0; i < v->len; i++) {
        const char *iri = *(char **)v->items[i];
        ng_map_put(g->by_iri[which], iri, strlen(iri), (void *)(intptr_t)(i + 1));
    }
}

/* Replaces a list of IRIs by the sorted, distinct indices of those known. */
static void resolve_list(const rp_graph *g, int which, ng_vec *v)
{
    size_t n = 0;
    for (size_t i = 0; i < v->len; i++) {
        int k = rp_find(g, which, v->items[i]);
        if (k >= 0)
            v->items[n++] = (void *)(intptr_t)k;
    }
    v->len = n;
    sort_vec(v, cmp_int);
    n = 0;
    for (size_t i = 0; i < v->len; i++)
        if (n == 0 || v->items[i] != v->items[n - 1])
            v->items[n++] = v->items[i];
    v->len = n;
}

/* A date ("2024", "2024-07", "2024-07-03", or a date-time) as a year with
 * its fraction; 0 when it is none of these. */
static double year_of(const char *d)
{
    int y = 0, m = 1, day = 1;
    if (!d || sscanf(d, "%4d-%2d-%2d", &y, &m, &day) < 1 || y < 1000)
        return 0;
    return y + (m - 1) / 12.0 + (day - 1) / 366.0;
}

static void link_base(rp_graph *g)
{
    for (size_t i = 0; i < g->articles.len; i++) {
        rp_article *a = g->articles.items[i];
        if (!a->file)
            a->file = rp_str(g, rp_local_name(a->iri));
        outlet_of(g, a);
    }
    for (size_t i = 0; i < g->persons.len; i++) {
        rp_person *p = g->persons.items[i];
        if (!p->label)
            p->label = rp_str(g, rp_local_name(p->iri));
    }
    for (size_t i = 0; i < g->places.len; i++) {
        rp_place *p = g->places.items[i];
        if (!p->label)
            p->label = rp_str(g, rp_local_name(p->iri));
        if (!p->kind)
            p->kind = rp_str(g, "Place");
    }
    sort_vec(&g->articles, cmp_article);
    sort_vec(&g->persons, cmp_person);
    sort_vec(&g->places, cmp_place);
    index_by_iri(g, RP_ARTICLES, &g->articles);
    index_by_iri(g, RP_PERSONS, &g->persons);
    index_by_iri(g, RP_PLACES, &g->places);
    for (size_t i = 0; i < g->places.len; i++) {
        rp_place *p = g->places.items[i];
        p->part_of = rp_find(g, RP_PLACES, p->part_of_iri);
    }
}

static void link_positions(rp_graph *g)
{
    ng_map *pos = ng_map_new();
    for (size_t i = 0; i < g->positions.len; i++) {
        rp_position *p = g->positions.items[i];
        p->holder = -1;
        p->jurisdiction = rp_find(g, RP_PLACES, p->jurisdiction_iri);
        resolve_list(g, RP_ARTICLES, &p->sources);
        ng_map_put(pos, p->iri, strlen(p->iri), p);
        for (size_t k = 0; k < p->sources.len; k++) {
            const rp_article *a = RP_AT(g->articles, RP_IDX(p->sources, k));
            if (a->date && (!p->first || strcmp(a->date, p->first) < 0))
                p->first = a->date;
            if (a->date && (!p->last || strcmp(a->date, p->last) > 0))
                p->last = a->date;
        }
    }
    for (size_t i = 0; i < g->persons.len; i++) {
        rp_person *h = g->persons.items[i];
        for (size_t k = 0; k < h->holds.len; k++) {
            rp_position *p = ng_map_get(pos, h->holds.items[k], strlen(h->holds.items[k]));
            if (p && p->holder < 0)
                p->holder = (int)i;   /* the first holder by label, if several */
        }
    }
    ng_map_free(pos);
    sort_vec(&g->positions, cmp_position);
}

static void link_events(rp_graph *g)
{
    for (size_t i = 0; i < g->events.len; i++) {
        rp_event *e = g->events.items[i];
        e->location = rp_find(g, RP_PLACES, e->location_iri);
        resolve_list(g, RP_PERSONS, &e->participants);
        resolve_list(g, RP_ARTICLES, &e->sources);
        e->x = year_of(e->date);
    }
    sort_vec(&g->events, cmp_event);
}

/* The label a claim is shown under: its regions, else all its parties. */
static char *claim_group(rp_graph *g, const rp_claim *c)
{
    ng_buf b;
    ng_buf_init(&b);
    for (int pass = 0; pass < 2 && !b.len; pass++)
        for (size_t k = 0; k < c->parties.len; k++) {
            int pl = RP_IDX(c->parties, k);
            if (pass == 0 && rp_region_of(g, pl) != pl)
                continue;
            ng_buf_printf(&b, "%s%s", b.len ? " / " : "", rp_label(g, RP_PLACES, pl));
        }
    char *s = rp_str(g, b.len ? b.data : "No place named");
    ng_buf_free(&b);
    return s;
}

static void link_claims(rp_graph *g)
{
    for (size_t i = 0; i < g->claims.len; i++) {
        rp_claim *c = g->claims.items[i];
        c->speaker = rp_find(g, RP_PERSONS, c->speaker_iri);
        c->article = rp_find(g, RP_ARTICLES, c->article_iri);
        resolve_list(g, RP_PLACES, &c->parties);
        c->group = claim_group(g, c);
        c->date = c->period_end ? c->period_end : c->period_start;
        if (!c->date && c->article >= 0)
            c->date = ((rp_article *)RP_AT(g->articles, c->article))->date;
        c->x = year_of(c->date);
        c->y = c->value ? strtod(c->value, NULL) : 0;
    }
    sort_vec(&g->claims, cmp_claim);
    /* contracts reported at a forum: Contracts claims of the articles that
     * report it */
    for (size_t i = 0; i < g->events.len; i++) {
        rp_event *e = g->events.items[i];
        for (size_t k = 0; e->forum && k < g->claims.len; k++) {
            const rp_claim *c = g->claims.items[k];
            if (c->indicator && strcmp(c->indicator, NG_INDICATOR_CONTRACTS) == 0)
                for (size_t s = 0; s < e->sources.len; s++)
                    if (RP_IDX(e->sources, s) == c->article) {
                        ng_vec_push(&e->contracts, (void *)(intptr_t)k);
                        break;
                    }
        }
    }
}

void rp_graph_free(rp_graph *g)
{
    ng_vec *lists[] = {&g->articles, &g->persons, &g->places, &g->positions, &g->events, &g->claims};
    for (size_t l = 0; l < sizeof lists / sizeof lists[0]; l++) {
        for (size_t i = 0; i < lists[l]->len; i++) {
            void *obj = lists[l]->items[i];
            if (l == 1)
                ng_vec_free(&((rp_person *)obj)->holds);
            else if (l == 3)
                ng_vec_free(&((rp_position *)obj)->sources);
            else if (l == 4) {
                rp_event *e = obj;
                ng_vec_free(&e->participants);
                ng_vec_free(&e->sources);
                ng_vec_free(&e->contracts);
            } else if (l == 5)
                ng_vec_free(&((rp_claim *)obj)->parties);
            free(obj);
        }
        ng_vec_free(lists[l]);
    }
    for (int k = 0; k < 3; k++)
        if (g->by_iri[k])
            ng_map_free(g->by_iri[k]);
    for (size_t i = 0; i < g->strings.len; i++)
        free(g->strings.items[i]);
    ng_vec_free(&g->strings);
}

int rp_read(rp_graph *g, const char *store, const ng_vec *graphs, const char *syntax)
{
    rp_rdf r;
    int rc = ng_env_open(&r) == 0 && ng_source_open(&r, store, (ng_vec *)graphs, syntax, 0) == 0 &&
                     fetch_all(&r, g) == 0
                 ? 0
                 : -1;
    ng_env_close(&r);
    if (rc == 0) {
        link_base(g);
        link_positions(g);
        link_events(g);
        link_claims(g);
    }
    return rc;
}
