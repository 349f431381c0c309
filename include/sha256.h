/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * SHA-256 (FIPS 180-4), one implementation for the plugin, which records a
 * digest of every source and header a unit read (plugin/source.c), and the
 * tool, which tells whether the file on disk still has it
 * (tools/callers-source.c).  Two implementations could disagree on one
 * file and call an unchanged tree stale, or worse, a changed one current.
 * SHA-256 rather than the MD5 libcpp keeps for PCH checks (files.cc): a
 * digest a diff's author can recompute with sha256sum(1), and no collision
 * anyone can make on purpose.  C11 and C++ alike, static inline: no object
 * file to link into both.
 */
#ifndef LIVEPATCH_SHA256_H
#define LIVEPATCH_SHA256_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define LP_SHA256_HEX_LEN 64

struct lp_sha256 {
	uint32_t h[8];
	uint64_t bytes;			/* hashed so far */
	unsigned char block[64];	/* the partial block */
	size_t used;			/* bytes in BLOCK */
};

static inline uint32_t lp_sha256_ror(uint32_t x, unsigned n)
{
	return x >> n | x << (32 - n);
}

/* One 64-byte block into S->h (FIPS 180-4, 6.2.2). */
static inline void lp_sha256_block(struct lp_sha256 *s, const unsigned char *p)
{
	static const uint32_t k[64] = {
		0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b,
		0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
		0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7,
		0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
		0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152,
		0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
		0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
		0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
		0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
		0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
		0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
		0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
		0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
	};
	uint32_t w[64], v[8], t1, t2;
	int i;

	for (i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		       (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (i = 16; i < 64; i++)
		w[i] = w[i - 16] + w[i - 7] +
		       (lp_sha256_ror(w[i - 15], 7) ^
			lp_sha256_ror(w[i - 15], 18) ^ w[i - 15] >> 3) +
		       (lp_sha256_ror(w[i - 2], 17) ^
			lp_sha256_ror(w[i - 2], 19) ^ w[i - 2] >> 10);
	memcpy(v, s->h, sizeof(v));
	for (i = 0; i < 64; i++) {
		t1 = v[7] + (lp_sha256_ror(v[4], 6) ^ lp_sha256_ror(v[4], 11) ^
			     lp_sha256_ror(v[4], 25)) +
		     ((v[4] & v[5]) ^ (~v[4] & v[6])) + k[i] + w[i];
		t2 = (lp_sha256_ror(v[0], 2) ^ lp_sha256_ror(v[0], 13) ^
		      lp_sha256_ror(v[0], 22)) +
		     ((v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]));
		memmove(v + 1, v, 7 * sizeof(v[0]));
		v[4] += t1;
		v[0] = t1 + t2;
	}
	for (i = 0; i < 8; i++)
		s->h[i] += v[i];
}

static inline void lp_sha256_init(struct lp_sha256 *s)
{
	static const uint32_t h0[8] = {
		0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
		0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
	};

	memcpy(s->h, h0, sizeof(h0));
	s->bytes = 0;
	s->used = 0;
}

static inline void lp_sha256_update(struct lp_sha256 *s, const void *data,
				    size_t len)
{
	const unsigned char *p = (const unsigned char *)data;

	s->bytes += len;
	while (len) {
		size_t n = 64 - s->used < len ? 64 - s->used : len;

		memcpy(s->block + s->used, p, n);
		s->used += n;
		p += n;
		len -= n;
		if (s->used == 64) {
			lp_sha256_block(s, s->block);
			s->used = 0;
		}
	}
}

/* The digest as sha256sum(1) prints it: 64 lowercase hex digits and NUL. */
static inline void lp_sha256_hex(struct lp_sha256 *s,
				 char hex[LP_SHA256_HEX_LEN + 1])
{
	static const char digits[] = "0123456789abcdef";
	uint64_t bits = s->bytes * 8;
	unsigned char pad = 0x80, len[8];
	int i;

	lp_sha256_update(s, &pad, 1);
	pad = 0;
	while (s->used != 56)
		lp_sha256_update(s, &pad, 1);
	for (i = 0; i < 8; i++)
		len[i] = (unsigned char)(bits >> (56 - 8 * i));
	lp_sha256_update(s, len, 8);
	for (i = 0; i < 32; i++) {
		unsigned char b = (unsigned char)(s->h[i / 4] >> (24 - 8 * (i % 4)));

		hex[2 * i] = digits[b >> 4];
		hex[2 * i + 1] = digits[b & 15];
	}
	hex[LP_SHA256_HEX_LEN] = 0;
}

#endif /* LIVEPATCH_SHA256_H */
