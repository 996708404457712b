/*
 * ruleset.h - extraction rules as data: the files of ontology/rules and --rules.
 *
 * A rule is a pattern (pattern.h) with guards, the frame it fills
 * (Meeting, Forum, Position), how its captures bind to the frame's slots,
 * a priority, and example and counterexample sentences that the test
 * suite runs through the whole pipeline (tests/unit/test_rules.c). The
 * file shape is described in docs/rules.md. Everything a rule names (a
 * lexicon class, an annotation type, a capture, a slot) is resolved when
 * it is loaded; an unknown name is an error naming the file, the line and
 * the rule.
 */
#ifndef NG_RULESET_H
#define NG_RULESET_H

#include <stddef.h>
#include <stdint.h>

#include "kb.h"
#include "pattern.h"

#define NG_RULE_NS "https://w3id.org/newsgraph/rules#"

enum ng_frame { NG_FRAME_MEETING = 1, NG_FRAME_FORUM, NG_FRAME_POSITION };

enum ng_slot {
    NG_SLOT_PARTICIPANT = 1, NG_SLOT_LOCATION, NG_SLOT_DATE, NG_SLOT_MODE, NG_SLOT_NAME,
    NG_SLOT_EDITION, NG_SLOT_PERSON, NG_SLOT_OFFICE, NG_SLOT_TYPE, NG_SLOT_JURISDICTION,
};

/* Where a guard looks for what must not be there. */
enum ng_scope { NG_SCOPE_SENTENCE = 1, NG_SCOPE_CLAUSE, NG_SCOPE_MATCH, NG_SCOPE_BEFORE, NG_SCOPE_AFTER,
                NG_SCOPE_WINDOW };

typedef struct {
    ng_pattern *pattern;
    int scope;
    int window;               /* tokens, for BEFORE, AFTER, WINDOW */
} ng_guard;

typedef struct {
    int slot;
    int cap;                  /* capture index */
} ng_binding;

typedef struct {
    int slot;
    char *value;              /* "remote", "Governor", ... */
} ng_setting;

typedef struct {
    char *text;               /* a sentence written for the rule */
    char **expect;            /* "slot=value" */
    size_t nexpect;
} ng_example;

typedef struct {
    char *id;                 /* "meeting-talks-between"; facts cite it as ng:rule */
    char *file;
    int line;
    int frame;
    int priority;
    char *source;             /* the pattern as written */
    ng_pattern *pattern;
    ng_guard *guards;
    size_t nguards;
    ng_binding *binds;
    size_t nbinds;
    ng_setting *sets;
    size_t nsets;
    unsigned annot_types;     /* of its pattern and guards (1 << NG_A_...) */
    ng_example *examples;
    size_t nexamples;
    char **counter;           /* counterexample sentences */
    size_t ncounter;
} ng_rule;

/* Rules indexed by a token's hash: open addressing, 0 marks a free slot;
 * each slot lists rule indices plus one, as pointers. */
typedef struct {
    uint64_t *keys;
    ng_vec *lists;
    size_t cap, n;
} ng_wordtab;

/* Which rules may start at a token, found without asking every rule:
 * built by ng_ruleset_finish from the patterns' first atoms (a lexicon
 * class by the first words of its phrases) and their required atoms. */
typedef struct {
    ng_wordtab starts;        /* a word a rule may start with */
    ng_wordtab gates;         /* a word of a rule's required atom: the gates it opens (index + 1) */
    size_t ngates;
    size_t *gate_start;       /* rule r's gates are [gate_start[r], gate_start[r + 1]): it wakes
                               * in a sentence that opens them all */
    size_t *gate_rule;        /* per gate: the rule it belongs to */
    ng_vec annot_rules[NG_A_NTYPES];
    unsigned char *gated;     /* per rule: it has a required atom */
    unsigned char *anywhere;  /* per rule: it may start at any token */
    int all_gated;            /* every rule sleeps in a sentence that opens none of its gates */
} ng_dispatch;

/* The rules a word starts or wakes, or NULL. */
const ng_vec *ng_wordtab_get(const ng_wordtab *w, uint64_t hash);

/* Starts fetching the slot ng_wordtab_get will read first for hash: a
 * sentence's look-ups are cache misses, and asked a few tokens ahead they
 * overlap instead of waiting one after another. */
static inline void ng_wordtab_prefetch(const ng_wordtab *w, uint64_t hash)
{
    if (w->cap)
        __builtin_prefetch(&w->keys[(size_t)(hash | 1) & (w->cap - 1)]);
}

/* How far ahead the look-ups of a sentence's tokens are fetched. */
#define NG_WORDTAB_AHEAD 4

typedef struct {
    ng_rule **rules;          /* by priority, highest first, then by id */
    size_t len;
    unsigned annot_types;     /* of every pattern: which lazy layers to build */
    ng_dispatch dispatch;
} ng_ruleset;

ng_ruleset *ng_ruleset_new(void);
void ng_ruleset_free(ng_ruleset *rs);
/* Loads one rule file. Returns the number of rules, or -1 with
 * "FILE:LINE: rule ID: what is wrong" in err. */
int ng_ruleset_load(ng_ruleset *rs, const ng_kb *kb, const char *path, char *err, size_t errlen);
/* Loads every *.ttl of dir (sorted); a missing dir is no error. */
int ng_ruleset_load_dir(ng_ruleset *rs, const ng_kb *kb, const char *dir, char *err, size_t errlen);
/* Orders the rules; call after the last load. */
void ng_ruleset_finish(ng_ruleset *rs);

const char *ng_frame_name(int frame);
const char *ng_slot_name(int slot);
/* The slot named name, valid for frame; 0 when there is none. */
int ng_slot_of(int frame, const char *name);

/* Loads data_dir/rules and the extra files into the kb (ng_kb_rules). */
int ng_kb_load_rules(ng_kb *kb, const char *data_dir, const char *const *files, size_t nfiles, char *err,
                     size_t errlen);

#endif
