/*
 * positions.h - who holds which office: titles attached to names
 * ("Governor of Russia's Leningrad Region Aleksandr Drozdenko", "Nikolai
 * Snopkov [Belarus' First Deputy PM]", "X became an ambassador to Russia",
 * "his Tajik counterpart, Emomali Rahmon"), then references ("the head of
 * state", "the Belarusian leader") and pronouns resolved to people.
 *
 * Fills m->positions and the person of every reference and pronoun.
 */
#ifndef NG_POSITIONS_H
#define NG_POSITIONS_H

#include "kb.h"
#include "mentions.h"
#include "reader.h"
#include "sentences.h"

void ng_positions_find(ng_mentions *m, const ng_doc *doc, const ng_sentences *s, const ng_kb *kb);

#endif
