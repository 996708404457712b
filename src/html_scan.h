/*
 * html_scan.h - linear scans of a page's bytes before libxml2 parses it.
 *
 * libxml2 is quiet about what it drops (the reader silences its errors:
 * the web's broken markup is no news), so what would be lost or would
 * take too long is found here first and named in the article's warning.
 */
#ifndef NG_HTML_SCAN_H
#define NG_HTML_SCAN_H

#include <stddef.h>

/* The page with the attributes of any tag past NG_HTML_MAX_ATTRS dropped
 * (libxml2 compares each attribute with every earlier one: 200,000 took
 * over 120 s); NULL when no tag has that many, else *where is the byte
 * offset of the first such tag. The caller frees the copy. */
unsigned char *ng_html_cap_attributes(const unsigned char *s, size_t n, size_t *outlen, size_t *where);

/* A comment, <script> or <style> opened and never closed holds the rest
 * of the page as its content: libxml2 reads no text after it. Returns
 * what was opened ("<!--", "<script", "<style") when the bytes after it
 * hold markup (a tag: text was meant to follow), with its byte offset in
 * *where; NULL otherwise. */
const char *ng_html_unclosed_raw(const unsigned char *s, size_t n, size_t *where);

#endif
