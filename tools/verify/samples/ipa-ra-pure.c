// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Verifier sample: summaries a caller silently relies on.  A leaf function
 * that touches few registers (IPA-RA lets its callers keep values in
 * call-clobbered registers across the call), a function GCC finds pure or
 * const (its callers drop or merge calls), and a function whose callers
 * learn what it never writes (ipa-modref, ipa-reference).
 */
extern int table[64];
int hits;
static int misses;

__attribute__((noinline)) int mix(int a, int b)
{
	return (a ^ b) * 31;
}

__attribute__((noinline)) int lookup(int i)
{
	return table[i & 63];
}

__attribute__((noinline)) static int count_miss(int v)
{
	if (v < 0)
		misses++;
	return v;
}

int checksum(int x, int y)
{
	int h = mix(x, y);

	h += mix(y, x);
	return h + mix(x, y) + x * y;
}

int probe(int i)
{
	int a = lookup(i);
	int b = lookup(i);

	hits++;
	return a + b + count_miss(a - b) + misses;
}

int probe_twice(int i)
{
	return probe(i) + lookup(i + 1) + hits;
}
