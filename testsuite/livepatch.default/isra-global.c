/* GCC never applies IPA-SRA to an externally visible function directly
   (ipa-sra.cc, ipa_sra_ipa_function_checks: it must can_be_local_p ()),
   but it does to the local piece that partial inlining splits off one:
   get()'s slow path becomes get.part.0.isra.0, taking p->b and p->d
   instead of p, and both get() and use() call it.  A live patch of get()
   must then patch use() and the hidden clone too.  With the plugin get()
   is neither split nor rewritten and use() calls it.  The control shows
   the clone.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

struct rec {
	int a, b, c, d;
	long pad[8];
};

extern void report(int, int, int);

int get(struct rec *p, int verbose)
{
	int b, d;

	if (__builtin_expect(!verbose, 1))
		return 0;
	b = p->b;
	d = p->d;
	report(b, 1, 2);
	report(b + 1, 3, 4);
	report(b * 7, d, 5);
	report(b - 4, 6, d);
	return d;
}

int use(struct rec *p, int verbose)
{
	return get(p, verbose) + 1;
}

/* { dg-final { scan-function use "(call|jmp)\tget\n" } } */
/* { dg-final { scan-assembler-not "\\.isra" } } */
