/*
 * delegations.h - references to a delegation ("the guests", "the Belarusian
 * delegation") resolved to the person named as its head ("a delegation led
 * by X"). Runs after ng_positions_find: a head may be a name or a title
 * attached to one.
 *
 * Adds an NG_M_REF mention (office NULL, person the head) for each such
 * reference whose head the article named before it.
 */
#ifndef NG_DELEGATIONS_H
#define NG_DELEGATIONS_H

#include "kb.h"
#include "mentions.h"
#include "reader.h"
#include "sentences.h"

void ng_delegations_resolve(ng_mentions *m, const ng_doc *doc, const ng_sentences *s, const ng_kb *kb);

#endif
