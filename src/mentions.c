/*
 * mentions.c - people, places, titles and pronouns (see mentions.h).
 *
 * One left-to-right pass per sentence. At each token the longest thing
 * wins: a known person ("Vladimir Putin") before a place ("Vladimir"), a
 * region ("Moscow Oblast") before its city. Unknown people are found by a
 * given name from the lexicon followed by a capitalized surname; after
 * that, the surname alone refers to them (the discourse policies of
 * discourse_names.c decide which short names refer back, and to whom).
 */
#include "discourse.h"
#include "mentions.h"
#include "resolve.h"

#include <stdlib.h>
#include <string.h>

static ng_mention *add_mention(ng_mentions *m, size_t a, size_t b, int kind)
{
    if (m->len == m->cap) {
        m->cap = m->cap ? m->cap * 2 : 64;
        m->items = ng_xrealloc(m->items, m->cap * sizeof *m->items);
    }
    ng_mention *x = &m->items[m->len++];
    memset(x, 0, sizeof *x);
    x->tok_start = a;
    x->tok_end = b;
    x->kind = kind;
    x->person = -1;
    return x;
}

static int words_in(const ng_tokens *t, size_t a, size_t b)
{
    int n = 0;
    for (size_t k = a; k < b; k++)
        n += t->toks[k].kind == NG_TOK_WORD;
    return n;
}

static void add_form(ng_xperson *p, const char *form)
{
    if (!strchr(form, ' '))
        return;
    if (strcmp(form, p->label) == 0)
        return;
    for (size_t i = 0; i < p->forms.len; i++)
        if (strcmp(p->forms.items[i], form) == 0)
            return;
    ng_vec_push(&p->forms, ng_xstrdup(form));
}

static char *last_word_lower(const char *name)
{
    const char *sp = strrchr(name, ' ');
    char *w = ng_xstrdup(sp ? sp + 1 : name);
    for (char *c = w; *c; c++)
        if (*c >= 'A' && *c <= 'Z')
            *c = (char)(*c + 32);
    return w;
}

static int intern(ng_mentions *m, const ng_person *known, const char *form)
{
    char *slug = known ? ng_xstrdup(known->slug) : ng_name_slug(form, strlen(form));
    uintptr_t have = (uintptr_t)ng_map_get(m->by_slug, slug, strlen(slug));
    if (have) {
        free(slug);
        add_form(&m->persons[have - 1], form);
        return (int)(have - 1);
    }
    if (m->npersons == m->pcap) {
        m->pcap = m->pcap ? m->pcap * 2 : 16;
        m->persons = ng_xrealloc(m->persons, m->pcap * sizeof *m->persons);
    }
    ng_xperson *p = &m->persons[m->npersons];
    memset(p, 0, sizeof *p);
    p->slug = slug;
    p->known = known;
    p->label = ng_xstrdup(known ? known->label : form);
    p->surname = last_word_lower(p->label);
    add_form(p, form);
    ng_map_put(m->by_slug, slug, strlen(slug), (void *)(uintptr_t)(m->npersons + 1));
    ng_dc_name_surname(m, (int)m->npersons);
    return (int)m->npersons++;
}

static int is_word_upper(const ng_tokens *t, size_t i, size_t end)
{
    return i < end && t->toks[i].kind == NG_TOK_WORD && (t->toks[i].flags & NG_TF_UPPER);
}

/* A word that can be a surname: capitalized, not a known place, title,
 * month or other word that follows given names by accident. */
static int surname_ok(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end)
{
    if (!is_word_upper(t, i, end) || (t->toks[i].flags & NG_TF_NEWLINE))
        return 0;
    if (ng_lx_word(kb, NG_LX_NOT_SURNAME, t, i) || ng_lx_word(kb, NG_LX_GIVEN_NAME, t, i) ||
        ng_lx_word(kb, NG_LX_NAME_PARTICLE, t, i))
        return 0;
    ng_place *pl;
    const ng_office *of;
    if (ng_kb_match_place(kb, t, i, end, &pl) || ng_kb_match_office(kb, t, i, end, &of))
        return 0;
    return 1;
}

/* The particles from j that join the words of a name ("Al", "bin",
 * "van der"), each followed by a space: how many. */
static size_t particles_at(const ng_kb *kb, const ng_tokens *t, size_t j, size_t end)
{
    size_t k = j;
    while (k + 1 < end && ng_lx_word(kb, NG_LX_NAME_PARTICLE, t, k) && (t->toks[k].flags & NG_TF_SPACE) &&
           (t->toks[k + 1].flags & NG_TF_SPACE))
        k++;
    return k - j;
}

static int name_word(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end);

/* A lower-case suffix joined to a surname by a hyphen ("Guliyev-zade",
 * "Mammad-oglu"; lexicon name-suffix): its length in tokens, or 0. */
static size_t name_suffix(const ng_kb *kb, const ng_tokens *t, size_t j, size_t end)
{
    if (j + 1 < end && ng_tok_is(t, j, '-') && !(t->toks[j].flags & NG_TF_SPACE) &&
        !(t->toks[j + 1].flags & NG_TF_SPACE) && ng_lx_word(kb, NG_LX_NAME_SUFFIX, t, j + 1))
        return 2;
    /* "Aizada Toktogul kyzy", "Ilham Heydar oglu": a patronymic word */
    if (j < end && t->toks[j].kind == NG_TOK_WORD && !(t->toks[j].flags & NG_TF_UPPER) &&
        ng_lx_word(kb, NG_LX_NAME_SUFFIX_WORD, t, j))
        return 1;
    return 0;
}

/* Given name + surname (+ patronymic): "Radiy Khabirov", "Nikolai Snopkov";
 * particles may stand before the surname ("Ahmed Al Harthy"). */
static size_t unknown_name(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end)
{
    if (!is_word_upper(t, i, end) || !ng_lx_word(kb, NG_LX_GIVEN_NAME, t, i))
        return 0;
    if ((t->toks[i].flags & NG_TF_ALLCAPS) && t->toks[i].end - t->toks[i].start > 1)
        return 0;
    size_t j = i + 1;
    if (ng_tok_is(t, j, '.'))
        return 0;
    /* a patronymic between: "Vladimir Vladimirovich Putin" */
    if (is_word_upper(t, j, end) && ng_lx_suffix(kb, NG_LX_PATRONYMIC_SUFFIX, t, j) && surname_ok(kb, t, j + 1, end))
        j++;
    size_t p = particles_at(kb, t, j, end);
    if (p && surname_ok(kb, t, j + p, end))
        j += p;
    if (!surname_ok(kb, t, j, end))
        return 0;
    j++;
    if (ng_tok_is(t, j, '-') && !(t->toks[j].flags & NG_TF_SPACE) && is_word_upper(t, j + 1, end) &&
        !(t->toks[j + 1].flags & NG_TF_SPACE))
        j += 2; /* double-barrelled surname */
    /* "Abdulla bin Touq Al Marri": a family name after the father's */
    size_t q = particles_at(kb, t, j, end);
    if (p && q && surname_ok(kb, t, j + q, end) && !is_word_upper(t, j + q + 1, end))
        j += q + 1;
    return j + name_suffix(kb, t, j, end) - i;
}

/* A third word that ends a name begun with a given name ("Ali Ihsan
 * Izbul", "Mohammad Reza Jafari"): a possible surname that ends the
 * capitalized run. Not in a headline in title case, where the next word
 * may be a verb ("Ivan Petrov Visits the Plant"). */
static size_t third_name_word(const ng_kb *kb, const ng_tokens *t, size_t j, size_t end)
{
    if (!surname_ok(kb, t, j, end) || !name_word(kb, t, j, end) || is_word_upper(t, j + 1, end) ||
        !(t->toks[j].flags & NG_TF_SPACE))
        return 0;
    return 1 + name_suffix(kb, t, j + 1, end);
}

/* "XI", "VII": in capitals, an edition number ("the XI Forum of Regions"),
 * not a name, though "Xi" is one. */
static int roman_numeral(const ng_tokens *t, size_t i)
{
    const ng_token *k = &t->toks[i];
    if (!(k->flags & NG_TF_ALLCAPS))
        return 0;
    for (uint32_t b = k->start; b < k->end; b++)
        if (!strchr("IVXLCDM", t->text[b]))
            return 0;
    return 1;
}

/* ---- names that no gazetteer holds ---------------------------------- */

/* A word of a name found from its context: capitalized, not a place,
 * title, month, weekday, demonym or a word that follows given names by
 * accident. Given names may stand in it ("Frederick Shava"). */
static int name_word(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end)
{
    if (!is_word_upper(t, i, end) || (t->toks[i].flags & NG_TF_ALLCAPS) || roman_numeral(t, i))
        return 0;
    ng_place *pl;
    const ng_office *of;
    return !(ng_kb_match_place(kb, t, i, end, &pl) || ng_kb_match_office(kb, t, i, end, &of) ||
             ng_lx_word(kb, NG_LX_NOT_SURNAME, t, i) || ng_lx_word(kb, NG_LX_NAME_TITLE, t, i) ||
             ng_lx_word(kb, NG_LX_NOT_NAME_WORD, t, i) || ng_lx_word(kb, NG_LX_PLACE_HEAD_WORD, t, i) ||
             ng_lx_match(kb, NG_LX_MONTH, t, i, end, NULL) ||
             (t->toks[i].end - t->toks[i].start > 4 && ng_lx_match(kb, NG_LX_WEEKDAY, t, i, end, NULL)) ||
             ng_kb_place_by_demonym(kb, t, i));
}

/* The name words from i: two, or three when the first is no given name
 * of the lexicon, four when it is a family name written first
 * ("Pham Minh Chinh", "Du Jiahao"; "Ivan Petrov" takes a
 * patronymic only through unknown_name). The capitalized run must end
 * there: a longer one is a title or an organisation. */
static size_t name_run(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end)
{
    size_t j = i, words = 0, joined = 0;
    int family_first = ng_lx_word(kb, NG_LX_FAMILY_NAME_FIRST, t, i);
    while (j < end && words < 4) {
        if (j > i && (!(t->toks[j].flags & NG_TF_SPACE) || (t->toks[j].flags & NG_TF_NEWLINE)))
            break;
        /* "Qais bin Mohammed Al Yousef": particles join name words, and a
         * given name may follow one (a father's name) */
        size_t p = j > i ? particles_at(kb, t, j, end) : 0;
        if (p && name_word(kb, t, j + p, end)) {
            joined += p;
            j += p + 1;
            words++;
            continue;
        }
        if (!name_word(kb, t, j, end) || (j > i && !family_first && ng_lx_word(kb, NG_LX_GIVEN_NAME, t, j)))
            break;
        j++;
        words++;
    }
    /* "Nguyen Sinh Nhat Tan": a family name written first may head four */
    size_t most = family_first ? 4 : 3;
    if (words < 2 || words > most || is_word_upper(t, j, end))
        return 0;
    if (words == 3 && !joined && ng_lx_word(kb, NG_LX_GIVEN_NAME, t, i))
        return 0;
    return j + name_suffix(kb, t, j, end) - i;
}

/* The mention that ends at token k, if it is a title. */
static int title_ends_at(const ng_mentions *m, const ng_kb *kb, const ng_tokens *t, size_t k)
{
    if (ng_lx_word(kb, NG_LX_NAME_TITLE, t, k))
        return 1;
    for (size_t x = m->len; x > 0; x--) {
        const ng_mention *p = &m->items[x - 1];
        if (p->tok_end <= k + 1)
            return p->tok_end == k + 1 && p->kind == NG_M_REF && p->office && p->office->type;
    }
    return 0;
}

static int place_ends_at(const ng_mentions *m, size_t k)
{
    return m->len && m->items[m->len - 1].tok_end == k + 1 && m->items[m->len - 1].kind == NG_M_PLACE;
}

/* A title stands before token i: "Governor Ivan Petrov", "Governor,
 * Ivan Petrov", "Director Du Jiahao", "Mr Ivan Petrov", or a title with
 * its places and portfolio between ("Akim of Pavlodar Region Bulat
 * Bakauov", "Minister of Foreign Affairs of Zimbabwe Frederick Shava",
 * "ambassador to China Kiryl Rudy"). Walking back from i, only
 * capitalized words, connectors and places may stand between, and a
 * connector must join them to the title. */
static int title_before(const ng_mentions *m, const ng_kb *kb, const ng_tokens *t, size_t i, size_t start)
{
    if (i <= start)
        return 0;
    size_t k = i - 1;
    if ((ng_tok_is(t, k, ',') || ng_tok_is(t, k, '.')) && k > start)
        k--; /* "Governor, Ivan Petrov", "Mr. Ivan Petrov" */
    if (title_ends_at(m, kb, t, k))
        return 1;
    int joined = 0;
    size_t reach = ng_kb_window(kb, NG_LW_TITLE_NAME_LOOKBACK);
    for (size_t steps = 0; k > start && steps < reach; steps++, k--) {
        if (ng_lx_word(kb, NG_LX_TITLE_CONNECTOR, t, k))
            joined = 1;
        else if (ng_tok_is(t, k, '(') || ng_tok_is(t, k, ')') || ng_tok_is(t, k, '\'') ||
                 ng_lx_word(kb, NG_LX_POSSESSIVE_S, t, k))
            ; /* "the Hanoi People's Committee" */
        else if (ng_tok_is(t, k, ',') && is_word_upper(t, k + 1, t->ntok) && is_word_upper(t, k - 1, t->ntok))
            ; /* a portfolio's list: "Minister of Commerce, Industry and ..." */
        else if (!is_word_upper(t, k, t->ntok) && !ng_lx_word(kb, NG_LX_PLACE_HEAD_WORD, t, k) &&
                 !ng_lx_word(kb, NG_LX_REGION_ADJECTIVE, t, k) && !ng_lx_word(kb, NG_LX_INSTITUTION_ADJECTIVE, t, k))
            return 0; /* "Akim of Kostanay region X", "Chairman of the Binh Duong
                       * provincial People's Committee X": a lower-case head
                       * word or region adjective may stand */
        if (joined && title_ends_at(m, kb, t, k - 1))
            return 1;
    }
    return 0;
}

/* A list separator from k: ",", "and", ", and". Returns its length. */
static size_t list_separator(const ng_kb *kb, const ng_tokens *t, size_t k, size_t end)
{
    if (k < end && ng_tok_is(t, k, ','))
        return k + 1 < end && ng_lx_word(kb, NG_LX_LIST_CONJUNCTION, t, k + 1) ? 2 : 1;
    return k < end && ng_lx_word(kb, NG_LX_LIST_CONJUNCTION, t, k) ? 1 : 0;
}

/* Names in a list: the run [i, i + n) follows a person's name across a
 * list separator ("Ivan Petrov and Wang Qun"), or opens a list of three
 * or more such runs ("Chen Hua, Xie Lan, and Wang Qun were present"). */
static int listed_name(const ng_mentions *m, const ng_kb *kb, const ng_tokens *t, size_t i, size_t n, size_t end,
                       size_t start)
{
    if (m->len && m->items[m->len - 1].kind == NG_M_NAME && i > start) {
        size_t k = m->items[m->len - 1].tok_end;
        size_t sep = list_separator(kb, t, k, end);
        if (sep && k + sep == i)
            return 1;
    }
    int runs = 1;
    for (size_t k = i + n, sep; runs < 3 && (sep = list_separator(kb, t, k, end)) != 0;) {
        size_t r = name_run(kb, t, k + sep, end);
        if (!r)
            break;
        runs++;
        k += sep + r;
    }
    return runs >= 3;
}

/* A person from the shape of the context: a title before the name, a
 * reporting verb before it (", said Frederick Shava"), or a title in
 * apposition after it ("Bulat Bakauov, the akim of ..."). */
static size_t context_name(const ng_mentions *m, const ng_kb *kb, const ng_tokens *t, size_t i, size_t end,
                           size_t start)
{
    size_t n = name_run(kb, t, i, end);
    if (!n)
        return 0;
    if (listed_name(m, kb, t, i, n, end, start))
        return n;
    /* "Minister of Foreign Trade", "the Executive Committee Ivan ...": a
     * run joined to the words before it or inside a longer capitalized
     * run is a title's portfolio or an organisation */
    if (i > start && ng_lx_word(kb, NG_LX_TITLE_CONNECTOR, t, i - 1) && !(i > start + 1 && ng_tok_is(t, i - 2, ',')))
        return 0; /* ", and Liang Huiling, governor of ...": a list goes on */
    if (title_before(m, kb, t, i, start))
        return n;
    /* inside a longer capitalized run only a title's portfolio may end
     * right before a name */
    if (i > start && is_word_upper(t, i - 1, end) && !place_ends_at(m, i - 1) &&
        !ng_lx_word(kb, NG_LX_PLACE_HEAD_WORD, t, i - 1))
        return 0;
    if (i > start && ng_lx_word(kb, NG_LX_SAY_VERB, t, i - 1) && !ng_tok_is(t, i + n, '-'))
        return n;
    /* "met Wang Lin", "Ivan Petrov, who heads the delegation": a
     * verb that only people are the object of, or a relative clause */
    if (i > start && ng_lx_word(kb, NG_LX_PERSON_OBJECT_VERB, t, i - 1))
        return n;
    if (ng_tok_is(t, i + n, ',') && ng_lx_match(kb, NG_LX_PERSON_RELATIVE, t, i + n + 1, end, NULL))
        return n;
    /* '"...," Zhang Wei said.': a quotation closed right before the name */
    if (i > start + 1 && (ng_tok_is(t, i - 1, '"') || ng_tok_is(t, i - 1, '\'')) &&
        (ng_tok_is(t, i - 2, ',') || ng_tok_is(t, i - 2, '!') || ng_tok_is(t, i - 2, '?')) &&
        ng_lx_match(kb, NG_LX_SAY_VERB, t, i + n, end, NULL))
        return n;
    size_t k = i + n;
    if (ng_tok_is(t, k, ',') && (i == start || !is_word_upper(t, i - 1, end))) {
        k++;
        if (ng_lx_word(kb, NG_LX_APPOSITION_ARTICLE, t, k))
            k++;
        while (k < end && ng_lx_word(kb, NG_LX_TITLE_MODIFIER, t, k))
            k++;
        const ng_office *of;
        if (ng_kb_match_office(kb, t, k, end, &of) && of && of->type)
            return n;
        /* "Lin Wu, secretary of the ... Committee, met ...": a title of
         * no office of ours, followed by what it is of */
        if (ng_lx_word(kb, NG_LX_NAME_TITLE, t, k) && ng_lx_word(kb, NG_LX_OF_LINK, t, k + 1))
            return n;
    }
    return 0;
}

static size_t plural_ref(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end)
{
    return ng_lx_match(kb, NG_LX_PLURAL_REF, t, i, end, NULL);
}

/* A headline in title case ("Prime Minister Holds Talks"): every word but
 * the small ones capitalized and no full stop at the end. Its capitalized
 * words after a title are no name. */
static int title_cased(const ng_kb *kb, const ng_tokens *t, const ng_sentence *s)
{
    if (s->tok_end <= s->tok_start || ng_tok_is(t, s->tok_end - 1, '.'))
        return 0;
    int upper = 0;
    for (size_t k = s->tok_start; k < s->tok_end; k++) {
        if (t->toks[k].kind != NG_TOK_WORD)
            continue;
        if (t->toks[k].flags & NG_TF_UPPER)
            upper++;
        else if (!ng_lx_word(kb, NG_LX_TITLE_CASE_SMALL, t, k))
            return 0;
    }
    return upper >= 3;
}

/* "Astana Nomad", "Grodno Azot", "Belarus Segodnya": a place followed by
 * a capitalized word that is no title, institution, place, person, event
 * or month begins the name of an organisation, a team or a paper, and a
 * place inside such a name is no mention (GOLD.md). Not in headlines,
 * where every word is capitalized. */
static int name_goes_on(const ng_kb *kb, const ng_tokens *t, size_t i, size_t j, size_t end)
{
    if (j >= end || t->toks[j].kind != NG_TOK_WORD || !(t->toks[j].flags & NG_TF_UPPER) ||
        (t->toks[j].flags & NG_TF_NEWLINE) || roman_numeral(t, j))
        return 0;
    /* "Minister of Economy of Armenia Gevorg Papoyan": after a title's
     * "of", two capitalized words are the holder's name */
    size_t b = i > 0 && ng_lx_word(kb, NG_LX_DEFINITE_ARTICLE, t, i - 1) ? i - 1 : i;
    if (b > 0 && ng_lx_word(kb, NG_LX_OF_LINK, t, b - 1))
        return 0;
    if (j + 1 < end && t->toks[j + 1].kind == NG_TOK_WORD && (t->toks[j + 1].flags & NG_TF_UPPER))
        return 0;
    ng_place *pl = NULL;
    ng_person *p = NULL;
    const ng_office *of = NULL;
    ng_series *se = NULL;
    return !ng_kb_match_place(kb, t, j, end, &pl) && !ng_kb_match_office(kb, t, j, end, &of) &&
           !ng_kb_match_person(kb, t, j, end, &p) && !ng_kb_match_series(kb, t, j, end, &se) &&
           !ng_lx_word(kb, NG_LX_GIVEN_NAME, t, j) && !ng_lx_word(kb, NG_LX_PLACE_HEAD_WORD, t, j) &&
           !ng_lx_match(kb, NG_LX_MONTH, t, j, end, NULL) && !ng_lx_match(kb, NG_LX_WEEKDAY, t, j, end, NULL) &&
           !ng_lx_word(kb, NG_LX_EVENT_HEAD, t, j) && !ng_lx_word(kb, NG_LX_BODY_HEAD, t, j) &&
           !ng_lx_match(kb, NG_LX_INSTITUTION_TAIL, t, j, end, NULL) &&
           !ng_lx_word(kb, NG_LX_PLACE_NAME_FOLLOWER, t, j);
}

static void scan_sentence(ng_mentions *m, const ng_doc *doc, const ng_sentence *s, const ng_kb *kb)
{
    const ng_tokens *t = &doc->toks;
    size_t end = s->tok_end;
    int places_only = s->kind == NG_PARA_HEADER;
    int title_case = title_cased(kb, t, s);
    for (size_t i = s->tok_start; i < end;) {
        const ng_token *k = &t->toks[i];
        size_t n;
        if (k->kind != NG_TOK_WORD) {
            i++;
            continue;
        }
        if (!places_only && (k->flags & NG_TF_UPPER) && !roman_numeral(t, i)) {
            ng_person *p = NULL;
            n = ng_kb_match_person(kb, t, i, end, &p);
            if (n && p && (t->toks[i + n - 1].flags & NG_TF_UPPER)) {
                char *form = ng_tok_surface(t, i, i + n);
                ng_mention *x = add_mention(m, i, i + n, NG_M_NAME);
                x->person = intern(m, p, form);
                free(form);
                i += n;
                continue;
            }
            n = unknown_name(kb, t, i, end);
            if (n && !title_case && !ng_tok_is(t, i + n - 1, '-') && !name_suffix(kb, t, i + n - 2, end))
                n += third_name_word(kb, t, i + n, end);
            if (!n)
                n = title_case ? 0 : context_name(m, kb, t, i, end, s->tok_start);
            if (n) {
                char *form = ng_tok_surface(t, i, i + n);
                char *fold = ng_name_slug(form, strlen(form));
                const ng_person *known = ng_kb_person_by_fold(kb, fold);
                free(fold);
                ng_mention *x = add_mention(m, i, i + n, NG_M_NAME);
                x->person = intern(m, known, form);
                ng_dc_name_family_first(m, kb, t, i, n, x->person);
                free(form);
                i += n;
                continue;
            }
            int who = ng_dc_name_back_reference(m, kb, t, i, end);
            if (who >= 0) {
                ng_mention *x = add_mention(m, i, i + 1, NG_M_NAME);
                x->person = who;
                i++;
                continue;
            }
        }
        ng_place *pl = NULL;
        if (k->flags & NG_TF_UPPER) {
            n = ng_kb_match_place(kb, t, i, end, &pl);
            /* "U.S. dollars": the abbreviation's last full stop is no word */
            size_t after = i + n + (ng_tok_is(t, i + n, '.') && !(t->toks[i + n].flags & NG_TF_SPACE));
            /* "Gomel-made": an adjective */
            int adjective = ng_tok_is(t, i + n, '-') && !(t->toks[i + n].flags & NG_TF_SPACE) &&
                            ng_lx_word(kb, NG_LX_PLACE_ADJECTIVE_SUFFIX, t, i + n + 1);
            if (n && pl && !adjective && !ng_lx_match(kb, NG_LX_NOT_PLACE_AFTER, t, after, end, NULL) &&
                !(!title_case && name_goes_on(kb, t, i, i + n, end))) {
                ng_mention *x = add_mention(m, i, i + n, NG_M_PLACE);
                x->place = pl;
                x->in_name = ng_lx_match(kb, NG_LX_PLACE_IN_NAME_TAIL, t, i + n, end, NULL) > 0;
                i += n;
                continue;
            }
        }
        if (places_only) {
            i++;
            continue;
        }
        const ng_office *of = NULL;
        n = ng_kb_match_office(kb, t, i, end, &of);
        if (n && of) {
            ng_mention *x = add_mention(m, i, i + n, NG_M_REF);
            x->office = of;
            i += n;
            continue;
        }
        if ((k->flags & NG_TF_UPPER) && (pl = ng_kb_place_by_demonym(kb, t, i)) != NULL) {
            ng_mention *x = add_mention(m, i, i + 1, NG_M_DEMONYM);
            x->place = pl;
            i++;
            continue;
        }
        n = ng_lx_match(kb, NG_LX_HONORIFIC, t, i, end, NULL);
        if (n > 1) { /* "His Highness", "His Excellency": no pronoun */
            i += n;
            continue;
        }
        if (ng_lx_word(kb, NG_LX_PRONOUN, t, i)) {
            add_mention(m, i, i + 1, NG_M_PRONOUN);
            i++;
            continue;
        }
        n = plural_ref(kb, t, i, end);
        if (n) {
            add_mention(m, i, i + n, NG_M_PLURAL);
            i += n;
            continue;
        }
        i++;
    }
}

/* "the Gomel and Bryansk regions", "Vitebsk, Mogilev and Pskov oblasts":
 * cities named before a plural "regions" stand for their regions, and so
 * does a city before "Regional" ("the Gomel Regional Executive
 * Committee" is the region's body, not the city's). */
static void plural_regions(ng_mentions *m, const ng_tokens *t, const ng_kb *kb)
{
    for (size_t i = 0; i < m->len; i++) {
        ng_mention *x = &m->items[i];
        if (x->kind == NG_M_PLACE && ng_lx_word(kb, NG_LX_REGION_ADJECTIVE, t, x->tok_end)) {
            ng_place *r = ng_place_region_of_capital(x->place);
            if (r)
                x->place = r;
            continue;
        }
        int district = x->kind == NG_M_PLACE && ng_lx_word(kb, NG_LX_DISTRICT_WORD, t, x->tok_end);
        if (x->kind != NG_M_PLACE || (!district && !ng_lx_word(kb, NG_LX_REGION_PLURAL, t, x->tok_end)))
            continue;
        size_t first = i;
        while (first > 0) {
            const ng_mention *p = &m->items[first - 1];
            size_t gap = m->items[first].tok_start - p->tok_end;
            int joined = gap == 1 && (ng_tok_is(t, p->tok_end, ',') || ng_lx_word(kb, NG_LX_LIST_CONJUNCTION, t, p->tok_end));
            if (p->kind != NG_M_PLACE || !joined)
                break;
            first--;
        }
        /* "the Lida and Novogrudok districts": districts are no places
         * (GOLD.md); their towns' names are the districts' here */
        for (size_t k = first; district && k <= i; k++)
            m->items[k].in_name = 1;
        if (first == i || district)
            continue; /* "the Gomel region" is the gazetteer's to name */
        for (size_t k = first; k <= i; k++) {
            ng_place *r = ng_place_region_of_capital(m->items[k].place);
            if (r)
                m->items[k].place = r;
        }
    }
}

void ng_mentions_find(ng_mentions *m, const ng_doc *doc, const ng_sentences *s, const ng_kb *kb)
{
    memset(m, 0, sizeof *m);
    m->by_slug = ng_map_new();
    m->by_surname = ng_map_new();
    if (doc->issued.y)
        m->as_of = doc->issued.y * 10000 + (doc->issued.m ? doc->issued.m : 7) * 100 + (doc->issued.d ? doc->issued.d : 1);
    for (size_t i = 0; i < s->len; i++)
        scan_sentence(m, doc, &s->items[i], kb);
    (void)words_in;
    plural_regions(m, &doc->toks, kb);
    ng_dc_find_sides(m);
    for (size_t i = 0; i < m->len && m->items[i].tok_start < doc->dateline_tok_end; i++)
        if (m->items[i].kind == NG_M_PLACE && m->items[i].tok_start >= doc->dateline_tok_start) {
            m->dateline_country = ng_place_country(m->items[i].place);
            break;
        }
}

void ng_mentions_free(ng_mentions *m)
{
    for (size_t i = 0; i < m->npersons; i++) {
        ng_xperson *p = &m->persons[i];
        free(p->slug);
        free(p->label);
        free(p->surname);
        for (size_t k = 0; k < p->forms.len; k++)
            free(p->forms.items[k]);
        ng_vec_free(&p->forms);
    }
    free(m->persons);
    free(m->items);
    free(m->positions);
    ng_map_free(m->by_slug);
    ng_map_free(m->by_surname);
    memset(m, 0, sizeof *m);
}

int ng_mention_person(const ng_mentions *m, size_t idx)
{
    return idx < m->len ? m->items[idx].person : -1;
}

size_t ng_mentions_from(const ng_mentions *m, size_t tok)
{
    size_t lo = 0, hi = m->len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (m->items[mid].tok_start < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

size_t ng_mention_at(const ng_mentions *m, size_t tok)
{
    size_t i = ng_mentions_from(m, tok);
    return i < m->len && m->items[i].tok_start == tok ? i : (size_t)-1;
}

size_t ng_mention_ending_at(const ng_mentions *m, size_t tok)
{
    size_t i = ng_mentions_from(m, tok);
    while (i > 0) {
        i--;
        if (m->items[i].tok_end == tok)
            return i;
        if (m->items[i].tok_end < tok)
            break;
    }
    return (size_t)-1;
}
