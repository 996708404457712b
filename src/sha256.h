/*
 * sha256.h - SHA-256 of a byte buffer, as lower-case hex (FIPS 180-4).
 * An article's digest identifies its version: `newsgraph load` replaces an
 * article's facts when the digest of its bytes changes.
 */
#ifndef NG_SHA256_H
#define NG_SHA256_H

#include <stddef.h>

/* Writes 64 hex digits and a NUL into hex[65]. */
void ng_sha256_hex(const void *data, size_t len, char hex[65]);

#endif
