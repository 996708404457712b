/*
 * reader.h - read one document: bytes in, normalized article text out,
 * with its headline, publication date, dateline and the role of every
 * paragraph (site chrome, header, headline, body).
 *
 * Plain text and HTML (libxml2's forgiving HTML parser) are read. Nothing
 * here extracts facts; later stages read ng_doc only.
 */
#ifndef NG_READER_H
#define NG_READER_H

#include <stddef.h>

#include "dates.h"
#include "kb.h"
#include "tokens.h"

enum ng_para_kind {
    NG_PARA_CHROME = 0, /* menus, share buttons, other headlines: ignored */
    NG_PARA_HEADER,     /* lines above the article: read for places only */
    NG_PARA_DATE,       /* the time stamp line */
    NG_PARA_TITLE,      /* the headline */
    NG_PARA_BODY,
};

typedef struct {
    size_t start, end;  /* byte range of the line in text */
    size_t tok_start, tok_end;
    int kind;
} ng_para;

/* What the caller already knows (JSON Lines fields, HTML metadata). */
typedef struct {
    const char *url;
    const char *date;   /* ISO date or date-time */
    const char *title;
} ng_doc_meta;

typedef struct {
    char *name;         /* as given */
    char *text;         /* normalized article text */
    size_t len;
    char sha256[65];    /* of the input bytes */
    char *title;        /* or NULL */
    char *source;       /* URL or NULL */
    ng_date issued;     /* y == 0 when unknown */
    int hour, minute;   /* -1 when unknown */
    size_t dateline_tok_start, dateline_tok_end; /* its place; equal when none */
    size_t dateline_after;  /* first token of the text after the dateline */
    ng_tokens toks;
    ng_para *paras;
    size_t npara;
    size_t *cp_index;   /* code points before byte k * NG_CP_STEP: offsets in O(step) */
    char *warning;      /* what was repaired or dropped while reading (bad bytes), or NULL */
} ng_doc;

/* Attributes of one HTML tag kept; those past it are dropped with a warning
 * (libxml2 compares each attribute with every earlier one). */
#define NG_HTML_MAX_ATTRS 1000

/* CLOCK_MONOTONIC in seconds, for deadlines. */
double ng_monotonic(void);

#define NG_CP_STEP 256

enum ng_doc_format { NG_FMT_AUTO = 0, NG_FMT_TEXT, NG_FMT_HTML };

/* Reads a document. Returns 0, or -1 with the reason in err (empty,
 * binary, too large, over its deadline). Invalid UTF-8 becomes U+FFFD and
 * is reported in doc->warning. */
int ng_doc_read(ng_doc *doc, const ng_kb *kb, const char *name, const unsigned char *bytes,
                size_t len, int format, const ng_doc_meta *meta, char *err, size_t errlen);
/* As ng_doc_read, stopping the HTML parser past deadline (ng_monotonic()
 * seconds; 0: none), which is then the reason in err. */
int ng_doc_read_until(ng_doc *doc, const ng_kb *kb, const char *name, const unsigned char *bytes, size_t len,
                      int format, const ng_doc_meta *meta, double deadline, char *err, size_t errlen);
void ng_doc_free(ng_doc *doc);

/* Byte offset -> code point offset into doc->text. */
size_t ng_doc_cp_offset(const ng_doc *doc, size_t byte);

#endif
