/*
 * fuzz_common.h - what the libFuzzer harnesses share: the knowledge base,
 * loaded once from NG_FUZZ_DATA_DIR in LLVMFuzzerInitialize, and a check
 * that stops the run with a message when an invariant of the library's
 * output is broken (a crash libFuzzer records, like a sanitizer report).
 */
#ifndef NG_FUZZ_COMMON_H
#define NG_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "newsgraph.h"
#include "kb.h"
#include "text.h"
#include "tokens.h"

#ifndef NG_FUZZ_DATA_DIR
#define NG_FUZZ_DATA_DIR "ontology"
#endif

static ng_kb *fuzz_kb;

/* With NG_FUZZ_LENIENT=1 in the environment a broken invariant is reported
 * once per check and the run goes on: a known, not yet fixed bug then does
 * not stop the search for others (the sanitizers still stop it). */
static int fuzz_lenient = -1;

#define FUZZ_CHECK(cond, ...)                                                              \
    do {                                                                                   \
        if (!(cond)) {                                                                     \
            static int reported_;                                                          \
            if (fuzz_lenient < 0) {                                                        \
                const char *e_ = getenv("NG_FUZZ_LENIENT");                                \
                fuzz_lenient = e_ && *e_ && strcmp(e_, "0") != 0;                          \
            }                                                                              \
            if (!fuzz_lenient || !reported_) {                                             \
                fprintf(stderr, "fuzz invariant broken at %s:%d: %s\n  ", __FILE__, __LINE__, #cond); \
                fprintf(stderr, __VA_ARGS__);                                              \
                fprintf(stderr, "\n");                                                     \
            }                                                                              \
            reported_ = 1;                                                                 \
            if (!fuzz_lenient)                                                             \
                abort();                                                                   \
        }                                                                                  \
    } while (0)

static __attribute__((unused)) void fuzz_silence(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    xmlInitParser();
    /* libxml2's HTML parser reports to stderr unless told otherwise */
    xmlSetGenericErrorFunc(NULL, fuzz_silence);
    const char *dir = getenv("NG_FUZZ_DATA_DIR");
    if (!dir || !*dir)
        dir = NG_FUZZ_DATA_DIR;
    char err[1024];
    if (ng_kb_open(&fuzz_kb, dir, NULL, 0, err, sizeof err) != NG_OK) {
        fprintf(stderr, "fuzz: cannot load the knowledge base from %s: %s\n", dir, err);
        exit(1);
    }
    return 0;
}

/* The input as the tokenizer expects it: valid, normalized UTF-8. Returns
 * NULL when the bytes are not UTF-8 (the reader refuses those first). */
static __attribute__((unused)) char *fuzz_normalized(const uint8_t *data, size_t size, size_t *len)
{
    if (ng_utf8_invalid_at(data, size) != (size_t)-1)
        return NULL;
    return ng_text_normalize((const char *)data, size, len);
}

/* Up to three leading lines, when they are UTF-8, as date, url and title:
 * JSON Lines input hands such strings to the library. */
static __attribute__((unused)) void fuzz_meta_lines(const uint8_t *data, size_t size, char lines[3][256],
                                                    const char **date, const char **url, const char **title)
{
    const char **slot[3] = {date, url, title};
    size_t pos = 0;
    for (int k = 0; k < 3; k++) {
        size_t e = pos;
        while (e < size && data[e] != '\n')
            e++;
        size_t n = e - pos < 255 ? e - pos : 255;
        memcpy(lines[k], data + pos, n);
        lines[k][n] = '\0';
        n = strlen(lines[k]);
        if (ng_utf8_invalid_at((const unsigned char *)lines[k], n) == (size_t)-1)
            *slot[k] = lines[k];
        pos = e < size ? e + 1 : size;
    }
}

/* A sentence inside the text, [*begin, *end) of ntok > 2 tokens, chosen by
 * the first two bytes: recognizers must not run past its end. */
static __attribute__((unused)) void fuzz_span(const uint8_t *data, size_t size, size_t ntok, size_t *begin,
                                              size_t *end)
{
    *begin = data[0] % ntok;
    *end = *begin + (size > 1 ? data[1] : 0) % (ntok - *begin) + 1;
}

#endif
