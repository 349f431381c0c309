/* At -O3, IPA-CP clones a global function for the constant argument all
   its callers here pass (scale.constprop.0) and redirects them to the
   clone, whose code assumes k == 7.  A live patch of scale() would leave
   the clone and its callers running the old code.  The plugin makes the
   global opaque and turns -fipa-cp-clone off: the callers call scale()
   itself.  The control shows the clone.  */
/* { dg-do compile { target x86_64-*-* } } */
/* { dg-options "-O3 -fplugin=livepatch" } */

__attribute__((noinline)) int scale(int x, int k)
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

/* { dg-final { scan-function use1 "(call|jmp)\tscale\n" } } */
/* { dg-final { scan-assembler-not "constprop" } } */
