/* IPA-SRA rewrites a static function to take the two fields it reads
   instead of the pointer (get.isra.0), and its callers to load them.  A
   live patch of get() that reads a third field would silently get
   garbage from unpatched callers.  The plugin turns -fipa-sra off: get()
   keeps its signature.  The control shows the .isra clone.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

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

/* { dg-final { scan-function use "(call|jmp)\tget\n" } } */
/* { dg-final { scan-assembler-not "\\.isra" } } */
