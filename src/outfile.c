/*
 * outfile.c - atomic output files and the signals that must not leave a
 * half-written one behind (see cli.h).
 */
#include "cli.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The temporary file a signal handler must remove: set while one is open. */
static char pending_tmp[4096];
static volatile sig_atomic_t have_pending;

static void on_signal(int sig)
{
    if (have_pending)
        unlink(pending_tmp);
    signal(sig, SIG_DFL);
    raise(sig);
}

static int open_target(ng_outfile *o, const char *target);

void ng_cli_install_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    /* every signal whose default ends the process: each would leave the
     * temporary file behind (SIGKILL cannot be caught; nothing can) */
    static const int fatal[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM,
                                SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ};
    for (size_t i = 0; i < sizeof fatal / sizeof *fatal; i++)
        sigaction(fatal[i], &sa, NULL);
}

int ng_outfile_open(ng_outfile *o, const char *target)
{
    memset(o, 0, sizeof *o);
    if (!target || strcmp(target, "-") == 0) {
        o->fp = stdout;
        return 0;
    }
    /* -o onto a symlink writes through it: the file it names is replaced,
     * and the link stays (renaming over the link would replace it) */
    struct stat st;
    char *resolved = NULL;
    if (lstat(target, &st) == 0 && S_ISLNK(st.st_mode)) {
        if (!(resolved = realpath(target, NULL))) {
            fprintf(stderr, "newsgraph: %s: a symbolic link to a missing file (%s); not written\n", target,
                    strerror(errno));
            return -1;
        }
        target = resolved;
    }
    int rc = open_target(o, target);
    free(resolved);
    return rc;
}

static int open_target(ng_outfile *o, const char *target)
{
    struct stat st;
    if (stat(target, &st) == 0 && !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode) || !(o->fp = fopen(target, "wb"))) {
            fprintf(stderr, "newsgraph: %s: cannot write output: %s\n", target,
                    S_ISDIR(st.st_mode) ? "is a directory" : strerror(errno));
            return -1;
        }
        o->target = ng_xstrdup(target);
        return 0;
    }
    o->target = ng_xstrdup(target);
    size_t n = strlen(target) + 16;
    o->tmp = ng_xmalloc(n);
    snprintf(o->tmp, n, "%s.tmp-XXXXXX", target);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        fprintf(stderr, "newsgraph: %s: cannot create output: %s\n", target, strerror(errno));
        free(o->tmp);
        free(o->target);
        memset(o, 0, sizeof *o);
        return -1;
    }
    if (strlen(o->tmp) < sizeof pending_tmp) {
        memcpy(pending_tmp, o->tmp, strlen(o->tmp) + 1);
        have_pending = 1;
    }
    /* mkstemp makes the file private; the output is an ordinary file */
    mode_t mask = umask(0);
    umask(mask);
    if (fchmod(fd, 0666 & ~mask) != 0 || !(o->fp = fdopen(fd, "wb"))) {
        fprintf(stderr, "newsgraph: %s: cannot create output: %s\n", target, strerror(errno));
        close(fd);
        unlink(o->tmp);
        have_pending = 0;
        free(o->tmp);
        free(o->target);
        memset(o, 0, sizeof *o);
        return -1;
    }
    return 0;
}

/* The rename is durable only once the directory is written: without this a
 * power cut after a run that said "done" could bring back the old file.
 * The output is whole either way, so a file system that cannot sync a
 * directory (EINVAL) is no error; any other failure is reported. */
static int sync_dir(const char *target)
{
    char *dir = ng_xstrdup(target);
    char *slash = strrchr(dir, '/');
    if (!slash)
        strcpy(dir, ".");
    else if (slash == dir)
        dir[1] = '\0';
    else
        *slash = '\0';
    int fd = open(dir, O_RDONLY | O_DIRECTORY), bad = 0;
    if (fd >= 0) {
        bad = fsync(fd) != 0 && errno != EINVAL && errno != EROFS;
        close(fd);
    }
    if (bad)
        fprintf(stderr, "newsgraph: %s: written, but its directory could not be synced: %s\n", target,
                strerror(errno));
    free(dir);
    return bad ? -1 : 0;
}

int ng_outfile_commit(ng_outfile *o)
{
    if (!o->target) {
        if (fflush(stdout) != 0 || ferror(stdout)) {
            fprintf(stderr, "newsgraph: standard output: write error: %s\n", strerror(errno));
            return -1;
        }
        return 0;
    }
    if (!o->tmp) {
        int bad = fflush(o->fp) != 0 || ferror(o->fp);
        bad |= fclose(o->fp) != 0;
        if (bad)
            fprintf(stderr, "newsgraph: %s: write error: %s\n", o->target, strerror(errno));
        free(o->target);
        memset(o, 0, sizeof *o);
        return bad ? -1 : 0;
    }
    int bad = fflush(o->fp) != 0 || ferror(o->fp) || fsync(fileno(o->fp)) != 0;
    int err = errno;
    if (fclose(o->fp) != 0 && !bad) {
        bad = 1;
        err = errno;
    }
    o->fp = NULL;
    if (bad || rename(o->tmp, o->target) != 0) {
        if (!bad)
            err = errno;
        fprintf(stderr, "newsgraph: %s: write error: %s; earlier output left as it was\n", o->target,
                strerror(err));
        unlink(o->tmp);
        have_pending = 0;
        free(o->tmp);
        free(o->target);
        return -1;
    }
    have_pending = 0;
    int synced = sync_dir(o->target);
    free(o->tmp);
    free(o->target);
    memset(o, 0, sizeof *o);
    return synced;
}

void ng_outfile_abort(ng_outfile *o)
{
    if (!o->target)
        return;
    if (o->fp)
        fclose(o->fp);
    if (o->tmp)
        unlink(o->tmp);
    have_pending = 0;
    free(o->tmp);
    free(o->target);
    memset(o, 0, sizeof *o);
}
