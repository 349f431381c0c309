/* In inline-clone mode IPA-SRA still rewrites a static function's
   parameters (get.isra.0); the clone is recorded in the callers list.
   Plain GCC does the same, so there is no control; the test fails if the
   mode blocks IPA-SRA.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fplugin-arg-livepatch-mode=inline-clone" } */

struct rec {
	int a, b, c, d;
	long pad[8];
};

__attribute__((noinline)) static int get(struct rec *p)
{
	return p->b * 5 - p->d;
}

int use(struct rec *p)
{
	return get(p) + 1;
}

/* { dg-final { scan-function use "(call|jmp)\tget\\.isra" } } */
