/*
 * reader_html.c - HTML pages into text lines (see reader_html.h).
 */
#include "reader_html.h"
#include "reader.h"
#include "text.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/globals.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

static int name_is(const xmlNode *n, const char *name)
{
    return n->name && xmlStrcasecmp(n->name, (const xmlChar *)name) == 0;
}

static int skipped_element(const xmlNode *n)
{
    static const char *skip[] = {"script", "style", "noscript", "nav", "footer", "aside", "form",
                                 "iframe", "svg", "template", "button", "select", "head", "menu",
                                 "object", "embed", "canvas", "audio", "video", NULL};
    for (int i = 0; skip[i]; i++)
        if (name_is(n, skip[i]))
            return 1;
    return 0;
}

static int block_element(const xmlNode *n)
{
    static const char *block[] = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
                                  "ol", "tr", "table", "section", "article", "header", "blockquote",
                                  "time", "dd", "dt", "dl", "figure", "figcaption", "main", "pre",
                                  "hr", "title", "body", NULL};
    for (int i = 0; block[i]; i++)
        if (name_is(n, block[i]))
            return 1;
    return 0;
}

static char *node_text(xmlNode *n)
{
    xmlChar *c = xmlNodeGetContent(n);
    char *s = ng_xstrdup(c ? (const char *)c : "");
    xmlFree(c);
    for (char *p = s; *p; p++)
        if (*p == '\n' || *p == '\t' || *p == '\r')
            *p = ' ';
    return s;
}

static char *attr(xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    char *s = ng_xstrdup((const char *)v);
    xmlFree(v);
    return s;
}

static void html_meta(xmlNode *n, html_out *o)
{
    if (name_is(n, "title") && !o->title) {
        o->title = node_text(n);
    } else if (name_is(n, "meta")) {
        char *prop = attr(n, "property");
        char *nm = attr(n, "name");
        char *content = attr(n, "content");
        const char *key = prop ? prop : nm;
        if (key && content) {
            if (!o->date && (strcmp(key, "article:published_time") == 0 || strcasecmp(key, "pubdate") == 0 ||
                             strcasecmp(key, "date") == 0 || strcasecmp(key, "dc.date") == 0 ||
                             strcasecmp(key, "publish-date") == 0))
                o->date = ng_xstrdup(content);
            else if (!o->url && strcmp(key, "og:url") == 0)
                o->url = ng_xstrdup(content);
        }
        free(prop); free(nm); free(content);
    } else if (name_is(n, "link")) {
        char *rel = attr(n, "rel");
        if (rel && strcasecmp(rel, "canonical") == 0 && !o->url)
            o->url = attr(n, "href");
        free(rel);
    }
}

/* Iterative walk: hostile pages nest deeper than any stack should. */
static void html_walk(xmlNode *root, html_out *o)
{
    xmlNode *n = root;
    while (n) {
        int descend = 0;
        if (n->type == XML_ELEMENT_NODE) {
            html_meta(n, o);
            if (name_is(n, "h1") && !o->h1)
                o->h1 = node_text(n);
            if (name_is(n, "time") && !o->date)
                o->date = attr(n, "datetime");
            if (!skipped_element(n)) {
                if (block_element(n))
                    ng_buf_addc(&o->text, '\n');
                descend = n->children != NULL;
            }
        } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content) {
                for (const xmlChar *p = n->content; *p; p++)
                    ng_buf_addc(&o->text, (*p == '\n' || *p == '\t' || *p == '\r') ? ' ' : (char)*p);
            }
        }
        if (descend) {
            n = n->children;
            continue;
        }
        while (n && n != root && !n->next) {
            n = n->parent;
            if (n && n->type == XML_ELEMENT_NODE && block_element(n))
                ng_buf_addc(&o->text, '\n');
        }
        if (!n || n == root)
            break;
        n = n->next;
    }
}

static void quiet_structured(void *ctx, xmlErrorPtr error)
{
    (void)ctx;
    (void)error;
}

static void quiet_generic(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

/* The time budget inside libxml2: every 64 elements the clock is read, and
 * past the deadline the parser is stopped. libxml2 keeps handlers per
 * parser; the guard is per thread, as each thread parses one page at once. */
typedef struct {
    startElementSAXFunc start;
    double deadline;
    unsigned long calls;
    int over;
} parse_guard;

static _Thread_local parse_guard *guard;

static void guarded_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    parse_guard *g = guard;
    if (g && g->deadline > 0 && ++g->calls % 64 == 0 && ng_monotonic() > g->deadline) {
        g->over = 1;
        xmlStopParser((xmlParserCtxtPtr)ctx);
        return;
    }
    if (g && g->start)
        g->start(ctx, name, atts);
}

/* Returns 0, -1 when libxml2 gives no document, -2 past the deadline. The
 * depth limit of 256 is lifted (XML_PARSE_HUGE): below it libxml2 drops the
 * rest of the page, and the tree is walked without recursion. */
int ng_html_to_text(const unsigned char *bytes, size_t len, const char *encoding, double deadline, html_out *o)
{
    memset(o, 0, sizeof *o);
    if (len > (size_t)INT32_MAX)
        return -1;
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt)
        return -1;
    parse_guard g = {ctxt->sax->startElement, deadline, 0, 0};
    ctxt->sax->startElement = guarded_start;
    guard = &g;
    /* HTML_PARSE_NOERROR does not reach a structured error handler, and
     * raptor installs one on the thread that opens its world: the web's
     * broken markup is no news for the user, so both handlers are quiet
     * while this thread parses (libxml2 keeps them per thread). */
    xmlStructuredErrorFunc saved_structured = xmlStructuredError;
    void *saved_structured_ctx = xmlStructuredErrorContext;
    xmlGenericErrorFunc saved_generic = xmlGenericError;
    void *saved_generic_ctx = xmlGenericErrorContext;
    xmlSetStructuredErrorFunc(NULL, quiet_structured);
    xmlSetGenericErrorFunc(NULL, quiet_generic);
    htmlDocPtr d = htmlCtxtReadMemory(ctxt, (const char *)bytes, (int)len, NULL, encoding,
                                      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | XML_PARSE_HUGE);
    xmlSetStructuredErrorFunc(saved_structured_ctx, saved_structured);
    xmlSetGenericErrorFunc(saved_generic_ctx, saved_generic);
    guard = NULL;
    htmlFreeParserCtxt(ctxt);
    if (g.over) {
        if (d)
            xmlFreeDoc(d);
        return -2;
    }
    if (!d)
        return -1;
    xmlNode *root = xmlDocGetRootElement(d);
    if (root) {
        /* head first for metadata, then the body's text */
        for (xmlNode *c = root->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE && name_is(c, "head"))
                for (xmlNode *h = c->children; h; h = h->next)
                    if (h->type == XML_ELEMENT_NODE)
                        html_meta(h, o);
        html_walk(root, o);
    }
    xmlFreeDoc(d);
    return 0;
}

/* A charset other than UTF-8 named near the top of the page: libxml2
 * transcodes it, so its bytes are not to be checked as UTF-8. */
int ng_declares_other_charset(const unsigned char *s, size_t n)
{
    size_t lim = n < 4096 ? n : 4096;
    for (size_t i = 0; i + 8 < lim; i++) {
        if (strncasecmp((const char *)s + i, "charset", 7) != 0)
            continue;
        size_t k = i + 7;
        while (k < lim && (s[k] == ' ' || s[k] == '=' || s[k] == '"' || s[k] == '\''))
            k++;
        if (k + 5 <= lim && strncasecmp((const char *)s + k, "utf-8", 5) != 0 &&
            strncasecmp((const char *)s + k, "utf8", 4) != 0)
            return 1;
    }
    return 0;
}

void ng_html_out_free(html_out *o)
{
    ng_buf_free(&o->text);
    free(o->title); free(o->h1); free(o->date); free(o->url);
}

int ng_looks_like_html(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i < n && i < 512; i++) {
        if (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')
            continue;
        if (s[i] != '<')
            return 0;
        return (n - i > 5 && (strncasecmp((const char *)s + i, "<!doctype html", 14 < n - i ? 14 : n - i) == 0 ||
                              strncasecmp((const char *)s + i, "<html", 5) == 0 ||
                              strncasecmp((const char *)s + i, "<head", 5) == 0 ||
                              strncasecmp((const char *)s + i, "<body", 5) == 0 ||
                              strncasecmp((const char *)s + i, "<!--", 4) == 0 ||
                              strncasecmp((const char *)s + i, "<div", 4) == 0 ||
                              strncasecmp((const char *)s + i, "<p", 2) == 0));
    }
    return 0;
}

/* ---- lines and their roles ------------------------------------------ */

