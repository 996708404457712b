/*
 * tokens.h - the lexer: normalized text -> words, numbers and punctuation,
 * each with its byte offsets, and the lookup keys built from them.
 *
 * Every recognizer works on tokens, never on raw bytes, so that "St.
 * Petersburg", "St Petersburg" and "ST PETERSBURG" all give the same key.
 */
#ifndef NG_TOKENS_H
#define NG_TOKENS_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

enum ng_tok_kind { NG_TOK_WORD = 1, NG_TOK_NUM, NG_TOK_PUNCT };

enum ng_tok_flag {
    NG_TF_SPACE = 1,    /* white space before the token */
    NG_TF_NEWLINE = 2,  /* a line break before the token */
    NG_TF_UPPER = 4,    /* a word whose first letter is upper-case */
    NG_TF_ALLCAPS = 8,  /* a word of two or more letters, all upper-case */
    NG_TF_QUOTED = 16,  /* inside a quotation */
};

typedef struct {
    uint32_t start, end; /* byte offsets into the text */
    uint8_t kind;
    uint8_t flags;
    uint16_t quote;      /* quotation number within the article, 0 outside */
    uint32_t lower_len;  /* bytes of its lower-cased form (fewer when folded) */
    uint64_t hash;       /* ng_hash of the lower-cased token: look-ups hash once */
} ng_token;

/* Per token, what the knowledge base's word table says of its text
 * (kb_words.c), kept as the look-ups first ask: each token is looked up
 * once, however many phrase indexes ask about it. */
typedef struct {
    unsigned long table; /* the word table the entries are from */
    uint32_t entry[];    /* 0: not asked yet; else where its bits are
                          * (kb_internal.h): 4 bytes, not a pointer's 8,
                          * since a name-dense page has millions of tokens */
} ng_tok_words;

typedef struct {
    const char *text;    /* not owned */
    char *lower;         /* lower-cased copy of text, each token at its
                          * text offset; accented Latin letters folded to
                          * their base ("Hà Nội" -> "ha noi"), so a token's
                          * form may be shorter (ng_token.lower_len) */
    size_t len;
    ng_token *toks;
    size_t ntok;
    struct ng_memo *memo; /* owned; NULL but for an article's tokens (memo.h) */
    ng_tok_words *words;  /* owned */
} ng_tokens;

/* Tokenizes text[0..len) (normalized, valid UTF-8). */
void ng_tokens_init(ng_tokens *t, const char *text, size_t len);
void ng_tokens_free(ng_tokens *t);

/* True when token i is the single punctuation character c. */
static inline int ng_tok_is(const ng_tokens *t, size_t i, char c)
{
    return i < t->ntok && t->toks[i].kind == NG_TOK_PUNCT && t->toks[i].end - t->toks[i].start == 1 &&
           t->text[t->toks[i].start] == c;
}
/* True when token i is a word or number equal to w, ignoring ASCII case.
 * Inline: the recognizers ask it of nearly every token, and nearly every
 * answer is no at the first byte. */
static inline int ng_tok_eq(const ng_tokens *t, size_t i, const char *w)
{
    if (i >= t->ntok)
        return 0;
    const unsigned char *s = (const unsigned char *)t->lower + t->toks[i].start;
    size_t n = t->toks[i].lower_len;
    for (size_t k = 0; k < n; k++) {
        unsigned char c = (unsigned char)w[k];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        if (!c || c != s[k])
            return 0;
    }
    return w[n] == '\0';
}
/* Pointer to the lower-cased token text and its length. */
static inline const char *ng_tok_lower(const ng_tokens *t, size_t i, size_t *n)
{
    *n = t->toks[i].lower_len;
    return t->lower + t->toks[i].start;
}

/* Appends the lookup key of tokens [i, j) to b: lower-case words joined by
 * one space, '.' dropped, hyphens and apostrophes glued to their words.
 * Returns the number of tokens that contributed. */
size_t ng_key_append(ng_buf *b, const ng_tokens *t, size_t i, size_t j);

/* Tokens [a, b) as written, joined by one space where the text has
 * space between them. Caller frees. */
char *ng_tok_surface(const ng_tokens *t, size_t a, size_t b);

/* The lookup key of a free-standing phrase, as ng_key_append would build
 * it from the phrase's own tokens. Caller frees. */
char *ng_key_of(const char *phrase);

#endif
