/*
 * newsgraph.h - the public interface of libnewsgraph (installed as
 * <newsgraph.h>; link with `pkg-config --cflags --libs newsgraph`).
 *
 * A knowledge base (ng_kb) is loaded once from Turtle data files; every
 * article is then read and its facts extracted into an ng_article, which
 * an ng_writer turns into RDF through raptor2. Functions that can fail
 * return 0 or a negative NG_E* code and write a message naming the input
 * into err (errlen bytes, always NUL-terminated).
 *
 * Ownership, in short: whoever creates an object frees it with the
 * matching function; the library copies what it keeps and never frees
 * what it is given.
 *   ng_kb       made by ng_kb_open, freed by ng_kb_close. Read-only once
 *               open: one kb serves any number of threads at once. Articles
 *               refer to its entries, so close it after their _free.
 *   ng_article  made by ng_article_extract, freed by ng_article_free. The
 *               bytes, name and ng_input_meta strings are copied: the caller
 *               may free them as soon as the call returns.
 *   ng_writer   made by ng_writer_new, freed by ng_writer_free (after
 *               ng_writer_finish, which writes what is pending). It writes to
 *               the caller's FILE and never closes it; adding an article
 *               copies what it needs, so the article may be freed right after
 *               ng_writer_add. A writer is for one thread at a time.
 *   Strings returned (ng_article_sha256) belong to the object they come
 *   from and live as long as it does.
 */
#ifndef NEWSGRAPH_H
#define NEWSGRAPH_H

#include <stddef.h>
#include <stdio.h>

#define NG_VERSION "1.0.0"

enum ng_error {
    NG_OK = 0,
    NG_EINPUT = -1,   /* the input is not an article: empty, binary, bad UTF-8, too large */
    NG_EIO = -2,      /* a file could not be read or written */
    NG_EDATA = -3,    /* a data file (gazetteer, lexicon) is broken */
    NG_EUSAGE = -4,   /* a bad argument */
};

typedef struct ng_kb ng_kb;
typedef struct ng_article ng_article;
typedef struct ng_writer ng_writer;

/* Knowledge: every *.ttl under data_dir, then each extra file. */
int ng_kb_open(ng_kb **out, const char *data_dir, const char *const *extra, size_t nextra, char *err,
               size_t errlen);
void ng_kb_close(ng_kb *kb);
/* Replaces the rules with data_dir's (ontology/rules) plus each extra
 * rule file (--rules). NG_EDATA with "FILE:LINE: rule ID: what" in err. */
int ng_kb_add_rules(ng_kb *kb, const char *data_dir, const char *const *files, size_t nfiles, char *err,
                    size_t errlen);

/* Optional facts a caller already knows about an article. */
typedef struct {
    const char *url;
    const char *date;    /* ISO 8601 date or date-time */
    const char *title;
    int format;          /* 0 auto, 1 text, 2 HTML */
} ng_input_meta;

/* The time an article may take, in seconds (0: no limit). By default,
 * NG_TIME_BUDGET plus NG_TIME_BUDGET_PER_MB for each MB of the article, so
 * that a large article that is merely large is not cut off on a slow or
 * busy machine. It is looked at inside the HTML parser and between stages;
 * an article past it is not extracted (NG_EINPUT, err says so). For the
 * whole process: set it before extracting; a negative value restores the
 * default. */
#define NG_TIME_BUDGET 60.0
#define NG_TIME_BUDGET_PER_MB 5.0
void ng_set_time_budget(double seconds);

/* Reads one article (name is how it will be cited) and extracts its facts. */
int ng_article_extract(ng_article **out, const ng_kb *kb, const char *name, const unsigned char *bytes,
                       size_t len, const ng_input_meta *meta, char *err, size_t errlen);
void ng_article_free(ng_article *a);

/* Counts for summaries. */
typedef struct {
    size_t persons, places, positions, meetings, forums, claims;
} ng_article_counts;
void ng_article_count(const ng_article *a, ng_article_counts *c);
const char *ng_article_sha256(const ng_article *a);
/* What was repaired or dropped while reading the article (invalid UTF-8
 * replaced, attributes dropped), naming it; NULL when nothing was. */
const char *ng_article_warning(const ng_article *a);

/* Writes RDF in any raptor2 syntax ("turtle", "ntriples", "nquads",
 * "rdfxml", "json", "dot", ...) under the instance namespace base. Turtle
 * and the other grouping syntaxes are written, sorted, at ng_writer_finish;
 * "ntriples" and "nquads" stream as articles are added. */
int ng_writer_new(ng_writer **out, const char *syntax, const char *base, FILE *fp, char *err, size_t errlen);
int ng_writer_add(ng_writer *w, const ng_article *a);
/* A streaming writer starts a new, independent document on fp: it forgets
 * every entity it described, as a new writer would, without making a new
 * raptor world (whose end resets libxml2 for every thread). */
int ng_writer_restart(ng_writer *w, FILE *fp);
int ng_writer_finish(ng_writer *w);
/* Hears how far ng_writer_finish is in writing a sorted graph (Turtle and
 * the other grouping syntaxes): done of total triples, from (0, total) to
 * (total, total). */
typedef void (*ng_progress_fn)(void *ctx, size_t done, size_t total);
void ng_writer_set_progress(ng_writer *w, ng_progress_fn fn, void *ctx);
void ng_writer_free(ng_writer *w);
size_t ng_writer_triples(const ng_writer *w);
/* Distinct people and places written so far. */
size_t ng_writer_entities(const ng_writer *w, const char *kind);
int ng_writer_is_streaming(const char *syntax);
/* Lists raptor2's serializers, one "name: label" a line. */
void ng_writer_list_syntaxes(FILE *fp);

#endif
