/*
 * inputs.h - where articles come from: files, directories (recursive,
 * sorted), standard input, and JSON Lines (one article per line, with
 * "text" or "html" and optional "url", "date", "title", "id").
 *
 * A source yields articles one at a time, so a corpus of any size streams
 * through in bounded memory.
 */
#ifndef NG_INPUTS_H
#define NG_INPUTS_H

#include <stddef.h>
#include <stdio.h>

typedef struct {
    char *name;            /* how the article is cited (file path, or FILE:LINE / id) */
    unsigned char *bytes;  /* its content */
    size_t len;
    char *url, *date, *title;
    int format;            /* 0 auto, 1 text, 2 HTML */
    char *error;           /* set when this item could not be read: skip with a warning */
    char *warning;         /* set when it was read with something repaired or dropped */
} ng_item;

typedef struct ng_inputs ng_inputs;

/* paths: files, directories or "-"; max_size: larger articles are skipped;
 * stdin_jsonl: standard input carries JSON Lines. */
int ng_inputs_open(ng_inputs **out, char *const *paths, size_t n, size_t max_size, int stdin_jsonl, char *err,
                   size_t errlen);
/* Next article; returns 0 at the end. The item is the caller's to clear. */
int ng_inputs_next(ng_inputs *in, ng_item *item);
void ng_item_clear(ng_item *item);
void ng_inputs_close(ng_inputs *in);
/* True when path is one of the files to be read (same device and inode):
 * an output must not overwrite its input. */
int ng_inputs_has_file(const ng_inputs *in, const char *path);
/* Total bytes of the files to read, for progress (0 when unknown). */
size_t ng_inputs_total_bytes(const ng_inputs *in);

#endif
