/*
 * kb_load.c - loads gazetteer and lexicon Turtle with raptor2 (see kb.h).
 *
 * Loading happens in two passes: raptor2 streams triples into a table of
 * subjects, then each subject is read as what its rdf:type (or, for the
 * lexicon, its predicate lex:term) says it is. Blank nodes, used for
 * ng:knownPosition, are subjects like any other.
 */
#include "kb_internal.h"
#include "resolve.h"
#include "ns.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RDF_TYPE NG_NS_RDF "type"
#define RDFS_LABEL NG_NS_RDFS "label"
#define SKOS_ALT NG_NS_SKOS "altLabel"
#define OWL_SAMEAS NG_NS_OWL "sameAs"

/* ---- loading: raptor2 triples into subjects ------------------------- */

static char *term_text(raptor_term *t, int *literal)
{
    *literal = 0;
    switch (t->type) {
    case RAPTOR_TERM_TYPE_URI:
        return ng_xstrdup((const char *)raptor_uri_as_string(t->value.uri));
    case RAPTOR_TERM_TYPE_BLANK:
        return ng_xstrdup((const char *)t->value.blank.string);
    case RAPTOR_TERM_TYPE_LITERAL:
        *literal = 1;
        return ng_xstrndup((const char *)t->value.literal.string, t->value.literal.string_len);
    default:
        return ng_xstrdup("");
    }
}

/* A byte no IRI may hold (a switch, not strchr: every byte of every IRI
 * of the data is asked). */
static int iri_forbids(unsigned char c)
{
    switch (c) {
    case '<': case '>': case '"': case '{': case '}': case '|': case '^': case '`': case '\\': case 0x7F:
        return 1;
    default:
        return c <= 0x20;
    }
}

/* An IRI the data gives (raptor decodes \u005C and the like in <...>)
 * must be one an RDF writer can write back: no space, control or
 * <>"{}|^`\ character. Sets kb->error naming the file and the IRI. */
static void check_iri(ng_kb *kb, raptor_term *t, const raptor_locator *loc)
{
    if (kb->error || !t || t->type != RAPTOR_TERM_TYPE_URI)
        return;
    const unsigned char *u = raptor_uri_as_string(t->value.uri);
    for (const unsigned char *c = u; *c; c++)
        if (iri_forbids(*c)) {
            char buf[600];
            snprintf(buf, sizeof buf, "%s:%d: the IRI <%.300s> holds a character an IRI may not (byte 0x%02X)",
                     kb->path, loc ? loc->line : -1, (const char *)u, *c);
            kb->error = ng_xstrdup(buf);
            return;
        }
}

static void on_triple(void *user, raptor_statement *st)
{
    ng_kb *kb = user;
    check_iri(kb, st->subject, kb->locator);
    check_iri(kb, st->predicate, kb->locator);
    check_iri(kb, st->object, kb->locator);
    if (kb->error)
        return;
    int lit;
    char *s = term_text(st->subject, &lit);
    if (st->subject->type == RAPTOR_TERM_TYPE_BLANK) {
        char *b = ng_xmalloc(strlen(s) + 3);
        sprintf(b, "_:%s", s);
        free(s);
        s = b;
    }
    kb_subject *subj = ng_map_get(kb->subjects, s, strlen(s));
    if (!subj) {
        subj = ng_xcalloc(1, sizeof *subj);
        subj->subject = s;
        ng_map_put(kb->subjects, s, strlen(s), subj);
        ng_vec_push(&kb->subject_list, subj);
    } else {
        free(s);
    }
    kb_pair *pair = ng_xcalloc(1, sizeof *pair);
    pair->pred = term_text(st->predicate, &lit);
    pair->obj = term_text(st->object, &pair->literal);
    if (st->object->type == RAPTOR_TERM_TYPE_BLANK) {
        char *b = ng_xmalloc(strlen(pair->obj) + 3);
        sprintf(b, "_:%s", pair->obj);
        free(pair->obj);
        pair->obj = b;
    }
    ng_vec_push(&subj->pairs, pair);
}

static void on_log(void *user, raptor_log_message *msg)
{
    ng_kb *kb = user;
    if (msg->level < RAPTOR_LOG_LEVEL_ERROR || kb->error)
        return;
    char buf[512];
    int line = msg->locator ? msg->locator->line : -1;
    if (line > 0)
        snprintf(buf, sizeof buf, "%s:%d: %s", kb->path, line, msg->text ? msg->text : "parse error");
    else
        snprintf(buf, sizeof buf, "%s: %s", kb->path, msg->text ? msg->text : "parse error");
    kb->error = ng_xstrdup(buf);
}

static const char *local_name(const char *iri)
{
    const char *h = strrchr(iri, '#');
    const char *s = strrchr(iri, '/');
    const char *p = h > s ? h : s;
    return p ? p + 1 : iri;
}

/* The slug of an instance IRI under any base: the part after ".../id/KIND/". */
static const char *slug_of(const char *iri)
{
    return local_name(iri);
}

static const char *pair_get(const kb_subject *s, const char *pred)
{
    for (size_t i = 0; i < s->pairs.len; i++) {
        kb_pair *p = s->pairs.items[i];
        if (strcmp(p->pred, pred) == 0)
            return p->obj;
    }
    return NULL;
}

static int has_type(const kb_subject *s, const char *type)
{
    for (size_t i = 0; i < s->pairs.len; i++) {
        kb_pair *p = s->pairs.items[i];
        if (strcmp(p->pred, RDF_TYPE) == 0 && strcmp(p->obj, type) == 0)
            return 1;
    }
    return 0;
}

static phrase_index *class_index(ng_kb *kb, const char *cls)
{
    phrase_index *ix = ng_map_get(kb->classes, cls, strlen(cls));
    if (!ix) {
        ix = ng_xcalloc(1, sizeof *ix);
        kb_index_init(ix);
        ng_map_put(kb->classes, cls, strlen(cls), ix);
    }
    return ix;
}


/* "month-3" also fills family "month" with key -> "3". A lower-case-only
 * term (lex:lowercaseTerm) does not fill the family. */
static void add_term(ng_kb *kb, const char *cls, const char *phrase, int lowercase_only)
{
    char *key = ng_key_of(phrase);
    if (!*key) {
        free(key);
        return;
    }
    kb_index_put(class_index(kb, cls), key, lowercase_only ? (void *)kb_lowercase_term : (void *)"", 0);
    const char *dash = strchr(cls, '-');
    if (dash && !lowercase_only) {
        char *family = ng_xstrndup(cls, (size_t)(dash - cls));
        kb_index_put(class_index(kb, family), key, (void *)kb_keep(kb, ng_xstrdup(dash + 1)), 0);
        free(family);
    }
    free(key);
}

/* A setting of the extractors: "lex:NAME lex:window N", a token count
 * from 0 to 1000. A later file may change an earlier one's value. */
static void add_window(ng_kb *kb, const char *name, const kb_pair *p)
{
    char *end = NULL;
    long v = p->literal ? strtol(p->obj, &end, 10) : -1;
    if (kb->error)
        return;
    if (!p->literal || end == p->obj || *end || v < 0 || v > 1000) {
        char buf[512];
        snprintf(buf, sizeof buf, "%s: lex:%s lex:window \"%.40s\": a window is a number of tokens from 0 to 1000",
                 kb->path, name, p->obj);
        kb->error = ng_xstrdup(buf);
        return;
    }
    ng_map_put(kb->windows, name, strlen(name), (void *)(uintptr_t)(v + 1));
}

static void index_name(phrase_index *ix, const char *name, void *target, int mark_ambiguous)
{
    char *key = ng_key_of(name);
    kb_index_put(ix, key, target, mark_ambiguous);
    free(key);
}

static void read_labels(kb_subject *s, char **label, ng_vec *alts)
{
    for (size_t i = 0; i < s->pairs.len; i++) {
        kb_pair *p = s->pairs.items[i];
        if (strcmp(p->pred, RDFS_LABEL) == 0 && !*label)
            *label = ng_xstrdup(p->obj);
        else if (strcmp(p->pred, SKOS_ALT) == 0)
            ng_vec_push(alts, ng_xstrdup(p->obj));
    }
}

static void read_place(ng_kb *kb, kb_subject *s, int classes)
{
    const char *slug = slug_of(s->subject);
    ng_place *p = ng_map_get(kb->places, slug, strlen(slug));
    if (!p) {
        p = ng_xcalloc(1, sizeof *p);
        p->slug = ng_xstrdup(slug);
        ng_map_put(kb->places, slug, strlen(slug), p);
        ng_vec_push(&kb->place_list, p);
    }
    p->classes |= classes;
    read_labels(s, &p->label, &p->alts);
    if (!p->label)
        p->label = ng_xstrdup(slug);
    const char *v;
    if ((v = pair_get(s, NG_NS "partOf")) && !p->part_of_slug)
        p->part_of_slug = ng_xstrdup(slug_of(v));
    if ((v = pair_get(s, NG_NS "capital")) && !p->capital_slug)
        p->capital_slug = ng_xstrdup(slug_of(v));
    if ((v = pair_get(s, OWL_SAMEAS)) && !p->same_as)
        p->same_as = ng_xstrdup(v);
    index_name(&kb->place_keys, p->label, p, 0);
    for (size_t i = 0; i < p->alts.len; i++)
        index_name(&kb->place_keys, p->alts.items[i], p, 0);
    for (size_t i = 0; i < s->pairs.len; i++) {
        kb_pair *q = s->pairs.items[i];
        if (strcmp(q->pred, NG_NS "demonym") == 0)
        {
            char *key = ng_key_of(q->obj);
            if (*key && !ng_map_get(kb->demonyms, key, strlen(key)))
                ng_map_put(kb->demonyms, key, strlen(key), p);
            free(key);
        }
    }
}

/* ng:heldFrom / ng:heldUntil "YYYY", "YYYY-MM" or "YYYY-MM-DD" as the
 * first (or, for an end, the last) day it covers, YYYYMMDD; 0 when absent.
 * A malformed tenure is an error, not an office held for ever. */
static int tenure_day(ng_kb *kb, kb_subject *pos, const char *pred, const char *who, int last)
{
    const char *v = pair_get(pos, pred);
    if (!v || kb->error)
        return 0;
    int y = 0, m = 0, d = 0, len = (int)strlen(v), n = 0;
    int ok = (len == 4 && sscanf(v, "%4d%n", &y, &n) == 1) ||
             (len == 7 && sscanf(v, "%4d-%2d%n", &y, &m, &n) == 2) ||
             (len == 10 && sscanf(v, "%4d-%2d-%2d%n", &y, &m, &d, &n) == 3);
    if (!ok || n != len || y < 1000 || m < 0 || m > 12 || d < 0 || d > 31) {
        char buf[512];
        snprintf(buf, sizeof buf, "%s: person %s: %s \"%.40s\": a tenure is YYYY, YYYY-MM or YYYY-MM-DD",
                 kb->path, who, local_name(pred), v);
        kb->error = ng_xstrdup(buf);
        return 0;
    }
    if (!m)
        m = last ? 12 : 1;
    if (!d)
        d = last ? 31 : 1;
    return y * 10000 + m * 100 + d;
}

static void read_person(ng_kb *kb, kb_subject *s)
{
    const char *slug = slug_of(s->subject);
    if (ng_map_get(kb->people, slug, strlen(slug)))
        return;
    ng_person *p = ng_xcalloc(1, sizeof *p);
    p->slug = ng_xstrdup(slug);
    ng_map_put(kb->people, slug, strlen(slug), p);
    ng_vec_push(&kb->person_list, p);
    read_labels(s, &p->label, &p->alts);
    if (!p->label)
        p->label = ng_xstrdup(slug);
    const char *v;
    if ((v = pair_get(s, OWL_SAMEAS)))
        p->same_as = ng_xstrdup(v);
    for (size_t i = 0; i < s->pairs.len && p->nknown < NG_KNOWN_MAX; i++) {
        kb_pair *q = s->pairs.items[i];
        if (strcmp(q->pred, NG_NS "knownPosition") != 0)
            continue;
        kb_subject *pos = ng_map_get(kb->subjects, q->obj, strlen(q->obj));
        if (!pos)
            continue;
        const char *type = pair_get(pos, NG_NS "positionType");
        const char *jur = pair_get(pos, NG_NS "jurisdiction");
        if (!type)
            continue;
        p->known[p->nknown].type = kb_keep(kb, ng_xstrdup(local_name(type)));
        /* places are linked in ng_kb_finish; keep the slug for now */
        p->known[p->nknown].jurisdiction = jur ? (ng_place *)kb_keep(kb, ng_xstrdup(slug_of(jur))) : NULL;
        p->known[p->nknown].from = tenure_day(kb, pos, NG_NS "heldFrom", p->slug, 0);
        p->known[p->nknown].until = tenure_day(kb, pos, NG_NS "heldUntil", p->slug, 1);
        p->nknown++;
    }
}

static void read_office(ng_kb *kb, kb_subject *s, int institution)
{
    const char *type = pair_get(s, NG_NS "positionType");
    const char *jur = pair_get(s, NG_NS "jurisdiction");
    ng_office *o = ng_xcalloc(1, sizeof *o);
    o->type = type ? kb_keep(kb, ng_xstrdup(local_name(type))) : NULL;
    o->jurisdiction = jur ? (ng_place *)kb_keep(kb, ng_xstrdup(slug_of(jur))) : NULL;
    if (institution)
        o->type = NULL;
    ng_vec_push(&kb->office_list, o);
    for (size_t i = 0; i < s->pairs.len; i++) {
        kb_pair *q = s->pairs.items[i];
        if (strcmp(q->pred, NG_LEX_NS "term") == 0)
            index_name(&kb->offices, q->obj, o, 0);
    }
}

static void read_series(ng_kb *kb, kb_subject *s)
{
    ng_series *f = ng_xcalloc(1, sizeof *f);
    f->slug = ng_xstrdup(slug_of(s->subject));
    read_labels(s, &f->label, &f->alts);
    if (!f->label)
        f->label = ng_xstrdup(f->slug);
    ng_vec_push(&kb->series_list, f);
    index_name(&kb->series, f->label, f, 0);
    for (size_t i = 0; i < f->alts.len; i++)
        index_name(&kb->series, f->alts.items[i], f, 0);
}

/* Which file first gave a lexicon class or setting: a class the C asks
 * for and misses is reported with the file of a near spelling
 * (kb_index.c, ng_kb_check_needs). */
static void note_defined(ng_kb *kb, const char *name)
{
    size_t n = strlen(name);
    if (!ng_map_get(kb->defined_in, name, n))
        ng_map_put(kb->defined_in, name, n, (void *)kb->path);
}

static void interpret(ng_kb *kb)
{
    for (size_t i = 0; i < kb->subject_list.len; i++) {
        kb_subject *s = kb->subject_list.items[i];
        int classes = (has_type(s, NG_NS "Country") ? NG_COUNTRY : 0) |
                      (has_type(s, NG_NS "Region") ? NG_REGION : 0) |
                      (has_type(s, NG_NS "City") ? NG_CITY : 0) |
                      (has_type(s, NG_NS "Place") ? NG_CITY : 0);
        if (classes)
            read_place(kb, s, classes);
        else if (has_type(s, NG_NS "Person"))
            read_person(kb, s);
        else if (has_type(s, NG_LEX_NS "Office"))
            read_office(kb, s, 0);
        else if (has_type(s, NG_LEX_NS "Institution"))
            read_office(kb, s, 1);
        else if (has_type(s, NG_NS "ForumSeries"))
            read_series(kb, s);
        else if (strncmp(s->subject, NG_LEX_NS, strlen(NG_LEX_NS)) == 0) {
            note_defined(kb, s->subject + strlen(NG_LEX_NS));
            for (size_t k = 0; k < s->pairs.len; k++) {
                kb_pair *p = s->pairs.items[k];
                if (strcmp(p->pred, NG_LEX_NS "term") == 0)
                    add_term(kb, s->subject + strlen(NG_LEX_NS), p->obj, 0);
                else if (strcmp(p->pred, NG_LEX_NS "lowercaseTerm") == 0)
                    add_term(kb, s->subject + strlen(NG_LEX_NS), p->obj, 1);
                else if (strcmp(p->pred, NG_LEX_NS "window") == 0)
                    add_window(kb, s->subject + strlen(NG_LEX_NS), p);
            }
        }
    }
}

static void drop_subjects(ng_kb *kb)
{
    for (size_t i = 0; i < kb->subject_list.len; i++) {
        kb_subject *s = kb->subject_list.items[i];
        for (size_t k = 0; k < s->pairs.len; k++) {
            kb_pair *p = s->pairs.items[k];
            free(p->pred);
            free(p->obj);
            free(p);
        }
        ng_vec_free(&s->pairs);
        free(s->subject);
        free(s);
    }
    ng_vec_free(&kb->subject_list);
    ng_map_free(kb->subjects);
    kb->subjects = NULL;
}

int ng_kb_load(ng_kb *kb, const char *path, char *err, size_t errlen)
{
    /* "-" is standard input (--gazetteer -), named so in messages */
    int in = strcmp(path, "-") == 0;
    FILE *f = in ? stdin : fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open data file", path);
        return -1;
    }
    if (in)
        path = "standard input";
    raptor_world *world = raptor_new_world();
    raptor_world_open(world);
    raptor_world_set_log_handler(world, kb, on_log);
    raptor_parser *parser = raptor_new_parser(world, "turtle");
    raptor_parser_set_statement_handler(parser, kb, on_triple);
    kb->locator = raptor_parser_get_locator(parser);
    unsigned char *base_str = raptor_uri_filename_to_uri_string(path);
    raptor_uri *base = raptor_new_uri(world, base_str);
    kb->subjects = ng_map_new();
    kb->path = kb_keep(kb, ng_xstrdup(path)); /* named by ng_kb_check_needs after loading */
    if (!kb->origin)
        kb->origin = kb->path;
    kb->error = NULL;
    raptor_parser_parse_start(parser, base);
    unsigned char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && !kb->error)
        raptor_parser_parse_chunk(parser, chunk, n, 0);
    if (!kb->error)
        raptor_parser_parse_chunk(parser, NULL, 0, 1);
    /* a read that fails (a directory given as the file, an I/O error)
     * must not pass for a short file */
    if (ferror(f) && !kb->error) {
        char msg[512];
        snprintf(msg, sizeof msg, "%s: cannot read data file: %s", path, strerror(errno));
        kb->error = ng_xstrdup(msg);
    }
    if (!in)
        fclose(f);
    int rc = 0;
    if (kb->error) {
        snprintf(err, errlen, "%s", kb->error);
        free(kb->error);
        kb->error = NULL;
        rc = -1;
    } else {
        interpret(kb);
        if (kb->error) {
            snprintf(err, errlen, "%s", kb->error);
            free(kb->error);
            kb->error = NULL;
            rc = -1;
        }
    }
    drop_subjects(kb);
    raptor_free_uri(base);
    raptor_free_memory(base_str);
    raptor_free_parser(parser);
    raptor_free_world(world);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int ng_kb_load_dir(ng_kb *kb, const char *dir, char *err, size_t errlen)
{
    DIR *d = opendir(dir);
    if (!d) {
        snprintf(err, errlen, "%s: cannot open data directory", dir);
        return -1;
    }
    if (!kb->origin)
        kb->origin = kb_keep(kb, ng_xstrdup(dir));
    ng_vec names = {0};
    struct dirent *e;
    /* errno tells a failed readdir from the end: set before each call */
    while ((errno = 0, e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (e->d_name[0] == '.')
            continue;
        char *path = ng_xmalloc(strlen(dir) + n + 2);
        sprintf(path, "%s/%s", dir, e->d_name);
        if (strcmp(e->d_name, "gazetteer") == 0 || strcmp(e->d_name, "lexicon") == 0) {
            ng_vec_push(&names, path); /* subdirectories of data */
            continue;
        }
        if (n > 4 && strcmp(e->d_name + n - 4, ".ttl") == 0 &&
            strcmp(e->d_name, "newsgraph.ttl") != 0 && strcmp(e->d_name, "shapes.ttl") != 0)
            ng_vec_push(&names, path);
        else
            free(path);
    }
    if (errno) {
        snprintf(err, errlen, "%s: cannot read data directory: %s", dir, strerror(errno));
        closedir(d);
        for (size_t i = 0; i < names.len; i++)
            free(names.items[i]);
        ng_vec_free(&names);
        return -1;
    }
    closedir(d);
    if (names.len)  /* qsort wants a real array, even for none */
        qsort(names.items, names.len, sizeof(char *), cmp_str);
    int count = 0, rc = 0;
    for (size_t i = 0; i < names.len; i++) {
        const char *p = names.items[i];
        size_t n = strlen(p);
        int sub = n < 4 || strcmp(p + n - 4, ".ttl") != 0;
        int got = sub ? ng_kb_load_dir(kb, p, err, errlen) : ng_kb_load(kb, p, err, errlen);
        if (got < 0) {
            rc = -1;
            break;
        }
        count += sub ? got : 1;
    }
    kb_free_strvec(&names);
    return rc < 0 ? -1 : count;
}

void ng_kb_finish(ng_kb *kb)
{
    kb_resolve_needs(kb);
    for (size_t i = 0; i < kb->place_list.len; i++) {
        ng_place *p = kb->place_list.items[i];
        if (p->part_of_slug)
            p->part_of = ng_map_get(kb->places, p->part_of_slug, strlen(p->part_of_slug));
        if (p->capital_slug)
            p->capital = ng_map_get(kb->places, p->capital_slug, strlen(p->capital_slug));
    }
    for (size_t i = 0; i < kb->place_list.len; i++) {
        ng_place *p = kb->place_list.items[i];
        if ((p->classes & NG_REGION) && p->capital && p->capital->part_of != p)
            p->capital->centre_of = p;
    }
    for (size_t i = 0; i < kb->person_list.len; i++) {
        ng_person *p = kb->person_list.items[i];
        for (int k = 0; k < p->nknown; k++) {
            const char *slug = (const char *)p->known[k].jurisdiction;
            p->known[k].jurisdiction = slug ? ng_map_get(kb->places, slug, strlen(slug)) : NULL;
            if (slug && !p->known[k].jurisdiction && !kb->bad_reference) {
                char buf[512];
                snprintf(buf, sizeof buf, "gazetteer: person %s: ng:jurisdiction place:%s is no place of the gazetteer",
                         p->slug, slug);
                kb->bad_reference = kb_keep(kb, ng_xstrdup(buf));
            }
        }
        /* names are indexed once all people are known, so that a surname
         * shared by two people is left ambiguous */
        index_name(&kb->person_keys, p->label, p, 1);
        for (size_t k = 0; k <= p->alts.len; k++) {
            const char *name = k ? p->alts.items[k - 1] : p->label;
            if (k)
                index_name(&kb->person_keys, name, p, 1);
            if (!strchr(name, ' '))
                continue; /* a surname alone is no full name */
            char *fold = ng_name_slug(name, strlen(name));
            if (!ng_map_get(kb->person_folds, fold, strlen(fold)))
                ng_map_put(kb->person_folds, fold, strlen(fold), p);
            free(fold);
        }
    }
    for (size_t i = 0; i < kb->office_list.len; i++) {
        ng_office *o = kb->office_list.items[i];
        const char *slug = (const char *)o->jurisdiction;
        o->jurisdiction = slug ? ng_map_get(kb->places, slug, strlen(slug)) : NULL;
    }
    kb_words_build(kb); /* last: every phrase is indexed by now */
}
