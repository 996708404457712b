/*
 * results.c - query results written out: a table, CSV, TSV, JSON or XML
 * (SPARQL 1.1 formats) for SELECT, true or false for ASK, a graph in the
 * format asked for CONSTRUCT and DESCRIBE. rows.c feeds the rows.
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
void ng_print_table(FILE *fp, const char **names, size_t ncols, ng_vec *cells)
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

void ng_results_header(FILE *fp, int fmt, const char **names, size_t n)
{
    ng_buf b;
    ng_buf_init(&b);
    if (fmt == FMT_XML) {
        ng_buf_adds(&b, "<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n<head>\n");
        for (size_t i = 0; i < n; i++) {
            ng_buf_adds(&b, "  <variable name=\"");
            ng_add_xml_escaped(&b, names[i], strlen(names[i]));
            ng_buf_adds(&b, "\"/>\n");
        }
        ng_buf_adds(&b, "</head>\n<results>\n");
    } else if (fmt == FMT_JSON) {
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
void ng_results_row(FILE *fp, int fmt, const char **names, librdf_node **values, size_t n, size_t row)
{
    ng_buf b, cell;
    ng_buf_init(&b);
    ng_buf_init(&cell);
    if (fmt == FMT_XML) {
        ng_buf_adds(&b, "  <result>\n");
        for (size_t i = 0; i < n; i++) {
            if (!values[i])
                continue;
            ng_buf_adds(&b, "    <binding name=\"");
            ng_add_xml_escaped(&b, names[i], strlen(names[i]));
            ng_buf_adds(&b, "\">");
            ng_term_xml(&b, values[i]);
            ng_buf_adds(&b, "</binding>\n");
        }
        ng_buf_adds(&b, "  </result>\n");
    } else if (fmt == FMT_JSON) {
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

void ng_results_footer(FILE *fp, int fmt, size_t rows)
{
    if (fmt == FMT_JSON)
        fputs(rows ? "\n]}}\n" : "]}}\n", fp);
    else if (fmt == FMT_XML)
        fputs("</results>\n</sparql>\n", fp);
}

/* CONSTRUCT and DESCRIBE results, in the graph format asked for (checked
 * by the caller); the serializer's own result and errors are checked. */
static int print_graph(FILE *fp, rdf_env *e, librdf_query_results *r, const char *format)
{
    librdf_serializer *ser = librdf_new_serializer(e->world, format, NULL, NULL);
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
    return rc || e->errors ? -1 : 0;
}

/* Adds to m what the store says of node: the statements with it as
 * subject (SPARQL leaves a description's form to the service; this is the
 * form other engines give, Oxigraph's among them). */
static int describe_node(rdf_env *e, librdf_model *m, librdf_node *node)
{
    librdf_statement *pat = librdf_new_statement_from_nodes(e->world, librdf_new_node_from_node(node), NULL, NULL);
    librdf_stream *st = pat ? librdf_model_find_statements(e->model, pat) : NULL;
    int rc = st ? librdf_model_add_statements(m, st) : -1;
    if (st)
        librdf_free_stream(st);
    if (pat)
        librdf_free_statement(pat);
    return rc ? -1 : 0;
}

int ng_print_description(rdf_env *e, librdf_query_results *r, ng_result_opts *o)
{
    librdf_storage *st = librdf_new_storage(e->world, "trees", NULL, NULL);
    librdf_model *m = st ? librdf_new_model(e->world, st, NULL) : NULL;
    int rc = m ? 0 : -1;
    ng_map *done = ng_map_new();   /* a resource in many rows is described once */
    for (size_t row = 0; !rc && !librdf_query_results_finished(r) && (!o->limit || row < o->limit); row++) {
        int n = librdf_query_results_get_bindings_count(r);
        for (int i = 0; !rc && i < n; i++) {
            librdf_node *v = librdf_query_results_get_binding_value(r, i);
            const char *key = !v                        ? NULL
                              : librdf_node_is_resource(v) ? ng_node_iri(v)
                              : librdf_node_is_blank(v)    ? (const char *)librdf_node_get_blank_identifier(v)
                                                           : NULL;
            /* an IRI and a blank node label never meet: the map holds IRIs
             * with a '<' before them */
            char *k = key ? ng_xmalloc(strlen(key) + 2) : NULL;
            if (k)
                sprintf(k, "%c%s", librdf_node_is_blank(v) ? '_' : '<', key);
            if (k && ng_map_add(done, k, strlen(k), (void *)1))
                rc = describe_node(e, m, v);
            free(k);
            if (v)
                librdf_free_node(v);
        }
        librdf_query_results_next(r);
    }
    ng_map_free(done);
    librdf_serializer *ser = rc ? NULL : librdf_new_serializer(e->world, o->graph_format, NULL, NULL);
    if (ser) {
        ng_set_namespaces(e, ser, NG_DEFAULT_BASE);
        rc = librdf_serializer_serialize_model_to_file_handle(ser, stdout, NULL, m);
        librdf_free_serializer(ser);
    } else {
        rc = -1;
    }
    if (m)
        librdf_free_model(m);
    if (st)
        librdf_free_storage(st);
    return rc || e->errors ? -1 : 0;
}

static void print_boolean(FILE *fp, int fmt, int v)
{
    const char *word = v ? "true" : "false";
    if (fmt == FMT_JSON)
        fprintf(fp, "{\"head\":{},\"boolean\":%s}\n", word);
    else if (fmt == FMT_XML)
        fprintf(fp, "<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"
                    "<head></head>\n<boolean>%s</boolean>\n</sparql>\n", word);
    else
        fprintf(fp, "%s\n", word);
}

int ng_print_results(rdf_env *e, librdf_query_results *r, ng_result_opts *o, const char *query)
{
    if (librdf_query_results_is_boolean(r)) {
        int v = librdf_query_results_get_boolean(r);
        if (v < 0)
            return -1;
        print_boolean(stdout, o->fmt, v);
        return 0;
    }
    if (librdf_query_results_is_graph(r))
        return print_graph(stdout, e, r, o->graph_format);
    return ng_print_bindings(stdout, r, o, query);
}
