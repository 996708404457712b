/*
 * annot.h - the annotation layer: typed spans over an article's tokens.
 *
 * The reader's tokens are never rewritten. Each earlier stage's output is
 * turned into spans of one type (a person's name, a place, an office
 * title, a date, an amount, a quotation, an ordinal ...) in one store,
 * sorted by first token, so that the rule patterns (pattern.h) can ask
 * "which spans of type T start at token i" in constant time.
 *
 * Spans that cost a scan of their own (dates, amounts, percentages) are
 * built per sentence on first request: most sentences never reach a rule
 * that needs them, and the bench budget is tight (docs/rules.md).
 */
#ifndef NG_ANNOT_H
#define NG_ANNOT_H

#include <stddef.h>
#include <stdint.h>

#include "dates.h"
#include "mentions.h"
#include "money.h"
#include "reader.h"
#include "sentences.h"

enum ng_annot_type {
    NG_A_PERSON = 0, /* a person by name (mention NG_M_NAME) */
    NG_A_REF,        /* "the Belarusian leader" */
    NG_A_PRONOUN,
    NG_A_PLURAL,     /* "the two leaders", "they" */
    NG_A_PLACE,
    NG_A_OFFICE,     /* a title attached to a name */
    NG_A_DEMONYM,
    NG_A_TITLE,      /* any office title of the lexicon, attached or not */
    NG_A_ORDINAL,    /* "10th", "eleventh", "XI" */
    NG_A_QUOTE,      /* a quotation */
    NG_A_DATE,       /* ng_timex: built per sentence on request */
    NG_A_MONEY,      /* ng_money: idem */
    NG_A_PERCENT,    /* a number and a percent sign or word: idem */
    NG_A_NTYPES
};

/* Types whose spans are built per sentence, on request: each costs a
 * look-up at every token, and most sentences never need them. */
#define NG_A_LAZY_MASK                                                                             \
    ((1u << NG_A_TITLE) | (1u << NG_A_ORDINAL) | (1u << NG_A_DATE) | (1u << NG_A_MONEY) |          \
     (1u << NG_A_PERCENT))

typedef struct {
    uint32_t start, end;    /* tokens [start, end) */
    uint8_t type;
    int32_t person;         /* a person index of ng_mentions, or -1 */
    int32_t value;          /* ORDINAL: its number; DATE/MONEY: index into the store's arrays */
    const ng_place *place;  /* PLACE, DEMONYM; OFFICE: its written jurisdiction */
    const ng_office *office;/* OFFICE, REF, TITLE */
} ng_annot;

typedef struct {
    ng_annot *items;
    size_t len, cap;
    uint32_t *first;        /* first[i]: index of the first span starting at token >= i */
    uint16_t *types_at;     /* types_at[i]: bits (1 << NG_A_...) of the spans starting at token i,
                             * of both layers: the matcher asks at every token, nearly always in vain */
    size_t ntok;
    /* the per-sentence layer */
    ng_annot *lazy;
    size_t nlazy, lazycap;
    size_t lazy_sentence;   /* sentence the layer holds, (size_t)-1 for none */
    unsigned lazy_built;    /* the types built for it */
    ng_timex *dates;
    size_t ndates, datecap;
    ng_money *money;
    size_t nmoney, moneycap;
    /* what the layer was built from */
    const ng_doc *doc;
    const ng_sentences *sentences;
    const ng_mentions *mentions;
    const ng_kb *kb;
} ng_annots;

/* Builds the store from the article's earlier stages. */
void ng_annots_build(ng_annots *a, const ng_doc *doc, const ng_sentences *s, const ng_mentions *m,
                     const ng_kb *kb);
void ng_annots_free(ng_annots *a);

/* Makes the per-sentence layer hold the spans of the lazy types in mask
 * (1 << NG_A_...) for sentence si; what is built already is kept. */
void ng_annots_sentence(ng_annots *a, size_t si, unsigned mask);

/* Spans of type type starting at token i, longest first: calls fn for each
 * until it returns non-zero, and returns that value (0 when none did). The
 * lazy types answer for the sentence and types ng_annots_sentence made ready. */
int ng_annots_at(const ng_annots *a, int type, size_t i,
                 int (*fn)(const ng_annot *x, void *ctx), void *ctx);
/* True when some span of type type starts at token i. */
int ng_annots_has(const ng_annots *a, int type, size_t i);

/* Calls fn for every span (both layers) inside tokens [begin, end). */
void ng_annots_each(const ng_annots *a, size_t begin, size_t end, void (*fn)(const ng_annot *x, void *ctx),
                    void *ctx);

/* "PERSON" -> NG_A_PERSON; -1 when unknown. */
int ng_annot_type_of(const char *name, size_t len);
const char *ng_annot_type_name(int type);

#endif
