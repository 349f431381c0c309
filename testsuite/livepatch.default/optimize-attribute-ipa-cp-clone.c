/* An optimize("O3") attribute on scale() turns -fipa-cp-clone on for it
   at -O2, so IPA-CP makes scale.constprop.0 for the k == 7 callers while
   use3() keeps calling the general scale().  The plugin forces cloning
   off in the function's own options too: no clone.  The control shows
   the attribute enabling the clone.  At this level the command line's
   forced -fno-ipa-cp already keeps the whole IPA-CP pass from running
   (pass_ipa_cp::gate reads the global flag), so this guards the
   outcome; optimize-attribute-ipa-ra.c is the test that needs the
   per-function forcing.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O2 -fplugin=livepatch" } */

__attribute__((noinline, optimize("O3"))) static int scale(int x, int k)
{
	int r = 0;

	for (int i = 0; i < k; i++)
		r += x * i + k;
	return r;
}

int use1(int x)
{
	return scale(x, 7);
}

int use2(int x)
{
	return scale(x + 1, 7);
}

int use3(int x, int k)
{
	return scale(x, k);
}

/* { dg-final { scan-function use1 "(call|jmp)\tscale\n" } } */
/* { dg-final { scan-assembler-not "constprop" } } */
