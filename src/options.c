/*
 * options.c - the checks every command applies to its settings (see
 * cli.h): a bad setting is refused before any work, with a message that
 * says what is wrong, rather than producing a wrong graph with exit 0.
 */
#include "cli.h"
#include "text.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

int ng_cli_check_base(const char *base, char *err, size_t errlen)
{
    if (!base || !*base) {
        snprintf(err, errlen, "--base: empty; give an absolute IRI ending in / or #");
        return -1;
    }
    const char *p = base;
    if (!isalpha((unsigned char)*p)) {
        snprintf(err, errlen, "--base '%s': not an absolute IRI (no scheme such as https:)", base);
        return -1;
    }
    while (isalnum((unsigned char)*p) || *p == '+' || *p == '-' || *p == '.')
        p++;
    if (*p != ':' || !p[1]) {
        snprintf(err, errlen, "--base '%s': not an absolute IRI (no scheme such as https:)", base);
        return -1;
    }
    int hashes = 0;
    for (const unsigned char *c = (const unsigned char *)base; *c; c++) {
        hashes += *c == '#';
        if (*c <= 0x20 || *c == 0x7F || strchr("<>\"{}|\\^`", *c)) {
            snprintf(err, errlen, "--base '%s': an IRI may not hold %s (byte %zu)", base,
                     *c == ' ' ? "a space" : *c < 0x20 || *c == 0x7F ? "a control character" : "this character",
                     (size_t)(c - (const unsigned char *)base));
            return -1;
        }
    }
    if (ng_utf8_invalid_at((const unsigned char *)base, strlen(base)) != (size_t)-1) {
        snprintf(err, errlen, "--base: not valid UTF-8");
        return -1;
    }
    char last = base[strlen(base) - 1];
    if ((last != '/' && last != '#') || hashes > 1 || (hashes == 1 && last != '#')) {
        snprintf(err, errlen, "--base '%s': must end in / or # (names are appended to it), with no other #", base);
        return -1;
    }
    return 0;
}

int ng_cli_parse_size(const char *s, size_t *out, char *err, size_t errlen)
{
    char *end;
    errno = 0;
    if (!s || !isdigit((unsigned char)*s)) {
        snprintf(err, errlen, "'%s' is not a size (a number, optionally with k, M or G)", s ? s : "");
        return -1;
    }
    unsigned long long n = strtoull(s, &end, 10);
    unsigned long long mult = 1;
    switch (*end) {
    case 'k': case 'K': mult = 1000ULL; end++; break;
    case 'm': case 'M': mult = 1000000ULL; end++; break;
    case 'g': case 'G': mult = 1000000000ULL; end++; break;
    default: break;
    }
    if (*end == 'B' || *end == 'b')
        end++;
    if (errno || *end || (n && mult > (unsigned long long)SIZE_MAX / n)) {
        snprintf(err, errlen, "'%s' is not a size (a number, optionally with k, M or G: 10k = 10000 bytes)", s);
        return -1;
    }
    *out = (size_t)(n * mult);
    return 0;
}

/* True when dir holds at least one *.ttl file. */
static int has_turtle(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    struct dirent *e;
    int found = 0;
    while (!found && (e = readdir(d))) {
        size_t n = strlen(e->d_name);
        found = n > 4 && strcasecmp(e->d_name + n - 4, ".ttl") == 0;
    }
    closedir(d);
    return found;
}

int ng_cli_check_data_dir(const char *dir, char *err, size_t errlen)
{
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        snprintf(err, errlen, "%s: data directory: %s", dir, stat(dir, &st) != 0 ? strerror(errno) : "not a directory");
        return -1;
    }
    static const char *const parts[] = {"lexicon", "gazetteer"};
    char missing[256] = "";
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, parts[i]);
        if (!has_turtle(path))
            snprintf(missing + strlen(missing), sizeof missing - strlen(missing), "%s%s/*.ttl", *missing ? " and " : "",
                     parts[i]);
    }
    if (*missing) {
        snprintf(err, errlen, "%s: not a newsgraph data directory: %s missing (see ontology/ in the source)", dir,
                 missing);
        return -1;
    }
    return 0;
}

int ng_cli_check_format(const char *format, char *err, size_t errlen)
{
    /* raptor serializers whose output is not the graph: rdfxml-xmp writes
     * invalid RDF/XML for most graphs, rss-1.0 and atom write only feed
     * items (none here, so an empty file over the previous output) */
    static const char *const refused[] = {"rdfxml-xmp", "rss-1.0", "atom", NULL};
    for (size_t i = 0; refused[i]; i++)
        if (strcmp(format, refused[i]) == 0) {
            snprintf(err, errlen, "-f %s: not supported (its output is not this graph); use turtle, ntriples, "
                     "nquads, rdfxml or json", format);
            return -1;
        }
    return 0;
}

int ng_cli_parse_seconds(const char *s, double *out)
{
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end || !(v >= 0) || v > 1e9)
        return -1;
    *out = v;
    return 0;
}

int ng_cli_check_stdin(const ng_cli_files *lists, size_t nlists, char *err, size_t errlen)
{
    const char *first = NULL;
    for (size_t i = 0; i < nlists; i++)
        for (size_t k = 0; k < lists[i].n; k++) {
            if (strcmp(lists[i].paths[k], "-") != 0)
                continue;
            if (first) {
                snprintf(err, errlen, "standard input can be read only once: %s - and %s - both ask for it%s",
                         first, lists[i].what, first == lists[i].what ? " (given twice)" : "");
                return -1;
            }
            first = lists[i].what;
        }
    return 0;
}
