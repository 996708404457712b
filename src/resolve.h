/*
 * resolve.h - canonical names and stable IRI slugs.
 *
 * One real entity gets one IRI in every run and across articles: a
 * gazetteer entity keeps the slug of its gazetteer IRI; anyone else gets
 * the slug of the name, transliterated to ASCII and folded over the usual
 * romanization variants (Aleksandr/Alexander, Krutoi/Krutoy, Sergei/Sergey),
 * so that spellings of one name meet in one node.
 */
#ifndef NG_RESOLVE_H
#define NG_RESOLVE_H

#include <stddef.h>

/* Lower-case ASCII slug of s[0..n): words joined by '-', Cyrillic
 * transliterated, anything else dropped. Caller frees. Never empty: a name
 * with no usable character yields "x" followed by a hash. */
char *ng_slug(const char *s, size_t n);

/* As ng_slug, with each word folded over romanization variants. */
char *ng_name_slug(const char *s, size_t n);

#endif
