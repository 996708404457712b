/*
 * inputs.c - files, directories, standard input, JSON Lines (see inputs.h).
 */
#include "inputs.h"
#include "util.h"

#include <ctype.h>
#include <dirent.h>
#include <zlib.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>

enum { SRC_FILE, SRC_JSONL, SRC_WARC };

typedef struct {
    char *path;
    int kind;
} source;

struct ng_inputs {
    source *src;
    size_t nsrc, cap, next;
    size_t max_size;
    size_t total;
    int stdin_jsonl;
    /* WARC state: records are read one at a time through zlib, which
     * reads plain and gzip-compressed files alike */
    gzFile wf;
    char *wpath;
    /* JSON Lines state */
    FILE *jf;
    char *jpath;
    size_t jline;
    char *line;
    size_t linecap;
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

static void add_source(ng_inputs *in, const char *path)
{
    if (in->nsrc == in->cap) {
        in->cap = in->cap ? in->cap * 2 : 64;
        in->src = ng_xrealloc(in->src, in->cap * sizeof *in->src);
    }
    in->src[in->nsrc].path = ng_xstrdup(path);
    in->src[in->nsrc].kind = has_suffix(path, ".jsonl") || has_suffix(path, ".ndjson") ? SRC_JSONL
                             : has_suffix(path, ".warc") || has_suffix(path, ".warc.gz") ? SRC_WARC
                                                                                         : SRC_FILE;
    in->nsrc++;
    struct stat st;
    if (strcmp(path, "-") != 0 && stat(path, &st) == 0)
        in->total += (size_t)st.st_size;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int walk(ng_inputs *in, const char *dir, int depth, char *err, size_t errlen)
{
    if (depth > 64)
        return 0;
    DIR *d = opendir(dir);
    if (!d) {
        snprintf(err, errlen, "%s: cannot read directory: %s", dir, strerror(errno));
        return -1;
    }
    ng_vec names = {0};
    struct dirent *e;
    while ((e = readdir(d)))
        if (e->d_name[0] != '.')
            ng_vec_push(&names, ng_xstrdup(e->d_name));
    closedir(d);
    if (names.len)  /* qsort wants a real array, even for none */
        qsort(names.items, names.len, sizeof(char *), cmp_str);
    for (size_t i = 0; i < names.len; i++) {
        char *path = ng_xmalloc(strlen(dir) + strlen(names.items[i]) + 2);
        sprintf(path, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", (char *)names.items[i]);
        struct stat st;
        if (stat(path, &st) == 0) {
            if (S_ISDIR(st.st_mode))
                walk(in, path, depth + 1, err, errlen);
            else if (S_ISREG(st.st_mode) && article_file(path))
                add_source(in, path);
        }
        free(path);
        free(names.items[i]);
    }
    ng_vec_free(&names);
    return 0;
}

int ng_inputs_open(ng_inputs **out, char *const *paths, size_t n, size_t max_size, int stdin_jsonl, char *err,
                   size_t errlen)
{
    ng_inputs *in = ng_xcalloc(1, sizeof *in);
    in->max_size = max_size;
    in->stdin_jsonl = stdin_jsonl;
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
            if (walk(in, paths[i], 0, err, errlen) != 0) {
                ng_inputs_close(in);
                return -1;
            }
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

/* ---- a small JSON reader for one object per line -------------------- */

static const char *skip_ws(const char *p)
{
    while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
        p++;
    return p;
}

static void put_utf8(ng_buf *b, unsigned cp)
{
    char c[4];
    if (cp < 0x80) {
        ng_buf_addc(b, (char)cp);
    } else if (cp < 0x800) {
        c[0] = (char)(0xC0 | (cp >> 6)); c[1] = (char)(0x80 | (cp & 0x3F));
        ng_buf_add(b, c, 2);
    } else if (cp < 0x10000) {
        c[0] = (char)(0xE0 | (cp >> 12)); c[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        c[2] = (char)(0x80 | (cp & 0x3F));
        ng_buf_add(b, c, 3);
    } else {
        c[0] = (char)(0xF0 | (cp >> 18)); c[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        c[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); c[3] = (char)(0x80 | (cp & 0x3F));
        ng_buf_add(b, c, 4);
    }
}

static const char *json_string(const char *p, ng_buf *out)
{
    if (*p != '"')
        return NULL;
    p++;
    while (*p && *p != '"') {
        if (*p != '\\') {
            ng_buf_addc(out, *p++);
            continue;
        }
        p++;
        switch (*p) {
        case 'n': ng_buf_addc(out, '\n'); break;
        case 't': ng_buf_addc(out, '\t'); break;
        case 'r': ng_buf_addc(out, '\r'); break;
        case 'b': case 'f': ng_buf_addc(out, ' '); break;
        case '"': case '\\': case '/': ng_buf_addc(out, *p); break;
        case 'u': {
            unsigned cp = 0;
            for (int i = 1; i <= 4; i++) {
                char h = p[i];
                int v = h >= '0' && h <= '9' ? h - '0' : (h | 32) >= 'a' && (h | 32) <= 'f' ? (h | 32) - 'a' + 10 : -1;
                if (v < 0)
                    return NULL;
                cp = cp * 16 + (unsigned)v;
            }
            p += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF && p[1] == '\\' && p[2] == 'u') {
                /* a pair's low half; its digits are checked one by one so a
                 * line cut short is never read past its end */
                unsigned lo = 0;
                int i = 3;
                for (; i <= 6 && isxdigit((unsigned char)p[i]); i++)
                    lo = lo * 16 + (unsigned)(isdigit((unsigned char)p[i]) ? p[i] - '0' : (p[i] | 32) - 'a' + 10);
                if (i == 7 && lo >= 0xDC00 && lo <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    p += 6;
                }
            }
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0xFFFD;
            put_utf8(out, cp);
            break;
        }
        default:
            return NULL;
        }
        p++;
    }
    return *p == '"' ? p + 1 : NULL;
}

/* Skips any JSON value we do not read (numbers, literals, nesting). */
static const char *json_skip(const char *p)
{
    int depth = 0;
    ng_buf tmp;
    ng_buf_init(&tmp);
    do {
        p = skip_ws(p);
        if (*p == '"') {
            ng_buf_clear(&tmp);
            p = json_string(p, &tmp);
            if (!p)
                break;
        } else if (*p == '{' || *p == '[') {
            depth++;
            p++;
        } else if (*p == '}' || *p == ']') {
            depth--;
            p++;
        } else if (*p == ',' || *p == ':') {
            p++;
        } else if (*p) {
            while (*p && !strchr(",:{}[] \t\r\n\"", *p))
                p++;
        } else {
            p = NULL;
            break;
        }
    } while (depth > 0);
    ng_buf_free(&tmp);
    return p;
}

static int parse_jsonl(const char *line, ng_item *it, const char *path, size_t lineno)
{
    const char *p = skip_ws(line);
    if (*p != '{')
        return -1;
    p++;
    ng_buf key, val;
    ng_buf_init(&key);
    ng_buf_init(&val);
    char *id = NULL;
    int ok = 0;
    for (;;) {
        p = skip_ws(p);
        if (*p == '}') {
            ok = 1;
            break;
        }
        ng_buf_clear(&key);
        if (!(p = json_string(p, &key)))
            break;
        ng_buf_addc(&key, '\0');   /* an empty key still has a string */
        p = skip_ws(p);
        if (*p++ != ':')
            break;
        p = skip_ws(p);
        if (*p == '"') {
            ng_buf_clear(&val);
            if (!(p = json_string(p, &val)))
                break;
            char **slot = NULL;
            if (strcmp(key.data, "text") == 0 || strcmp(key.data, "html") == 0) {
                free(it->bytes);
                it->len = val.len;
                it->bytes = (unsigned char *)ng_xstrndup(val.data ? val.data : "", val.len);
                it->format = key.data[0] == 'h' ? 2 : 1;
            } else if (strcmp(key.data, "url") == 0) {
                slot = &it->url;
            } else if (strcmp(key.data, "date") == 0) {
                slot = &it->date;
            } else if (strcmp(key.data, "title") == 0) {
                slot = &it->title;
            } else if (strcmp(key.data, "id") == 0) {
                slot = &id;
            }
            if (slot) {
                free(*slot);
                *slot = ng_xstrdup(val.data ? val.data : "");
            }
        } else if (!(p = json_skip(p))) {
            break;
        }
        p = skip_ws(p);
        if (*p == ',')
            p++;
    }
    ng_buf_free(&key);
    ng_buf_free(&val);
    ng_buf name;
    ng_buf_init(&name);
    if (id)
        ng_buf_adds(&name, id);
    else
        ng_buf_printf(&name, "%s:%zu", path, lineno);
    free(id);
    it->name = ng_buf_steal(&name);
    if (!ok || !it->bytes)
        return -1;
    return 0;
}

static int next_jsonl(ng_inputs *in, ng_item *it)
{
    for (;;) {
        ssize_t n = getline(&in->line, &in->linecap, in->jf);
        if (n < 0) {
            if (in->jf != stdin)
                fclose(in->jf);
            in->jf = NULL;
            free(in->jpath);
            in->jpath = NULL;
            return 0;
        }
        in->jline++;
        const char *p = skip_ws(in->line);
        if (!*p)
            continue;
        memset(it, 0, sizeof *it);
        if (parse_jsonl(in->line, it, in->jpath, in->jline) != 0) {
            if (!it->name) {
                ng_buf name;
                ng_buf_init(&name);
                ng_buf_printf(&name, "%s:%zu", in->jpath, in->jline);
                it->name = ng_buf_steal(&name);
            }
            char msg[512];
            snprintf(msg, sizeof msg, "%s:%zu: malformed JSON line (need an object with \"text\" or \"html\")",
                     in->jpath, in->jline);
            it->error = ng_xstrdup(msg);
        } else if (it->len > in->max_size) {
            char msg[512];
            snprintf(msg, sizeof msg, "%s: larger than the maximum article size (%zu bytes)", it->name,
                     in->max_size);
            it->error = ng_xstrdup(msg);
        }
        return 1;
    }
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

/* Reads records until a "response" or "resource" record with an HTML or
 * text payload; other records (request, metadata, warcinfo) are skipped.
 * Returns 0 at the end of the file. */
static int next_warc(ng_inputs *in, ng_item *it)
{
    ng_buf line;
    ng_buf_init(&line);
    for (;;) {
        /* find the record's version line; the record starts there, after
         * the blank lines that close the one before */
        z_off_t offset = gztell(in->wf);
        int found = 0;
        while (warc_line(in->wf, &line)) {
            if (strncmp(line.data ? line.data : "", "WARC/", 5) == 0) {
                found = 1;
                break;
            }
            offset = gztell(in->wf);
        }
        if (!found)
            break;
        size_t length = 0;
        int have_length = 0, wanted = 0;
        char *uri = NULL, *type = NULL;
        while (warc_line(in->wf, &line) && line.len) {
            const char *v;
            if ((v = header_value(line.data, "Content-Length"))) {
                length = (size_t)strtoull(v, NULL, 10);
                have_length = 1;
            } else if ((v = header_value(line.data, "WARC-Type"))) {
                wanted = strcmp(v, "response") == 0 || strcmp(v, "resource") == 0 ||
                         strcmp(v, "conversion") == 0;
                free(type);
                type = ng_xstrdup(v);
            } else if ((v = header_value(line.data, "WARC-Target-URI"))) {
                free(uri);
                uri = ng_xstrdup(v);
            }
        }
        free(type);
        if (!have_length || length > (size_t)1 << 34) {
            char msg[512];
            snprintf(msg, sizeof msg, "%s: malformed WARC record at offset %lld (no Content-Length); skipped",
                     in->wpath, (long long)offset);
            memset(it, 0, sizeof *it);
            it->name = ng_xstrdup(in->wpath);
            it->error = ng_xstrdup(msg);
            free(uri);
            ng_buf_free(&line);
            return 1;
        }
        if (!wanted || length > in->max_size) {
            if (gzseek(in->wf, (z_off_t)length, SEEK_CUR) < 0)
                break;
            if (wanted) {
                memset(it, 0, sizeof *it);
                char msg[512];
                snprintf(msg, sizeof msg, "%s: record at offset %lld larger than the maximum article size; skipped",
                         in->wpath, (long long)offset);
                it->name = ng_xstrdup(in->wpath);
                it->error = ng_xstrdup(msg);
                free(uri);
                ng_buf_free(&line);
                return 1;
            }
            free(uri);
            continue;
        }
        unsigned char *body = ng_xmalloc(length + 1);
        int got = gzread(in->wf, body, (unsigned)length);
        if (got < 0 || (size_t)got != length) {
            char msg[512];
            snprintf(msg, sizeof msg, "%s: WARC record at offset %lld is truncated", in->wpath, (long long)offset);
            memset(it, 0, sizeof *it);
            it->name = ng_xstrdup(in->wpath);
            it->error = ng_xstrdup(msg);
            free(body);
            free(uri);
            ng_buf_free(&line);
            return 1;
        }
        /* an HTTP response: skip its headers */
        size_t start = 0;
        if (length > 5 && memcmp(body, "HTTP/", 5) == 0) {
            for (size_t i = 0; i + 3 < length; i++)
                if (memcmp(body + i, "\r\n\r\n", 4) == 0) {
                    start = i + 4;
                    break;
                }
        }
        memset(it, 0, sizeof *it);
        char name[600];
        snprintf(name, sizeof name, "%s@%lld", in->wpath, (long long)offset);
        it->name = ng_xstrdup(uri ? uri : name);
        it->url = uri;
        it->len = length - start;
        it->bytes = ng_xmalloc(it->len + 1);
        memcpy(it->bytes, body + start, it->len);
        free(body);
        ng_buf_free(&line);
        return 1;
    }
    ng_buf_free(&line);
    gzclose(in->wf);
    in->wf = NULL;
    free(in->wpath);
    in->wpath = NULL;
    return 0;
}

int ng_inputs_next(ng_inputs *in, ng_item *it)
{
    memset(it, 0, sizeof *it);
    if (in->wf && next_warc(in, it))
        return 1;
    if (in->jf)
        if (next_jsonl(in, it))
            return 1;
    while (in->next < in->nsrc) {
        source *s = &in->src[in->next++];
        int is_stdin = strcmp(s->path, "-") == 0;
        if (s->kind == SRC_WARC) {
            in->wf = gzopen(s->path, "rb");
            if (!in->wf) {
                char msg[512];
                snprintf(msg, sizeof msg, "%s: cannot open: %s", s->path, strerror(errno));
                it->name = ng_xstrdup(s->path);
                it->error = ng_xstrdup(msg);
                return 1;
            }
            gzbuffer(in->wf, 1 << 17);
            in->wpath = ng_xstrdup(s->path);
            if (next_warc(in, it))
                return 1;
            continue;
        }
        if (s->kind == SRC_JSONL || (is_stdin && in->stdin_jsonl)) {
            in->jf = is_stdin ? stdin : fopen(s->path, "rb");
            in->jpath = ng_xstrdup(s->path);
            in->jline = 0;
            if (!in->jf) {
                char msg[512];
                snprintf(msg, sizeof msg, "%s: cannot open: %s", s->path, strerror(errno));
                it->name = ng_xstrdup(s->path);
                it->error = ng_xstrdup(msg);
                free(in->jpath);
                in->jpath = NULL;
                return 1;
            }
            if (next_jsonl(in, it))
                return 1;
            continue;
        }
        it->name = ng_xstrdup(s->path);
        FILE *f = is_stdin ? stdin : fopen(s->path, "rb");
        char msg[512];
        if (!f) {
            snprintf(msg, sizeof msg, "%s: cannot open: %s", s->path, strerror(errno));
            it->error = ng_xstrdup(msg);
            return 1;
        }
        int too_big = 0;
        if (read_all(f, in->max_size, &it->bytes, &it->len, &too_big) != 0) {
            snprintf(msg, sizeof msg, "%s: read error: %s", s->path, strerror(errno));
            it->error = ng_xstrdup(msg);
        } else if (too_big) {
            snprintf(msg, sizeof msg, "%s: larger than the maximum article size (%zu bytes); skipped", s->path,
                     in->max_size);
            it->error = ng_xstrdup(msg);
            free(it->bytes);
            it->bytes = NULL;
            it->len = 0;
        }
        if (!is_stdin)
            fclose(f);
        return 1;
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
    free(in->line);
    free(in);
}
