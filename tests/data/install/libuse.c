/* A program that uses the installed library: built by install_test.sh with
 * `pkg-config --cflags --libs newsgraph`. It loads the data, extracts one
 * article it makes up and writes its facts as N-Triples to stdout. */
#include <newsgraph.h>
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
    static const char text[] = "Minsk, 3 March 2025. Aleksandr Lukashenko met Governor of the Nizhny Novgorod "
                               "Region Gleb Nikitin in Minsk on 3 March 2025.\n";
    char err[512] = "";
    ng_kb *kb = NULL;
    ng_article *a = NULL;
    ng_writer *w = NULL;
    int rc = argc == 2 ? ng_kb_open(&kb, argv[1], NULL, 0, err, sizeof err) : NG_EUSAGE;
    if (rc == NG_OK)
        rc = ng_article_extract(&a, kb, "note.txt", (const unsigned char *)text, strlen(text), NULL, err, sizeof err);
    if (rc == NG_OK)
        rc = ng_writer_new(&w, "ntriples", "https://example.org/id/", stdout, err, sizeof err);
    if (rc == NG_OK && (rc = ng_writer_add(w, a)) == NG_OK)
        rc = ng_writer_finish(w);
    if (rc == NG_OK)
        fprintf(stderr, "libuse: %s %zu triples\n", NG_VERSION, ng_writer_triples(w));
    else
        fprintf(stderr, "libuse: %s\n", err[0] ? err : "usage: libuse DATA_DIR");
    ng_writer_free(w);
    ng_article_free(a);
    ng_kb_close(kb);
    return rc == NG_OK ? 0 : 1;
}
