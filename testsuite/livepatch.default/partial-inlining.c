/* Partial inlining (ipa-split) cuts a global function in two: the cheap
   test is inlined into callers and the rest becomes get.part.0.  The
   callers then carry a copy of get()'s first lines, which a live patch
   of get() does not replace.  With the plugin get() is not split and
   use() calls it whole.  The control shows the split.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

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

/* { dg-final { scan-function use "(call|jmp)\tget\n" } } */
/* { dg-final { scan-assembler-not "\\.part\\." } } */
