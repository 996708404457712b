/*
 * util.h - small containers shared by every stage: a growable byte buffer,
 * a growable array of pointers, and a string-keyed hash map.
 *
 * Allocation failure is fatal (ng_xmalloc aborts with a message): the tool
 * is a batch command and has no meaningful way to continue without memory.
 */
#ifndef NG_UTIL_H
#define NG_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

void *ng_xmalloc(size_t n);
void *ng_xcalloc(size_t n, size_t size);
void *ng_xrealloc(void *p, size_t n);
char *ng_xstrdup(const char *s);
char *ng_xstrndup(const char *s, size_t n);

/* A growable, always NUL-terminated byte buffer. */
typedef struct {
    char *data;
    size_t len;
    size_t cap;
} ng_buf;

void ng_buf_init(ng_buf *b);
void ng_buf_free(ng_buf *b);
void ng_buf_clear(ng_buf *b);
void ng_buf_add(ng_buf *b, const void *p, size_t n);
void ng_buf_adds(ng_buf *b, const char *s);
void ng_buf_addc(ng_buf *b, char c);
void ng_buf_printf(ng_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Hands the data to the caller (who frees it) and resets the buffer. */
char *ng_buf_steal(ng_buf *b);

/* A growable array of pointers; it does not own what it points to. */
typedef struct {
    void **items;
    size_t len;
    size_t cap;
} ng_vec;

void ng_vec_push(ng_vec *v, void *item);
void ng_vec_free(ng_vec *v);

/* String -> pointer hash map; keys are copied and owned by the map. */
typedef struct ng_map ng_map;

ng_map *ng_map_new(void);
void ng_map_free(ng_map *m);
/* Empties m; values are the caller's to free first. */
void ng_map_clear(ng_map *m);
/* Returns the previous value, or NULL. */
void *ng_map_put(ng_map *m, const char *key, size_t keylen, void *value);
void *ng_map_get(const ng_map *m, const char *key, size_t keylen);
/* Puts key -> value unless key is there: 1 if it was put, 0 if not. */
int ng_map_add(ng_map *m, const char *key, size_t keylen, void *value);
/* As ng_map_get, with the key's ng_hash already known. */
void *ng_map_get_hashed(const ng_map *m, const char *key, size_t keylen, uint64_t hash);
/* As ng_map_put, with the key's hash given: a map may use a hash of its
 * own (the phrase index grows its keys' hashes token by token), provided
 * every put and get of that map uses it. */
void *ng_map_put_hashed(ng_map *m, const char *key, size_t keylen, uint64_t hash, void *value);
size_t ng_map_count(const ng_map *m);
/* Calls fn for every entry in unspecified order. */
void ng_map_each(const ng_map *m, void (*fn)(const char *key, void *value, void *ctx), void *ctx);

/* For maps: fast, may change between versions. */
uint64_t ng_hash(const void *p, size_t n);
/* For what is written out (IRIs): the same in every version. */
uint64_t ng_stable_hash(const void *p, size_t n);

#endif
