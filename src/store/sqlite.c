/*
 * sqlite.c - the store file: librdf's SQLite storage, checked before librdf
 * touches it, indexed, and opened.
 */
#include "store/store.h"
#include "util.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>


/* librdf's schema, as rdf_storage_sqlite.c creates it. */
static const char *const store_probe =
    "SELECT id, uri FROM uris LIMIT 0; SELECT id, blank FROM blanks LIMIT 0;"
    "SELECT id, text, language, datatype FROM literals LIMIT 0;"
    "SELECT subjectUri, subjectBlank, predicateUri, objectUri, objectBlank, objectLiteral, contextUri "
    "FROM triples LIMIT 0;";

/* Whether SQLite finds the database intact. librdf reads on past the
 * errors of a damaged file: export, stats and query gave 724 of 84,727
 * triples with exit status 0. quick_check reads every page once (about a
 * second for a million triples). */
static int store_intact(sqlite3 *db, const char *path)
{
    sqlite3_stmt *st = NULL;
    int ok = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &st, NULL) == SQLITE_OK &&
             sqlite3_step(st) == SQLITE_ROW;
    const char *res = ok ? (const char *)sqlite3_column_text(st, 0) : NULL;
    ok = res && strcmp(res, "ok") == 0;
    if (!ok)
        fprintf(stderr, "newsgraph: %s: the store is damaged: %s\n", path,
                res ? res : sqlite3_errmsg(db));
    sqlite3_finalize(st);
    return ok;
}

/* Whether path holds librdf's tables. Opening an SQLite file and reading
 * its schema writes nothing, so a file that is something else is left
 * exactly as it was. */
static int store_valid(const char *path)
{
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_busy_timeout(db, NG_STORE_BUSY_MS);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, store_probe, NULL, NULL, NULL);
    if (rc == SQLITE_OK && !store_intact(db, path))
        rc = SQLITE_CORRUPT;
    if (rc == SQLITE_NOTADB)
        fprintf(stderr, "newsgraph: %s: not a store (not an SQLite database)\n", path);
    else if (rc == SQLITE_ERROR)
        fprintf(stderr, "newsgraph: %s: not a store (an SQLite database without librdf's tables)\n", path);
    else if (rc == SQLITE_CORRUPT)
        ; /* said */
    else if (rc != SQLITE_OK)
        fprintf(stderr, "newsgraph: %s: cannot open store: %s\n", path, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : -1;
}

/* load's first look at a store, before it takes the lock: a load that
 * holds the lock may be creating the store, and reading it meanwhile
 * (store_valid) took SQLite locks that made that load's BEGIN IMMEDIATE
 * or journal mode change fail, after which the second load failed on the
 * lock too: two loads, neither loaded. So the look holds a shared flock
 * while it reads, and when a load holds the lock it says so at once. */
static int store_valid_unlocked(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd >= 0 && flock(fd, LOCK_SH | LOCK_NB) != 0) {
        fprintf(stderr, "newsgraph: %s: another newsgraph load is writing to this store; try again when it ends\n",
                path);
        close(fd);
        return -1;
    }
    int rc = store_valid(path);
    if (fd >= 0)
        close(fd);   /* and with it the shared lock */
    return rc;
}

/* The directory a new store file would go in must already exist: a typo
 * in the path should not create directories or stray files. */
static int store_dir_exists(const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir = slash ? ng_xstrndup(path, slash == path ? 1 : (size_t)(slash - path)) : ng_xstrdup(".");
    struct stat sb;
    int ok = stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode);
    if (!ok)
        fprintf(stderr, "newsgraph: %s: cannot create store: directory %s does not exist\n", path, dir);
    free(dir);
    return ok;
}

/* Checks a store before use. create: a missing (or empty) file may become
 * a new store; *is_new says which (STORE_MISSING or STORE_EMPTY). */
int ng_store_check(const char *path, int create, int *is_new)
{
    struct stat sb;
    *is_new = STORE_EXISTS;
    if (ng_virtuoso_spec(path))
        return 0;   /* a server: virtuoso.c checks it when it connects */
    if (stat(path, &sb) != 0) {
        if (errno != ENOENT || !create) {
            fprintf(stderr, "newsgraph: %s: no such store: %s\n", path, strerror(errno));
            return -1;
        }
        if (!store_dir_exists(path))
            return -1;
        *is_new = STORE_MISSING;
        return 0;
    }
    if (!S_ISREG(sb.st_mode)) {
        fprintf(stderr, "newsgraph: %s: not a store (not a regular file)\n", path);
        return -1;
    }
    if (sb.st_size == 0 && create) {
        *is_new = STORE_EMPTY;   /* an empty file (mktemp) is an empty SQLite database */
        return 0;
    }
    return create == NG_STORE_CREATE ? store_valid_unlocked(path) : store_valid(path);
}

/* The store is put in WAL mode (kept in the file): readers (stats, query,
 * export) and the one writer (load) then never block each other, which
 * matters because librdf sets no busy timeout on its connection and a
 * `stats` during a load made the load fail.
 *
 * librdf's schema has no index on literal text, which makes every literal
 * lookup a table scan and loading quadratic (DEPENDENCY-NOTES.md); and none
 * on triple objects, which `load` searches by (ng:file "...", ng:statedIn
 * <article>, ...). The object indexes carry predicate and subject too:
 * SQLite prefers them for the exact lookups librdf makes before every add
 * (subject, predicate, object), and an index on the object alone would send
 * those through every triple that mentions, say, a country. IF NOT EXISTS:
 * cheap on every load. */
static int store_add_indexes(const char *path)
{
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_busy_timeout(db, NG_STORE_BUSY_MS);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db,
                          "PRAGMA journal_mode=WAL;"
                          "CREATE INDEX IF NOT EXISTS literals_text ON literals(text);"
                          "CREATE INDEX IF NOT EXISTS triples_by_object_literal "
                          "ON triples(objectLiteral, predicateUri, subjectUri);"
                          "CREATE INDEX IF NOT EXISTS triples_by_object_uri "
                          "ON triples(objectUri, predicateUri, subjectUri);",
                          NULL, NULL, NULL);
    if (rc != SQLITE_OK)
        fprintf(stderr, "newsgraph: %s: cannot index the store: %s\n", path,
                db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    return rc == SQLITE_OK ? 0 : -1;
}

static int store_attach(rdf_env *e, const char *path, const char *options)
{
    ng_env_reset_log(e, path);
    e->storage = librdf_new_storage(e->world, "sqlite", path, options);
    if (e->storage)
        e->model = librdf_new_model(e->world, e->storage, NULL);
    if (!e->model) {
        ng_env_print_log(e, "cannot open the store");
        return -1;
    }
    return 0;
}

static void store_detach(rdf_env *e)
{
    if (e->model)
        librdf_free_model(e->model);
    if (e->storage)
        librdf_free_storage(e->storage);
    e->model = NULL;
    e->storage = NULL;
}

/* Copies the database at from into the file at to, page by page, in
 * place: the file stays the same file (inode), and with it load's lock. */
static int store_copy_into(const char *from, const char *to)
{
    sqlite3 *src = NULL, *dst = NULL;
    int rc = sqlite3_open_v2(from, &src, SQLITE_OPEN_READONLY, NULL);
    if (rc == SQLITE_OK)
        rc = sqlite3_open_v2(to, &dst, SQLITE_OPEN_READWRITE, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_backup *bk = sqlite3_backup_init(dst, "main", src, "main");
        rc = bk ? sqlite3_backup_step(bk, -1) : sqlite3_errcode(dst);
        int done = bk ? sqlite3_backup_finish(bk) : rc;
        rc = rc == SQLITE_DONE ? done : rc;
    }
    if (rc != SQLITE_OK)
        fprintf(stderr, "newsgraph: %s: cannot create store: %s\n", to,
                dst ? sqlite3_errmsg(dst) : sqlite3_errstr(rc));
    sqlite3_close(src);
    sqlite3_close(dst);
    return rc == SQLITE_OK ? 0 : -1;
}

/* A new store: librdf makes its tables in a file of its own beside path,
 * and they are copied into path. librdf makes a new store by unlinking the
 * file and creating another under the name: that left load's lock on the
 * unlinked file, so a second load could lock the new one and write too
 * (two concurrent loads of a new store both failed, or both wrote). */
static int store_create(rdf_env *e, const char *path)
{
    ng_buf tmp;
    ng_buf_init(&tmp);
    ng_buf_printf(&tmp, "%s.new-XXXXXX", path);
    int fd = mkstemp(tmp.data);
    if (fd < 0) {
        fprintf(stderr, "newsgraph: %s: cannot create store: %s: %s\n", path, tmp.data, strerror(errno));
        ng_buf_free(&tmp);
        return -1;
    }
    close(fd);
    int rc = store_attach(e, tmp.data, "new='yes',synchronous='off'");
    store_detach(e);
    if (rc == 0)
        rc = store_copy_into(tmp.data, path);
    unlink(tmp.data);
    ng_buf_free(&tmp);
    return rc;
}

/* Opens a checked store. A new one is created by librdf (its tables, see
 * store_create), and opened once indexed, so that librdf never has a
 * schema change happen under its open connection. synchronous='off': no fsync per
 * transaction; SQLite's journal still makes each transaction atomic when
 * the process is killed. */
int ng_store_open(rdf_env *e, const char *path, int is_new, int index)
{
    if (ng_virtuoso_spec(path))
        return ng_virtuoso_open(e, path);
    if (is_new && store_create(e, path) != 0)
        return -1;
    if (index && store_add_indexes(path) != 0)
        return -1;
    return store_attach(e, path, "synchronous='off'");
}

/* For load: the store file, created when missing (O_EXCL: of two runs, one
 * creates it), and an exclusive flock held until the process ends. A
 * second load of the same store fails at once with a message instead of
 * racing the first, and a run removes a file only when it created it and
 * holds the lock, so it never deletes what another run loaded. */
int ng_store_lock(const char *path, int *created)
{
    *created = 0;
    int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd >= 0)
        *created = 1;
    else if (errno == EEXIST)
        fd = open(path, O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        fprintf(stderr, "newsgraph: %s: cannot open store: %s\n", path, strerror(errno));
        return -1;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        fprintf(stderr, "newsgraph: %s: another newsgraph load is writing to this store; try again when it ends\n",
                path);
        close(fd);
        if (*created)   /* cannot happen: nobody else knew the file yet */
            *created = 0;
        return -1;
    }
    return fd;
}
