/*
 * results.c - query results written out: a table, CSV, TSV or JSON for
 * SELECT, true or false for ASK, a graph for CONSTRUCT and DESCRIBE.
 */
#include "store/store.h"

#include <rasqal.h>
#include <stdlib.h>
#include <string.h>


/* A CSV field, quoted when it holds a separator, quote or line break. */
static void add_csv_field(ng_buf *b, const char *s, size_t len)
{
    if (!memchr(s, ',', len) && !memchr(s, '"', len) && !memchr(s, '\n', len) && !memchr(s, '\r', len)) {
        ng_buf_add(b, s, len);
        return;
    }
    ng_buf_addc(b, '"');
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"')
            ng_buf_addc(b, '"');
        ng_buf_addc(b, s[i]);
    }
    ng_buf_addc(b, '"');
}

/* Display width: UTF-8 code points (continuation bytes do not count). */
static size_t width(const char *s)
{
    size_t w = 0;
    for (; *s; s++)
        w += ((unsigned char)*s & 0xC0) != 0x80;
    return w;
}

/* Adds s to a table line, padded to the column width plus a gap. */
static void add_padded(ng_buf *line, const char *s, size_t w)
{
    ng_buf_adds(line, s);
    for (size_t k = width(s); k < w + 2; k++)
        ng_buf_addc(line, ' ');
}

/* Writes a table line without the padding that trails its last cell. */
static void put_line(FILE *fp, ng_buf *line)
{
    while (line->len && line->data[line->len - 1] == ' ')
        line->data[--line->len] = '\0';
    fprintf(fp, "%s\n", line->data ? line->data : "");
    ng_buf_clear(line);
}

/* An aligned table: a header, a rule, a row a line; cells hold ncols * rows. */
static void print_table(FILE *fp, const char **names, size_t ncols, ng_vec *cells)
{
    size_t *w = ng_xcalloc(ncols ? ncols : 1, sizeof *w);
    for (size_t i = 0; i < ncols; i++)
        w[i] = width(names[i]);
    for (size_t i = 0; i < cells->len; i++) {
        size_t k = width(cells->items[i]);
        if (k > w[i % ncols])
            w[i % ncols] = k;
    }
    ng_buf line;
    ng_buf_init(&line);
    for (size_t i = 0; i < ncols; i++)
        add_padded(&line, names[i], w[i]);
    put_line(fp, &line);
    for (size_t i = 0; i < ncols; i++) {
        for (size_t k = 0; k < w[i]; k++)
            ng_buf_addc(&line, '-');
        ng_buf_adds(&line, "  ");
    }
    put_line(fp, &line);
    for (size_t i = 0; i < cells->len; i++) {
        add_padded(&line, cells->items[i], w[i % ncols]);
        if (i % ncols + 1 == ncols)
            put_line(fp, &line);
    }
    ng_buf_free(&line);
    free(w);
}

static void results_header(FILE *fp, int fmt, const char **names, size_t n)
{
    ng_buf b;
    ng_buf_init(&b);
    if (fmt == FMT_JSON) {
        ng_buf_adds(&b, "{\"head\":{\"vars\":[");
        for (size_t i = 0; i < n; i++) {
            if (i)
                ng_buf_addc(&b, ',');
            ng_add_json_cstring(&b, names[i]);
        }
        ng_buf_adds(&b, "]},\"results\":{\"bindings\":[\n");
    } else if (fmt == FMT_CSV || fmt == FMT_TSV) {
        for (size_t i = 0; i < n; i++) {
            if (i)
                ng_buf_addc(&b, fmt == FMT_CSV ? ',' : '\t');
            if (fmt == FMT_TSV)
                ng_buf_addc(&b, '?');
            if (fmt == FMT_CSV)
                add_csv_field(&b, names[i], strlen(names[i]));
            else
                ng_buf_adds(&b, names[i]);
        }
        ng_buf_adds(&b, fmt == FMT_CSV ? "\r\n" : "\n");
    }
    fputs(b.data ? b.data : "", fp);
    ng_buf_free(&b);
}

/* One row of CSV, TSV or JSON; values[i] NULL when unbound. */
static void results_row(FILE *fp, int fmt, const char **names, librdf_node **values, size_t n, size_t row)
{
    ng_buf b, cell;
    ng_buf_init(&b);
    ng_buf_init(&cell);
    if (fmt == FMT_JSON) {
        ng_buf_adds(&b, row ? ",\n{" : "{");
        int first = 1;
        for (size_t i = 0; i < n; i++) {
            if (!values[i])
                continue;   /* unbound: absent from the binding */
            if (!first)
                ng_buf_addc(&b, ',');
            first = 0;
            ng_add_json_cstring(&b, names[i]);
            ng_buf_addc(&b, ':');
            ng_term_json(&b, values[i]);
        }
        ng_buf_addc(&b, '}');
    } else {
        for (size_t i = 0; i < n; i++) {
            if (i)
                ng_buf_addc(&b, fmt == FMT_CSV ? ',' : '\t');
            ng_buf_clear(&cell);
            if (fmt == FMT_CSV) {
                ng_term_text(&cell, values[i], 0);
                add_csv_field(&b, cell.data ? cell.data : "", cell.len);
            } else {
                ng_term_turtle(&b, values[i]);
            }
        }
        ng_buf_adds(&b, fmt == FMT_CSV ? "\r\n" : "\n");
    }
    fputs(b.data, fp);
    ng_buf_free(&b);
    ng_buf_free(&cell);
}

static void results_footer(FILE *fp, int fmt, size_t rows)
{
    if (fmt == FMT_JSON)
        fputs(rows ? "\n]}}\n" : "]}}\n", fp);
}

static void quiet_log(void *data, raptor_log_message *msg)
{
    (void)data;
    (void)msg;
}

/* librdf names a SELECT's variables only once there is a row: for an empty
 * answer they come from rasqal parsing the query text again, so that a
 * program still gets its header. */
static void select_names(const char *query, ng_vec *out)
{
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
                ng_vec_push(out, ng_xstrdup((const char *)v->name));
        }
    }
    if (q)
        rasqal_free_query(q);
    rasqal_free_world(rw);
}

/* Prints variable bindings; returns 0, or -1 when the query failed while
 * producing them. */
static int print_bindings(FILE *fp, librdf_query_results *r, int fmt, const char *query)
{
    int n = librdf_query_results_get_bindings_count(r);
    ng_vec parsed = {0};
    if (n <= 0 && query)
        select_names(query, &parsed);
    size_t ncols = n > 0 ? (size_t)n : parsed.len, rows = 0;
    const char **names = ng_xcalloc(ncols + 1, sizeof *names);
    librdf_node **values = ng_xcalloc(ncols + 1, sizeof *values);
    for (size_t i = 0; i < ncols; i++)
        names[i] = n > 0 ? librdf_query_results_get_binding_name(r, (int)i) : parsed.items[i];
    if (n <= 0 && ncols && !librdf_query_results_finished(r))
        ncols = 0; /* rows without names: never seen, but never read past */
    ng_vec cells = {0};
    if (fmt != FMT_TABLE)
        results_header(fp, fmt, names, ncols);
    for (; !librdf_query_results_finished(r); librdf_query_results_next(r), rows++) {
        for (size_t i = 0; i < ncols; i++)
            values[i] = librdf_query_results_get_binding_value(r, (int)i);
        if (fmt == FMT_TABLE) {
            for (size_t i = 0; i < ncols; i++) {
                ng_buf cell;
                ng_buf_init(&cell);
                ng_term_text(&cell, values[i], 1);
                ng_vec_push(&cells, cell.data ? ng_buf_steal(&cell) : ng_xstrdup(""));
            }
        } else {
            results_row(fp, fmt, names, values, ncols, rows);
        }
        for (size_t i = 0; i < ncols; i++)
            if (values[i])
                librdf_free_node(values[i]);
    }
    if (fmt == FMT_TABLE)
        print_table(fp, names, ncols, &cells);
    else
        results_footer(fp, fmt, rows);
    for (size_t i = 0; i < cells.len; i++)
        free(cells.items[i]);
    ng_vec_free(&cells);
    for (size_t i = 0; i < parsed.len; i++)
        free(parsed.items[i]);
    ng_vec_free(&parsed);
    free(values);
    free(names);
    return 0;
}

/* CONSTRUCT and DESCRIBE results, as Turtle. */
static int print_graph(FILE *fp, rdf_env *e, librdf_query_results *r)
{
    librdf_serializer *ser = librdf_new_serializer(e->world, "turtle", NULL, NULL);
    librdf_stream *st = librdf_query_results_as_stream(r);
    int rc = -1;
    if (ser && st) {
        ng_set_namespaces(e, ser, NG_DEFAULT_BASE);
        rc = librdf_serializer_serialize_stream_to_file_handle(ser, fp, NULL, st);
    }
    if (st)
        librdf_free_stream(st);
    if (ser)
        librdf_free_serializer(ser);
    return rc ? -1 : 0;
}

int ng_print_results(rdf_env *e, librdf_query_results *r, int fmt, const char *query)
{
    if (librdf_query_results_is_boolean(r)) {
        int v = librdf_query_results_get_boolean(r);
        if (v < 0)
            return -1;
        if (fmt == FMT_JSON)
            printf("{\"head\":{},\"boolean\":%s}\n", v ? "true" : "false");
        else
            printf("%s\n", v ? "true" : "false");
        return 0;
    }
    if (librdf_query_results_is_graph(r))
        return print_graph(stdout, e, r);
    return print_bindings(stdout, r, fmt, query);
}
