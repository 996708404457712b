/*
 * fuzz_inputs.c - the command's input readers (src/inputs.c, compiled in
 * here): the same bytes as a JSON Lines file and as a WARC file, read item
 * by item as `newsgraph extract` reads them. Not one of the library's
 * entry points, but the first code that touches bytes from the web.
 *
 * Checks: every item has a name; an item without an error has its bytes,
 * no larger than the maximum article size; the reader ends.
 *
 * The first bytes also build a small directory tree, which the mutators
 * never make on their own (issue 16): directories, article files and
 * symbolic links to '.', '..', the root, another directory, themselves
 * and nowhere. The walk must end, with each name at most once.
 */
/* nftw and symlink (POSIX, not C11) */
#define _XOPEN_SOURCE 700
#include "fuzz_common.h"
#include "inputs.h"

#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_SIZE (1u << 20)

static char dir[4096];
static char paths[2][4200];

static char tree[4200];

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    return flag == FTW_DP ? rmdir(path) : unlink(path);
}

static void remove_tree(void)
{
    nftw(tree, remove_one, 16, FTW_DEPTH | FTW_PHYS);
}

static void cleanup(void)
{
    unlink(paths[0]);
    unlink(paths[1]);
    remove_tree();
    *strrchr(tree, '/') = '\0';
    rmdir(tree);
    rmdir(dir);
}

enum { TREE_BYTES = 12, TREE_DIRS = 8 };

/* Each of the first TREE_BYTES bytes adds an entry: its high bits pick the
 * directory it goes in, its low bits what it is. */
static void build_tree(const uint8_t *data, size_t size)
{
    remove_tree();
    FUZZ_CHECK(mkdir(tree, 0755) == 0, "mkdir %s", tree);
    char dirs[TREE_DIRS][4400];
    size_t ndirs = 1;
    snprintf(dirs[0], sizeof dirs[0], "%s", tree);
    for (size_t i = 0; i < size && i < TREE_BYTES; i++) {
        uint8_t b = data[i];
        const char *parent = dirs[(b >> 4) % ndirs];
        char path[4600];
        int kind = b & 7;
        snprintf(path, sizeof path, "%s/e%zu%s", parent, i, kind == 2 || (kind == 7 && (b & 8)) ? ".txt" : "");
        if (kind <= 1 && ndirs < TREE_DIRS && mkdir(path, 0755) == 0) {
            snprintf(dirs[ndirs++], sizeof dirs[0], "%s", path);
        } else if (kind == 2) {
            FILE *f = fopen(path, "wb");
            if (f) {
                fprintf(f, "Aleksandr Lukashenko met Sergei Sobyanin in Minsk on %zu May 2024.\n", i + 1);
                fclose(f);
            }
        } else if (kind >= 3) {
            const char *to = kind == 3 ? "." : kind == 4 ? ".." : kind == 5 ? tree
                           : kind == 6 ? dirs[(b >> 3) % ndirs] : (b & 8) ? "nowhere.txt" : path + strlen(parent) + 1;
            (void)!symlink(to, path);
        }
    }
}

/* The walk of the tree ends, and names no file twice. */
static void walk_tree(void)
{
    char *argv[1] = {tree};
    ng_inputs *in = NULL;
    char err[512];
    if (ng_inputs_open(&in, argv, 1, MAX_SIZE, 0, err, sizeof err) != 0)
        return; /* no article in it: an error, not a walk */
    ng_item it;
    char *names[64];
    size_t n = 0;
    while (ng_inputs_next(in, &it)) {
        FUZZ_CHECK(n < 64, "more than 64 items from a tree of %d entries", TREE_BYTES);
        FUZZ_CHECK(it.name != NULL, "tree item %zu has no name", n);
        for (size_t k = 0; k < n; k++)
            FUZZ_CHECK(strcmp(names[k], it.name) != 0, "%s read twice", it.name);
        names[n++] = strdup(it.name);
        ng_item_clear(&it);
    }
    for (size_t k = 0; k < n; k++)
        free(names[k]);
    ng_inputs_close(in);
}

static void write_file(const char *path, const uint8_t *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    FUZZ_CHECK(f != NULL, "cannot write %s", path);
    if (size)
        fwrite(data, 1, size, f);
    fclose(f);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!dir[0]) {
        const char *tmp = getenv("TMPDIR");
        snprintf(dir, sizeof dir, "%s/ng-fuzz-inputs-XXXXXX", tmp && *tmp ? tmp : "/tmp");
        FUZZ_CHECK(mkdtemp(dir) != NULL, "mkdtemp %s", dir);
        snprintf(paths[0], sizeof paths[0], "%s/in.jsonl", dir);
        snprintf(paths[1], sizeof paths[1], "%s/in.warc", dir);
        /* the tree one level down: its ".." links stay among its own files */
        snprintf(tree, sizeof tree, "%s/t", dir);
        FUZZ_CHECK(mkdir(tree, 0755) == 0, "mkdir %s", tree);
        snprintf(tree, sizeof tree, "%s/t/tree", dir);
        atexit(cleanup);
    }
    build_tree(data, size);
    walk_tree();
    write_file(paths[0], data, size);
    write_file(paths[1], data, size);
    char *argv[2] = {paths[0], paths[1]};
    ng_inputs *in = NULL;
    char err[512];
    FUZZ_CHECK(ng_inputs_open(&in, argv, 2, MAX_SIZE, 0, err, sizeof err) == 0, "ng_inputs_open: %s", err);
    ng_item it;
    size_t n = 0;
    while (ng_inputs_next(in, &it)) {
        FUZZ_CHECK(++n <= 2 * size + 4, "%zu items from %zu bytes", n, size);
        FUZZ_CHECK(it.name != NULL, "item %zu has no name", n);
        if (!it.error) {
            /* issue 16: a name is cited and keyed; never cut, never invalid */
            FUZZ_CHECK(ng_utf8_is_clean(it.name), "item %zu's name is not clean UTF-8", n);
            FUZZ_CHECK(it.bytes != NULL, "item %zu (%s) has neither bytes nor an error", n, it.name);
            FUZZ_CHECK(it.len <= MAX_SIZE, "item %zu (%s) has %zu bytes, the maximum is %u", n, it.name, it.len,
                       MAX_SIZE);
        }
        ng_item_clear(&it);
    }
    ng_inputs_close(in);
    return 0;
}
