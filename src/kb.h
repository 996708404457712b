/*
 * kb.h - the knowledge base: gazetteer and lexicon, loaded from Turtle.
 *
 * Everything the recognizers know about the world (places, people of
 * public record, offices, institutions, forum series) and about the
 * language (month names, trigger verbs, currency words, abbreviations)
 * lives in Turtle files under ontology/. This module reads them once with
 * raptor2 and answers look-ups by key (see ng_key_of in tokens.h). After
 * loading, a kb is read-only and may be shared by threads.
 */
#ifndef NG_KB_H
#define NG_KB_H

#include <stddef.h>

#include "lexneeds.h"
#include "ns.h"
#include "tokens.h"
#include "util.h"

enum ng_place_class { NG_COUNTRY = 1, NG_REGION = 2, NG_CITY = 4 };

typedef struct ng_place ng_place;
struct ng_place {
    char *slug;               /* "saint-petersburg" */
    char *label;              /* canonical name */
    ng_vec alts;              /* char *: other names */
    int classes;              /* enum ng_place_class bits */
    ng_place *part_of;        /* enclosing place, or NULL */
    ng_place *capital;        /* capital or administrative centre */
    ng_place *centre_of;      /* the region this is the centre of, though
                                 not part of it (Minsk, of Minsk Region) */
    char *same_as;            /* external IRI or NULL */
    char *part_of_slug, *capital_slug; /* resolved after loading */
};

/* An office the gazetteer says a person held, with its tenure as
 * YYYYMMDD numbers (0: not known; an open until is "still in office"). */
typedef struct {
    const char *type;         /* "President", "Governor", ... */
    ng_place *jurisdiction;
    int from, until;
} ng_known_position;

#define NG_KNOWN_MAX 8

typedef struct {
    char *slug;
    char *label;
    ng_vec alts;              /* char * */
    ng_known_position known[NG_KNOWN_MAX];
    int nknown;
    char *same_as;
} ng_person;

/* An office title or an institution: a phrase with a position type and,
 * for institutions, a fixed jurisdiction. */
typedef struct {
    const char *type;         /* position type local name, NULL for institutions */
    ng_place *jurisdiction;   /* NULL when the text must say */
} ng_office;

typedef struct {
    char *slug;
    char *label;
    ng_vec alts;              /* char *: the series' other names */
} ng_series;

typedef struct ng_kb ng_kb;

ng_kb *ng_kb_new(void);
void ng_kb_free(ng_kb *kb);
/* Loads one Turtle file. Returns 0, or -1 with a message in err. */
int ng_kb_load(ng_kb *kb, const char *path, char *err, size_t errlen);
/* Loads every *.ttl under dir (sorted), skipping the ontology and shapes.
 * Returns the number of files loaded, or -1 with a message in err. */
int ng_kb_load_dir(ng_kb *kb, const char *dir, char *err, size_t errlen);
/* Links places to their parents and capitals; call after loading. */
void ng_kb_finish(ng_kb *kb);

/* Looks up every token of t in the kb's word table at once (what the first
 * question about each token would do one at a time, but faster). */
void ng_kb_prefill_words(const ng_kb *kb, const ng_tokens *t);

/* A phrase of a class found in text: tokens [start, end) and its value. */
typedef struct {
    size_t start, end;
    const char *value;
} ng_kb_hit;

/* A lexicon class resolved once. The C asks for classes by handle only
 * (ng_lx_* below, lexneeds.h); ng_kb_class resolves a name the data gives
 * (a rule's pattern) at load time, so that a misspelt class is an error
 * there, not a silent miss here. NULL when the lexicon has no such class. */
typedef struct ng_lexclass ng_lexclass;
const ng_lexclass *ng_kb_class(const ng_kb *kb, const char *name);
/* As ng_kb_match, for a resolved class. */
size_t ng_lexclass_match(const ng_lexclass *c, const ng_tokens *t, size_t i, size_t end, const char **value);
/* True when a phrase of the class may start with token i (a filter: no
 * false negatives, rare false positives). */
int ng_lexclass_may_start(const ng_lexclass *c, const ng_tokens *t, size_t i);

/* Calls fn with the ng_hash of the first token of every phrase of the
 * class (the rule dispatcher indexes rules by the words they start with). */
void ng_lexclass_each_first(const ng_lexclass *c, void (*fn)(uint64_t hash, void *ctx), void *ctx);

/* The classes and settings the C extractors ask for, by handle (see
 * lexneeds.h). ng_kb_finish resolves them; a handle whose class the
 * lexicon lacks matches nothing, and ng_kb_check_needs reports it.
 * ng_lx_match returns how many tokens from i (before end) form the
 * longest phrase of the class, 0 when none; with value set, a family
 * ("month" of "month-3") answers its value ("3"). */
size_t ng_lx_match(const ng_kb *kb, enum ng_lx cls, const ng_tokens *t, size_t i, size_t end,
                   const char **value);
/* True when token i alone is a phrase of the class. */
int ng_lx_word(const ng_kb *kb, enum ng_lx cls, const ng_tokens *t, size_t i);
/* Every phrase of class cls in [a, b), left to right, longest first and
 * not overlapping; at most max. Returns how many. */
size_t ng_lx_find_all(const ng_kb *kb, enum ng_lx cls, const ng_tokens *t, size_t a, size_t b,
                      ng_kb_hit *out, size_t max);
/* True when a phrase of the class lies within [a, b). */
int ng_lx_has(const ng_kb *kb, enum ng_lx cls, const ng_tokens *t, size_t a, size_t b);
/* False when no phrase of any of the n classes begins at token i: then no
 * ng_lx_match or ng_lx_word of them at i finds one. One look at the word
 * table, for recognizers that would ask a dozen classes at every token. */
int ng_lx_may_start_any(const ng_kb *kb, const enum ng_lx *cls, size_t n, const ng_tokens *t, size_t i);
/* True when token i ends in a term of the class and is longer than it
 * ("Vladimirovich" in lex:patronymic-suffix "vich"). */
int ng_lx_suffix(const ng_kb *kb, enum ng_lx cls, const ng_tokens *t, size_t i);
/* True when the phrase (keyed as ng_key_of does) is in the class. */
int ng_lx_key_in(const ng_kb *kb, enum ng_lx cls, const char *phrase);
/* The class behind a handle, for ng_lexclass_match (NULL when unresolved). */
const ng_lexclass *ng_lx_class(const ng_kb *kb, enum ng_lx cls);
/* The value of a setting (a token window), 0 when unresolved. */
size_t ng_kb_window(const ng_kb *kb, enum ng_lw w);
/* Returns 0 when the loaded lexicon has every class and setting the C
 * asks for; else -1 with a message naming the first one missing. */
int ng_kb_check_needs(const ng_kb *kb, char *err, size_t errlen);

/* The extraction rules loaded with this kb (src/rules/ruleset.h), owned by
 * the kb and freed with it; NULL when none. */
void *ng_kb_rules(const ng_kb *kb);
void ng_kb_set_rules(ng_kb *kb, void *rules, void (*free_rules)(void *));

/* Gazetteer look-ups by key. */
size_t ng_kb_match_place(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_place **out);
size_t ng_kb_match_person(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_person **out);
size_t ng_kb_match_office(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, const ng_office **out);
size_t ng_kb_match_series(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end, ng_series **out);
ng_place *ng_kb_place_by_demonym(const ng_kb *kb, const ng_tokens *t, size_t i);
ng_place *ng_kb_place(const ng_kb *kb, const char *slug);
ng_person *ng_kb_person_by_key(const ng_kb *kb, const char *key);
/* A person by the folded slug of one of their names (see ng_name_slug). */
ng_person *ng_kb_person_by_fold(const ng_kb *kb, const char *slug);

size_t ng_kb_count_places(const ng_kb *kb);
size_t ng_kb_count_people(const ng_kb *kb);

/* The office of person p of this type (any type when NULL) that the
 * gazetteer says was held on day `when` (YYYYMMDD; 0: any day, the first
 * listed): of two held that day, the later appointment. NULL when none. */
const ng_known_position *ng_person_known(const ng_person *p, const char *type, int when);
/* True when office k was held on day `when` (0: any day). */
int ng_known_held(const ng_known_position *k, int when);

/* True when a is b or lies within b. */
int ng_place_within(const ng_place *a, const ng_place *b);
/* The country a place belongs to (itself for a country), or NULL. */
const ng_place *ng_place_country(const ng_place *p);
/* The region a city is the capital of ("Vitebsk" -> Vitebsk Region), or NULL. */
ng_place *ng_place_region_of_capital(const ng_place *p);

#endif
