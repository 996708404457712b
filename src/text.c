/*
 * text.c - UTF-8 validation and normalization (see text.h).
 */
#include "text.h"
#include "util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

int ng_is_latin_letter(uint32_t cp)
{
    return (cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 && cp != 0x00F7) || cp == 0x0259 ||
           (cp >= 0x1E00 && cp <= 0x1EFF);
}

const char *ng_latin_base(uint32_t cp)
{
    /* letters without a decomposition */
    switch (cp) {
    case 0x0110: case 0x0111: return "d"; /* Đ đ */
    case 0x0131: return "i";              /* ı */
    case 0x018F: case 0x0259: return "a"; /* Ə ə */
    case 0x00D8: case 0x00F8: return "o"; /* Ø ø */
    case 0x0141: case 0x0142: return "l"; /* Ł ł */
    case 0x0126: case 0x0127: return "h"; /* Ħ ħ */
    case 0x00DF: return "ss";             /* ß */
    default: break;
    }
    if (!ng_is_latin_letter(cp))
        return NULL;
    static const char letters[26][2] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
                                        "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z"};
    utf8proc_int32_t out[4];
    int opt = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)cp, out, 4,
                                                 UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD, &opt);
    if (n != 1 || out[0] > 0x7F)
        return NULL;
    utf8proc_int32_t c = out[0] >= 'A' && out[0] <= 'Z' ? out[0] + 32 : out[0];
    return c >= 'a' && c <= 'z' ? letters[c - 'a'] : NULL;
}

size_t ng_utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (n == 0)
        return 0;
    unsigned char c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    uint32_t v, min;
    if ((c & 0xE0) == 0xC0) {
        len = 2; v = c & 0x1F; min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        len = 3; v = c & 0x0F; min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        len = 4; v = c & 0x07; min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}

size_t ng_utf8_invalid_at(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        /* ASCII eight bytes at a time: most of any text */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = ng_utf8_decode(s + i, n - i, &cp);
        if (!k)
            return i;
        i += k;
    }
    return (size_t)-1;
}

char *ng_utf8_repair(const unsigned char *s, size_t n, size_t *outlen, size_t *first_bad, size_t *nbad)
{
    *first_bad = ng_utf8_invalid_at(s, n);
    *nbad = 0;
    if (*first_bad == (size_t)-1)
        return NULL;
    ng_buf b;
    ng_buf_init(&b);
    ng_buf_add(&b, s, *first_bad);
    size_t i = *first_bad;
    while (i < n) {
        uint32_t cp;
        size_t k = s[i] < 0x80 ? 1 : ng_utf8_decode(s + i, n - i, &cp);
        if (k) {
            ng_buf_add(&b, s + i, k);
            i += k;
            continue;
        }
        /* one U+FFFD for each byte that starts no valid sequence: the
         * count of replacements tells how many bytes were lost */
        ng_buf_add(&b, "\xEF\xBF\xBD", 3);
        (*nbad)++;
        i++;
    }
    *outlen = b.len;
    return ng_buf_steal(&b);
}

int ng_utf8_is_clean(const char *s)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t n = strlen(s), i = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = u[i] < 0x80 ? 1 : ng_utf8_decode(u + i, n - i, &cp);
        if (!k || (u[i] >= 0x80 && ng_utf8_is_noncharacter(cp)))
            return 0;
        i += k;
    }
    return 1;
}

char *ng_utf8_percent_bad(const char *s)
{
    ng_buf b;
    ng_buf_init(&b);
    const unsigned char *u = (const unsigned char *)s;
    size_t n = strlen(s), i = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = u[i] < 0x80 ? 1 : ng_utf8_decode(u + i, n - i, &cp);
        /* U+FFF0..U+FFFF (U+FFFD among them) are no IRI characters either */
        int bad = !k || (u[i] >= 0x80 && (ng_utf8_is_noncharacter(cp) || (cp >= 0xFFF0 && cp <= 0xFFFF)));
        for (size_t j = 0; j < (k ? k : 1); j++) {
            if (bad)
                ng_buf_printf(&b, "%%%02X", u[i + j]);
            else
                ng_buf_addc(&b, (char)u[i + j]);
        }
        i += k ? k : 1;
    }
    return ng_buf_steal(&b);
}

char *ng_utf8_scrub(const char *s)
{
    ng_buf b;
    ng_buf_init(&b);
    const unsigned char *u = (const unsigned char *)s;
    size_t n = strlen(s), i = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = u[i] < 0x80 ? 1 : ng_utf8_decode(u + i, n - i, &cp);
        if (!k || (u[i] >= 0x80 && ng_utf8_is_noncharacter(cp))) {
            ng_buf_add(&b, "\xEF\xBF\xBD", 3);
            i += k ? k : 1;
        } else {
            ng_buf_add(&b, s + i, k);
            i += k;
        }
    }
    return ng_buf_steal(&b);
}

char *ng_utf8_printable(const char *s)
{
    ng_buf b;
    ng_buf_init(&b);
    const unsigned char *u = (const unsigned char *)s;
    size_t n = strlen(s), i = 0;
    while (i < n) {
        uint32_t cp;
        size_t k = u[i] < 0x80 ? 1 : ng_utf8_decode(u + i, n - i, &cp);
        if (k && u[i] >= 0x20) {
            ng_buf_add(&b, u + i, k);
            i += k;
        } else {
            ng_buf_printf(&b, "\\x%02X", u[i]);
            i++;
        }
    }
    return ng_buf_steal(&b);
}

/* A \uD800..\uDFFF escape that is not half of a pair becomes \uFFFD (the
 * same length): jansson refuses a line with one, and one such character
 * is no reason to lose the article. */
size_t ng_json_fix_lone_surrogates(char *s, size_t n)
{
    size_t fixed = 0;
    for (size_t i = 0; i + 5 < n; i++) {
        if (s[i] != '\\')
            continue;
        if (s[i + 1] != 'u') {
            i++; /* an escaped character, perhaps a backslash */
            continue;
        }
        char *h = s + i + 2;
        int high = (h[0] | 32) == 'd' && h[1] && strchr("89abAB", h[1]) && isxdigit((unsigned char)h[2]) &&
                   isxdigit((unsigned char)h[3]);
        int low = (h[0] | 32) == 'd' && h[1] && strchr("cdefCDEF", h[1]) && isxdigit((unsigned char)h[2]) &&
                  isxdigit((unsigned char)h[3]);
        if (high && i + 11 < n && s[i + 6] == '\\' && s[i + 7] == 'u' && (s[i + 8] | 32) == 'd' &&
            s[i + 9] && strchr("cdefCDEF", s[i + 9]) && isxdigit((unsigned char)s[i + 10]) && isxdigit((unsigned char)s[i + 11])) {
            i += 11; /* a pair */
            continue;
        }
        if (high || low) {
            memcpy(h, "FFFD", 4);
            fixed++;
        }
        i += 5;
    }
    return fixed;
}

int ng_utf8_is_noncharacter(uint32_t cp)
{
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xD800 && cp <= 0xDFFF);
}

size_t ng_utf8_count(const char *s, size_t n)
{
    size_t count = 0, i = 0;
    /* eight bytes at a time: a continuation byte is 10xxxxxx, its top bit
     * set and the next one clear */
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        count += 8 - (size_t)__builtin_popcountll(w & ~(w << 1) & 0x8080808080808080ULL);
    }
    for (; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            count++;
    return count;
}

int ng_text_is_binary(const unsigned char *s, size_t n)
{
    if (n && memchr(s, 0, n))
        return 1;
    size_t controls = 0;
    for (size_t i = 0; i < n;) {
        if (i + 8 <= n) { /* eight bytes none of which is below 0x20: most of any text */
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (!((w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
        controls += s[i] < 0x20 && s[i] != '\n' && s[i] != '\r' && s[i] != '\t' && s[i] != '\f';
        i++;
    }
    return n > 0 && controls * 20 > n;
}

/* What a code point becomes: a replacement string, "" to drop it, or NULL
 * to keep it as it is. */
static const char *normal_form(uint32_t cp)
{
    switch (cp) {
    case '\r': case '\f': case '\v':
        return "\n";
    case '\t':
        return " ";
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
        return " ";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
        return "";
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x00B4:
        return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0x2033:
        return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212:
        return "-";
    case 0x2026:
        return "...";
    case 0x2028: case 0x2029:
        return "\n";
    default:
        break;
    }
    if (cp >= 0x2000 && cp <= 0x200A)
        return " ";
    if (cp < 0x20 && cp != '\n')
        return " ";
    if (cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
        return " ";
    /* U+FFFE, U+FFFF and the other noncharacters are for a program's own
     * use, never for interchange: the RDF writers and readers downstream
     * treat them as they please (raptor's Turtle writer cut literals short
     * at them), so they become the replacement character */
    if (ng_utf8_is_noncharacter(cp))
        return "\xEF\xBF\xBD";
    return NULL;
}

/* Whether NFC leaves cp as it is wherever it stands, as long as every
 * other character of the text is such a one too: a starter (combining
 * class 0, no mark) that NFC does not replace and that is no second part
 * of a composition (the Hangul jamo are the ones that are not marks).
 * Below U+0300 every character is one; above, each code point of the BMP
 * is asked of utf8proc once and the answer kept (0 unknown, 1 yes, 2 no;
 * threads that ask at once find the same answer). */
static int nfc_inert(uint32_t cp)
{
    static _Atomic unsigned char known[0x10000];
    if (cp < 0x300)
        return 1;
    if (cp > 0xFFFF)
        return 0;
    unsigned char k = known[cp];
    if (k)
        return k == 1;
    const utf8proc_property_t *p = utf8proc_get_property((utf8proc_int32_t)cp);
    int inert = p->combining_class == 0 && p->category != UTF8PROC_CATEGORY_MN &&
                p->category != UTF8PROC_CATEGORY_MC && p->category != UTF8PROC_CATEGORY_ME &&
                !(cp >= 0x1100 && cp <= 0x11FF) && !(cp >= 0xD800 && cp <= 0xDFFF);
    if (inert) {
        utf8proc_uint8_t one[4], *dst = NULL;
        utf8proc_ssize_t n = utf8proc_encode_char((utf8proc_int32_t)cp, one);
        utf8proc_ssize_t len = utf8proc_map(one, n, &dst, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        inert = len == n && memcmp(dst, one, (size_t)n) == 0;
        free(dst);
    }
    known[cp] = inert ? 1 : 2;
    return inert;
}

/* NFC through utf8proc: the same name typed with combining marks (NFD,
 * as some editors and macOS file systems write it) and precomposed gets
 * the same tokens and IRIs. Returns NULL when s needs no change (ASCII,
 * text of characters NFC leaves alone, which is most text in Latin or
 * Cyrillic letters, or utf8proc refuses it; callers pass valid UTF-8). */
static char *to_nfc(const char *s, size_t n, size_t *outlen)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        if (u[i] < 0x80) {
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = ng_utf8_decode(u + i, n - i, &cp);
        if (!k || !nfc_inert(cp))
            break;
        i += k;
    }
    if (i == n || n > (size_t)PTRDIFF_MAX / 8)
        return NULL;
    utf8proc_uint8_t *dst = NULL;
    utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &dst,
                                        UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (len < 0) {
        free(dst);
        return NULL;
    }
    *outlen = (size_t)len;
    return (char *)dst;
}

/* The folds of normal_form over s[0..n). */
static char *fold(const char *s, size_t n, size_t *outlen)
{
    ng_buf b;
    ng_buf_init(&b);
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        /* printable ASCII stays as it is: copy the run at once */
        size_t run = i;
        while (run + 8 <= n) { /* eight bytes at a time: none below 0x20, none from 0x7F up */
            uint64_t w;
            memcpy(&w, u + run, 8);
            const uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
            if (((w - ones * 0x20) | ((w & ~highs) + ones) | w) & highs)
                break;
            run += 8;
        }
        while (run < n && u[run] >= 0x20 && u[run] < 0x7F)
            run++;
        if (run > i) {
            ng_buf_add(&b, s + i, run - i);
            i = run;
            continue;
        }
        uint32_t cp;
        size_t k = ng_utf8_decode(u + i, n - i, &cp);
        if (!k) { /* callers repair first; stay safe anyway */
            ng_buf_add(&b, "\xEF\xBF\xBD", 3);
            i++;
            continue;
        }
        if (cp == '\r' && i + 1 < n && u[i + 1] == '\n') {
            i++;
            continue;
        }
        const char *rep = normal_form(cp);
        if (rep)
            ng_buf_adds(&b, rep);
        else
            ng_buf_add(&b, s + i, k);
        i += k;
    }
    *outlen = b.len;
    return ng_buf_steal(&b);
}

/* Folds first, then NFC: a fold that drops a character (a soft hyphen
 * between a letter and its combining mark) can leave a sequence that only
 * composes afterwards, and NFC makes none of the characters folded, so
 * normalizing twice gives what normalizing once gave. */
char *ng_text_normalize(const char *s, size_t n, size_t *outlen)
{
    char *folded = fold(s, n, outlen);
    size_t len;
    char *nfc = to_nfc(folded, *outlen, &len);
    if (!nfc)
        return folded;
    free(folded);
    *outlen = len;
    return nfc;
}
