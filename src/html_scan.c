/*
 * html_scan.c - linear scans of a page's bytes before libxml2 parses it
 * (see html_scan.h).
 */
#include "html_scan.h"
#include "reader.h"
#include "util.h"

#include <string.h>
#include <strings.h>

/* One pass, no parsing. */
unsigned char *ng_html_cap_attributes(const unsigned char *s, size_t n, size_t *outlen, size_t *where)
{
    ng_buf b;
    int copying = 0;
    size_t done = 0, i = 0;
    while (i < n) {
        if (s[i] != '<' || i + 1 >= n || !((s[i + 1] | 32) >= 'a' && (s[i + 1] | 32) <= 'z')) {
            i++;
            continue;
        }
        size_t k = i + 1, attrs = 0, cut = 0;
        char quote = 0;
        int in_space = 0;
        for (; k < n && (quote || s[k] != '>'); k++) {
            if (quote) {
                quote = s[k] == (unsigned char)quote ? 0 : quote;
            } else if (s[k] == '"' || s[k] == '\'') {
                quote = (char)s[k];
            } else if (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r' || s[k] == '/') {
                in_space = 1;
            } else if (in_space) {
                in_space = 0;
                if (s[k] != '=' && ++attrs == NG_HTML_MAX_ATTRS + 1)
                    cut = k;
            }
        }
        if (cut) {
            if (!copying) {
                ng_buf_init(&b);
                copying = 1;
                *where = i;
            }
            ng_buf_add(&b, s + done, cut - done);
            done = k; /* from the '>' on */
        }
        i = k;
    }
    if (!copying)
        return NULL;
    ng_buf_add(&b, s + done, n - done);
    *outlen = b.len;
    return (unsigned char *)ng_buf_steal(&b);
}

/* True when s[0..n) starts "<name" as a whole tag name. */
static int opens(const unsigned char *s, size_t n, const char *name)
{
    size_t k = strlen(name);
    if (n < k + 2 || s[0] != '<' || strncasecmp((const char *)s + 1, name, k) != 0)
        return 0;
    unsigned char c = s[k + 1];
    return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/';
}

/* Offset of the first close (ASCII, any case) at or after from, or n. */
static size_t find_close(const unsigned char *s, size_t n, size_t from, const char *close)
{
    size_t k = strlen(close);
    for (size_t i = from; i + k <= n; i++) {
        const unsigned char *p = memchr(s + i, close[0], n - i - k + 1);
        if (!p)
            break;
        i = (size_t)(p - s);
        if (strncasecmp((const char *)p, close, k) == 0)
            return i;
    }
    return n;
}

/* A tag in s[0..n): '<' then a letter, or "</". */
static int has_markup(const unsigned char *s, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++)
        if (s[i] == '<' && (((s[i + 1] | 32) >= 'a' && (s[i + 1] | 32) <= 'z') || s[i + 1] == '/'))
            return 1;
    return 0;
}

/* Linear: each closing is looked for once, from the opening on, and the
 * scan resumes after it. */
const char *ng_html_unclosed_raw(const unsigned char *s, size_t n, size_t *where)
{
    static const struct {
        const char *open, *close;
    } raw[] = {{"!--", "-->"}, {"script", "</script"}, {"style", "</style"}};
    size_t i = 0;
    while (i < n) {
        const unsigned char *p = memchr(s + i, '<', n - i);
        if (!p)
            break;
        i = (size_t)(p - s);
        size_t r = 0;
        while (r < 3 && !(r == 0 ? n - i >= 4 && memcmp(p, "<!--", 4) == 0 : opens(p, n - i, raw[r].open)))
            r++;
        if (r == 3) {
            i++;
            continue;
        }
        size_t from = i + 1 + strlen(raw[r].open);
        size_t end = find_close(s, n, from, raw[r].close);
        if (end == n) {
            if (!has_markup(s + from, n - from))
                return NULL;
            *where = i;
            return r == 0 ? "<!--" : r == 1 ? "<script" : "<style";
        }
        i = end + strlen(raw[r].close);
    }
    return NULL;
}
