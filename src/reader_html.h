/*
 * reader_html.h - an HTML page into the text the reader splits (the
 * reader's own stage; see reader.h): blocks become lines, scripts and
 * navigation are skipped, and the page's metadata (title, h1, date, URL)
 * is kept for the caller. libxml2 parses, under a time budget.
 */
#ifndef NG_READER_HTML_H
#define NG_READER_HTML_H

#include <stddef.h>

#include "util.h"

typedef struct {
    ng_buf text;
    char *title, *h1, *date, *url;
} html_out;

/* Parses bytes (encoding: a name, or NULL to let the page say) into o
 * before deadline (ng_monotonic() seconds; 0: none). 0 on success. */
int ng_html_to_text(const unsigned char *bytes, size_t len, const char *encoding, double deadline, html_out *o);
/* True when the page declares a charset other than UTF-8. */
int ng_declares_other_charset(const unsigned char *s, size_t n);
void ng_html_out_free(html_out *o);
/* True when the bytes look like an HTML page. */
int ng_looks_like_html(const unsigned char *s, size_t n);

#endif
