/*
 * mentions.h - recognize who and where: people (known from the gazetteer,
 * or found by pattern), places, office titles, demonyms, pronouns and
 * references such as "the head of state", resolved to the article's
 * people.
 *
 * Output is per article: a table of the people it names (each with the
 * forms seen) and a list of mentions in text order.
 */
#ifndef NG_MENTIONS_H
#define NG_MENTIONS_H

#include <stddef.h>

#include "kb.h"
#include "reader.h"
#include "sentences.h"

enum ng_mention_kind {
    NG_M_NAME = 1,   /* a person by name */
    NG_M_REF,        /* "the President", "the Belarusian leader" */
    NG_M_PRONOUN,    /* he, she, his, her */
    NG_M_PLURAL,     /* they, the two leaders */
    NG_M_PLACE,
    NG_M_OFFICE,     /* a title attached to a name ("Governor X") */
    NG_M_DEMONYM,
};

typedef struct {
    size_t tok_start, tok_end;
    int kind;
    int person;                /* index into persons, -1 when unresolved */
    const ng_place *place;     /* NG_M_PLACE, NG_M_DEMONYM */
    const ng_office *office;   /* NG_M_OFFICE, NG_M_REF */
    const ng_place *office_place; /* jurisdiction written with the title */
    int in_name;               /* NG_M_PLACE inside an organisation's name
                                * ("the Minsk City Executive Committee"): it
                                * gives offices their place, but is no mention
                                * of the place (GOLD.md) */
} ng_mention;

typedef struct {
    char *slug;                /* IRI slug */
    char *label;               /* canonical label */
    ng_vec forms;              /* char *: full-name forms seen */
    const ng_person *known;    /* gazetteer entry or NULL */
    char *surname;             /* lower-case last word of the name */
} ng_xperson;

/* A position as the text states it. */
typedef struct {
    int person;
    const char *type;          /* "President", ... */
    const ng_place *jurisdiction;
    size_t tok;                /* where it is stated */
    const char *rule;          /* id of the rule that found it; NULL: builtin:position */
} ng_xposition;

typedef struct {
    ng_mention *items;
    size_t len, cap;
    ng_xperson *persons;
    size_t npersons, pcap;
    ng_xposition *positions;
    size_t npositions, poscap;
    ng_map *by_slug;           /* person slug -> index + 1 */
    ng_map *by_surname;        /* lower-case surname -> index + 1 */
    const ng_place *home;      /* the country the article speaks for */
    const ng_place *partner;   /* the other party of its economic talk */
    const ng_place *home_side; /* a region of home that speaks for it, or NULL */
    const ng_place *dateline_country; /* the country of the dateline's place, or NULL */
    int as_of;                 /* the article's day, YYYYMMDD (0: unknown): which
                                * of a known person's offices it can mean */
} ng_mentions;

void ng_mentions_find(ng_mentions *m, const ng_doc *doc, const ng_sentences *s, const ng_kb *kb);
void ng_mentions_free(ng_mentions *m);

/* The person a mention stands for (resolving pronouns), or -1. */
int ng_mention_person(const ng_mentions *m, size_t idx);
/* First mention index with tok_start >= tok. */
size_t ng_mentions_from(const ng_mentions *m, size_t tok);
/* The index of the mention that starts at token tok, or ends right
 * before it (tok_end == tok); (size_t)-1 when none. */
size_t ng_mention_at(const ng_mentions *m, size_t tok);
size_t ng_mention_ending_at(const ng_mentions *m, size_t tok);

#endif
