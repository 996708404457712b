/*
 * newsgraph.h - the public interface of libnewsgraph.
 *
 * A knowledge base (ng_kb) is loaded once from Turtle data files; every
 * article is then read and its facts extracted into an ng_article, which
 * an ng_writer turns into RDF through raptor2. Whoever creates an object
 * frees it with the matching _free. Functions that can fail return 0 or a
 * negative NG_E* code and write a message naming the input into err.
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

/* Optional facts a caller already knows about an article. */
typedef struct {
    const char *url;
    const char *date;    /* ISO 8601 date or date-time */
    const char *title;
    int format;          /* 0 auto, 1 text, 2 HTML */
} ng_input_meta;

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
