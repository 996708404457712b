/*
 * rows.c - the rows of a SELECT answer, read from librdf and written in the
 * format asked for: with --limit, the table's row cap, and the ORDER BY
 * that rasqal 0.9.33 does not apply to grouped answers.
 *
 * rasqal sorts an ungrouped answer as ORDER BY says, but hands a grouped
 * one over in the order of its groups (queries/README.md). When a grouped
 * query orders by projected variables only, the rows are gathered and
 * sorted here, in SPARQL's order: unbound, blank nodes, IRIs, literals;
 * numbers by value, other literals by their lexical form.
 */
#define _GNU_SOURCE   /* qsort_r */
#include "store/store.h"

#include <rasqal.h>
#include <stdlib.h>
#include <string.h>

static void quiet_log(void *data, raptor_log_message *msg)
{
    (void)data;
    (void)msg;
}

/* What rows.c needs to know of the query, from rasqal parsing it again:
 * the variables (librdf names them only once there is a row), and the
 * ORDER BY of a grouped query as (variable, descending) pairs. */
typedef struct {
    ng_vec names;      /* char *: the SELECT's variables */
    ng_vec order;      /* char *: ORDER BY variables of a grouped query */
    ng_vec desc;       /* (void *)1 when that key is DESC */
    int sortable;      /* grouped, ordered by plain variables only */
} query_info;

/* The variable an ORDER BY condition names, or NULL for an expression. */
static const char *order_variable(rasqal_expression *x, int *desc)
{
    *desc = x->op == RASQAL_EXPR_ORDER_COND_DESC;
    if (x->op == RASQAL_EXPR_ORDER_COND_ASC || x->op == RASQAL_EXPR_ORDER_COND_DESC)
        x = x->arg1;
    if (!x || x->op != RASQAL_EXPR_LITERAL || !x->literal || x->literal->type != RASQAL_LITERAL_VARIABLE)
        return NULL;
    rasqal_variable *v = x->literal->value.variable;
    return v && v->name ? (const char *)v->name : NULL;
}

static void info_order(query_info *qi, rasqal_query *q)
{
    raptor_sequence *groups = rasqal_query_get_group_conditions_sequence(q);
    raptor_sequence *order = rasqal_query_get_order_conditions_sequence(q);
    if (!groups || raptor_sequence_size(groups) == 0 || !order || raptor_sequence_size(order) == 0)
        return;
    qi->sortable = 1;
    for (int i = 0; i < raptor_sequence_size(order); i++) {
        int desc;
        const char *name = order_variable(raptor_sequence_get_at(order, i), &desc);
        if (!name) {
            qi->sortable = 0;
            return;
        }
        ng_vec_push(&qi->order, ng_xstrdup(name));
        ng_vec_push(&qi->desc, desc ? (void *)1 : NULL);
    }
}

static void info_read(query_info *qi, const char *query)
{
    memset(qi, 0, sizeof *qi);
    rasqal_world *rw = rasqal_new_world();
    if (!rw || rasqal_world_open(rw)) {
        rasqal_free_world(rw);
        return;
    }
    rasqal_world_set_log_handler(rw, NULL, quiet_log);
    rasqal_query *q = rasqal_new_query(rw, "sparql", NULL);
    if (q && rasqal_query_prepare(q, (const unsigned char *)query, NULL) == 0) {
        raptor_sequence *vars = rasqal_query_get_bound_variable_sequence(q);
        for (int i = 0; vars && i < raptor_sequence_size(vars); i++) {
            rasqal_variable *v = raptor_sequence_get_at(vars, i);
            if (v && v->name)
                ng_vec_push(&qi->names, ng_xstrdup((const char *)v->name));
        }
        info_order(qi, q);
    }
    if (q)
        rasqal_free_query(q);
    rasqal_free_world(rw);
}

static void info_free(query_info *qi)
{
    for (size_t i = 0; i < qi->names.len; i++)
        free(qi->names.items[i]);
    for (size_t i = 0; i < qi->order.len; i++)
        free(qi->order.items[i]);
    ng_vec_free(&qi->names);
    ng_vec_free(&qi->order);
    ng_vec_free(&qi->desc);
}

/* --- SPARQL's order of terms ---------------------------------------- */

static int term_rank(librdf_node *n)
{
    return !n ? 0 : librdf_node_is_blank(n) ? 1 : librdf_node_is_resource(n) ? 2 : 3;
}

static int is_numeric(librdf_node *n)
{
    const char *dt = ng_literal_datatype(n);
    static const char *const types[] = {"integer", "decimal", "double", "float", "int", "long", "short",
                                        "byte", "nonNegativeInteger", "positiveInteger", "negativeInteger",
                                        "nonPositiveInteger", "unsignedLong", "unsignedInt", NULL};
    if (!dt || strncmp(dt, NG_NS_XSD, strlen(NG_NS_XSD)) != 0)
        return 0;
    for (int i = 0; types[i]; i++)
        if (strcmp(dt + strlen(NG_NS_XSD), types[i]) == 0)
            return 1;
    return 0;
}

static int term_compare(librdf_node *a, librdf_node *b)
{
    int ra = term_rank(a), rb = term_rank(b);
    if (ra != rb || ra == 0)
        return ra - rb;
    if (ra == 1)
        return strcmp((const char *)librdf_node_get_blank_identifier(a),
                      (const char *)librdf_node_get_blank_identifier(b));
    if (ra == 2)
        return strcmp(ng_node_iri(a), ng_node_iri(b));
    size_t la, lb;
    const char *sa = ng_node_lexical(a, &la), *sb = ng_node_lexical(b, &lb);
    if (is_numeric(a) && is_numeric(b)) {
        double x = strtod(sa, NULL), y = strtod(sb, NULL);
        if (x != y)
            return x < y ? -1 : 1;
    }
    int c = memcmp(sa, sb, la < lb ? la : lb);
    return c ? c : (la > lb) - (la < lb);
}

typedef struct {
    size_t ncols;
    size_t nkeys;
    size_t *keys;   /* column of each ORDER BY key */
    int *desc;
} sort_spec;

/* A row is ncols nodes followed by its arrival number (ties keep it). */
static int row_compare(const void *pa, const void *pb, void *arg)
{
    const sort_spec *s = arg;
    librdf_node *const *a = *(librdf_node *const *const *)pa, *const *b = *(librdf_node *const *const *)pb;
    for (size_t k = 0; k < s->nkeys; k++) {
        int c = term_compare(a[s->keys[k]], b[s->keys[k]]);
        if (c)
            return s->desc[k] ? -c : c;
    }
    size_t ia = (size_t)a[s->ncols], ib = (size_t)b[s->ncols];
    return (ia > ib) - (ia < ib);
}

/* The spec to sort rows with, or 0 when rasqal's order stands. */
static int sort_spec_make(sort_spec *s, const query_info *qi, const char **names, size_t ncols)
{
    memset(s, 0, sizeof *s);
    if (!qi->sortable || !ncols)
        return 0;
    s->ncols = ncols;
    s->nkeys = qi->order.len;
    s->keys = ng_xcalloc(s->nkeys, sizeof *s->keys);
    s->desc = ng_xcalloc(s->nkeys, sizeof *s->desc);
    for (size_t k = 0; k < s->nkeys; k++) {
        size_t i = 0;
        while (i < ncols && strcmp(names[i], qi->order.items[k]) != 0)
            i++;
        if (i == ncols) {   /* ordered by a variable not shown: leave it */
            free(s->keys);
            free(s->desc);
            memset(s, 0, sizeof *s);
            return 0;
        }
        s->keys[k] = i;
        s->desc[k] = qi->desc.items[k] != NULL;
    }
    return 1;
}

/* --- writing --------------------------------------------------------- */

typedef struct {
    FILE *fp;
    ng_result_opts *o;
    const char **names;
    size_t ncols, rows;
    ng_vec cells;   /* char *: the table's cells, ncols a row */
} writer;

/* Writes (or, for the table, keeps) one row; returns 0 when full. */
static int write_row(writer *w, librdf_node **values)
{
    if (w->o->fmt != FMT_TABLE) {
        ng_results_row(w->fp, w->o->fmt, w->names, values, w->ncols, w->rows++);
        return 1;
    }
    if (w->o->table_rows && w->rows >= w->o->table_rows) {
        w->o->cut = 1;
        return 0;
    }
    for (size_t i = 0; i < w->ncols; i++) {
        ng_buf cell;
        ng_buf_init(&cell);
        ng_term_text(&cell, values[i], 1);
        ng_vec_push(&w->cells, cell.data ? ng_buf_steal(&cell) : ng_xstrdup(""));
    }
    w->rows++;
    return 1;
}

static void free_row(librdf_node **values, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (values[i])
            librdf_free_node(values[i]);
}

/* Reads every row, sorts, writes up to the limit. */
static void rows_sorted(writer *w, librdf_query_results *r, sort_spec *s)
{
    ng_vec all = {0};
    for (; !librdf_query_results_finished(r); librdf_query_results_next(r)) {
        librdf_node **row = ng_xcalloc(w->ncols + 1, sizeof *row);
        for (size_t i = 0; i < w->ncols; i++)
            row[i] = librdf_query_results_get_binding_value(r, (int)i);
        row[w->ncols] = (librdf_node *)(size_t)all.len;
        ng_vec_push(&all, row);
    }
    if (all.len)
        qsort_r(all.items, all.len, sizeof *all.items, row_compare, s);
    int open = 1;
    for (size_t k = 0; k < all.len; k++) {
        librdf_node **row = all.items[k];
        if (open && w->o->limit && w->rows >= w->o->limit)
            open = 0;
        if (open)
            open = write_row(w, row);
        free_row(row, w->ncols);
        free(row);
    }
    ng_vec_free(&all);
}

/* Writes rows as they come, up to the limit: a runaway answer is not read
 * to its end. */
static void rows_streamed(writer *w, librdf_query_results *r)
{
    librdf_node **values = ng_xcalloc(w->ncols + 1, sizeof *values);
    for (; !librdf_query_results_finished(r); librdf_query_results_next(r)) {
        if (w->o->limit && w->rows >= w->o->limit)
            break;
        for (size_t i = 0; i < w->ncols; i++)
            values[i] = librdf_query_results_get_binding_value(r, (int)i);
        int more = write_row(w, values);
        free_row(values, w->ncols);
        if (!more)
            break;
    }
    free(values);
}

int ng_print_bindings(FILE *fp, librdf_query_results *r, ng_result_opts *o, const char *query)
{
    query_info qi;
    info_read(&qi, query);
    int n = librdf_query_results_get_bindings_count(r);
    size_t ncols = n > 0 ? (size_t)n : qi.names.len;
    const char **names = ng_xcalloc(ncols + 1, sizeof *names);
    for (size_t i = 0; i < ncols; i++)
        names[i] = n > 0 ? librdf_query_results_get_binding_name(r, (int)i) : qi.names.items[i];
    if (n <= 0 && ncols && !librdf_query_results_finished(r))
        ncols = 0; /* rows without names: never seen, but never read past */
    writer w = {fp, o, names, ncols, 0, {0}};
    if (o->fmt != FMT_TABLE)
        ng_results_header(fp, o->fmt, names, ncols);
    sort_spec s;
    if (sort_spec_make(&s, &qi, names, ncols))
        rows_sorted(&w, r, &s);
    else
        rows_streamed(&w, r);
    if (o->fmt == FMT_TABLE)
        ng_print_table(fp, names, ncols, &w.cells);
    else
        ng_results_footer(fp, o->fmt, w.rows);
    for (size_t i = 0; i < w.cells.len; i++)
        free(w.cells.items[i]);
    ng_vec_free(&w.cells);
    free(s.keys);
    free(s.desc);
    free(names);
    info_free(&qi);
    return 0;
}
