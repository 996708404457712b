/*
 * terms.c - RDF terms written as the results formats want them: table
 * cells, SPARQL 1.1 CSV and TSV values, SPARQL 1.1 results JSON.
 */
#include "store/store.h"

#include <ctype.h>
#include <string.h>


const char *ng_node_iri(librdf_node *n)
{
    return (const char *)librdf_uri_as_string(librdf_node_get_uri(n));
}

const char *ng_node_lexical(librdf_node *n, size_t *len)
{
    const char *s = (const char *)librdf_node_get_literal_value_as_counted_string(n, len);
    if (!s) {
        *len = 0;
        return "";
    }
    return s;
}

const char *ng_literal_datatype(librdf_node *n)
{
    librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
    return dt ? (const char *)librdf_uri_as_string(dt) : NULL;
}

/* Whether s can follow "prefix:" in a prefixed name (a conservative test:
 * letters, digits, '_', '-' and inner '.'). */
static int local_name_ok(const char *s)
{
    if (!*s)
        return 1;
    for (const char *p = s; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-' && !(*p == '.' && p[1]))
            return 0;
    return *s != '-' && *s != '.';
}

/* An IRI as a prefixed name where a predeclared prefix fits, else <IRI>. */
static void iri_short(ng_buf *b, const char *iri)
{
    for (int i = 0; ng_prefixes[i][0]; i++) {
        size_t n = strlen(ng_prefixes[i][1]);
        if (strncmp(iri, ng_prefixes[i][1], n) == 0 && local_name_ok(iri + n)) {
            ng_buf_printf(b, "%s:%s", ng_prefixes[i][0], iri + n);
            return;
        }
    }
    ng_buf_printf(b, "<%s>", iri);
}

/* For the table: control characters shown escaped, so a row stays a line. */
static void add_visible(ng_buf *b, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\n')
            ng_buf_adds(b, "\\n");
        else if (ch == '\t')
            ng_buf_adds(b, "\\t");
        else if (ch == '\r')
            ng_buf_adds(b, "\\r");
        else if (ch < 0x20 || ch == 0x7f)
            ng_buf_printf(b, "\\x%02x", ch);
        else
            ng_buf_addc(b, (char)ch);
    }
}

/* A value as text: in a table cell (shortened IRIs, control characters
 * made visible), or bare as SPARQL 1.1 CSV writes it; blank nodes _:x. */
void ng_term_text(ng_buf *b, librdf_node *n, int table)
{
    if (!n)
        return;
    if (librdf_node_is_resource(n)) {
        if (table)
            iri_short(b, ng_node_iri(n));
        else
            ng_buf_adds(b, ng_node_iri(n));
    } else if (librdf_node_is_blank(n)) {
        ng_buf_printf(b, "_:%s", (const char *)librdf_node_get_blank_identifier(n));
    } else {
        size_t len;
        const char *s = ng_node_lexical(n, &len);
        if (table)
            add_visible(b, s, len);
        else
            ng_buf_add(b, s, len);
    }
}

/* A string in Turtle's double quotes. */
static void add_turtle_string(ng_buf *b, const char *s, size_t len)
{
    ng_buf_addc(b, '"');
    for (size_t i = 0; i < len; i++) {
        char ch = s[i];
        switch (ch) {
        case '"': ng_buf_adds(b, "\\\""); break;
        case '\\': ng_buf_adds(b, "\\\\"); break;
        case '\n': ng_buf_adds(b, "\\n"); break;
        case '\r': ng_buf_adds(b, "\\r"); break;
        case '\t': ng_buf_adds(b, "\\t"); break;
        default: ng_buf_addc(b, ch);
        }
    }
    ng_buf_addc(b, '"');
}

/* TSV value (SPARQL 1.1 TSV): terms in Turtle syntax. */
void ng_term_turtle(ng_buf *b, librdf_node *n)
{
    if (!n)
        return;
    if (librdf_node_is_resource(n)) {
        ng_buf_printf(b, "<%s>", ng_node_iri(n));
    } else if (librdf_node_is_blank(n)) {
        ng_buf_printf(b, "_:%s", (const char *)librdf_node_get_blank_identifier(n));
    } else {
        size_t len;
        const char *s = ng_node_lexical(n, &len);
        add_turtle_string(b, s, len);
        const char *lang = librdf_node_get_literal_value_language(n), *dt = ng_literal_datatype(n);
        if (lang && *lang)
            ng_buf_printf(b, "@%s", lang);
        else if (dt)
            ng_buf_printf(b, "^^<%s>", dt);
    }
}

void ng_add_json_string(ng_buf *b, const char *s, size_t len)
{
    ng_buf_addc(b, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        switch (ch) {
        case '"': ng_buf_adds(b, "\\\""); break;
        case '\\': ng_buf_adds(b, "\\\\"); break;
        case '\n': ng_buf_adds(b, "\\n"); break;
        case '\r': ng_buf_adds(b, "\\r"); break;
        case '\t': ng_buf_adds(b, "\\t"); break;
        case '\b': ng_buf_adds(b, "\\b"); break;
        case '\f': ng_buf_adds(b, "\\f"); break;
        default:
            if (ch < 0x20)
                ng_buf_printf(b, "\\u%04x", ch);
            else
                ng_buf_addc(b, (char)ch);
        }
    }
    ng_buf_addc(b, '"');
}

void ng_add_json_cstring(ng_buf *b, const char *s)
{
    ng_add_json_string(b, s, strlen(s));
}

/* A term as a SPARQL 1.1 Query Results JSON object. */
void ng_term_json(ng_buf *b, librdf_node *n)
{
    if (librdf_node_is_resource(n)) {
        ng_buf_adds(b, "{\"type\":\"uri\",\"value\":");
        ng_add_json_cstring(b, ng_node_iri(n));
    } else if (librdf_node_is_blank(n)) {
        ng_buf_adds(b, "{\"type\":\"bnode\",\"value\":");
        ng_add_json_cstring(b, (const char *)librdf_node_get_blank_identifier(n));
    } else {
        size_t len;
        const char *s = ng_node_lexical(n, &len);
        const char *lang = librdf_node_get_literal_value_language(n), *dt = ng_literal_datatype(n);
        ng_buf_adds(b, "{\"type\":\"literal\",\"value\":");
        ng_add_json_string(b, s, len);
        if (lang && *lang) {
            ng_buf_adds(b, ",\"xml:lang\":");
            ng_add_json_cstring(b, lang);
        } else if (dt) {
            ng_buf_adds(b, ",\"datatype\":");
            ng_add_json_cstring(b, dt);
        }
    }
    ng_buf_addc(b, '}');
}

/* Text for XML content or a double-quoted attribute. */
void ng_add_xml_escaped(ng_buf *b, const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        switch (s[i]) {
        case '&': ng_buf_adds(b, "&amp;"); break;
        case '<': ng_buf_adds(b, "&lt;"); break;
        case '>': ng_buf_adds(b, "&gt;"); break;
        case '"': ng_buf_adds(b, "&quot;"); break;
        default: ng_buf_addc(b, s[i]);
        }
    }
}

/* A term as a SPARQL Query Results XML element. */
void ng_term_xml(ng_buf *b, librdf_node *n)
{
    if (librdf_node_is_resource(n)) {
        const char *iri = ng_node_iri(n);
        ng_buf_adds(b, "<uri>");
        ng_add_xml_escaped(b, iri, strlen(iri));
        ng_buf_adds(b, "</uri>");
    } else if (librdf_node_is_blank(n)) {
        const char *id = (const char *)librdf_node_get_blank_identifier(n);
        ng_buf_adds(b, "<bnode>");
        ng_add_xml_escaped(b, id, strlen(id));
        ng_buf_adds(b, "</bnode>");
    } else {
        size_t len;
        const char *s = ng_node_lexical(n, &len);
        const char *lang = librdf_node_get_literal_value_language(n), *dt = ng_literal_datatype(n);
        ng_buf_adds(b, "<literal");
        if (lang && *lang) {
            ng_buf_adds(b, " xml:lang=\"");
            ng_add_xml_escaped(b, lang, strlen(lang));
            ng_buf_addc(b, '"');
        } else if (dt) {
            ng_buf_adds(b, " datatype=\"");
            ng_add_xml_escaped(b, dt, strlen(dt));
            ng_buf_addc(b, '"');
        }
        ng_buf_addc(b, '>');
        ng_add_xml_escaped(b, s, len);
        ng_buf_adds(b, "</literal>");
    }
}
