/*
 * run.c - ordered parallel extraction (see run.h).
 *
 * The main thread reads inputs into a ring of slots; workers extract any
 * slot that is ready; the main thread hands finished slots to the caller
 * in order. The ring holds 4 slots per thread, which bounds memory
 * whatever the corpus size.
 */
#include "run.h"
#include "util.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { SLOT_FREE, SLOT_READY, SLOT_WORKING, SLOT_DONE };

typedef struct {
    int state;
    ng_item item;
    ng_article *art;
    char err[512];
} slot;

typedef struct {
    const ng_kb *kb;
    slot *ring;
    size_t size;
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    int stop;
} pool;

static void extract_slot(const ng_kb *kb, slot *s)
{
    s->art = NULL;
    s->err[0] = '\0';
    if (s->item.error)
        return;
    ng_input_meta meta = {s->item.url, s->item.date, s->item.title, s->item.format};
    ng_article_extract(&s->art, kb, s->item.name, s->item.bytes, s->item.len, &meta, s->err, sizeof s->err);
    /* the article holds its own text now: the input's bytes (as large as
     * the article) need not wait for the writer (issue 16, memory) */
    free(s->item.bytes);
    s->item.bytes = NULL;
}

static void *worker(void *arg)
{
    pool *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        slot *s = NULL;
        for (size_t i = 0; i < p->size && !s; i++)
            if (p->ring[i].state == SLOT_READY)
                s = &p->ring[i];
        if (!s) {
            if (p->stop)
                break;
            pthread_cond_wait(&p->work, &p->mu);
            continue;
        }
        s->state = SLOT_WORKING;
        pthread_mutex_unlock(&p->mu);
        extract_slot(p->kb, s);
        pthread_mutex_lock(&p->mu);
        s->state = SLOT_DONE;
        pthread_cond_broadcast(&p->done);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void progress(const ng_run_stats *st, size_t bytes, size_t total, double t0)
{
    double dt = now() - t0;
    double mb = bytes / 1e6, rate = dt > 0 ? mb / dt : 0;
    if (total && rate > 0 && bytes <= total)
        fprintf(stderr, "\r%zu articles, %.1f MB, %.1f MB/s, ETA %.0f s   ", st->articles, mb, rate,
                (total - bytes) / 1e6 / rate);
    else
        fprintf(stderr, "\r%zu articles, %.1f MB, %.1f MB/s   ", st->articles, mb, rate);
}

/* The writing phase: sorting (done == 0), writing, done (done == total). */
void ng_run_write_progress(void *ctx, size_t done, size_t total)
{
    ng_write_progress *p = ctx;
    double t = now();
    if (done == 0) {
        p->t0 = p->last = t;
        fprintf(stderr, "writing: sorting %zu triples   ", total);
    } else if (done == total || t - p->last > 0.5) {
        double rate = done / (t - p->t0);
        fprintf(stderr, "\rwriting: %zu of %zu triples, %.0f%%, ETA %.0f s   ", done, total, 100.0 * done / total,
                rate > 0 ? (total - done) / rate : 0);
        p->last = t;
    }
    if (done == total)
        fputc('\n', stderr);
}

/* Hands one finished slot to the caller. */
static int deliver(slot *s, const ng_run_opts *o, ng_run_fn fn, void *ctx, ng_run_stats *st)
{
    int rc = 0;
    if (s->item.error || !s->art) {
        st->skipped++;
        if (!o->quiet)
            fprintf(stderr, "newsgraph: warning: %s\n", s->item.error ? s->item.error : s->err);
    } else {
        const char *warning = ng_article_warning(s->art);
        if (warning) {
            st->repaired++;
            if (!o->quiet)
                fprintf(stderr, "newsgraph: warning: %s\n", warning);
        }
        /* an item may carry a warning of its own (a JSON line repaired) */
        if (s->item.warning) {
            st->repaired += !warning;
            if (!o->quiet)
                fprintf(stderr, "newsgraph: warning: %s\n", s->item.warning);
        }
        ng_article_counts c;
        ng_article_count(s->art, &c);
        st->articles++;
        st->positions += c.positions;
        st->meetings += c.meetings;
        st->forums += c.forums;
        st->claims += c.claims;
        rc = fn(s->art, &s->item, ctx);
    }
    ng_article_free(s->art);
    s->art = NULL;
    ng_item_clear(&s->item);
    s->state = SLOT_FREE;
    return rc;
}

int ng_run(const ng_kb *kb, ng_inputs *in, const ng_run_opts *o, ng_run_fn fn, void *ctx, ng_run_stats *st)
{
    memset(st, 0, sizeof *st);
    int jobs = o->jobs > 0 ? o->jobs : 1;
    size_t total = ng_inputs_total_bytes(in), bytes = 0;
    double t0 = now(), last = t0;
    int rc = 0;
    if (jobs == 1) {
        slot s;
        memset(&s, 0, sizeof s);
        while (!rc && ng_inputs_next(in, &s.item)) {
            bytes += s.item.len;
            extract_slot(kb, &s);
            rc = deliver(&s, o, fn, ctx, st);
            if (o->progress && now() - last > 0.5) {
                progress(st, bytes, total, t0);
                last = now();
            }
        }
        if (o->progress)
            progress(st, bytes, total, t0), fputc('\n', stderr);
        return rc;
    }
    pool p;
    memset(&p, 0, sizeof p);
    p.kb = kb;
    p.size = (size_t)jobs * 4;
    p.ring = ng_xcalloc(p.size, sizeof *p.ring);
    pthread_mutex_init(&p.mu, NULL);
    pthread_cond_init(&p.work, NULL);
    pthread_cond_init(&p.done, NULL);
    pthread_t *th = ng_xcalloc((size_t)jobs, sizeof *th);
    for (int i = 0; i < jobs; i++)
        pthread_create(&th[i], NULL, worker, &p);
    size_t head = 0, tail = 0; /* read up to head, delivered up to tail */
    int eof = 0;
    while (!rc) {
        while (!eof && head - tail < p.size) {
            slot *s = &p.ring[head % p.size];
            if (!ng_inputs_next(in, &s->item)) {
                eof = 1;
                break;
            }
            bytes += s->item.len;
            pthread_mutex_lock(&p.mu);
            s->state = SLOT_READY;
            pthread_cond_signal(&p.work);
            pthread_mutex_unlock(&p.mu);
            head++;
        }
        if (tail == head)
            break;
        slot *s = &p.ring[tail % p.size];
        pthread_mutex_lock(&p.mu);
        while (s->state != SLOT_DONE)
            pthread_cond_wait(&p.done, &p.mu);
        pthread_mutex_unlock(&p.mu);
        rc = deliver(s, o, fn, ctx, st);
        tail++;
        if (o->progress && now() - last > 0.5) {
            progress(st, bytes, total, t0);
            last = now();
        }
    }
    pthread_mutex_lock(&p.mu);
    p.stop = 1;
    pthread_cond_broadcast(&p.work);
    pthread_mutex_unlock(&p.mu);
    for (int i = 0; i < jobs; i++)
        pthread_join(th[i], NULL);
    /* a stopped run still owns what was read ahead */
    for (size_t i = 0; i < p.size; i++) {
        ng_article_free(p.ring[i].art);
        ng_item_clear(&p.ring[i].item);
    }
    if (o->progress)
        progress(st, bytes, total, t0), fputc('\n', stderr);
    free(th);
    free(p.ring);
    pthread_mutex_destroy(&p.mu);
    pthread_cond_destroy(&p.work);
    pthread_cond_destroy(&p.done);
    return rc;
}
