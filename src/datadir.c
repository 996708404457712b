/*
 * datadir.c - where the commands find their data (ontology/): --data, else
 * $NEWSGRAPH_DATA, else the default found here.
 *
 * No path is compiled in: an installed command finds the data beside
 * itself, as PREFIX/bin/newsgraph -> PREFIX/share/newsgraph/ontology, so a
 * package or a `make install DESTDIR=...` tree works wherever it lands. In
 * a build tree CMake puts a link "newsgraph-data" beside the binary that
 * points at the checkout's ontology/.
 */
#include "cli.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Whether dir holds the data: its ontology file is the sign. */
static int has_data(const char *dir)
{
    char probe[2 * PATH_MAX];
    int n = snprintf(probe, sizeof probe, "%s/newsgraph.ttl", dir);
    return n > 0 && (size_t)n < sizeof probe && access(probe, R_OK) == 0;
}

const char *ng_cli_default_data_dir(void)
{
    static char installed[PATH_MAX + 64], build[PATH_MAX + 64];
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return "ontology";   /* no /proc: the working directory's, as a last resort */
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash)
        *slash = '\0';
    snprintf(installed, sizeof installed, "%s/../share/newsgraph/ontology", exe);
    snprintf(build, sizeof build, "%s/newsgraph-data", exe);
    if (!has_data(installed) && has_data(build))
        return build;
    return installed;   /* when neither has it, the error names where it should be */
}

const char *ng_cli_data_dir(const char *option)
{
    if (option)
        return option;
    const char *env = getenv("NEWSGRAPH_DATA");
    return env && *env ? env : ng_cli_default_data_dir();
}
