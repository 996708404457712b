/*
 * cmd_rules.c - `newsgraph explain` and `newsgraph rules`: why a fact is
 * in the graph, and what the loaded rules are and how often they fire.
 */
#include "article.h"
#include "cli.h"
#include "inputs.h"
#include "rules/ruleset.h"
#include "run.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *data;
    ng_vec gaz, rules;
} kb_opts;

static const struct option kb_options[] = {
    {"data", required_argument, 0, 'd'}, {"gazetteer", required_argument, 0, 'g'},
    {"rules", required_argument, 0, 'R'}, {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};

/* Parses the options both commands share; returns -1 on a bad one, 1 for --help. */
static int parse_kb_opts(int argc, char **argv, kb_opts *o)
{
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "h", kb_options, NULL)) != -1) {
        switch (c) {
        case 'd': o->data = optarg; break;
        case 'g': ng_vec_push(&o->gaz, optarg); break;
        case 'R': ng_vec_push(&o->rules, optarg); break;
        case 'h': return 1;
        default: return -1;
        }
    }
    return 0;
}

static int open_kb(kb_opts *o, ng_kb **kb)
{
    char err[1024];
    const char *dir = ng_cli_data_dir(o->data);
    int rc = ng_kb_open(kb, dir, (const char *const *)o->gaz.items, o->gaz.len, err, sizeof err);
    if (!rc)
        rc = ng_kb_add_rules(*kb, dir, (const char *const *)o->rules.items, o->rules.len, err, sizeof err);
    ng_vec_free(&o->gaz);
    ng_vec_free(&o->rules);
    if (rc) {
        fprintf(stderr, "newsgraph: %s\n", err);
        ng_kb_close(*kb);
        *kb = NULL;
        return NG_EXIT_FAIL;
    }
    return NG_EXIT_OK;
}

/* ---- explain -------------------------------------------------------- */

static void print_evidence(const ng_article *a, size_t start, size_t end, const char *rule)
{
    printf("    rule %s, characters %zu-%zu\n", rule, ng_doc_cp_offset(&a->doc, start),
           ng_doc_cp_offset(&a->doc, end));
    printf("    \"%.*s\"\n", (int)(end - start), a->doc.text + start);
}

static void explain_event(const ng_article *a, const ng_event *e)
{
    char day[16] = "undated";
    if (e->date.y)
        ng_date_format(e->date, day);
    if (e->is_forum) {
        printf("  forum \"%s\"", e->label);
        if (e->edition)
            printf(" edition %d", e->edition);
    } else {
        printf("  meeting");
        for (int i = 0; i < e->nparticipants; i++)
            printf("%s%s", i ? ", " : " of ", a->mentions.persons[e->participants[i]].label);
    }
    printf(", %s%s", day, e->date_defaulted ? " (publication date)" : "");
    if (e->location)
        printf(", in %s", e->location->label);
    if (!e->is_forum && e->mode)
        printf(", %s", e->mode == NG_MODE_REMOTE ? "remote" : "in person");
    printf("\n");
    print_evidence(a, e->span.start, e->span.end, e->rule ? e->rule : "builtin:event");
}

static void explain_position(const ng_article *a, const ng_xposition *p)
{
    printf("  position: %s is %s%s%s\n", a->mentions.persons[p->person].label, p->type,
           p->jurisdiction ? " of " : "", p->jurisdiction ? p->jurisdiction->label : "");
    size_t si = ng_sentence_of(&a->sentences, p->tok);
    if (si == (size_t)-1)
        return;
    const ng_sentence *s = &a->sentences.items[si];
    print_evidence(a, a->doc.toks.toks[s->tok_start].start, a->doc.toks.toks[s->tok_end - 1].end,
                   p->rule ? p->rule : "builtin:position-title");
}

static int explain_one(const ng_article *a, const ng_item *item, void *ctx)
{
    (void)ctx;
    printf("%s\n", item->name);
    for (size_t i = 0; i < a->mentions.npositions; i++)
        explain_position(a, &a->mentions.positions[i]);
    for (size_t i = 0; i < a->events.len; i++)
        explain_event(a, &a->events.items[i]);
    for (size_t i = 0; i < a->claims.len; i++) {
        const ng_claim *c = &a->claims.items[i];
        printf("  claim %s %s\n", c->indicator, c->unit);
        print_evidence(a, c->span.start, c->span.end, "builtin:claim");
    }
    return 0;
}

static int run_files(const ng_kb *kb, char **paths, size_t n, ng_run_fn fn, void *ctx)
{
    char err[1024];
    ng_inputs *in = NULL;
    if (ng_inputs_open(&in, paths, n, 16000000, 0, err, sizeof err)) {
        fprintf(stderr, "newsgraph: %s\n", err);
        return NG_EXIT_INPUT;
    }
    ng_run_opts ro = {1, 0, 0};
    ng_run_stats st;
    memset(&st, 0, sizeof st);
    int rc = ng_run(kb, in, &ro, fn, ctx, &st);
    ng_inputs_close(in);
    if (rc)
        return rc;
    if (!st.articles)
        return NG_EXIT_INPUT;
    return st.skipped ? NG_EXIT_PARTIAL : NG_EXIT_OK;
}

int ng_cmd_explain(int argc, char **argv)
{
    kb_opts o = {0};
    int p = parse_kb_opts(argc, argv, &o);
    if (p || optind >= argc) {
        fprintf(p == 1 ? stdout : stderr,
                "usage: newsgraph explain [--data DIR] [--gazetteer FILE] [--rules FILE] INPUT...\n"
                "Prints every fact found in each article with its sentence, its character\n"
                "offsets and the id of the rule that found it.\n");
        ng_vec_free(&o.gaz);
        ng_vec_free(&o.rules);
        return p == 1 ? NG_EXIT_OK : NG_EXIT_USAGE;
    }
    ng_kb *kb = NULL;
    int rc = open_kb(&o, &kb);
    if (rc)
        return rc;
    rc = run_files(kb, argv + optind, (size_t)(argc - optind), explain_one, NULL);
    ng_kb_close(kb);
    return rc;
}

/* ---- rules ---------------------------------------------------------- */

typedef struct {
    const ng_ruleset *rs;
    size_t *fired;          /* per rule */
    ng_map *builtin;        /* builtin rule id -> count (as a pointer) */
} counting;

static void count_builtin(counting *c, const char *id)
{
    size_t n = (size_t)(uintptr_t)ng_map_get(c->builtin, id, strlen(id));
    ng_map_put(c->builtin, id, strlen(id), (void *)(uintptr_t)(n + 1));
}

static int count_one(const ng_article *a, const ng_item *item, void *ctx)
{
    (void)item;
    counting *c = ctx;
    for (size_t i = 0; i < a->fired.len; i++)
        for (size_t k = 0; k < c->rs->len; k++)
            if (c->rs->rules[k] == a->fired.items[i])
                c->fired[k]++;
    for (size_t i = 0; i < a->events.len; i++)
        if (!a->events.items[i].rule || strncmp(a->events.items[i].rule, "builtin:", 8) == 0)
            count_builtin(c, a->events.items[i].rule ? a->events.items[i].rule : "builtin:event");
    for (size_t i = 0; i < a->mentions.npositions; i++)
        if (!a->mentions.positions[i].rule)
            count_builtin(c, "builtin:position-title");
    return 0;
}

static void print_builtin(const char *key, void *value, void *ctx)
{
    ng_vec *lines = ctx;
    char *line = ng_xmalloc(strlen(key) + 32);
    sprintf(line, "%-36s %6zu", key, (size_t)(uintptr_t)value);
    ng_vec_push(lines, line);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list_rules(const ng_ruleset *rs, const size_t *fired)
{
    printf("%-36s %-8s %4s %4s %4s%s  %s\n", "rule", "frame", "prio", "ex", "cex", fired ? "  fired" : "", "file");
    for (size_t i = 0; i < rs->len; i++) {
        const ng_rule *r = rs->rules[i];
        printf("%-36s %-8s %4d %4zu %4zu", r->id, ng_frame_name(r->frame), r->priority, r->nexamples,
               r->ncounter);
        if (fired)
            printf(" %6zu", fired[i]);
        printf("  %s:%d\n", r->file, r->line);
    }
}

int ng_cmd_rules(int argc, char **argv)
{
    kb_opts o = {0};
    int p = parse_kb_opts(argc, argv, &o);
    if (p) {
        fprintf(p == 1 ? stdout : stderr,
                "usage: newsgraph rules [--data DIR] [--gazetteer FILE] [--rules FILE] [CORPUS...]\n"
                "Lists the extraction rules loaded (id, frame, priority, examples,\n"
                "counterexamples, where defined); with a corpus, how many facts each gave\n"
                "there, the C extractors' fixed rules (builtin:...) included.\n");
        ng_vec_free(&o.gaz);
        ng_vec_free(&o.rules);
        return p == 1 ? NG_EXIT_OK : NG_EXIT_USAGE;
    }
    ng_kb *kb = NULL;
    int rc = open_kb(&o, &kb);
    if (rc)
        return rc;
    const ng_ruleset *rs = ng_kb_rules(kb);
    if (optind >= argc) {
        list_rules(rs, NULL);
        ng_kb_close(kb);
        return NG_EXIT_OK;
    }
    counting c = {rs, ng_xcalloc(rs->len + 1, sizeof(size_t)), ng_map_new()};
    rc = run_files(kb, argv + optind, (size_t)(argc - optind), count_one, &c);
    if (rc == NG_EXIT_OK || rc == NG_EXIT_PARTIAL) {
        list_rules(rs, c.fired);
        ng_vec lines = {0};
        ng_map_each(c.builtin, print_builtin, &lines);
        if (lines.len)
            qsort(lines.items, lines.len, sizeof(char *), cmp_str);
        for (size_t i = 0; i < lines.len; i++) {
            printf("%s\n", (char *)lines.items[i]);
            free(lines.items[i]);
        }
        ng_vec_free(&lines);
    }
    free(c.fired);
    ng_map_free(c.builtin);
    ng_kb_close(kb);
    return rc;
}
