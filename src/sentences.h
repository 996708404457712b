/*
 * sentences.h - sentence splitting and quotation marking.
 *
 * Sentences never cross a paragraph (a line of the article). A full stop
 * after an abbreviation from the lexicon ("St.", "Mr.", "No.") or after an
 * initial does not end one. Tokens inside a quotation get the number of
 * that quotation, so that speakers can be attributed to what they said.
 */
#ifndef NG_SENTENCES_H
#define NG_SENTENCES_H

#include <stddef.h>

#include "kb.h"
#include "reader.h"

typedef struct {
    size_t tok_start, tok_end;
    size_t para;        /* index into doc->paras */
    int kind;           /* the paragraph's kind */
} ng_sentence;

typedef struct {
    ng_sentence *items;
    size_t len;
    size_t nquotes;     /* quotations numbered 1..nquotes */
} ng_sentences;

/* Splits the body, title and header paragraphs of doc and numbers its
 * quotations (writing ng_token.quote and NG_TF_QUOTED in doc->toks). */
void ng_sentences_split(ng_sentences *out, ng_doc *doc, const ng_kb *kb);
void ng_sentences_free(ng_sentences *s);

/* Index of the sentence that holds token tok, or (size_t)-1. */
size_t ng_sentence_of(const ng_sentences *s, size_t tok);

#endif
