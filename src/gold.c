/*
 * gold.c - gold.json read through jansson, and the matching of facts
 * against it (see gold.h).
 */
#include "gold.h"

#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct ng_gold {
    json_t *root;
    const json_t *docs;   /* "documents" */
};

ng_gold *ng_gold_read(const char *path, char *err, size_t errlen)
{
    json_error_t je;
    /* "-" is standard input (--gold -) */
    int in = strcmp(path, "-") == 0;
    json_t *root = in ? json_loadf(stdin, JSON_REJECT_DUPLICATES, &je) : json_load_file(path, JSON_REJECT_DUPLICATES, &je);
    if (in)
        path = "standard input";
    if (!root) {
        snprintf(err, errlen, "%s:%d:%d: not JSON: %s", path, je.line, je.column, je.text);
        return NULL;
    }
    const json_t *docs = json_object_get(root, "documents");
    if (!json_is_object(docs)) {
        snprintf(err, errlen, "%s: not a gold file (no \"documents\" object)", path);
        json_decref(root);
        return NULL;
    }
    ng_gold *g = ng_xcalloc(1, sizeof *g);
    g->root = root;
    g->docs = docs;
    return g;
}

void ng_gold_free(ng_gold *g)
{
    if (!g)
        return;
    json_decref(g->root);
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
static int name_is(const json_t *gold, const char *name, int by_surname)
{
    if (json_is_array(gold)) {
        for (size_t i = 0; i < json_array_size(gold); i++)
            if (name_is(json_array_get(gold, i), name, by_surname))
                return 1;
        return 0;
    }
    if (!json_is_string(gold))
        return 0;
    char a[256], b[256];
    fold(json_string_value(gold), a, sizeof a);
    fold(name, b, sizeof b);
    return by_surname ? strcmp(surname(a), surname(b)) == 0 : strcmp(a, b) == 0;
}

static const json_t *article_gold(const ng_gold *g, const char *name)
{
    const char *base = strrchr(name, '/');
    return json_object_get(g->docs, base ? base + 1 : name);
}

static int same_people(const json_t *gold, const ng_article *a, const ng_event *e)
{
    if (!json_is_array(gold) || json_array_size(gold) != (size_t)e->nparticipants)
        return 0;
    for (int i = 0; i < e->nparticipants; i++) {
        int found = 0;
        for (size_t k = 0; k < json_array_size(gold) && !found; k++)
            found = name_is(json_array_get(gold, k), a->mentions.persons[e->participants[i]].label, 1);
        if (!found)
            return 0;
    }
    return 1;
}

int ng_gold_has_event(const ng_gold *g, const char *name, const ng_article *a, const ng_event *e)
{
    const json_t *doc = article_gold(g, name);
    if (!doc)
        return -1;
    const json_t *list = json_object_get(doc, e->is_forum ? "forums" : "meetings");
    for (size_t i = 0; i < json_array_size(list); i++) {
        const json_t *x = json_array_get(list, i);
        if (!e->is_forum && same_people(json_object_get(x, "participants"), a, e))
            return 1;
        if (e->is_forum && name_is(json_object_get(x, "name"), e->label, 0)) {
            const json_t *ed = json_object_get(x, "edition");
            if (!e->edition || !json_is_number(ed) || (int)json_number_value(ed) == e->edition)
                return 1;
        }
    }
    return 0;
}

int ng_gold_has_position(const ng_gold *g, const char *name, const ng_article *a, const ng_xposition *p)
{
    const json_t *doc = article_gold(g, name);
    if (!doc)
        return -1;
    const json_t *people = json_object_get(doc, "persons");
    for (size_t i = 0; i < json_array_size(people); i++) {
        const json_t *who = json_array_get(people, i);
        if (!name_is(json_object_get(who, "name"), a->mentions.persons[p->person].label, 1))
            continue;
        const json_t *pos = json_object_get(who, "positions");
        for (size_t k = 0; k < json_array_size(pos); k++) {
            const json_t *t = json_object_get(json_array_get(pos, k), "type");
            if (json_is_string(t) && strcmp(json_string_value(t), p->type) == 0)
                return 1;
        }
    }
    return 0;
}
