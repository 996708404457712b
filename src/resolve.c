/*
 * resolve.c - slugs for stable IRIs (see resolve.h).
 */
#include "resolve.h"
#include "text.h"
#include "util.h"

#include <stdio.h>
#include <string.h>

/* ISO 9-ish transliteration of Russian and Belarusian letters, lower case. */
static const char *cyrillic(uint32_t cp)
{
    static const char *lower[] = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m",
                                  "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh",
                                  "shch", "", "y", "", "e", "yu", "ya"};
    if (cp >= 0x0410 && cp <= 0x042F)
        return lower[cp - 0x0410];
    if (cp >= 0x0430 && cp <= 0x044F)
        return lower[cp - 0x0430];
    switch (cp) {
    case 0x0401: case 0x0451: return "e";
    case 0x0406: case 0x0456: return "i";
    case 0x040E: case 0x045E: return "u";
    case 0x0404: case 0x0454: return "ye";
    case 0x0407: case 0x0457: return "yi";
    case 0x0490: case 0x0491: return "g";
    default: return NULL;
    }
}

static void fold_word(ng_buf *w)
{
    /* the folds score.py and news desks agree on */
    ng_buf out;
    ng_buf_init(&out);
    for (size_t i = 0; i < w->len; i++) {
        if (w->data[i] == 'k' && i + 1 < w->len && w->data[i + 1] == 's') {
            ng_buf_addc(&out, 'x');
            i++;
        } else {
            ng_buf_addc(&out, w->data[i]);
        }
    }
    size_t n = out.len;
    char *s = out.data;
    if (n >= 4 && strcmp(s + n - 4, "andr") == 0) {
        ng_buf_adds(&out, "");
        out.len = n - 4;
        ng_buf_adds(&out, "ander");
    } else if (n >= 3 && (strcmp(s + n - 2, "iy") == 0)) {
        out.len = n - 2;
        ng_buf_adds(&out, "i");
    } else if (n >= 3 && strcmp(s + n - 2, "ey") == 0) {
        out.len = n - 2;
        ng_buf_adds(&out, "ei");
    } else if (n >= 3 && s[n - 1] == 'y') {
        out.len = n - 1;
        ng_buf_adds(&out, "i");
    }
    ng_buf_clear(w);
    ng_buf_add(w, out.data ? out.data : "", out.len);
    ng_buf_free(&out);
}

static char *slugify(const char *s, size_t n, int fold)
{
    ng_buf out, word;
    ng_buf_init(&out);
    ng_buf_init(&word);
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    for (;;) {
        int boundary = i >= n;
        const char *piece = NULL;
        char one[2] = {0, 0};
        if (!boundary) {
            uint32_t cp;
            size_t k = ng_utf8_decode(u + i, n - i, &cp);
            if (!k) {
                k = 1;
                cp = 0;
            }
            i += k;
            if (cp < 0x80 && ((cp | 32) >= 'a' && (cp | 32) <= 'z')) {
                one[0] = (char)(cp | 32);
                piece = one;
            } else if (cp >= '0' && cp <= '9') {
                one[0] = (char)cp;
                piece = one;
            } else if (cp == '\'' || cp == 0x2019) {
                continue; /* O'Brien -> obrien */
            } else {
                piece = cyrillic(cp);
                if (!piece)
                    piece = ng_latin_base(cp); /* "Şahin", "Nguyễn", "Đà Nẵng" */
                if (!piece)
                    boundary = 1;
            }
        }
        if (piece && !boundary) {
            ng_buf_adds(&word, piece);
            continue;
        }
        if (word.len) {
            if (fold)
                fold_word(&word);
            if (out.len)
                ng_buf_addc(&out, '-');
            ng_buf_add(&out, word.data, word.len);
            ng_buf_clear(&word);
        }
        if (i >= n)
            break;
    }
    ng_buf_free(&word);
    if (!out.len)
        ng_buf_printf(&out, "x%016llx", (unsigned long long)ng_stable_hash(s, n));
    return ng_buf_steal(&out);
}

char *ng_slug(const char *s, size_t n)
{
    return slugify(s, n, 0);
}

char *ng_name_slug(const char *s, size_t n)
{
    return slugify(s, n, 1);
}
