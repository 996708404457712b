/*
 * claim_speakers.h - the speakers of an article's sentences and
 * quotations, for the speaker slot of its claims. Used by claims.c.
 */
#ifndef NG_CLAIM_SPEAKERS_H
#define NG_CLAIM_SPEAKERS_H

#include <stddef.h>

#include "kb.h"
#include "mentions.h"
#include "reader.h"
#include "sentences.h"
#include "tokens.h"

typedef struct {
    int *sentence;   /* per sentence: attributed speaker (person index) or -1 */
    int *running;    /* per sentence: the last attributed speaker before it in its paragraph */
    int *quote;      /* per quotation: speaker or -1 */
    size_t nquotes;
} ng_claim_speakers;

/* Finds the speakers of the sentences and quotations of doc. */
void ng_claim_speakers_find(ng_claim_speakers *sp, const ng_doc *doc, const ng_sentences *s, const ng_mentions *m,
                            const ng_kb *kb);
/* The speaker of the figure at token tok of sentence si, or -1. */
int ng_claim_speaker_for(const ng_claim_speakers *sp, size_t si, const ng_tokens *t, size_t tok);
void ng_claim_speakers_free(ng_claim_speakers *sp);

#endif
