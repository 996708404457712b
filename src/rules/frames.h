/*
 * frames.h - the rule stage: rules matched over an article's sentences,
 * and their captures turned into facts.
 *
 * A frame is the shape of a fact: Meeting and Forum (ng_event), Position
 * (ng_xposition). A rule's match binds captures to the frame's slots; the
 * frame module fills the slots the rule left open with named defaults
 * (the sentence's day, else the publication date for a same-day report;
 * the dateline place for an in-person meeting of that day; no place for a
 * remote one) and merges the fact with what the stages before it found
 * (the same participants are one meeting; the same series and edition,
 * or the same name, are one forum; a sentence already reported as a
 * meeting is not reported twice).
 */
#ifndef NG_FRAMES_H
#define NG_FRAMES_H

#include "annot.h"
#include "facts.h"
#include "ruleset.h"

typedef struct {
    const ng_doc *doc;
    const ng_sentences *sentences;
    ng_mentions *m;
    ng_events *ev;
    const ng_kb *kb;
    ng_annots *an;
    size_t si;               /* the sentence matched */
    ng_vec *fired;
} ng_frame_ctx;

/* Turns rule r's match into a fact. Returns 1 when a fact was added or
 * merged into one found before, 0 when the match gave no fact (too few
 * participants, no person). */
int ng_frame_fill(ng_frame_ctx *c, const ng_rule *r, const ng_pmatch *pm);

/* Runs the kb's rules over the article (after the C extractors); each
 * match that gave a fact appends its rule (const ng_rule *) to fired. */
void ng_rules_apply(ng_events *ev, ng_mentions *m, const ng_doc *doc, const ng_sentences *s,
                    const ng_kb *kb, ng_vec *fired);

/* True when the guards of r let its match pm stand in sentence sen. */
int ng_rule_guards_pass(const ng_rule *r, const ng_kb *kb, const ng_tokens *t, const ng_annots *an,
                        const ng_sentence *sen, const ng_pmatch *pm);

#endif
