/*
 * firsts.h - the first value given for each (property, subject), kept for
 * the whole run in 24 bytes an entry.
 *
 * The graph keeps one rdfs:label per entity, one ng:date and one
 * ng:location per event, and one dcterms:title and dcterms:issued per
 * article (whose later copies add only their ng:file and dcterms:source):
 * the first report's, in input order (which does not depend on -j). Streaming output forgets what it wrote to bound its
 * memory, but not these choices, so that every format applies the same
 * rule and writes the same graph. Keys and values are kept as hashes: two
 * independent 64-bit hashes of the key (a false match between two keys is
 * about 2^-128 likely), one of the value.
 */
#ifndef NG_FIRSTS_H
#define NG_FIRSTS_H

#include <stddef.h>

typedef struct ng_firsts ng_firsts;

ng_firsts *ng_firsts_new(void);
void ng_firsts_free(ng_firsts *f);
/* Offers value for (what, subject): 1 when it is the first (it becomes the
 * choice), 0 when it equals the choice, -1 when it differs from it. */
int ng_firsts_offer(ng_firsts *f, const char *what, const char *subject, const char *value);
/* Forgets every choice (a new, independent document). */
void ng_firsts_clear(ng_firsts *f);
size_t ng_firsts_count(const ng_firsts *f);

#endif
