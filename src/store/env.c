/*
 * env.c - librdf for the store commands: a world, a model over a storage,
 * and the messages librdf logs, kept to be printed with the name of the
 * file (or query) they concern; the prefixes queries and serializers share.
 */
#include "store/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The prefixes every query may use without declaring them, and that IRIs
 * are shortened with in tables. */
const char *const ng_prefixes[][2] = {
    {"ng", NG_NS},
    {"rdf", NG_NS_RDF},
    {"rdfs", NG_NS_RDFS},
    {"skos", NG_NS_SKOS},
    {"dcterms", NG_NS_DCT},
    {"xsd", NG_NS_XSD},
    {"owl", NG_NS_OWL},
    {NULL, NULL},
};

/* Keeps errors for the caller, who knows whether they matter and what file
 * they are about; warnings (rasqal's remarks on unused variables and the
 * like) are not failures and are dropped. */
static int on_log(void *arg, librdf_log_message *m)
{
    rdf_env *e = arg;
    if (librdf_log_message_level(m) < LIBRDF_LOG_ERROR)
        return 1;
    e->errors++;
    ng_buf_printf(&e->log, "newsgraph: %s", e->what ? e->what : "librdf");
    raptor_locator *loc = librdf_log_message_locator(m);
    if (loc && loc->line > 0) {
        ng_buf_printf(&e->log, ": line %d", loc->line);
        int col = loc->column;
        if (loc->line == 1 && col >= 0)
            col -= e->col_shift;
        if (col >= 0)
            ng_buf_printf(&e->log, ", column %d", col + 1);
        if (!e->first_line)
            e->first_line = loc->line;
    }
    const char *msg = librdf_log_message_message(m);
    ng_buf_printf(&e->log, ": %s\n", msg ? msg : "unknown error");
    return 1;
}

void ng_env_reset_log(rdf_env *e, const char *what)
{
    ng_buf_clear(&e->log);
    e->errors = 0;
    e->first_line = 0;
    e->what = what;
}

/* Prints what librdf logged, or the fallback when it said nothing. */
void ng_env_print_log(rdf_env *e, const char *fallback)
{
    if (e->log.len)
        fputs(e->log.data, stderr);
    else
        fprintf(stderr, "newsgraph: %s: %s\n", e->what ? e->what : "librdf", fallback);
}

int ng_env_open(rdf_env *e)
{
    memset(e, 0, sizeof *e);
    ng_buf_init(&e->log);
    e->world = librdf_new_world();
    if (!e->world) {
        fprintf(stderr, "newsgraph: cannot start librdf\n");
        return -1;
    }
    librdf_world_set_logger(e->world, e, on_log);
    librdf_world_open(e->world);
    return 0;
}

/* Frees in dependency order: the model before its storage, both before
 * the world that made them. */
void ng_env_close(rdf_env *e)
{
    if (e->model)
        librdf_free_model(e->model);
    if (e->storage)
        librdf_free_storage(e->storage);
    if (e->world)
        librdf_free_world(e->world);
    ng_buf_free(&e->log);
    free(e->vgraph);
    memset(e, 0, sizeof *e);
}

librdf_node *ng_uri_node(rdf_env *e, const char *iri)
{
    return librdf_new_node_from_uri_string(e->world, (const unsigned char *)iri);
}

librdf_node *ng_node_copy(librdf_node *n)
{
    return n ? librdf_new_node_from_node(n) : NULL;
}

/* The prefixes, and the instance namespace and its kinds (article/,
 * person/, ...) when base is given, for a serializer to abbreviate with. */
void ng_set_namespaces(rdf_env *e, librdf_serializer *ser, const char *base)
{
    for (int i = 0; ng_prefixes[i][0]; i++) {
        librdf_uri *u = librdf_new_uri(e->world, (const unsigned char *)ng_prefixes[i][1]);
        librdf_serializer_set_namespace(ser, u, ng_prefixes[i][0]);
        librdf_free_uri(u);
    }
    if (!base)
        return;
    static const char *const kinds[] = {"article", "person", "place", "position", "meeting", "forum",
                                        "claim", "evidence", NULL};
    librdf_uri *b = librdf_new_uri(e->world, (const unsigned char *)base);
    librdf_serializer_set_namespace(ser, b, "id");
    librdf_free_uri(b);
    for (int i = 0; kinds[i]; i++) {
        ng_buf iri;
        ng_buf_init(&iri);
        ng_buf_printf(&iri, "%s%s/", base, kinds[i]);
        librdf_uri *u = librdf_new_uri(e->world, (const unsigned char *)iri.data);
        librdf_serializer_set_namespace(ser, u, kinds[i]);
        librdf_free_uri(u);
        ng_buf_free(&iri);
    }
}
