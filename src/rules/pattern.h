/*
 * pattern.h - the token-pattern language of the extraction rules.
 *
 * A pattern is compiled once, when the rules are loaded, against the kb:
 * lexicon classes are resolved to handles then, so a misspelt class is a
 * load error, never a silent miss. Matching is backtracking over the
 * tokens of one sentence with a step budget. The grammar, with examples,
 * is in docs/rules.md; in short:
 *
 *   met  "held talks"  ","       a word or phrase, any case
 *   @meeting-trigger             a lexicon class (longest phrase)
 *   :PERSON  :PLACE  :DATE ...   an annotation span (annot.h)
 *   [cap] [lower] [word] [num] [punct] [any]    one token of a kind
 *   ( a b | c )                  group, alternation
 *   x?  x*  x+  x{2}  x{1,3}     repetition (greedy; append ? for lazy)
 *   ...  ...{0,6}  ...!{0,12}    a gap: any tokens, fewest first; it never
 *                                crosses a clause boundary, unless written ...!
 *   who=:PERSON   where=( ... )  a named capture
 */
#ifndef NG_PATTERN_H
#define NG_PATTERN_H

#include <stddef.h>
#include <stdint.h>

#include "annot.h"
#include "kb.h"
#include "tokens.h"

#define NG_PAT_MAXCAP 12

typedef struct ng_pattern ng_pattern;

typedef struct {
    size_t start, end;                 /* tokens of the whole match */
    size_t cap[NG_PAT_MAXCAP][2];      /* [start, end) of each capture; start == end when unset */
} ng_pmatch;

/* Compiles src. Returns NULL with the reason (and its column) in err. */
ng_pattern *ng_pattern_compile(const char *src, const ng_kb *kb, char *err, size_t errlen);
void ng_pattern_free(ng_pattern *p);

int ng_pattern_ncaps(const ng_pattern *p);
const char *ng_pattern_cap_name(const ng_pattern *p, int i);
/* Index of the capture named name, or -1. */
int ng_pattern_cap_index(const ng_pattern *p, const char *name);
/* Bits of the annotation types the pattern asks for (1 << NG_A_...). */
unsigned ng_pattern_annot_types(const ng_pattern *p);

/* The atoms a match may start with, for the rule dispatcher: *any is set
 * when any token may start one. Arrays hold up to 32 entries. */
void ng_pattern_first(const ng_pattern *p, int *any, const uint64_t **hashes, size_t *nhash,
                      const ng_lexclass *const **classes, size_t *ncls, unsigned *annots);

/* The gates of a pattern: each is words and classes one of which every
 * match must contain (a class by a phrase of it), and a match needs every
 * gate. The dispatcher tries the pattern only in sentences that hold a
 * word of each gate (a class's by the first word of a phrase). fn is
 * called once per gate; a pattern may have none. */
typedef void (*ng_gate_fn)(const uint64_t *hashes, size_t nh, const ng_lexclass *const *classes, size_t nc,
                           void *ctx);
void ng_pattern_gates(const ng_pattern *p, ng_gate_fn fn, void *ctx);

/* The first-token filter: 0 when no match can start at token i. */
int ng_pattern_may_start(const ng_pattern *p, const ng_tokens *t, const ng_annots *an, size_t i);

/* A match starting exactly at token i, within tokens [begin, end). */
int ng_pattern_match_at(const ng_pattern *p, const ng_tokens *t, const ng_annots *an, size_t i,
                        size_t begin, size_t end, ng_pmatch *out);
/* The leftmost match in [begin, end). */
int ng_pattern_search(const ng_pattern *p, const ng_tokens *t, const ng_annots *an, size_t begin,
                      size_t end, ng_pmatch *out);

/* True when token i ends a clause: ';' or a phrase of lex:clause-boundary
 * ("which", "while", "after which"). Gaps stop there. */
int ng_clause_boundary(const ng_kb *kb, const ng_tokens *t, size_t i, size_t end);

#endif
