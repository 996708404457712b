/*
 * article.h - one article through the pipeline: read, split, recognize,
 * extract. The struct is what the emitter reads.
 */
#ifndef NG_ARTICLE_H
#define NG_ARTICLE_H

#include "facts.h"
#include "kb.h"
#include "mentions.h"
#include "newsgraph.h"
#include "reader.h"
#include "sentences.h"

struct ng_article {
    ng_doc doc;
    ng_sentences sentences;
    ng_mentions mentions;
    ng_events events;
    ng_claims claims;
    ng_vec fired;               /* const ng_rule *: each rule match that gave a fact */
};

#endif
