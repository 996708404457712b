/*
 * inputs.c - files, directories, standard input, JSON Lines (see inputs.h).
 */
#include "inputs.h"
#include "util.h"

#include "text.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdint.h>
#include <zlib.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>

enum { SRC_FILE, SRC_JSONL, SRC_WARC, SRC_ERROR };

typedef struct {
    char *path;      /* for SRC_ERROR: the message */
    int kind;
    dev_t dev;       /* of a file, to refuse it as an output */
    ino_t ino;
} source;

struct ng_inputs {
    source *src;
    size_t nsrc, cap, next;
    size_t max_size;
    size_t total;
    int stdin_jsonl;
    ng_map *dirs_seen;   /* "dev:ino" of every directory walked */
    ng_map *ids_seen;    /* JSON Lines id -> where it was first given (in owned) */
    ng_vec owned;
    /* WARC state: records are read one at a time through zlib, which
     * reads plain and gzip-compressed files alike */
    gzFile wf;
    char *wpath;
    /* JSON Lines state: lines are read through rbuf, bounded by max_size */
    FILE *jf;
    char *jpath;
    size_t jline;
    ng_buf line;
    unsigned char *rbuf;
    size_t rpos, rlen;
    int reof;
    int pending_line;    /* standard input's first line, read to tell JSON from text */
};

static int has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), k = strlen(suf);
    return n >= k && strcasecmp(s + n - k, suf) == 0;
}

static int article_file(const char *name)
{
    return has_suffix(name, ".txt") || has_suffix(name, ".html") || has_suffix(name, ".htm") ||
           has_suffix(name, ".jsonl") || has_suffix(name, ".ndjson") || has_suffix(name, ".warc") ||
           has_suffix(name, ".warc.gz");
}

static source *new_source(ng_inputs *in)
{
    if (in->nsrc == in->cap) {
        in->cap = in->cap ? in->cap * 2 : 64;
        in->src = ng_xrealloc(in->src, in->cap * sizeof *in->src);
    }
    source *s = &in->src[in->nsrc++];
    memset(s, 0, sizeof *s);
    return s;
}

/* Something the walk could not read: yielded in its place as an item with
 * an error, so the run names it and its exit status says that it was lost. */
static void add_error(ng_inputs *in, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add_error(ng_inputs *in, const char *fmt, ...)
{
    ng_buf b;
    ng_buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    char msg[1024];
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    ng_buf_adds(&b, msg);
    source *s = new_source(in);
    s->path = ng_buf_steal(&b);
    s->kind = SRC_ERROR;
}

static void add_source(ng_inputs *in, const char *path)
{
    /* a name is how the article is cited in the graph and keyed in a
     * store: one that is not UTF-8 would be cut short or collide with
     * another once repaired, so the file is refused, by its name */
    size_t bad = ng_utf8_invalid_at((const unsigned char *)path, strlen(path));
    if (bad != (size_t)-1 || !ng_utf8_is_clean(path)) {
        char *shown = ng_utf8_printable(path);
        if (bad != (size_t)-1)
            add_error(in, "%s: file name is not valid UTF-8 (byte %zu); not read, rename it", shown, bad);
        else
            add_error(in, "%s: file name holds a Unicode noncharacter (U+FFFE, U+FFFF, ...); not read, rename it",
                      shown);
        free(shown);
        return;
    }
    source *s = new_source(in);
    s->path = ng_xstrdup(path);
    s->kind = has_suffix(path, ".jsonl") || has_suffix(path, ".ndjson") ? SRC_JSONL
              : has_suffix(path, ".warc") || has_suffix(path, ".warc.gz") ? SRC_WARC
                                                                          : SRC_FILE;
    struct stat st;
    if (strcmp(path, "-") != 0 && stat(path, &st) == 0) {
        in->total += (size_t)st.st_size;
        s->dev = st.st_dev;
        s->ino = st.st_ino;
    }
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* True the first time a directory is met: symlinks to '.' or to a parent
 * would otherwise walk the same tree again and again, exponentially. */
static int first_visit(ng_inputs *in, const struct stat *st)
{
    char key[64];
    int n = snprintf(key, sizeof key, "%llu:%llu", (unsigned long long)st->st_dev, (unsigned long long)st->st_ino);
    return ng_map_add(in->dirs_seen, key, (size_t)n, in) == 1;
}

static void walk(ng_inputs *in, const char *dir, int depth)
{
    if (depth > 64) {
        add_error(in, "%s: directories nested deeper than 64; not read", dir);
        return;
    }
    DIR *d = opendir(dir);
    if (!d) {
        add_error(in, "%s: cannot read directory: %s; its articles are not read", dir, strerror(errno));
        return;
    }
    ng_vec names = {0};
    struct dirent *e;
    /* errno is looked at only when readdir ends: set before each call, as
     * what runs between calls may set it */
    while ((errno = 0, e = readdir(d)))
        if (e->d_name[0] != '.')
            ng_vec_push(&names, ng_xstrdup(e->d_name));
    if (errno)
        add_error(in, "%s: error reading the directory: %s; some articles may be missing", dir, strerror(errno));
    closedir(d);
    if (names.len)  /* qsort wants a real array, even for none */
        qsort(names.items, names.len, sizeof(char *), cmp_str);
    for (size_t i = 0; i < names.len; i++) {
        char *path = ng_xmalloc(strlen(dir) + strlen(names.items[i]) + 2);
        sprintf(path, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", (char *)names.items[i]);
        struct stat st;
        if (stat(path, &st) == 0) {
            if (S_ISDIR(st.st_mode)) {
                if (first_visit(in, &st))
                    walk(in, path, depth + 1);
            } else if (S_ISREG(st.st_mode) && article_file(path)) {
                add_source(in, path);
            }
        } else if (article_file(path) || errno != ENOENT) {
            /* a dangling link is nothing unless named as an article; any
             * other failure (a loop of links, no permission, an I/O error)
             * may hide a directory of articles */
            add_error(in, "%s: cannot read: %s", path, strerror(errno));
        }
        free(path);
        free(names.items[i]);
    }
    ng_vec_free(&names);
}

int ng_inputs_open(ng_inputs **out, char *const *paths, size_t n, size_t max_size, int stdin_jsonl, char *err,
                   size_t errlen)
{
    ng_inputs *in = ng_xcalloc(1, sizeof *in);
    in->max_size = max_size;
    in->stdin_jsonl = stdin_jsonl;
    in->dirs_seen = ng_map_new();
    in->ids_seen = ng_map_new();
    ng_buf_init(&in->line);
    *out = NULL;
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        if (strcmp(paths[i], "-") == 0) {
            add_source(in, "-");
            continue;
        }
        if (stat(paths[i], &st) != 0) {
            snprintf(err, errlen, "%s: %s", paths[i], strerror(errno));
            ng_inputs_close(in);
            return -1;
        }
        if (S_ISDIR(st.st_mode)) {
            size_t before = in->nsrc;
            DIR *d = opendir(paths[i]);
            if (!d) {
                snprintf(err, errlen, "%s: cannot read directory: %s", paths[i], strerror(errno));
                ng_inputs_close(in);
                return -1;
            }
            closedir(d);
            if (first_visit(in, &st))
                walk(in, paths[i], 0);
            if (in->nsrc == before) {
                snprintf(err, errlen, "%s: no articles (*.txt, *.html, *.htm, *.jsonl, *.warc[.gz]) in this directory",
                         paths[i]);
                ng_inputs_close(in);
                return -1;
            }
        } else {
            add_source(in, paths[i]);
        }
    }
    *out = in;
    return 0;
}

int ng_inputs_has_file(const ng_inputs *in, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return 0;
    for (size_t i = 0; i < in->nsrc; i++)
        if (in->src[i].kind != SRC_ERROR && in->src[i].ino == st.st_ino && in->src[i].dev == st.st_dev &&
            strcmp(in->src[i].path, "-") != 0)
            return 1;
    return 0;
}

size_t ng_inputs_total_bytes(const ng_inputs *in)
{
    return in->total;
}

static int read_all(FILE *f, size_t max, unsigned char **out, size_t *len, int *too_big)
{
    size_t cap = 65536, n = 0;
    unsigned char *b = ng_xmalloc(cap);
    *too_big = 0;
    for (;;) {
        if (n == cap) {
            if (cap > max) {
                *too_big = 1;
                break;
            }
            cap *= 2;
            b = ng_xrealloc(b, cap);
        }
        size_t got = fread(b + n, 1, cap - n, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        free(b);
        return -1;
    }
    if (n > max)
        *too_big = 1;
    *out = b;
    *len = n;
    return 0;
}

/* ---- JSON Lines ----------------------------------------------------- */

enum { RBUF_SIZE = 1 << 16 };

/* Reads the next line of in->jf into in->line (without its newline),
 * keeping at most max_size bytes of it: the rest of a longer line is read
 * and dropped, so a file without a newline never fills memory. Returns 0
 * at the end, 1 with *too_long set when the line was longer. */
static int read_line(ng_inputs *in, int *too_long)
{
    ng_buf_clear(&in->line);
    *too_long = 0;
    int any = 0;
    if (!in->rbuf)
        in->rbuf = ng_xmalloc(RBUF_SIZE);
    for (;;) {
        if (in->rpos == in->rlen) {
            if (in->reof)
                return any;
            in->rlen = fread(in->rbuf, 1, RBUF_SIZE, in->jf);
            in->rpos = 0;
            if (in->rlen == 0) {
                in->reof = 1;
                return any;
            }
        }
        any = 1;
        unsigned char *start = in->rbuf + in->rpos;
        unsigned char *nl = memchr(start, '\n', in->rlen - in->rpos);
        size_t take = nl ? (size_t)(nl - start) : in->rlen - in->rpos;
        if (in->line.len + take > in->max_size)
            *too_long = 1;
        if (!*too_long)
            ng_buf_add(&in->line, start, take);
        in->rpos += take + (nl ? 1 : 0);
        if (nl)
            return 1;
    }
}

static char *keep_string(ng_inputs *in, const char *s)
{
    char *c = ng_xstrdup(s);
    ng_vec_push(&in->owned, c);
    return c;
}

static char *item_name(const char *path, size_t line)
{
    ng_buf b;
    ng_buf_init(&b);
    ng_buf_printf(&b, "%s:%zu", path, line);
    return ng_buf_steal(&b);
}

static char *json_text(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    if (json_is_string(v))
        return ng_xstrndup(json_string_value(v), json_string_length(v));
    if (json_is_integer(v) && strcmp(key, "id") == 0) {
        char num[32];
        snprintf(num, sizeof num, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        return ng_xstrdup(num);
    }
    return NULL;
}

static void set_error(ng_item *it, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void set_error(ng_item *it, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    free(it->error);
    it->error = ng_xstrdup(msg);
}

/* One JSON line into an item. Bytes that are not UTF-8 become U+FFFD (a
 * warning on the item); an id that held them is not used as the name,
 * since two such ids would collide once repaired. */
static void parse_jsonl(ng_inputs *in, ng_item *it)
{
    const char *path = in->jpath;
    size_t lineno = in->jline;
    size_t first, nbad, fixedlen;
    char *fixed = ng_utf8_repair((const unsigned char *)in->line.data, in->line.len, &fixedlen, &first, &nbad);
    char *text = fixed ? fixed : in->line.data;
    size_t len = fixed ? fixedlen : in->line.len;
    size_t lone = ng_json_fix_lone_surrogates(text, len);
    int repaired = fixed != NULL || lone;
    json_error_t e;
    /* a key given twice ({"text": A, "text": B}): jansson keeps the last
     * value in silence, so the line is read again to say so */
    json_t *o = json_loadb(text, len, JSON_REJECT_DUPLICATES, &e);
    int twice = !o && json_error_code(&e) == json_error_duplicate_key;
    if (twice)
        o = json_loadb(text, len, 0, &e);
    if (fixed)
        free(text);
    fixed = text = NULL;
    it->name = item_name(path, lineno);
    if (!o) {
        set_error(it, "%s:%zu: malformed JSON line (%s, column %d); skipped", path, lineno, e.text, e.column);
        return;
    }
    json_t *body = json_object_get(o, "text");
    it->format = 1;
    if (!json_is_string(body) && json_is_string(json_object_get(o, "html"))) {
        body = json_object_get(o, "html");
        it->format = 2;
    }
    if (!json_is_object(o) || !json_is_string(body)) {
        set_error(it, "%s:%zu: malformed JSON line (need an object with a \"text\" or \"html\" string); skipped",
                  path, lineno);
        json_decref(o);
        return;
    }
    it->len = json_string_length(body);
    it->bytes = (unsigned char *)ng_xstrndup(json_string_value(body), it->len);
    it->url = json_text(o, "url");
    it->date = json_text(o, "date");
    it->title = json_text(o, "title");
    char *id = json_text(o, "id");
    json_decref(o);
    ng_buf w;
    ng_buf_init(&w);
    if (nbad)
        ng_buf_printf(&w, "%s:%zu: invalid UTF-8 at byte %zu of the line (%zu byte%s replaced by U+FFFD)", path,
                      lineno, first, nbad, nbad == 1 ? "" : "s");
    if (lone)
        ng_buf_printf(&w, "%s%s:%zu: %zu unpaired surrogate escape%s (\\uD800-\\uDFFF) replaced by U+FFFD",
                      w.len ? "; " : "", path, lineno, lone, lone == 1 ? "" : "s");
    if (id && repaired && strstr(id, "\xEF\xBF\xBD")) {
        ng_buf_printf(&w, "; its id held them, so it is cited as %s", it->name);
    } else if (id && !ng_utf8_is_clean(id)) {
        ng_buf_printf(&w, "%s%s:%zu: its id holds a Unicode noncharacter, so it is cited as %s", w.len ? "; " : "",
                      path, lineno, it->name);
    } else if (id && *id && ng_map_get(in->ids_seen, id, strlen(id))) {
        /* two articles under one name: a store would keep only the last */
        ng_buf_printf(&w, "%s%s:%zu: id \"%s\" was given before (%s), so this article is cited as %s",
                      w.len ? "; " : "", path, lineno, id, (const char *)ng_map_get(in->ids_seen, id, strlen(id)),
                      it->name);
    } else if (id && *id) {
        ng_map_put(in->ids_seen, id, strlen(id), keep_string(in, it->name));
        free(it->name);
        it->name = id;
        id = NULL;
    }
    free(id);
    if (twice)
        ng_buf_printf(&w, "%s%s:%zu: a key is given twice in the object; the last value of each is read",
                      w.len ? "; " : "", path, lineno);
    it->warning = w.len ? ng_buf_steal(&w) : NULL;
    ng_buf_free(&w);
    if (it->len > in->max_size)
        set_error(it, "%s: larger than the maximum article size (%zu bytes); skipped", it->name, in->max_size);
}

static void close_jsonl(ng_inputs *in)
{
    if (in->jf && in->jf != stdin)
        fclose(in->jf);
    in->jf = NULL;
    free(in->jpath);
    in->jpath = NULL;
    in->rpos = in->rlen = 0;
    in->reof = 0;
}

static int next_jsonl(ng_inputs *in, ng_item *it)
{
    for (;;) {
        int too_long = 0;
        if (in->pending_line)
            in->pending_line = 0;
        else if (!read_line(in, &too_long)) {
            int bad = ferror(in->jf);
            if (bad) {
                memset(it, 0, sizeof *it);
                it->name = ng_xstrdup(in->jpath);
                set_error(it, "%s: read error after line %zu: %s", in->jpath, in->jline, strerror(errno));
            }
            close_jsonl(in);
            return bad;
        }
        in->jline++;
        memset(it, 0, sizeof *it);
        if (too_long) {
            it->name = item_name(in->jpath, in->jline);
            set_error(it, "%s:%zu: line longer than the maximum article size (%zu bytes); skipped", in->jpath,
                      in->jline, in->max_size);
            return 1;
        }
        size_t k = 0;
        while (k < in->line.len && strchr(" \t\r", in->line.data[k]))
            k++;
        if (k == in->line.len)
            continue;
        parse_jsonl(in, it);
        return 1;
    }
}

/* Standard input without --jsonl: JSON Lines when its first non-blank
 * byte is '{' and its first line is a JSON object, refused when it starts
 * with '{' and is not, else one text article. Returns 1 when the caller
 * is to read it as JSON Lines (its first line waits in in->line). */
static int blank(const ng_buf *line)
{
    for (size_t k = 0; k < line->len; k++)
        if (!strchr(" \t\r\n\f", line->data[k]))
            return 0;
    return 1;
}

static int sniff_stdin(ng_inputs *in, ng_item *it, ng_buf *head, int *too_long)
{
    in->jf = stdin;
    in->jpath = ng_xstrdup("-");
    in->jline = 0;
    int got;
    /* blank lines first: kept for a text article, skipped for JSON Lines */
    while ((got = read_line(in, too_long)) && blank(&in->line) && !*too_long) {
        ng_buf_add(head, in->line.data, in->line.len);
        ng_buf_addc(head, '\n');
        in->jline++;
    }
    if (!got)
        return 0;
    size_t k = 0;
    while (k < in->line.len && strchr(" \t\r\f", in->line.data[k]))
        k++;
    if (k < in->line.len && in->line.data[k] == '{') {
        json_error_t e;
        json_t *o = *too_long ? NULL : json_loadb(in->line.data, in->line.len, 0, &e);
        if (json_is_object(o)) {
            json_decref(o);
            in->pending_line = 1;
            return 1;
        }
        json_decref(o);
        it->name = ng_xstrdup("-");
        set_error(it, "standard input starts with '{' but its first line is not a JSON object (%s): give "
                  "JSON Lines with --jsonl, or text that does not start with '{'; not read",
                  *too_long ? "longer than the maximum article size" : e.text);
        close_jsonl(in);
        return -1;
    }
    return 0;
}

/* The rest of standard input after head and the line read, as one text
 * article. */
static void stdin_as_text(ng_inputs *in, ng_item *it, ng_buf *head, int line_too_long)
{
    ng_buf b = *head;
    ng_buf_init(head);
    ng_buf_add(&b, in->line.data, in->line.len);
    if (!in->reof || in->rpos < in->rlen)
        ng_buf_addc(&b, '\n');
    int too_big = line_too_long || b.len > in->max_size;
    while (!too_big) {
        if (in->rpos < in->rlen) {
            ng_buf_add(&b, in->rbuf + in->rpos, in->rlen - in->rpos);
            in->rpos = in->rlen;
        }
        too_big = b.len > in->max_size;
        if (in->reof || too_big)
            break;
        in->rlen = fread(in->rbuf, 1, RBUF_SIZE, stdin);
        in->rpos = 0;
        if (in->rlen == 0)
            in->reof = 1;
    }
    it->name = ng_xstrdup("-");
    if (ferror(stdin))
        set_error(it, "standard input: read error: %s", strerror(errno));
    else if (too_big)
        set_error(it, "-: larger than the maximum article size (%zu bytes); skipped", in->max_size);
    if (it->error) {
        ng_buf_free(&b);
    } else {
        it->len = b.len;
        it->bytes = (unsigned char *)ng_buf_steal(&b);
    }
    close_jsonl(in);
}

/* ---- WARC ----------------------------------------------------------- */

/* One header line of a WARC record or HTTP message, without its CRLF. */
static int warc_line(gzFile f, ng_buf *line)
{
    ng_buf_clear(line);
    int c;
    while ((c = gzgetc(f)) != -1) {
        if (c == '\n')
            break;
        if (c != '\r' && line->len < 65536)
            ng_buf_addc(line, (char)c);
    }
    return c != -1 || line->len > 0;
}

static const char *header_value(const char *line, const char *name)
{
    size_t n = strlen(name);
    if (strncasecmp(line, name, n) != 0 || line[n] != ':')
        return NULL;
    line += n + 1;
    while (*line == ' ')
        line++;
    return line;
}

static void close_warc(ng_inputs *in)
{
    gzclose(in->wf);
    in->wf = NULL;
    free(in->wpath);
    in->wpath = NULL;
}

/* zlib's verdict on a file that ended: a damaged member is an error
 * (zlib stops there, and every record after it is lost), not an end. */
static int warc_damaged(ng_inputs *in, ng_item *it, long long offset)
{
    int errnum = Z_OK;
    const char *msg = gzerror(in->wf, &errnum);
    if (errnum == Z_OK || errnum == Z_STREAM_END)
        return 0;
    memset(it, 0, sizeof *it);
    it->name = ng_xstrdup(in->wpath);
    set_error(it, "%s: damaged compressed data after offset %lld (zlib: %s); the rest of the file is not read",
              in->wpath, offset, msg ? msg : "error");
    close_warc(in);
    return 1;
}

/* Reads n bytes of the record's block into body (or drops them when body
 * is NULL); returns how many there were. */
static size_t warc_block(gzFile f, unsigned char *body, size_t n)
{
    unsigned char scratch[65536];
    size_t got = 0;
    while (got < n) {
        size_t want = n - got < sizeof scratch ? n - got : sizeof scratch;
        int k = gzread(f, body ? body + got : scratch, (unsigned)want);
        if (k <= 0)
            break;
        got += (size_t)k;
    }
    return got;
}

/* After a block comes a blank line, then the next record or the end: if
 * not, Content-Length does not fit the record. */
static int warc_block_ends(gzFile f)
{
    int c, newlines = 0;
    while ((c = gzgetc(f)) == '\r' || c == '\n')
        newlines += c == '\n';
    if (c == -1)
        return 1;
    gzungetc(c, f);
    return newlines > 0 && c == 'W';
}

typedef struct {
    long long offset;   /* of the record's version line */
    size_t length;
    int have_length, wanted;
    char *uri;
} warc_head;

static void warc_headers(gzFile f, ng_buf *line, warc_head *h)
{
    while (warc_line(f, line) && line->len) {
        const char *v;
        if ((v = header_value(line->data, "Content-Length"))) {
            char *end;
            errno = 0;
            unsigned long long n = strtoull(v, &end, 10);
            h->have_length = end != v && !*end && !errno && *v != '-';
            h->length = (size_t)n;
        } else if ((v = header_value(line->data, "WARC-Type"))) {
            h->wanted = strcmp(v, "response") == 0 || strcmp(v, "resource") == 0 || strcmp(v, "conversion") == 0;
        } else if ((v = header_value(line->data, "WARC-Target-URI"))) {
            free(h->uri);
            h->uri = ng_xstrdup(v);
        }
    }
}

static void warc_item(ng_inputs *in, ng_item *it, warc_head *h, unsigned char *body)
{
    /* an HTTP response: skip its headers */
    size_t start = 0;
    if (h->length > 5 && memcmp(body, "HTTP/", 5) == 0) {
        for (size_t i = 0; i + 3 < h->length; i++)
            if (memcmp(body + i, "\r\n\r\n", 4) == 0) {
                start = i + 4;
                break;
            }
    }
    char name[600];
    snprintf(name, sizeof name, "%s@%lld", in->wpath, h->offset);
    /* a URI that is not clean UTF-8 would be cut short as a name */
    it->name = ng_xstrdup(h->uri && ng_utf8_is_clean(h->uri) ? h->uri : name);
    it->url = h->uri;
    h->uri = NULL;
    it->len = h->length - start;
    it->bytes = ng_xmalloc(it->len + 1);
    memcpy(it->bytes, body + start, it->len);
}

/* Reads records until a "response" or "resource" record with an HTML or
 * text payload; other records (request, metadata, warcinfo) are skipped.
 * A record whose Content-Length does not fit is reported and the reader
 * looks for the next record from the start of its block, so one bad
 * length never swallows the records after it. Returns 0 at the end. */
static int next_warc(ng_inputs *in, ng_item *it)
{
    ng_buf line;
    ng_buf_init(&line);
    int rc = 0;
    for (;;) {
        warc_head h = {gztell(in->wf), 0, 0, 0, NULL};
        int found = 0;
        while (warc_line(in->wf, &line)) {
            if (strncmp(line.data ? line.data : "", "WARC/", 5) == 0) {
                found = 1;
                break;
            }
            h.offset = gztell(in->wf);
        }
        if (!found) {
            rc = warc_damaged(in, it, h.offset);
            break;
        }
        warc_headers(in->wf, &line, &h);
        memset(it, 0, sizeof *it);
        if (!h.have_length || h.length > (size_t)1 << 34) {
            it->name = ng_xstrdup(in->wpath);
            set_error(it, "%s: malformed WARC record at offset %lld (no valid Content-Length); skipped", in->wpath,
                      h.offset);
            free(h.uri);
            rc = 1;
            break;
        }
        long long block = gztell(in->wf);
        int keep = h.wanted && h.length <= in->max_size;
        unsigned char *body = keep ? ng_xmalloc(h.length + 1) : NULL;
        size_t got = warc_block(in->wf, body, h.length);
        if (got < h.length && warc_damaged(in, it, h.offset)) {
            free(body);
            free(h.uri);
            rc = 1;
            break;
        }
        if (got < h.length || !warc_block_ends(in->wf)) {
            it->name = ng_xstrdup(in->wpath);
            if (got < h.length)
                set_error(it, "%s: WARC record at offset %lld is truncated: its Content-Length %zu runs past the end "
                          "of the file (%zu bytes left); skipped", in->wpath, h.offset, h.length, got);
            else
                set_error(it, "%s: WARC record at offset %lld: Content-Length %zu does not end the record (no "
                          "blank line and next record after it); record skipped", in->wpath, h.offset, h.length);
            gzclearerr(in->wf);
            gzseek(in->wf, (z_off_t)block, SEEK_SET);
            free(body);
            free(h.uri);
            rc = 1;
            break;
        }
        if (keep) {
            warc_item(in, it, &h, body);
        } else if (h.wanted) {
            it->name = ng_xstrdup(in->wpath);
            set_error(it, "%s: record at offset %lld larger than the maximum article size (%zu bytes); skipped",
                      in->wpath, h.offset, in->max_size);
        }
        free(body);
        free(h.uri);
        if (keep || h.wanted) {
            rc = 1;
            break;
        }
    }
    ng_buf_free(&line);
    if (!rc && in->wf)
        close_warc(in);
    return rc;
}

static int open_error(ng_item *it, const char *path)
{
    it->name = ng_xstrdup(path);
    set_error(it, "%s: cannot open: %s", path, strerror(errno));
    return 1;
}

static int next_file(ng_inputs *in, ng_item *it, const char *path, int is_stdin)
{
    FILE *f = is_stdin ? stdin : fopen(path, "rb");
    if (!f)
        return open_error(it, path);
    it->name = ng_xstrdup(path);
    int too_big = 0;
    if (read_all(f, in->max_size, &it->bytes, &it->len, &too_big) != 0) {
        set_error(it, "%s: read error: %s", path, strerror(errno));
    } else if (too_big) {
        set_error(it, "%s: larger than the maximum article size (%zu bytes); skipped", path, in->max_size);
        free(it->bytes);
        it->bytes = NULL;
        it->len = 0;
    }
    if (!is_stdin)
        fclose(f);
    return 1;
}

int ng_inputs_next(ng_inputs *in, ng_item *it)
{
    memset(it, 0, sizeof *it);
    if (in->wf && next_warc(in, it))
        return 1;
    if (in->jf && next_jsonl(in, it))
        return 1;
    while (in->next < in->nsrc) {
        source *s = &in->src[in->next++];
        int is_stdin = strcmp(s->path, "-") == 0;
        memset(it, 0, sizeof *it);
        if (s->kind == SRC_ERROR) {
            it->name = ng_xstrdup(s->path);
            it->error = ng_xstrdup(s->path);
            return 1;
        }
        if (s->kind == SRC_WARC) {
            if (!(in->wf = gzopen(s->path, "rb")))
                return open_error(it, s->path);
            gzbuffer(in->wf, 1 << 17);
            in->wpath = ng_xstrdup(s->path);
            if (next_warc(in, it))
                return 1;
            continue;
        }
        if (is_stdin && !in->stdin_jsonl) {
            ng_buf head;
            ng_buf_init(&head);
            int too_long = 0, kind = sniff_stdin(in, it, &head, &too_long);
            if (kind == 0)
                stdin_as_text(in, it, &head, too_long);
            ng_buf_free(&head);
            if (kind <= 0)
                return 1;
            if (next_jsonl(in, it))
                return 1;
            continue;
        }
        if (s->kind == SRC_JSONL || is_stdin) {
            if (!(in->jf = is_stdin ? stdin : fopen(s->path, "rb")))
                return open_error(it, s->path);
            in->jpath = ng_xstrdup(s->path);
            in->jline = 0;
            if (next_jsonl(in, it))
                return 1;
            continue;
        }
        return next_file(in, it, s->path, is_stdin);
    }
    return 0;
}

void ng_item_clear(ng_item *it)
{
    free(it->name);
    free(it->bytes);
    free(it->url);
    free(it->date);
    free(it->title);
    free(it->error);
    free(it->warning);
    memset(it, 0, sizeof *it);
}

void ng_inputs_close(ng_inputs *in)
{
    if (!in)
        return;
    for (size_t i = 0; i < in->nsrc; i++)
        free(in->src[i].path);
    free(in->src);
    if (in->jf && in->jf != stdin)
        fclose(in->jf);
    if (in->wf)
        gzclose(in->wf);
    free(in->wpath);
    free(in->jpath);
    ng_buf_free(&in->line);
    free(in->rbuf);
    if (in->dirs_seen)
        ng_map_free(in->dirs_seen);
    if (in->ids_seen)
        ng_map_free(in->ids_seen);
    for (size_t i = 0; i < in->owned.len; i++)
        free(in->owned.items[i]);
    ng_vec_free(&in->owned);
    free(in);
}
