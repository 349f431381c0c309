/* Interprocedural points-to analysis (-fipa-pta, tree-ssa-structalias.cc,
   off at every -O level): GCC solves points-to constraints over the whole
   unit, so it knows that p only ever points to a, because no function
   assigns p.  keep_b() then returns its constant 2 across the call to
   store(), and a live patch of any function that makes p point to b would
   leave keep_b() returning a stale value.  The plugin refuses the flag
   with one error (a per-function option node cannot turn it on either);
   the control shows the effect.  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin=livepatch -fipa-pta" } */
/* { dg-error ".-fipa-pta. conflicts with .-fplugin-arg-livepatch-mode=inline-only-static." "" { target *-*-* } 0 } */

static int a;
int b;
int *q = &b;
static int *p = &a;

__attribute__((noinline)) static void store(void)
{
	*p = 1;
}

int keep_b(void)
{
	b = 2;
	store();
	return b;
}
