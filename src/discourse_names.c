/*
 * discourse_names.c - the coreference of people across sentences (see
 * discourse.h, "names"): which short names a person told in full may be
 * called by later, and when a short name is such a back-reference
 * (mentions.c reads the names of one sentence and asks; the table of short
 * names, ng_mentions.by_surname, is these policies'); whom a title used as
 * a reference ("the governor") and a pronoun stand for (positions.c asks).
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

int ng_dc_title_holder(const ng_mentions *m, const ng_mention *x, const char *type, const ng_place *place, int subject,
                       const ng_place **held)
{
    int best = -1;
    size_t best_tok = 0;
    *held = place;
    for (size_t i = 0; i < m->npositions; i++) {
        const ng_xposition *p = &m->positions[i];
        if (p->tok >= x->tok_start || strcmp(p->type, type) != 0)
            continue;
        if (place && p->jurisdiction && !ng_place_within(p->jurisdiction, place) &&
            !ng_place_within(place, p->jurisdiction))
            continue;
        /* the subject's office outranks the others; then the one told last */
        int mine = p->person == subject, best_mine = best >= 0 && best == subject;
        if (best < 0 || mine > best_mine || (mine == best_mine && p->tok >= best_tok)) {
            best = p->person;
            best_tok = p->tok;
            *held = p->jurisdiction;
        }
    }
    if (best >= 0)
        return best;
    int found = -1, count = 0;
    for (size_t i = 0; i < m->npersons; i++) {
        /* the office of that type the person held on the article's day */
        const ng_known_position *k = ng_person_known(m->persons[i].known, type, m->as_of);
        if (!k || (place && k->jurisdiction && !ng_place_within(k->jurisdiction, place)))
            continue;
        found = (int)i;
        count++;
        *held = k->jurisdiction;
    }
    return count == 1 ? found : -1;
}

/* "During his stay in Istanbul, X met Y", "When she arrived, X said": a
 * pronoun inside the phrase that opens the sentence (not its first word)
 * stands for the subject named right after the phrase's comma. The
 * person, or -1. */
static int opening_phrase_subject(const ng_mentions *m, const ng_tokens *t, const ng_sentence *sen, size_t mi)
{
    size_t p = m->items[mi].tok_start;
    if (p == sen->tok_start)
        return -1;
    for (size_t k = sen->tok_start; k < p; k++)
        if (ng_tok_is(t, k, ','))
            return -1;
    size_t comma = p + 1;
    while (comma < sen->tok_end && comma < p + 8 && !ng_tok_is(t, comma, ','))
        comma++;
    if (comma >= sen->tok_end || !ng_tok_is(t, comma, ','))
        return -1;
    size_t k = ng_mention_at(m, comma + 1);
    if (k != (size_t)-1 && (m->items[k].kind == NG_M_NAME || m->items[k].kind == NG_M_OFFICE))
        return m->items[k].person;
    return -1;
}

int ng_dc_pronoun_antecedent(const ng_mentions *m, const ng_doc *doc, const ng_sentences *s, size_t mi,
                             int last_person)
{
    const ng_tokens *t = &doc->toks;
    size_t si = ng_sentence_of(s, m->items[mi].tok_start);
    if (si == (size_t)-1 || si == 0)
        return last_person;
    for (size_t k = mi; k > 0; k--) {
        const ng_mention *x = &m->items[k - 1];
        if (x->tok_start < s->items[si].tok_start)
            break;
        if ((x->kind == NG_M_NAME || x->kind == NG_M_OFFICE) && !(t->toks[x->tok_start].flags & NG_TF_QUOTED))
            return last_person; /* someone of its own sentence */
    }
    int ahead = opening_phrase_subject(m, t, &s->items[si], mi);
    if (ahead >= 0)
        return ahead;
    int subject = ng_dc_previous_subject(m, doc, s, si);
    return subject >= 0 ? subject : last_person;
}

int ng_dc_headline_subject(const ng_mentions *m, const ng_doc *doc, const ng_sentences *s, const ng_kb *kb,
                           size_t after)
{
    const ng_tokens *t = &doc->toks;
    if (!ng_lx_match(kb, NG_LX_MEETING_TRIGGER, t, after, t->ntok, NULL))
        return -1;
    /* the body's first person, who opens the lead: past its dateline, or
     * an agency's mark and a dash ("KAZINFORM - X received ...") */
    for (size_t k = 0; k < m->len; k++) {
        const ng_mention *x = &m->items[k];
        size_t si = ng_sentence_of(s, x->tok_start);
        if (si == (size_t)-1 || s->items[si].kind != NG_PARA_BODY || x->kind != NG_M_NAME || x->person < 0)
            continue;
        size_t from = s->items[si].tok_start;
        if (from < doc->dateline_after && doc->dateline_after <= x->tok_start)
            from = doc->dateline_after;
        if (x->tok_start > from + 2 || (k > 0 && m->items[k - 1].tok_start >= from))
            return -1;
        return ng_lx_match(kb, NG_LX_MEETING_TRIGGER, t, x->tok_end, s->items[si].tok_end, NULL) ? x->person : -1;
    }
    return -1;
}

int ng_dc_previous_subject(const ng_mentions *m, const ng_doc *doc, const ng_sentences *s, size_t si)
{
    if (si == (size_t)-1 || si == 0)
        return -1;
    const ng_sentence *pv = &s->items[si - 1];
    if (pv->para != s->items[si].para)
        return -1;
    for (size_t k = ng_mentions_from(m, pv->tok_start); k < m->len && m->items[k].tok_start < pv->tok_end; k++) {
        const ng_mention *x = &m->items[k];
        if ((x->kind == NG_M_NAME || x->kind == NG_M_OFFICE) && x->person >= 0 &&
            !(doc->toks.toks[x->tok_start].flags & NG_TF_QUOTED))
            return x->person;
    }
    return -1;
}
