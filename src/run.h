/*
 * run.h - extraction over many inputs on N threads, delivering articles
 * to the caller strictly in input order (so output does not depend on N),
 * with at most a few articles per thread in memory at once.
 */
#ifndef NG_RUN_H
#define NG_RUN_H

#include "cli.h"
#include "inputs.h"
#include "newsgraph.h"

/* Called in input order for each extracted article; return non-zero to
 * stop the run. */
typedef int (*ng_run_fn)(const ng_article *a, const ng_item *item, void *ctx);

typedef struct {
    int jobs;
    int quiet;          /* no warnings for skipped inputs */
    int progress;       /* a progress line on standard error */
} ng_run_opts;

/* Returns 0, or the callback's non-zero value. */
int ng_run(const ng_kb *kb, ng_inputs *in, const ng_run_opts *opts, ng_run_fn fn, void *ctx, ng_run_stats *st);

/* Progress through writing a sorted graph, after extraction: an
 * ng_progress_fn for ng_writer_set_progress, ctx an ng_write_progress. */
typedef struct {
    double t0, last;
} ng_write_progress;
void ng_run_write_progress(void *ctx, size_t done, size_t total);

#endif
