// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Verifier sample: cold code and control-flow facts.  An unlikely branch
 * split into a .cold part, a partial-inlining candidate (a cheap test
 * guarding an expensive body), a function GCC finds never returns and one
 * it finds to return fresh memory (malloc attribute discovery).
 */
extern void report(const char *msg, int v);
extern void *alloc_raw(unsigned long n);
extern void abort(void);

__attribute__((noinline)) static void fail(int v)
{
	report("fatal", v);
	abort();
}

static int slow_path(int *p, int n)
{
	int s = 0;

	for (int i = 0; i < n; i++) {
		s += p[i] * p[i];
		if (s > 100000)
			report("overflow", s);
	}
	report("slow", s);
	return s;
}

static int maybe_slow(int *p, int n)
{
	if (n <= 0)
		return 0;
	return slow_path(p, n);
}

int validate(int *p, int n)
{
	if (__builtin_expect(n > 4096, 0)) {
		report("too big", n);
		report("refusing", n / 2);
		fail(n);
	}
	return maybe_slow(p, n) + maybe_slow(p + 1, n - 1);
}

__attribute__((noinline)) static int *fresh(unsigned long n)
{
	int *p = alloc_raw(n * sizeof(int));

	if (!p)
		fail(-1);
	return p;
}

int fill(int **out, int *src, unsigned long n)
{
	int *p = fresh(n);

	for (unsigned long i = 0; i < n; i++)
		p[i] = src[i];
	*out = p;
	return src[0];
}
