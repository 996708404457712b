/*
 * kb.c - the knowledge base: making and freeing it, and the gazetteer
 * look-ups (see kb.h). Loading is in kb_load.c, the phrase index and the
 * lexicon classes in kb_index.c.
 */
#include "kb_internal.h"

#include <stdlib.h>
#include <string.h>

const char *kb_keep(ng_kb *kb, char *s)
{
    ng_vec_push(&kb->owned, s);
    return s;
}

void kb_free_strvec(ng_vec *v)
{
    for (size_t i = 0; i < v->len; i++)
        free(v->items[i]);
    ng_vec_free(v);
}

ng_kb *ng_kb_new(void)
{
    ng_kb *kb = ng_xcalloc(1, sizeof *kb);
    kb->classes = ng_map_new();
    kb->windows = ng_map_new();
    kb->defined_in = ng_map_new();
    kb->places = ng_map_new();
    kb_index_init(&kb->place_keys);
    kb->demonyms = ng_map_new();
    kb->people = ng_map_new();
    kb_index_init(&kb->person_keys);
    kb->person_folds = ng_map_new();
    kb_index_init(&kb->offices);
    kb_index_init(&kb->series);
    return kb;
}

static void free_class(const char *key, void *value, void *ctx)
{
    (void)key; (void)ctx;
    kb_index_free(value);
    free(value);
}

void ng_kb_free(ng_kb *kb)
{
    if (!kb)
        return;
    if (kb->rules && kb->free_rules)
        kb->free_rules(kb->rules);
    ng_map_each(kb->classes, free_class, NULL);
    ng_map_free(kb->classes);
    ng_map_free(kb->windows);
    ng_map_free(kb->defined_in);
    for (size_t i = 0; i < kb->place_list.len; i++) {
        ng_place *p = kb->place_list.items[i];
        free(p->slug); free(p->label); free(p->same_as);
        free(p->part_of_slug); free(p->capital_slug);
        kb_free_strvec(&p->alts);
        free(p);
    }
    for (size_t i = 0; i < kb->person_list.len; i++) {
        ng_person *p = kb->person_list.items[i];
        free(p->slug); free(p->label); free(p->same_as);
        kb_free_strvec(&p->alts);
        free(p);
    }
    for (size_t i = 0; i < kb->series_list.len; i++) {
        ng_series *s = kb->series_list.items[i];
        free(s->slug); free(s->label);
        kb_free_strvec(&s->alts);
        free(s);
    }
    for (size_t i = 0; i < kb->office_list.len; i++)
        free(kb->office_list.items[i]);
    ng_vec_free(&kb->place_list);
    ng_vec_free(&kb->person_list);
    ng_vec_free(&kb->office_list);
    ng_vec_free(&kb->series_list);
    kb_free_strvec(&kb->owned);
    ng_map_free(kb->places);
    kb_index_free(&kb->place_keys);
    ng_map_free(kb->demonyms);
    ng_map_free(kb->people);
    kb_index_free(&kb->person_keys);
    ng_map_free(kb->person_folds);
    kb_index_free(&kb->offices);
    kb_index_free(&kb->series);
    kb_words_free(kb->words);
    free(kb);
}

size_t ng_kb_match_place(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_place **out)
{
    return kb_match_longest(&kb->place_keys, t, i, end, (void **)out);
}

size_t ng_kb_match_person(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_person **out)
{
    return kb_match_longest(&kb->person_keys, t, i, end, (void **)out);
}

size_t ng_kb_match_office(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end,
                          const ng_office **out)
{
    return kb_match_longest(&kb->offices, t, i, end, (void **)out);
}

size_t ng_kb_match_series(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_series **out)
{
    return kb_match_longest(&kb->series, t, i, end, (void **)out);
}

ng_place *ng_kb_place_by_demonym(const ng_kb *kb, const ng_tokens *t, size_t i)
{
    if (i >= t->ntok)
        return NULL;
    size_t n;
    const char *s = ng_tok_lower(t, i, &n);
    return ng_map_get_hashed(kb->demonyms, s, n, t->toks[i].hash);
}

ng_place *ng_kb_place(const ng_kb *kb, const char *slug)
{
    return ng_map_get(kb->places, slug, strlen(slug));
}

ng_person *ng_kb_person_by_key(const ng_kb *kb, const char *key)
{
    size_t n = strlen(key);
    return ng_map_get_hashed(kb->person_keys.keys, key, n, kb_key_hash(key, n));
}

ng_person *ng_kb_person_by_fold(const ng_kb *kb, const char *slug)
{
    return ng_map_get(kb->person_folds, slug, strlen(slug));
}

size_t ng_kb_count_places(const ng_kb *kb) { return kb->place_list.len; }
size_t ng_kb_count_people(const ng_kb *kb) { return kb->person_list.len; }

int ng_place_within(const ng_place *a, const ng_place *b)
{
    for (int depth = 0; a && depth < 8; depth++, a = a->part_of)
        if (a == b)
            return 1;
    return 0;
}

ng_place *ng_place_region_of_capital(const ng_place *p)
{
    if ((p->classes & NG_CITY) && p->part_of && (p->part_of->classes & NG_REGION) && p->part_of->capital == p)
        return p->part_of;
    return NULL;
}

/* A tenure not given says nothing, so it holds on every day. */
int ng_known_held(const ng_known_position *k, int when)
{
    return !when || ((!k->from || k->from <= when) && (!k->until || when <= k->until));
}

const ng_known_position *ng_person_known(const ng_person *p, const char *type, int when)
{
    const ng_known_position *best = NULL;
    for (int i = 0; p && i < p->nknown; i++) {
        const ng_known_position *k = &p->known[i];
        if ((type && strcmp(k->type, type) != 0) || !ng_known_held(k, when))
            continue;
        /* tenures given by the year overlap in the year of a move: on a
         * known day the newer appointment is the one held */
        if (!best || (when && k->from > best->from))
            best = k;
    }
    return best;
}

const ng_place *ng_place_country(const ng_place *p)
{
    for (int depth = 0; p && depth < 8; depth++, p = p->part_of)
        if (p->classes & NG_COUNTRY)
            return p;
    return NULL;
}
