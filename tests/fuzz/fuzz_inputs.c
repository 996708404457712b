/*
 * fuzz_inputs.c - the command's input readers (src/inputs.c, compiled in
 * here): the same bytes as a JSON Lines file and as a WARC file, read item
 * by item as `newsgraph extract` reads them. Not one of the library's
 * entry points, but the first code that touches bytes from the web.
 *
 * Checks: every item has a name; an item without an error has its bytes,
 * no larger than the maximum article size; the reader ends.
 */
#include "fuzz_common.h"
#include "inputs.h"

#include <unistd.h>

#define MAX_SIZE (1u << 20)

static char dir[4096];
static char paths[2][4200];

static void cleanup(void)
{
    unlink(paths[0]);
    unlink(paths[1]);
    rmdir(dir);
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
        atexit(cleanup);
    }
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
