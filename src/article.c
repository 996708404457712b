/*
 * article.c - the pipeline for one article, and the kb's public face.
 *
 * read -> sentences -> mentions -> positions -> events, claims -> rules
 * (ontology/rules, src/rules). Each stage
 * reads what the earlier ones produced and writes its own part.
 */
#include "article.h"
#include "delegations.h"
#include "positions.h"
#include "rules/frames.h"
#include "rules/ruleset.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int ng_kb_open(ng_kb **out, const char *data_dir, const char *const *extra, size_t nextra, char *err,
               size_t errlen)
{
    ng_kb *kb = ng_kb_new();
    *out = NULL;
    if (data_dir && ng_kb_load_dir(kb, data_dir, err, errlen) < 0) {
        ng_kb_free(kb);
        return NG_EDATA;
    }
    for (size_t i = 0; i < nextra; i++)
        if (ng_kb_load(kb, extra[i], err, errlen) < 0) {
            ng_kb_free(kb);
            return NG_EDATA;
        }
    ng_kb_finish(kb);
    if (ng_kb_check_needs(kb, err, errlen) < 0) {
        ng_kb_free(kb);
        return NG_EDATA;
    }
    /* rules last: their patterns name lexicon classes, which must be known */
    if (ng_kb_load_rules(kb, data_dir, NULL, 0, err, errlen) < 0) {
        ng_kb_free(kb);
        return NG_EDATA;
    }
    *out = kb;
    return NG_OK;
}

int ng_kb_add_rules(ng_kb *kb, const char *data_dir, const char *const *files, size_t nfiles, char *err,
                    size_t errlen)
{
    if (!nfiles)
        return NG_OK;
    return ng_kb_load_rules(kb, data_dir, files, nfiles, err, errlen) < 0 ? NG_EDATA : NG_OK;
}

/* Written before any thread extracts, read by all after. */
static double time_budget = -1;

void ng_set_time_budget(double seconds)
{
    time_budget = seconds;
}

static double budget_for(size_t len)
{
    return time_budget >= 0 ? time_budget : NG_TIME_BUDGET + NG_TIME_BUDGET_PER_MB * (double)len / 1e6;
}

static const char *over_budget(double deadline, const char *stage)
{
    return deadline > 0 && ng_monotonic() > deadline ? stage : NULL;
}

void ng_kb_close(ng_kb *kb)
{
    ng_kb_free(kb);
}

int ng_article_extract(ng_article **out, const ng_kb *kb, const char *name, const unsigned char *bytes,
                       size_t len, const ng_input_meta *meta, char *err, size_t errlen)
{
    *out = NULL;
    ng_article *a = ng_xcalloc(1, sizeof *a);
    ng_doc_meta dm = {0};
    int format = NG_FMT_AUTO;
    double budget = budget_for(len);
    if (meta) {
        dm.url = meta->url;
        dm.date = meta->date;
        dm.title = meta->title;
        format = meta->format;
    }
    double deadline = budget > 0 ? ng_monotonic() + budget : 0;
    if (ng_doc_read_until(&a->doc, kb, name, bytes, len, format, &dm, deadline, err, errlen) != 0) {
        free(a);
        return NG_EINPUT;
    }
    /* the budget is looked at between stages (and inside the HTML parser):
     * a stage that has begun runs to its end */
    const char *stage = NULL;
    ng_sentences_split(&a->sentences, &a->doc, kb);
    if (!(stage = over_budget(deadline, "splitting sentences"))) {
        ng_mentions_find(&a->mentions, &a->doc, &a->sentences, kb);
        ng_positions_find(&a->mentions, &a->doc, &a->sentences, kb);
        ng_delegations_resolve(&a->mentions, &a->doc, &a->sentences, kb);
        stage = over_budget(deadline, "finding names");
    }
    if (!stage) {
        ng_events_find(&a->events, &a->doc, &a->sentences, &a->mentions, kb);
        ng_claims_find(&a->claims, &a->doc, &a->sentences, &a->mentions, kb);
        ng_rules_apply(&a->events, &a->mentions, &a->doc, &a->sentences, kb, &a->fired);
        stage = over_budget(deadline, "finding events and claims");
    }
    if (stage) {
        snprintf(err, errlen, "%s: over its time budget of %g s (after %s); skipped", name, budget, stage);
        ng_article_free(a);
        return NG_EINPUT;
    }
    *out = a;
    return NG_OK;
}

const char *ng_article_warning(const ng_article *a)
{
    return a->doc.warning;
}

void ng_article_free(ng_article *a)
{
    if (!a)
        return;
    ng_vec_free(&a->fired);
    ng_claims_free(&a->claims);
    ng_events_free(&a->events);
    ng_mentions_free(&a->mentions);
    ng_sentences_free(&a->sentences);
    ng_doc_free(&a->doc);
    free(a);
}

void ng_article_count(const ng_article *a, ng_article_counts *c)
{
    memset(c, 0, sizeof *c);
    c->persons = a->mentions.npersons;
    for (size_t i = 0; i < a->mentions.len; i++)
        if (a->mentions.items[i].kind == NG_M_PLACE)
            c->places++;
    c->positions = a->mentions.npositions;
    for (size_t i = 0; i < a->events.len; i++) {
        if (a->events.items[i].is_forum)
            c->forums++;
        else
            c->meetings++;
    }
    c->claims = a->claims.len;
}

const char *ng_article_sha256(const ng_article *a)
{
    return a->doc.sha256;
}
