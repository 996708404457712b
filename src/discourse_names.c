/*
 * discourse_names.c - the coreference of names across sentences (see
 * discourse.h, "names"): which short names a person told in full may be
 * called by later, and when a short name is such a back-reference.
 * mentions.c reads the names of one sentence and asks these policies;
 * the table of short names (ng_mentions.by_surname) is theirs.
 */
#include "discourse.h"

#include <stdint.h>
#include <string.h>

/* Gives the short name key (lower case, len bytes) to person who, unless
 * a person told before holds it: the first told keeps a shared surname. */
static void give_short_name(ng_mentions *m, const char *key, size_t len, uint64_t hash, int who)
{
    if (!ng_map_get_hashed(m->by_surname, key, len, hash))
        ng_map_put(m->by_surname, key, len, (void *)(uintptr_t)(who + 1));
}

void ng_dc_name_surname(ng_mentions *m, int who)
{
    const char *s = m->persons[who].surname;
    size_t n = strlen(s);
    if (!ng_map_get(m->by_surname, s, n))
        ng_map_put(m->by_surname, s, n, (void *)(uintptr_t)(who + 1));
}

void ng_dc_name_family_first(ng_mentions *m, const ng_kb *kb, const ng_tokens *t, size_t i, size_t n, int who)
{
    if (n < 2 || who < 0 || !ng_lx_word(kb, NG_LX_FAMILY_NAME_FIRST, t, i))
        return;
    size_t len;
    const char *w = ng_tok_lower(t, i, &len);
    give_short_name(m, w, len, t->toks[i].hash, who);
}

int ng_dc_name_back_reference(const ng_mentions *m, const ng_kb *kb, const ng_tokens *t, size_t i, size_t end)
{
    size_t n;
    const char *s = ng_tok_lower(t, i, &n);
    uintptr_t k = (uintptr_t)ng_map_get_hashed(m->by_surname, s, n, t->toks[i].hash);
    if (!k)
        return -1;
    /* a place's name is never a surname here ("Minsk", "Kazan") */
    ng_place *place = NULL;
    return ng_kb_match_place(kb, t, i, end, &place) ? -1 : (int)(k - 1);
}
