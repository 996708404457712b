/*
 * cmd_rules.c - `newsgraph explain` and `newsgraph rules`: why a fact is
 * in the graph, and what the loaded rules are and how often they fire.
 */
#include "article.h"
#include "cli.h"
#include "gold.h"
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

/* Standard input is read once: by one of --gazetteer, --rules, --gold
 * (gold: its path or NULL) and the inputs. 0, or NG_EXIT_USAGE after a
 * message. */
static int stdin_once(const kb_opts *o, const char *gold, char **inputs, size_t n)
{
    char err[256];
    ng_cli_files files[] = {{"--gazetteer", (const char *const *)o->gaz.items, o->gaz.len},
                            {"--rules", (const char *const *)o->rules.items, o->rules.len},
                            {"--gold", &gold, gold ? 1 : 0},
                            {"INPUT", (const char *const *)inputs, n}};
    if (ng_cli_check_stdin(files, 4, err, sizeof err) == 0)
        return 0;
    fprintf(stderr, "newsgraph: %s\n", err);
    return NG_EXIT_USAGE;
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
    return st.skipped || st.repaired ? NG_EXIT_PARTIAL : NG_EXIT_OK;
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
    int rc = stdin_once(&o, NULL, argv + optind, (size_t)(argc - optind));
    if (rc) {
        ng_vec_free(&o.gaz);
        ng_vec_free(&o.rules);
        return rc;
    }
    rc = open_kb(&o, &kb);
    if (rc)
        return rc;
    rc = run_files(kb, argv + optind, (size_t)(argc - optind), explain_one, NULL);
    ng_kb_close(kb);
    return rc;
}

/* ---- rules ---------------------------------------------------------- */

/* Per rule id: matches that gave a fact, facts in the output, facts the
 * gold has. */
typedef struct {
    size_t fired, facts, right;
} tally;

typedef struct {
    const ng_ruleset *rs;
    const ng_gold *gold;
    ng_map *tallies;        /* rule id -> tally * */
    ng_vec ids;             /* builtin ids, in order first seen */
    size_t unknown_articles;/* articles the gold does not have */
} counting;

static tally *tally_of(counting *c, const char *id)
{
    tally *t = ng_map_get(c->tallies, id, strlen(id));
    if (!t) {
        t = ng_xcalloc(1, sizeof *t);
        ng_map_put(c->tallies, id, strlen(id), t);
        if (strncmp(id, "builtin:", 8) == 0)
            ng_vec_push(&c->ids, ng_xstrdup(id));
    }
    return t;
}

static void count_fact(counting *c, const char *id, int right)
{
    tally *t = tally_of(c, id);
    t->facts++;
    t->right += right > 0;
    if (right < 0)
        c->unknown_articles++;
}

static int count_one(const ng_article *a, const ng_item *item, void *ctx)
{
    counting *c = ctx;
    for (size_t i = 0; i < a->fired.len; i++)
        tally_of(c, ((const ng_rule *)a->fired.items[i])->id)->fired++;
    for (size_t i = 0; i < a->events.len; i++) {
        const ng_event *e = &a->events.items[i];
        count_fact(c, e->rule ? e->rule : "builtin:event",
                   c->gold ? ng_gold_has_event(c->gold, item->name, a, e) : 0);
    }
    for (size_t i = 0; i < a->mentions.npositions; i++) {
        const ng_xposition *p = &a->mentions.positions[i];
        count_fact(c, p->rule ? p->rule : "builtin:position-title",
                   c->gold ? ng_gold_has_position(c->gold, item->name, a, p) : 0);
    }
    return 0;
}

static void print_counts(const counting *c, const char *id)
{
    const tally *t = c ? ng_map_get(c->tallies, id, strlen(id)) : NULL;
    tally zero = {0, 0, 0};
    if (!c)
        return;
    if (!t)
        t = &zero;
    printf(" %6zu %6zu", t->fired, t->facts);
    if (c->gold)
        printf(" %6zu", t->right);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list_rules(const ng_ruleset *rs, const counting *c)
{
    printf("%-40s %-8s %4s %4s %4s%s%s  %s\n", "rule", "frame", "prio", "ex", "cex", c ? "  fired  facts" : "",
           c && c->gold ? "  right" : "", "file");
    for (size_t i = 0; i < rs->len; i++) {
        const ng_rule *r = rs->rules[i];
        printf("%-40s %-8s %4d %4zu %4zu", r->id, ng_frame_name(r->frame), r->priority, r->nexamples,
               r->ncounter);
        print_counts(c, r->id);
        printf("  %s:%d\n", r->file, r->line);
    }
    if (!c)
        return;
    if (c->ids.len)
        qsort(c->ids.items, c->ids.len, sizeof(char *), cmp_str);
    for (size_t i = 0; i < c->ids.len; i++) {
        printf("%-40s %-8s %4s %4s %4s", (char *)c->ids.items[i], "-", "-", "-", "-");
        print_counts(c, c->ids.items[i]);
        printf("  (C extractor)\n");
    }
    if (c->gold && c->unknown_articles)
        printf("# %zu facts come from articles the gold does not have\n", c->unknown_articles);
}

static void free_tally(const char *key, void *value, void *ctx)
{
    (void)key; (void)ctx;
    free(value);
}

static int rules_usage(int help)
{
    fprintf(help ? stdout : stderr,
            "usage: newsgraph rules [--data DIR] [--gazetteer FILE] [--rules FILE] [--gold GOLD.json] [CORPUS...]\n"
            "Lists the extraction rules loaded (id, frame, priority, examples,\n"
            "counterexamples, where defined). With a corpus: for each rule, the C\n"
            "extractors' fixed ones (builtin:...) included, how many matches gave a fact\n"
            "(fired) and how many facts it has in the output; with --gold, how many of\n"
            "those the gold has (right).\n");
    return help ? NG_EXIT_OK : NG_EXIT_USAGE;
}

int ng_cmd_rules(int argc, char **argv)
{
    kb_opts o = {0};
    const char *gold_path = NULL;
    /* --gold is this command's own: take it out before the shared options */
    char **args = ng_xmalloc((size_t)(argc + 1) * sizeof *args);
    int n = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--gold") == 0 && i + 1 < argc)
            gold_path = argv[++i];
        else if (strncmp(argv[i], "--gold=", 7) == 0)
            gold_path = argv[i] + 7;
        else
            args[n++] = argv[i];
    }
    args[n] = NULL;
    int p = parse_kb_opts(n, args, &o);
    if (p || (gold_path && optind >= n)) {
        ng_vec_free(&o.gaz);
        ng_vec_free(&o.rules);
        free(args);
        return rules_usage(p == 1);
    }
    if (stdin_once(&o, gold_path, args + optind, (size_t)(n - optind))) {
        ng_vec_free(&o.gaz);
        ng_vec_free(&o.rules);
        free(args);
        return NG_EXIT_USAGE;
    }
    char err[1024];
    ng_gold *gold = gold_path ? ng_gold_read(gold_path, err, sizeof err) : NULL;
    if (gold_path && !gold) {
        fprintf(stderr, "newsgraph: %s\n", err);
        ng_vec_free(&o.gaz);
        ng_vec_free(&o.rules);
        free(args);
        return NG_EXIT_FAIL;
    }
    ng_kb *kb = NULL;
    int rc = open_kb(&o, &kb);
    if (rc) {
        ng_gold_free(gold);
        free(args);
        return rc;
    }
    const ng_ruleset *rs = ng_kb_rules(kb);
    if (optind >= n) {
        list_rules(rs, NULL);
    } else {
        counting c = {rs, gold, ng_map_new(), {0}, 0};
        rc = run_files(kb, args + optind, (size_t)(n - optind), count_one, &c);
        if (rc == NG_EXIT_OK || rc == NG_EXIT_PARTIAL)
            list_rules(rs, &c);
        ng_map_each(c.tallies, free_tally, NULL);
        ng_map_free(c.tallies);
        for (size_t i = 0; i < c.ids.len; i++)
            free(c.ids.items[i]);
        ng_vec_free(&c.ids);
    }
    ng_gold_free(gold);
    ng_kb_close(kb);
    free(args);
    return rc;
}
