/* In inline-clone mode partial inlining still splits a global function:
   use() gets get()'s early return and calls get.part.0 for the rest.
   Both are recorded in the callers list.  Plain GCC does the same, so
   there is no control; the test fails if the mode blocks the split.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

struct rec {
	int a, b, c, d;
	long pad[8];
};

extern void report(int, int, int);

int get(struct rec *p, int verbose)
{
	if (__builtin_expect(!verbose, 1))
		return 0;
	report(p->b, 1, 2);
	report(p->b + 1, 3, 4);
	report(p->b * 7, p->d, 5);
	report(p->b - 4, 6, p->d);
	return p->d;
}

int use(struct rec *p, int verbose)
{
	return get(p, verbose) + 1;
}

/* { dg-final { scan-function use "(call|jmp)\tget\\.part" } } */
/* { dg-final { function-exists get.part.0 } } */
