/*
 * gold.c - a small JSON reader for gold.json and the matching of facts
 * against it (see gold.h).
 */
#include "gold.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 64

enum { J_NULL = 1, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ };

typedef struct jv jv;
struct jv {
    int type;
    char *str;        /* J_STR */
    double num;       /* J_NUM, J_BOOL */
    jv **items;       /* J_ARR, J_OBJ (values) */
    char **keys;      /* J_OBJ */
    size_t len;
};

struct ng_gold {
    jv *root;
    const jv *docs;   /* "documents" */
};

static void jv_free(jv *v)
{
    if (!v)
        return;
    free(v->str);
    for (size_t i = 0; i < v->len; i++) {
        jv_free(v->items[i]);
        if (v->keys)
            free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v);
}

typedef struct {
    const char *p;
    int failed;
} jparser;

static void skip_ws(jparser *jp)
{
    while (isspace((unsigned char)*jp->p))
        jp->p++;
}

static void put_utf8(ng_buf *b, unsigned cp)
{
    char c[4];
    if (cp < 0x80) {
        ng_buf_addc(b, (char)cp);
    } else if (cp < 0x800) {
        c[0] = (char)(0xC0 | cp >> 6), c[1] = (char)(0x80 | (cp & 0x3F));
        ng_buf_add(b, c, 2);
    } else {
        c[0] = (char)(0xE0 | cp >> 12), c[1] = (char)(0x80 | (cp >> 6 & 0x3F)), c[2] = (char)(0x80 | (cp & 0x3F));
        ng_buf_add(b, c, 3);
    }
}

static char *parse_string(jparser *jp)
{
    ng_buf b;
    ng_buf_init(&b);
    jp->p++;
    while (*jp->p && *jp->p != '"') {
        char c = *jp->p++;
        if (c != '\\') {
            ng_buf_addc(&b, c);
            continue;
        }
        c = *jp->p++;
        switch (c) {
        case 'n': ng_buf_addc(&b, '\n'); break;
        case 't': ng_buf_addc(&b, '\t'); break;
        case 'r': case 'b': case 'f': ng_buf_addc(&b, ' '); break;
        case 'u': {
            unsigned cp = 0;
            for (int i = 0; i < 4 && isxdigit((unsigned char)*jp->p); i++, jp->p++)
                cp = cp * 16 + (unsigned)(isdigit((unsigned char)*jp->p) ? *jp->p - '0' : (tolower(*jp->p) - 'a' + 10));
            put_utf8(&b, cp);
            break;
        }
        case '\0': jp->failed = 1; jp->p--; break;
        default: ng_buf_addc(&b, c); break;
        }
    }
    if (*jp->p != '"')
        jp->failed = 1;
    else
        jp->p++;
    return ng_buf_steal(&b);
}

static jv *parse_value(jparser *jp, int depth);

static void push_item(jv *v, jv *item, char *key)
{
    v->items = ng_xrealloc(v->items, (v->len + 1) * sizeof *v->items);
    if (v->type == J_OBJ)
        v->keys = ng_xrealloc(v->keys, (v->len + 1) * sizeof *v->keys), v->keys[v->len] = key;
    v->items[v->len++] = item;
}

static jv *parse_container(jparser *jp, int depth, int type, char close)
{
    jv *v = ng_xcalloc(1, sizeof *v);
    v->type = type;
    jp->p++;
    skip_ws(jp);
    if (*jp->p == close) {
        jp->p++;
        return v;
    }
    while (!jp->failed) {
        skip_ws(jp);
        char *key = NULL;
        if (type == J_OBJ) {
            if (*jp->p != '"') {
                jp->failed = 1;
                break;
            }
            key = parse_string(jp);
            skip_ws(jp);
            if (*jp->p++ != ':')
                jp->failed = 1;
        }
        jv *item = parse_value(jp, depth + 1);
        push_item(v, item, key);
        if (!item)
            jp->failed = 1;
        skip_ws(jp);
        if (*jp->p == ',') {
            jp->p++;
        } else if (*jp->p == close) {
            jp->p++;
            break;
        } else {
            jp->failed = 1;
        }
    }
    return v;
}

static jv *parse_value(jparser *jp, int depth)
{
    skip_ws(jp);
    if (depth > MAX_DEPTH || jp->failed) {
        jp->failed = 1;
        return NULL;
    }
    char c = *jp->p;
    if (c == '{')
        return parse_container(jp, depth, J_OBJ, '}');
    if (c == '[')
        return parse_container(jp, depth, J_ARR, ']');
    jv *v = ng_xcalloc(1, sizeof *v);
    if (c == '"') {
        v->type = J_STR;
        v->str = parse_string(jp);
    } else if (strncmp(jp->p, "null", 4) == 0) {
        v->type = J_NULL;
        jp->p += 4;
    } else if (strncmp(jp->p, "true", 4) == 0 || strncmp(jp->p, "false", 5) == 0) {
        v->type = J_BOOL;
        v->num = c == 't';
        jp->p += c == 't' ? 4 : 5;
    } else {
        char *end;
        v->type = J_NUM;
        v->num = strtod(jp->p, &end);
        if (end == jp->p)
            jp->failed = 1;
        jp->p = end;
    }
    return v;
}

static const jv *get(const jv *o, const char *key)
{
    if (!o || o->type != J_OBJ)
        return NULL;
    for (size_t i = 0; i < o->len; i++)
        if (strcmp(o->keys[i], key) == 0)
            return o->items[i];
    return NULL;
}

ng_gold *ng_gold_read(const char *path, char *err, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: cannot open gold file", path);
        return NULL;
    }
    ng_buf b;
    ng_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        ng_buf_add(&b, chunk, n);
    fclose(f);
    char *text = ng_buf_steal(&b);
    jparser jp = {text, 0};
    jv *root = parse_value(&jp, 0);
    skip_ws(&jp);
    const jv *docs = get(root, "documents");
    if (jp.failed || *jp.p || !docs || docs->type != J_OBJ) {
        snprintf(err, errlen, "%s: not a gold file (JSON with \"documents\"), near byte %zu", path,
                 (size_t)(jp.p - text));
        jv_free(root);
        free(text);
        return NULL;
    }
    free(text);
    ng_gold *g = ng_xcalloc(1, sizeof *g);
    g->root = root;
    g->docs = docs;
    return g;
}

void ng_gold_free(ng_gold *g)
{
    if (!g)
        return;
    jv_free(g->root);
    free(g);
}

/* ---- folding -------------------------------------------------------- */

/* Lower-case ASCII letters and digits, words split by one space; other
 * bytes dropped; "the" dropped; word ends folded as transliterations vary
 * ("Aleksandr"/"Alexander", "Dmitriy"/"Dmitry", "Sergey"/"Sergei"). */
static void fold(const char *s, char *out, size_t outlen)
{
    char word[128];
    size_t o = 0;
    out[0] = '\0';
    while (*s) {
        size_t w = 0;
        while (*s && !isalnum((unsigned char)*s))
            s++;
        while (*s && (isalnum((unsigned char)*s) || *s == '\'' || (unsigned char)*s >= 0x80)) {
            if (isalnum((unsigned char)*s) && w + 1 < sizeof word)
                word[w++] = (char)tolower((unsigned char)*s);
            s++;
        }
        word[w] = '\0';
        if (!w || strcmp(word, "the") == 0)
            continue;
        char *k;
        while ((k = strstr(word, "ks")))
            memmove(k + 1, k + 2, strlen(k + 2) + 1), *k = 'x';
        size_t l = strlen(word);
        if (l > 4 && strcmp(word + l - 4, "andr") == 0)
            strcpy(word + l - 4, "ander");
        else if (l > 2 && (strcmp(word + l - 2, "iy") == 0 || strcmp(word + l - 2, "yi") == 0))
            strcpy(word + l - 2, "i");
        else if (l > 2 && strcmp(word + l - 2, "ey") == 0)
            strcpy(word + l - 2, "ei");
        else if (l > 1 && word[l - 1] == 'y')
            word[l - 1] = 'i';
        if (!strcmp(word, "oblast") || !strcmp(word, "krai") || !strcmp(word, "province"))
            strcpy(word, "region");
        int n = snprintf(out + o, outlen - o, "%s%s", o ? " " : "", word);
        if (n < 0 || (size_t)n >= outlen - o)
            break;
        o += (size_t)n;
    }
}

static const char *surname(const char *folded)
{
    const char *sp = strrchr(folded, ' ');
    return sp ? sp + 1 : folded;
}

/* A gold name (a string, or a list of variants) against a name. */
static int name_is(const jv *gold, const char *name, int by_surname)
{
    if (gold && gold->type == J_ARR) {
        for (size_t i = 0; i < gold->len; i++)
            if (name_is(gold->items[i], name, by_surname))
                return 1;
        return 0;
    }
    if (!gold || gold->type != J_STR)
        return 0;
    char a[256], b[256];
    fold(gold->str, a, sizeof a);
    fold(name, b, sizeof b);
    return by_surname ? strcmp(surname(a), surname(b)) == 0 : strcmp(a, b) == 0;
}

static const jv *article_gold(const ng_gold *g, const char *name)
{
    const char *base = strrchr(name, '/');
    return get(g->docs, base ? base + 1 : name);
}

static int same_people(const jv *gold, const ng_article *a, const ng_event *e)
{
    if (!gold || gold->type != J_ARR || gold->len != (size_t)e->nparticipants)
        return 0;
    for (int i = 0; i < e->nparticipants; i++) {
        int found = 0;
        for (size_t k = 0; k < gold->len && !found; k++)
            found = name_is(gold->items[k], a->mentions.persons[e->participants[i]].label, 1);
        if (!found)
            return 0;
    }
    return 1;
}

int ng_gold_has_event(const ng_gold *g, const char *name, const ng_article *a, const ng_event *e)
{
    const jv *doc = article_gold(g, name);
    if (!doc)
        return -1;
    const jv *list = get(doc, e->is_forum ? "forums" : "meetings");
    for (size_t i = 0; list && list->type == J_ARR && i < list->len; i++) {
        const jv *x = list->items[i];
        if (!e->is_forum && same_people(get(x, "participants"), a, e))
            return 1;
        if (e->is_forum && name_is(get(x, "name"), e->label, 0)) {
            const jv *ed = get(x, "edition");
            if (!e->edition || !ed || ed->type != J_NUM || (int)ed->num == e->edition)
                return 1;
        }
    }
    return 0;
}

int ng_gold_has_position(const ng_gold *g, const char *name, const ng_article *a, const ng_xposition *p)
{
    const jv *doc = article_gold(g, name);
    if (!doc)
        return -1;
    const jv *people = get(doc, "persons");
    for (size_t i = 0; people && people->type == J_ARR && i < people->len; i++) {
        const jv *who = people->items[i];
        if (!name_is(get(who, "name"), a->mentions.persons[p->person].label, 1))
            continue;
        const jv *pos = get(who, "positions");
        for (size_t k = 0; pos && pos->type == J_ARR && k < pos->len; k++) {
            const jv *t = get(pos->items[k], "type");
            if (t && t->type == J_STR && strcmp(t->str, p->type) == 0)
                return 1;
        }
    }
    return 0;
}
